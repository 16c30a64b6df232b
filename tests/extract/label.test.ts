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
