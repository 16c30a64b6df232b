// Round 8, coder notes and conflict reports: after a figure, a break (";", ", but", ", while") and a
// second speaker's bare count ("11 civilians killed; some sources say at least 14", "five died, but
// the rebels claimed 40") give that speaker's count of the same harm. Not where the count has words
// of its own after it, or where no break separates it from the figure.
import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.js';

const figures = (text: string) => figuresOf(text).map((f) => [f.category, f.low, f.high, f.source]);

describe('a second speaker restates the count', () => {
  it.each([
    ['11 civilians killed; some sources say at least 14.', [['killed', 11, 11, null], ['killed', 14, null, 'some sources']]],
    ['Five soldiers died, but the rebels claimed 40.', [['killed', 5, 5, null], ['killed', 40, 40, 'the rebels']]],
    ['Two students were abducted, while local residents said 7.', [['captured', 2, 2, null], ['captured', 7, 7, 'local residents']]],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));
});

describe('counts after a speaker that restate nothing', () => {
  it.each([
    ['Five soldiers died, but the rebels claimed 40 villages.', [['killed', 5, 5, null]]],
    ['Police said 12 were arrested.', []],
    ['The army lost 3 tanks; officials said 2.', []],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));
});
