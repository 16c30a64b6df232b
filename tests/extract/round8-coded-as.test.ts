// Round 8, coder notes: a coder sets a label's value with "coded as" ("Fatality count coded as 10",
// "fatalities were coded as 3", "Deaths recorded as 2"), a label as "Fatalities: 3" is. A coding of
// anything but a harm ("The event was coded as 1 battle") gives nothing.
import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.js';

const figures = (text: string) => figuresOf(text).map((f) => [f.category, f.low, f.high]);

describe('a harm label coded as a number', () => {
  it.each([
    ['Fatality count coded as 10 based on reports of heavy fighting.', [['killed', 10, 10]]],
    ['Fatalities coded as 4 (3 civilians, 1 soldier).', [['killed', 4, 4], ['killed', 3, 3], ['killed', 1, 1]]],
    ['The fatality count was coded as 3.', [['killed', 3, 3]]],
    ['Injuries were recorded as 12 by the coder.', [['wounded', 12, 12]]],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));
});

describe('a coding of something else', () => {
  it.each([
    ['The event was coded as 1 battle.', []],
    ['The protest size was coded as 300.', []],
    ['Fatality count coded as unknown.', []],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));
});

describe('a coder\'s verb after the count names no one', () => {
  const actors = (text: string) => figuresOf(text).map((f) => [f.category, f.low, f.actor]);
  it.each([
    ['12 fatalities coded (default).', [['killed', 12, 'people']]],
    ['3 deaths coded, sources disagree.', [['killed', 3, 'people']]],
    ['6 casualties entered for the clash.', [['casualties', 6, 'people']]],
    ['9 soldiers killed, 2 civilians wounded; figures coded from the army statement.', [['killed', 9, 'soldiers'], ['wounded', 2, 'civilians']]],
  ])('%s', (text, expected) => expect(actors(text)).toEqual(expected));
});

