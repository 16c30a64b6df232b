// Round 13, defence ministries' daily tallies and disaster and epidemic bulletins: soldiers lost
// "over the past day" or beside tanks (casualties), "personnel –" in a tally of losses, labelled
// shares in brackets ("(confirmed: 31; probable: 9)"), places' shares after "followed by"
// ("Punjab (120)"), "Bodies recovered: 140", "Of the deaths, 40 occurred in …", and a capitalised
// row label ("TOTAL:") that is no source.
import { describe, expect, it } from 'vitest';
import { cases, figuresOf } from './helpers.js';

describe('a daily tally of soldiers lost counts casualties', () => {
  cases([
    ['Moscow has lost 1,180 troops over the past day, the General Staff said.', ['casualties 1180-1180 exact']],
    ['The enemy lost up to 640 servicemen in the last day along the eastern front.', ['casualties ?-640 at_most']],
    ['Kyiv says the invaders lost about 900 soldiers per day.', ['casualties 900-900 approx']],
    // In the present, "per day" is a rate (the rates family): no count of anyone.
    ['Kyiv says the invaders are losing about 900 soldiers per day.', []],
    ['The adversary lost over 150 servicemen, two tanks and five armoured vehicles near the border.', ['casualties 150-? at_least']],
  ]);
});

describe('soldiers lost after a list of arms are a tally too (lead, stop 27)', () => {
  cases([
    ['Separatist army loses plane, three tanks, 80 troops in night combat', ['casualties 80-80 exact']],
    ['The rebels lost a helicopter, two tanks and 40 fighters, the ministry said.', ['casualties 40-40 exact']],
    ['The brigade lost six tanks and 12 Ukrainian soldiers.', ['casualties 12-12 exact']],
    // Not fighters, or not arms: no tally of a side's losses.
    ['The firm lost two contracts, three plants and 400 workers.', []],
    ['They lost their homes, cars and 3 children in the flood.', []],
    ['The club lost two games and 3 players in a week.', []],
  ]);
});

describe('soldiers lost with no tally stay killed', () => {
  cases([
    ['The regiment lost 300 men at the river crossing.', ['killed 300-300 exact']],
    ['The army lost 40 soldiers in the ambush on Tuesday.', ['killed 40-40 exact']],
    ['The battalion lost 12 fighters, its commander said.', ['killed 12-12 exact']],
  ]);
});

describe('personnel labelled in a tally of losses', () => {
  cases([
    ['The total combat losses of the enemy are approximately: personnel – some 640,000 (+1,210), tanks – 9,100 (+4).', ['casualties 640000-640000 approx', 'casualties 1210-1210 exact']],
    ['Enemy losses for the day: personnel – 1,100; armoured vehicles – 12.', ['casualties 1100-1100 exact']],
  ]);
  cases([
    ['Staffing: personnel – 40, of whom two are on leave.', []],
    ['Losses of equipment: tanks – 12; artillery systems – 30.', []],
  ]);
});

describe('labelled shares in brackets take the harm of the figure before them', () => {
  cases([
    ['Deaths – 40 (confirmed: 31; probable: 9); injured – 12.', ['killed 40-40 exact', 'killed 31-31 exact', 'killed 9-9 exact', 'wounded 12-12 exact']],
    ['Dead: 210 (verified: 180, pending verification: 30).', ['killed 210-210 exact', 'killed 180-180 exact', 'killed 30-30 exact']],
    // Round 25: a label of how sure the share is needs no colon; no other label does.
    ['Dead: 48 (validated 31, for validation 17) | Injured: 26', ['killed 48-48 exact', 'killed 31-31 exact', 'killed 17-17 exact', 'wounded 26-26 exact']],
    ['Deaths: 40 (confirmed 31, probable 9).', ['killed 40-40 exact', 'killed 31-31 exact', 'killed 9-9 exact']],
    ['Dead: 12 (aged 3 to 70).', ['killed 12-12 exact']],
    ['Injured – 57 (hospitalised: 20; treated on site: 37).', ['wounded 57-57 exact', 'wounded 20-20 exact', 'wounded 37-37 exact']],
  ]);
  cases([
    ['Shelters open: 14 (capacity: 3,000).', []],
  ]);
});

describe("places' shares in brackets after 'followed by'", () => {
  cases([
    ['Punjab reported 300 deaths, followed by Sindh (120) and Khyber Pakhtunkhwa (88).', ['killed 300-300 exact', 'killed 120-120 exact', 'killed 88-88 exact']],
    ['Kano recorded 61 deaths, followed by Bauchi (40), Yobe (22) and Jigawa (9).', ['killed 61-61 exact', 'killed 40-40 exact', 'killed 22-22 exact', 'killed 9-9 exact']],
  ]);
  cases([
    ['The flood hit Sindh first, followed by Punjab (2022) and Balochistan.', []],
  ]);
});

describe('bodies labelled by how they were found', () => {
  cases([
    ['Situation as of 6 pm: bodies recovered: 140; persons missing: 12.', ['killed 140-140 exact', 'missing 12-12 exact']],
    ['Bodies found – 9; injured – 30.', ['killed 9-9 exact', 'wounded 30-30 exact']],
    ['Bodies retrieved: 23.', ['killed 23-23 exact']],
  ]);
  cases([
    ['Items recovered: 40; vehicles found: 3.', []],
  ]);
});

describe("'Of the deaths,' then where they occurred", () => {
  cases([
    ['Of the deaths, 40 occurred in hospitals and 22 at home.', ['killed 40-40 exact', 'killed 22-22 exact']],
    ['Of the deaths, 17 happened in the camps.', ['killed 17-17 exact']],
  ]);
  it('names no people from the place', () => {
    expect(figuresOf('Of the deaths, 40 occurred in hospitals.').map((f) => f.actor)).toEqual(['people']);
  });
  cases([
    ['Of the meetings, 12 occurred in the capital.', []],
  ]);
});

describe('a row label in capitals is no source', () => {
  it.each([
    ['TOTAL: 40 dead, 12 injured.', null],
    ['DEAD: 12; MISSING: 3.', null],
    ['UN: 300 killed in clashes', 'UN'],
  ])('%s -> %s', (text, source) => {
    expect(figuresOf(text)[0]?.source).toBe(source);
  });
});
