import { describe } from 'vitest';
import { cases } from './helpers.js';

describe('table-like labels of coder notes', () => {
  cases([
    ['Fatalities: 3', ['killed 3-3 exact']],
    ['Killed: 1,204', ['killed 1204-1204 exact']],
    ['Civilians injured: 12', ['wounded 12-12 exact']],
    ['Missing: about 40', ['missing 40-40 approx']],
    ['Casualties: 7', ['casualties 7-7 exact']],
    // A colon after anything but a harm word is no label.
    ['Attacks: 14', []],
    ['Date: 12 March', []],
  ]);
});

describe('labels as table cells, and a harm word after the number', () => {
  cases([
    // A bar stands for the colon in a table row.
    ['Killed | 12', ['killed 12-12 exact']],
    ['Wounded | 40 | Missing | 3', ['wounded 40-40 exact', 'missing 3-3 exact']],
    ['Score | 3 | 2', []],
    ['Round | 12', []],
    // The word after the number says what the label only sums up.
    ['Casualties: 2,000-2,500 dead', ['killed 2000-2500 range']],
    ['Losses: 650 captured; unknown number killed', ['captured 650-650 exact']],
    ['Casualties | 80 wounded', ['wounded 80-80 exact']],
    // A word after the number that is no harm leaves the label its own.
    ['Casualties: 70 (official)', ['casualties 70-70 exact']],
  ]);
});

describe('other estimates after a label\'s first', () => {
  cases([
    ['Killed: 210 (official); up to 900 (other estimates)', ['killed 210-210 exact', 'killed ?-900 at_most']],
    ['Wounded | 75 (army) / 300+ (rebels)', ['wounded 75-75 exact', 'wounded 300-? at_least']],
    ['Death toll: 1,100 (state media); 2,000 (NGOs)', ['killed 1100-1100 exact', 'killed 2000-2000 exact']],
    ['Casualty count | 80 / 120', ['casualties 80-80 exact', 'casualties 120-120 exact']],
    // A number with words of its own after it is no other estimate; nor a line with no harm label.
    ['Fatalities: 3; 12 people were arrested.', ['killed 3-3 exact']],
    ['Population: 12,000 / 14,000', []],
    ['Total losses: 4,500 / 5,000', []],
  ]);
});

describe('a dash after a clause\'s own predicate marks no label', () => {
  cases([
    // The dash follows "were killed", a clause: the count after it keeps its own verb.
    ['Nine villagers were killed — 31 others were wounded — in the shelling.', ['killed 9-9 exact', 'wounded 31-31 exact']],
    ['Two guards were killed - 14 were hurt.', ['killed 2-2 exact', 'wounded 14-14 exact']],
    ['Three soldiers were killed – five were missing.', ['killed 3-3 exact', 'missing 5-5 exact']],
    // A label's dash is still one: the harm opens its entry.
    ['Civilians killed – 1,043; wounded – 2,210.', ['killed 1043-1043 exact', 'wounded 2210-2210 exact']],
    ['Deaths - 18', ['killed 18-18 exact']],
  ]);
});
