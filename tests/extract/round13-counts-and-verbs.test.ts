// Round 13, counts and verbs of trackers, statements and analyses: "1,100-plus", "40 or so",
// "passed 40,000 dead", a month between chained tolls, scare quotes around a military verb,
// "took 60 soldiers prisoner", "sacrificed their lives", "infections, six of them fatal", and arms
// listed after "along with" that are no people.
import { describe, expect, it } from 'vitest';
import { cases, figuresOf } from './helpers.js';

describe('rough counts after the number', () => {
  cases([
    ['The 1,100-plus hostages were seized at dawn.', ['captured 1100-? at_least']],
    ['Police said 30-plus people were hurt.', ['wounded 30-? at_least']],
    ['About 60 people died; 30 or so were hurt.', ['killed 60-60 approx', 'wounded 30-30 approx']],
    ['The strike killed 20 or so fighters.', ['killed 20-20 approx']],
  ]);
  cases([
    ['It was a 2-plus hour drive to the camp.', []],
    ['Twenty or so trucks were turned back.', []],
  ]);
});

describe('passed and crossed qualify a count', () => {
  cases([
    ['The count passed 5,000 dead last week.', ['killed 5000-? at_least']],
    ['The flood toll crossed 100 on Monday.', ['killed 100-? at_least']],
    ['Deaths passed 2,000 by the end of March.', ['killed 2000-? at_least']],
  ]);
  cases([
    ['The convoy passed 12 checkpoints on the way.', []],
  ]);
});

describe('a month between two chained tolls', () => {
  cases([
    ['Deaths fell to 80 in June from 120 in May.', ['killed 80-80 exact', 'killed 120-120 exact']],
    ['Fatalities rose to 45 in October from 31.', ['killed 45-45 exact', 'killed 31-31 exact']],
  ]);
});

describe("a military verb in scare quotes", () => {
  cases([
    ["Five soldiers were 'neutralised' in the raid, the army said.", ['killed 5-5 exact']],
    ['Three bandits were “eliminated” near the border.', ['killed 3-3 exact']],
    ["Four gunmen have been 'neutralised', police said.", ['killed 4-4 exact']],
  ]);
  cases([
    ["Twelve targets were 'neutralised'.", []],
  ]);
});

describe('people taken prisoner, captive or hostage', () => {
  cases([
    ['The rebels took 60 soldiers prisoner.', ['captured 60-60 exact']],
    ['The rebels said they had routed a column and taken 45 soldiers prisoner.', ['captured 45-45 exact']],
    ['Pirates took 19 crew members hostage off the coast.', ['captured 19-19 exact']],
  ]);
  cases([
    ['They took 3 days off after the storm.', []],
  ]);
});

describe('lives sacrificed or laid down', () => {
  cases([
    ['Three policemen sacrificed their lives in the attack.', ['killed 3-3 exact']],
    ['The army said four soldiers laid down their lives.', ['killed 4-4 exact']],
    ['Two guards sacrificing their lives saved the convoy.', ['killed 2-2 exact']],
  ]);
});

describe('cases, some of them fatal', () => {
  cases([
    ['The ministry reported 12 infections, four of them fatal, and two further deaths.', ['killed 4-4 exact', 'killed 2-2 exact']],
    ['Officials recorded 40 cases, 7 of them fatal, since the outbreak began; 3 more died today.', ['killed 7-7 exact', 'killed 3-3 exact']],
  ]);
  cases([
    ['There were 30 crashes, five of them fatal, and 2 deaths.', ['killed 2-2 exact']],
  ]);
  it('counts people, not the word fatal', () => {
    expect(figuresOf('Doctors saw 9 patients, two of them fatal, before the clinic closed and one more died.').map((f) => f.actor)[0]).toBe('people');
  });
});

describe('arms after "along with" are no people', () => {
  cases([
    ['The rebels said they captured 31 soldiers along with 12 armoured vehicles.', ['captured 31-31 exact']],
    ['Troops killed 14 militants along with seven pickup trucks.', ['killed 14-14 exact']],
  ]);
});

describe('one person named with an age, then a count, after the verb', () => {
  cases([
    ['Gunmen killed a 12-year-old boy and three adults in the raid.', ['killed 3-3 exact']],
    ['Shelling killed a 6-month-old baby and her two sisters.', ['killed 2-2 exact']],
    ['Militants abducted a 15-year-old girl and 4 teachers.', ['captured 4-4 exact']],
  ]);
});

describe('the dead put at a number, in the passive', () => {
  cases([
    ['The massacre, with the dead put at 150 by the army, shocked the region.', ['killed 150-150 exact']],
    ['The dead estimated at 300 by local officials were buried on Friday.', ['killed 300-300 approx']],
  ]);
});

describe('people "of a" group', () => {
  cases([
    ['12 members of a single family killed in strike', ['killed 12-12 exact']],
    ['Eleven members of an aid group abducted by gunmen near the camp.', ['captured 11-11 exact']],
  ]);
  it('keeps the group in the actor', () => {
    expect(figuresOf('Militants killed 4 members of a local family.').map((f) => f.actor)).toEqual(['members of a local family']);
  });
});

describe('a harm noun that names a kind of thing', () => {
  cases([
    ['Three of the four casualty databases were revised within a year.', []],
    ['Two casualty databases were merged.', []],
    ['Officials issued 40 death certificates.', []],
  ]);
  cases([
    ['1 death reported in the district.', ['killed 1-1 exact']],
    ['2 casualties reported after the blast.', ['casualties 2-2 exact']],
  ]);
});
