// Round 11, coder notes, epidemic bulletins and reference works on sieges: a count split by side
// ("Fatalities split: A (n=6), B (n=9); total coded as 15"), a breakdown by how sure each part is
// ("45 deaths (34 confirmed, 11 probable)"), more people with no count after the counted ones ("took
// 132 guests and staff hostage"), and captives who share the harm of the count joined to them ("38
// hostages and all 9 hostage-takers died").
import { describe, expect, it } from 'vitest';
import { cases, figuresOf } from './helpers.js';

describe('a count split by side', () => {
  cases([
    ['Fatalities split: Macawisley (n=6), Al Shabaab (n=9); total coded as 15.', ['killed 6-6 exact', 'killed 9-9 exact', 'killed 15-15 exact']],
    ['Deaths: soldiers (n=4), civilians (n=2).', ['killed 4-4 exact', 'killed 2-2 exact']],
    ['Injuries split: police (n=3), protesters (n=11).', ['wounded 3-3 exact', 'wounded 11-11 exact']],
  ]);
  it('names the side as the actor', () => {
    expect(figuresOf('Fatalities split: Macawisley (n=6), Al Shabaab (n=9).').map((f) => f.actor)).toEqual(['Macawisley', 'Al Shabaab']);
  });
});

describe('sample sizes and totals that count no harm', () => {
  cases([
    ['A survey of households (n=400) was carried out in May.', []],
    ['Respondents (n=1,200) said security had improved; 12 deaths were recorded.', ['killed 12-12 exact']],
    ['Attacks: total coded as 7.', []],
  ]);
});

describe('a breakdown by how sure each part is', () => {
  cases([
    ['A total of 64 cases have been reported, including 45 deaths (34 confirmed, 11 probable).', ['killed 45-45 exact', 'killed 34-34 exact', 'killed 11-11 exact']],
    ['There were 12 deaths (8 confirmed, 4 suspected).', ['killed 12-12 exact', 'killed 8-8 exact', 'killed 4-4 exact']],
    ['A total of 64 cases (53 confirmed, 11 probable) were reported.', []],
  ]);
});

describe('more people with no count of their own', () => {
  cases([
    ['Militants took 132 guests and staff hostage.', ['captured 132-132 exact']],
    ['Twelve soldiers and police were killed.', ['killed 12-12 exact']],
    ['Two people and others were injured.', []],
    ['Officials put the number of dead at 64 and the injured at more than 300.', ['killed 64-64 exact', 'wounded 300-? at_least']],
  ]);
});

describe('captives who share the harm of the count joined to them', () => {
  cases([
    ['38 hostages and all 9 hostage-takers died in the operation.', ['killed 38-38 exact', 'killed 9-9 exact']],
    ['Four hostages and two gunmen were killed in the raid.', ['killed 4-4 exact', 'killed 2-2 exact']],
    ['Police freed 12 hostages and 3 gunmen were arrested.', ['captured 12-12 exact']],
    ['12 hostages and 4 bodies were found.', ['captured 12-12 exact', 'killed 4-4 exact']],
  ]);
});
