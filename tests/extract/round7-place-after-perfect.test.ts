// Round 7: a perfect "have drowned" followed by a place at sea or on the way ("off a beach",
// "along the route", "aboard the ferry") is intransitive: the place is not an object, so the count
// before it is who died. An object after a perfect is still read as an object.
import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.js';

const figures = (text: string) => figuresOf(text).map((f) => [f.category, f.low, f.high, f.actor]);

describe('a place after a perfect harm verb is no object', () => {
  it.each([
    ['Three anglers have drowned off the Cornish coast since Friday.', [['killed', 3, 3, 'anglers']]],
    ['Forty migrants have died along the desert route this year.', [['killed', 40, 40, 'migrants']]],
    ['Two passengers had perished aboard the stricken ferry.', [['killed', 2, 2, 'passengers']]],
    ['Five divers have drowned within a week at the quarry.', [['killed', 5, 5, 'divers']]],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));
});

describe('an object after the perfect is still an object', () => {
  it.each([
    ['Four gunmen have killed the village headman.', []],
    ['The two companies have executed the merger agreement.', []],
    ['Three drivers have driven off the road in the fog.', []],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));
});
