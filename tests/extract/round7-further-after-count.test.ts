// Round 7, bulletins: "further" after a count means "additional", as "more" does: "3 further deaths
// reported this week", "two further patients died". Not a figure where nothing harms the people.
import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.js';

const figures = (text: string) => figuresOf(text).map((f) => [f.category, f.low, f.high]);

describe('"N further" deaths or people harmed', () => {
  it.each([
    ['Cholera bulletin: 4 further deaths recorded in the past 24 hours.', [['killed', 4, 4]]],
    ['Two further patients died overnight at the district hospital.', [['killed', 2, 2]]],
    ['Eleven further people were injured when the second blast went off.', [['wounded', 11, 11]]],
    ['Six further crew members remain missing, the coastguard said.', [['missing', 6, 6]]],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));
});

describe('"N further" things or people not harmed', () => {
  it.each([
    ['Police are holding 3 further suspects for questioning.', []],
    ['The company will cut 300 further jobs next year.', []],
    ['Health teams reported 56 further cases of measles.', []],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));
});
