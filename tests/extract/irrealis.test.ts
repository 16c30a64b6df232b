import { describe, expect, it } from 'vitest';
import { summarise } from './helpers.js';

describe('hypothetical, future, conditional and denied statements', () => {
  it.each([
    ['The new dam could kill thousands if it fails.'],
    ['Commanders said troops would capture more villages.'],
    ['The group threatened to kill two hostages.'],
    ['The army denied that 50 civilians died.'],
    ['Ten soldiers were not killed, officials insisted.'],
    ['Experts warn a quake might kill 10,000 people.'],
    ['The casualty count may rise to 60 or 70.'],
  ])('%s gives no figure', (text) => {
    expect(summarise(text)).toEqual([]);
  });
});

describe('a reported event in headline form is no plan', () => {
  it.each([
    ['Airstrikes Said to Kill at Least 44 in Border Town.', ['killed 44-? at_least']],
    ['Storm reported to kill 12 fishermen.', ['killed 12-12 exact']],
    ['The rebels plan to kill 12 soldiers.', []],
    ['The drug is said to kill 90 percent of germs.', []],
  ])('%s', (text, expected) => {
    expect(summarise(text)).toEqual(expected);
  });
});
