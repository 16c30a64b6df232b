// Round 8, situation reports: a bare partitive after a count ("40 of them were killed", "42 of whom
// were dead on arrival") names no people of its own, so the predicate after it governs the count;
// with no predicate ("31 of whom were children", ", of whom 31 are children") the count is a part of
// the figure before it. A whole that is no figure (a boat's passengers, a town's residents) gives nothing.
import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.js';

const figures = (text: string) => figuresOf(text).map((f) => [f.category, f.low, f.high]);

describe('the predicate after a bare partitive governs', () => {
  it.each([
    ['Of the convoy, 40 of them were killed in the first hour.', [['killed', 40, 40]]],
    ['The clinic admitted 158 wounded patients, 42 of whom were dead on arrival.', [['wounded', 158, 158], ['killed', 42, 42]]],
    ['The ferry carried 60 passengers, 14 of whom are still missing.', [['missing', 14, 14]]],
    ['Police detained 30 protesters, 6 of whom were injured.', [['wounded', 6, 6]]],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));
});

describe('a bare partitive with no predicate is a part of the figure before it', () => {
  it.each([
    ['86 deaths reported, of whom 31 are children.', [['killed', 86, 86], ['killed', 31, 31]]],
    ['Floods killed 40 people, 12 of whom were pupils.', [['killed', 40, 40], ['killed', 12, 12]]],
    ['At least 19 people were injured, of whom 4 are in critical condition.', [['wounded', 19, null], ['wounded', 4, 4]]],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));

  it('names the part from the copula after "of whom"', () => {
    expect(figuresOf('Shelling killed 12 people, of whom 4 were children.').map((f) => f.actor)).toEqual(['people', 'children']);
  });
});

describe('a bare partitive of people who are not harmed', () => {
  it.each([
    ['The town has 5,000 residents, of whom 300 are farmers.', []],
    ['The boat carried 60 people, 40 of whom were women.', []],
    ['Of the 12 of them who were released, none spoke.', []],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));
});
