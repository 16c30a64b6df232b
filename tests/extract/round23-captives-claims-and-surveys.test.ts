// Round 23, defence ministries' daily loss claims, Sahel, Sudan and Myanmar conflict claims in translation,
// hostage crises and sieges, household-survey and excess-mortality summaries, European knife and ramming
// police briefings, and US and UK police blotters and court briefs.
import { describe, expect, it } from 'vitest';
import { cases, figuresOf } from './helpers.js';

describe('in a captivity, plain verbs of holding and freeing count captives', () => {
  cases([
    ['During the prison siege, inmates released another 6 guards overnight but still hold 11.', ['captured 6-6 exact', 'captured 11-11 exact']],
    ['The hijackers let the women go. Of the 90 passengers held, 31 were freed and one was killed.', ['captured 90-90 exact', 'captured 31-31 exact', 'killed 1-1 exact']],
    ['The ransom was paid, and the gang holding 14 pilgrims released three of them.', ['captured 14-14 exact', 'captured 3-3 exact']],
    ['Talks over the hostages go on: 9 are still being held and the other 5 remain in captivity.', ['captured 9-9 exact', 'captured 5-5 exact']],
    ['The kidnappers returned to the village with the 7 farmers they were holding.', ['captured 7-7 exact']],
    ['Four more hostages came home, bringing to 19 the number freed since the deal.', ['captured 4-4 exact', 'captured 19-19 exact']],
  ]);
  cases([
    // No captivity named: the same verbs count nothing.
    ['The council held 3 meetings on the budget and released 2 reports.', []],
    ['After the quake, 126 were freed from the rubble by rescuers.', []],
    ['Of the 40 delegates held up by the strike, 12 were freed to travel on Monday.', []],
    // A captivity named, but what is held or freed is no people, or a span of time.
    ['During the siege, the army held 3 press conferences and freed 2 trucks of aid.', []],
    ['The hostage standoff was held for 3 days before the release.', []],
  ]);
});

describe('a whole of captives is a count of captives', () => {
  cases([
    ['Gunmen beheaded one of the 5 hostages on Sunday.', ['killed 1-1 exact', 'captured 5-5 exact']],
    ['Militants beheaded one of the 4 fishermen they were holding.', ['killed 1-1 exact', 'captured 4-4 exact']],
  ]);
  cases([
    ['One of the 5 candidates withdrew.', []],
  ]);
});

describe('a part freed counts captives only as a part of captives', () => {
  cases([
    ['The kidnappers freed 3 of the hostages on Friday.', ['captured 3-3 exact']],
  ]);
  cases([
    ['Amid the hostage crisis, the government promised to release one of two women prisoners.', []],
  ]);
});

describe('who said it, round 23: headers and headlines', () => {
  const sourcesOf = (text: string) => figuresOf(text).map((f) => f.source);
  it.each([
    // A role after a place's name heads a headline with its count.
    ['Bucks County coroner: 2 dead in Route 611 crash', ['Bucks County coroner']],
    ['Trier police: 30 hurt in van ramming', ['Trier police']],
    // A live update's header with its clock time.
    ['Update from Munich police, 14:10: the number of injured has risen to 36.', ['Munich police']],
    ['Statement from the fire department, 9 a.m.: two people died in the blaze.', ['the fire department']],
    // A ministry's mixed-case abbreviation heads a qualified count; the other side's answer after a dash is no credit.
    ['MoD: over 1,200 Ukrainian troops killed in 24 hours — Kyiv calls it propaganda', ['MoD']],
    ['MoH: at least 40 dead in the strike — Israel denies', ['MoH']],
  ])('%s', (text, expected) => {
    expect(sourcesOf(text)).toEqual(expected);
  });
  it.each([
    // A place with a road number, a label, or a lower-case role with no count after the colon names no one.
    ['County Road 9: 2 dead in crash', [null]],
    ['Harvest Fest parade: 4 people hurt when a hay wagon overturned', [null]],
    ['Bucks County coroner: the crash killed 2 people', [null]],
    // A credit after a dash that names a body is still read.
    ['Gaza strike kills 12 — health ministry', ['health ministry']],
  ])('%s', (text, expected) => {
    expect(sourcesOf(text)).toEqual(expected);
  });
});

describe('what a survey samples is no people harmed', () => {
  cases([
    ['Using a survey of 2,000 households, the authors estimate 405,000 excess deaths.', ['killed 405000-405000 approx']],
    ['A capture-recapture analysis of three lists estimated 64,260 deaths (95% CI 55,298–78,525).', ['killed 64260-64260 approx']],
    ['The team visited 44 clusters, and respondents reported 38 deaths.', ['killed 38-38 exact']],
  ]);
  cases([
    ['The survey team visited 44 clusters of 30 households each; the death rate was high.', []],
  ]);
});

describe('an age band after the people is part of their name, no count', () => {
  cases([
    ['An estimated 18,000 children under five died of malnutrition.', ['killed 18000-18000 approx']],
    ['The strike killed 14 children under 12 and wounded 30.', ['killed 14-14 exact', 'wounded 30-30 exact']],
    ['Twelve children under 10 were among the dead.', ['killed 12-12 exact']],
  ]);
  cases([
    ['Mortality among children under 5 doubled in the camps, the deaths survey found.', []],
    ['Excess deaths among adults over 65 rose sharply.', []],
  ]);
  it('leaves the band out of the actor', () => {
    expect(figuresOf('An estimated 18,000 children under five died.')[0]?.actor).toBe('children');
  });
});

describe('who said it, round 23: a speaker goes on past a semicolon into a clause with its own count', () => {
  const sourcesOf = (text: string) => figuresOf(text).map((f) => f.source);
  it.each([
    ['Hamas released 4 hostages, the office said; 76 hostages remain in Gaza.', ['the office', 'the office']],
    ['Inmates killed 6 guards, the prison service said; one inmate was found dead on Tuesday.', ['the prison service', 'the prison service']],
    ['Five people died in the fire, police said; two others were hurt.', ['police', 'police']],
  ])('%s', (text, expected) => {
    expect(sourcesOf(text)).toEqual(expected);
  });
  it.each([
    // The next clause's own speaker wins; a clause with no count is no statement carried on.
    ['Five people died, police said; the hospital said 12 were hurt.', ['police', 'the hospital']],
    ['Three people were killed in the storm; 40 homes were destroyed.', [null]],
    ['Gunmen seized 12 workers, police said; one of them later died of his injuries.', ['police', null]],
  ])('%s', (text, expected) => {
    expect(sourcesOf(text)).toEqual(expected);
  });
});

describe('defence ministries: "liquidated" people, and a weekly tally of losses', () => {
  cases([
    ['Enemy losses over the day: about 700 persons liquidated.', ['killed 700-700 approx']],
    ['Combat losses of the enemy: personnel — about 712,340 persons liquidated, including 1,180 over the past day.', ['killed 712340-712340 approx', 'killed 1180-1180 exact']],
    ['Ukraine had lost more than 2,500 servicemen in the Kursk region over the previous week, the ministry said.', ['casualties 2500-? at_least']],
    ['The enemy lost up to 900 soldiers in the past week.', ['casualties ?-900 at_most']],
  ]);
  cases([
    // Not a tally: a loss of men last week in plain news is their deaths; liquidated firms are no people.
    ['The regiment lost 300 men last week.', ['killed 300-300 exact']],
    ['The firm liquidated 3 subsidiaries last week.', []],
    // A loss tally's label with no predicate of the people's own stays casualties (round 13).
    ["The enemy's combat losses are: personnel – about 720,000, tanks – 9,000.", ['casualties 720000-720000 approx']],
  ]);
});
