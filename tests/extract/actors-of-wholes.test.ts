// Who was counted, for two families of reference works and situation reports: the whole a clause
// opens with ("Of the 40 miners trapped, 12 were killed"), and the words of certainty before a harm
// noun, which describe the deaths, not the people ("seven associated deaths", "12 suspected deaths").
import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.js';

const actors = (text: string) => figuresOf(text).map((f) => [f.category, f.low, f.actor]);

describe('the people of the whole an opening "Of the N ..." or "Among the N ..." names', () => {
  it.each([
    ['Of the 1,843 passengers and crew aboard the liner, more than 1,400 died.', [['killed', 1400, 'passengers and crew']]],
    ['Among the 300 pilgrims, 41 drowned when the boat capsized.', [['killed', 41, 'pilgrims']]],
    ['Of the 60 miners in the shaft, 12 were killed and 9 injured.', [['killed', 12, 'miners'], ['wounded', 9, 'miners']]],
  ])('%s', (text, expected) => expect(actors(text)).toEqual(expected));

  it('people named after the count still win', () => {
    expect(actors('Of the 300 on board, 41 children drowned.')).toEqual([['killed', 41, 'children']]);
  });

  it('an opening that is no whole names no one', () => {
    expect(actors('In 2004, 12 died in the fire.')).toEqual([['killed', 12, 'people']]);
    expect(actors('Of these, 12 died.')).toEqual([['killed', 12, 'people']]);
    expect(actors('The ferry carried 300 passengers; of them, 41 drowned.')).toEqual([['killed', 41, 'people']]);
  });
});

describe('words of certainty before a harm noun describe the deaths', () => {
  it.each([
    ['Partners report 2,306 suspected cases and seven associated deaths this week.', [['killed', 7, 'people']]],
    ['Health officials recorded 12 suspected deaths in the camps.', [['killed', 12, 'people']]],
    ['There have been 31 probable deaths from the outbreak.', [['killed', 31, 'people']]],
  ])('%s', (text, expected) => expect(actors(text)).toEqual(expected));

  it('people before a harm noun are still the people', () => {
    expect(actors('The monitor recorded 12 civilian deaths in the camps.')).toEqual([['killed', 12, 'civilian']]);
  });
});

describe('a part after "including" is no people a later bare count repeats', () => {
  it.each([
    ['The office said 50 people, including 5 children, had been killed and 98 wounded.',
      [['killed', 50, 'people'], ['killed', 5, 'children'], ['wounded', 98, 'people']]],
    ['Twelve soldiers, including two officers, were killed and 30 wounded.',
      [['killed', 12, 'soldiers'], ['killed', 2, 'officers'], ['wounded', 30, 'soldiers']]],
    ['The strike killed 23, including 9 children, and wounded 40.', [['killed', 23, 'people'], ['killed', 9, 'children'], ['wounded', 40, 'people']]],
  ])('%s', (text, expected) => expect(actors(text)).toEqual(expected));

  it('a part that is no aside still names the people after it', () => {
    expect(actors('Nine children were killed and 14 wounded.')).toEqual([['killed', 9, 'children'], ['wounded', 14, 'children']]);
  });
});
