import { describe, expect, it } from 'vitest';
import { cases, figuresOf } from './helpers.js';

describe('"along with": the subject\'s harm befalls the people counted after it', () => {
  cases([
    ['The pilot was killed in the crash along with three passengers.', ['killed 3-3 exact']],
    ['The bishop died along with several other clergy.', ['killed 3-9 vague']],
    ['The general was killed together with 12 of his guards.', ['killed 12-12 exact']],
    ['She was injured along with four colleagues when the roof fell.', ['wounded 4-4 exact']],
    // No harm to share, or a harm that did not happen.
    ['He was arrested along with 3 others.', []],
    // One death of a tally, then the others by place; never a death sentence.
    ['She is the sixth confirmed death in Ohio, along with eight in Texas, three in Utah and one in Idaho.', ['killed 8-8 exact', 'killed 3-3 exact', 'killed 1-1 exact']],
    ['He was the 4th death in the county, along with two in the city.', ['killed 2-2 exact']],
    ['He was sentenced to death along with two others.', []],
    ['The death of the mayor, along with 3 aides, was announced.', []],
    ['The soldier could have died along with 5 comrades.', []],
    ['The truck was destroyed along with 4 cars.', []],
  ]);

  it('counts the people after "along with"', () => {
    expect(figuresOf('The pilot was killed along with three passengers.')[0].actor).toBe('passengers');
  });
});
