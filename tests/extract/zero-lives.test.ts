// Zero deaths stated as a loss of lives: "no lives were lost", "no loss of life", "without loss of life".
import { describe } from 'vitest';
import { cases } from './helpers.js';

describe('no lives lost, no loss of life: killed 0', () => {
  cases([
    ['Floodwaters swamped 300 homes in the valley, but no lives were lost, the council said.', ['killed 0-0 exact']],
    ['No lives have been lost so far, the fire chief told reporters.', ['killed 0-0 exact']],
    ['The cyclone flattened crops along the coast with no lives lost.', ['killed 0-0 exact']],
    ['Police said there was no loss of life in the warehouse blaze.', ['killed 0-0 exact']],
    ['The hijacking of the airliner ended without loss of life on Sunday.', ['killed 0-0 exact']],
    ['No loss of lives has been reported from the flooded district.', ['killed 0-0 exact']],
  ]);
});

describe('other lives and losses are no zero', () => {
  cases([
    ['No lives would be lost if the dam held, the engineers argued.', []],
    ['The club has no lives left in the tournament after losing 3-0.', []],
    ['There was no loss of power at the plant during the storm.', []],
    ['He said no one should lose their job over the strike.', []],
    ['Their lives were lost to the sea, the memorial reads.', []],
  ]);
});
