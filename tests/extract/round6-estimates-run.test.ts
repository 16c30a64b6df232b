// Round 6 phrase family from reference works: other estimates restated by a verb of reach before a
// qualified number with no harm word of its own ("although some estimates run as high as 9,000"):
// the figure before's category, as "some sources give a figure as high as 800".
import { describe } from 'vitest';
import { cases } from './helpers.js';

describe('estimates that run as high as: the figure before', () => {
  cases([
    ['The 1871 eruption killed at least 4,000 people, although some estimates run as high as 9,000.', ['killed 4000-? at_least', 'killed ?-9000 at_most']],
    ['The famine killed about 300,000 people; other estimates range as high as 1 million.', ['killed 300000-300000 approx', 'killed ?-1000000 at_most']],
    ['The siege left 1,200 defenders dead, though figures go as high as 2,000.', ['killed 1200-1200 exact', 'killed ?-2000 at_most']],
  ]);
});

describe('not estimates of the harmed', () => {
  cases([
    ['The storm destroyed 300 homes, and estimates of the damage run as high as 9,000.', []],
    ['Sales fell to 4,417 units, although some estimates run as high as 9,000.', []],
    ['The war killed 40,000 soldiers, while estimates of the cost run to 900 billion.', ['killed 40000-40000 exact']],
  ]);
});
