// Round 7, South Asian and African local news: more ways of dying before "to death" ("four persons
// were charred to death", "butchered to death", "bitten to death"). The participles that are also
// adjectives count only right before "to death": "25 charred bodies" keeps its actor, and a
// sentence "to death" is still a verdict.
import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.js';

const figures = (text: string) => figuresOf(text).map((f) => [f.category, f.low, f.high, f.actor]);

describe('ways of dying before "to death"', () => {
  it.each([
    ['Six labourers were charred to death when a tanker caught fire near Jhansi.', [['killed', 6, 6, 'labourers']]],
    ['Two herdsmen were butchered to death in an overnight attack.', [['killed', 2, 2, 'herdsmen']]],
    ['Three toddlers were bitten to death by stray dogs this year.', [['killed', 3, 3, 'toddlers']]],
    ['Nine passengers were smothered to death in the crush.', [['killed', 9, 9, 'passengers']]],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));
});

describe('the same participles elsewhere, and verdicts', () => {
  it.each([
    ['At least 14 charred bodies were recovered from the bus.', [['killed', 14, null, 'charred bodies']]],
    ['The 12 roasted chickens were sold by noon.', []],
    ['Three men were sentenced to death for the murder.', []],
    ['Crews cleared 40 tonnes of charred debris to the dump.', []],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));
});
