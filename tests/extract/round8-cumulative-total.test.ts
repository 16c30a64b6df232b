// Round 8, heat and epidemic bulletins: a running total may carry one modifier between "the" and its
// noun ("bringing the cumulative total for the season to 167", "the overall tally since January to
// 412"); the number after it counts the same harm as the figure before it. Not where no figure comes before.
import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.js';

const figures = (text: string) => figuresOf(text).map((f) => [f.category, f.low, f.high]);

describe('a modified running total', () => {
  it.each([
    ['Officials reported 23 heat-related deaths, bringing the cumulative total for the season to 167.', [['killed', 23, 23], ['killed', 167, 167]]],
    ['Four more people were injured, taking the overall tally since January to 412.', [['wounded', 4, 4], ['wounded', 412, 412]]],
    ['Nine further deaths were confirmed, bringing the official count for the outbreak to 61.', [['killed', 9, 9], ['killed', 61, 61]]],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));
});

describe('a modified total of something else', () => {
  it.each([
    ['The striker scored again, bringing the overall total for the season to 31.', []],
    ['Donors pledged more, taking the cumulative total for the appeal to 4 million.', []],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));
});
