// Round 8, disaster news: people rescued, pulled out, found or taken somewhere "with injuries" were
// hurt: "Fourteen others were rescued alive with injuries", "three miners were pulled out with head
// injuries". A "with" of anything else ("arrested with knives") or a charge ("with wounding") is no harm.
import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.js';

const figures = (text: string) => figuresOf(text).map((f) => [f.category, f.low, f.high]);

describe('a deed done to people, then their injuries', () => {
  it.each([
    ['Fourteen others were rescued alive with injuries.', [['wounded', 14, 14]]],
    ['Three miners were pulled out with head injuries on Sunday.', [['wounded', 3, 3]]],
    ['Two hikers were found with serious injuries at the foot of the cliff.', [['wounded', 2, 2]]],
    ['Six passengers were brought ashore with burn injuries.', [['wounded', 6, 6]]],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));
});

describe('a "with" that names no injuries', () => {
  it.each([
    ['Two men were arrested with knives outside the stadium.', []],
    ['Two men were charged with wounding a guard.', []],
    ['Forty pupils were rescued safely with their teachers.', []],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));
});
