import { describe, expect, it } from 'vitest';
import { cases, figuresOf, summarise } from './helpers.js';

describe('toll nouns', () => {
  it.each([
    ['The death toll rose to 52 on Sunday.', ['killed 52-52 exact']],
    // "The dead" counted as a toll only where a verb puts a number on them.
    ['Local officials put the dead at 4,100 across the valley.', ['killed 4100-4100 exact']],
    ['The dead numbered at least 40 by the evening.', ['killed 40-? at_least']],
    ['The death toll numbered 77 by nightfall.', ['killed 77-77 exact']],
    ['The dead man was 45 years old.', []],
    ['The dead were buried in 3 graves on the hill.', []],
    // A bare toll beside failures, closures or layoffs counts them: no harm word, no figure.
    ['Two bank failures raise 1987 toll to 10.', []],
    ['The toll of plant closures rose to 12 this year.', []],
    ['Heart failure and the heat raised the toll to 40.', ['killed 40-40 exact']],
    ['Bank failures in the flood zone raised the toll to 12 dead.', ['killed 12-12 exact']],
    ['Officials put the dead at rest beside 12 others.', []],
    ['Quake death toll tops 2,000', ['killed 2000-? at_least']],
    ['The death toll from the mudslide in the northern hills near the old mining town has climbed to at least 31.', ['killed 31-? at_least']],
    ['The number of injured stood at 140.', ['wounded 140-140 exact']],
    // A long subject between the toll noun and its number, and a space lost before the number.
    ['The number of civilians who were killed in the air strikes on the oil fields, refineries, depots, pipelines and trucks in the eastern provinces of the country has risen to 225.', ['killed 225-225 exact']],
    ['The death toll has risen to212, officials said.', ['killed 212-212 exact']],
    ['Flight MH17 left the gate at 9.', []],
    // A toll that grows "by" a count: the count is the new deaths.
    ['The death toll rose by 50 overnight.', ['killed 50-50 exact']],
    ['The new figure increases the country\'s death toll by 5,000.', ['killed 5000-5000 exact']],
    ['The number of injured went up by 30.', ['wounded 30-30 exact']],
    ['The death toll, compiled by 12 agencies, was not released.', []],
    ['Prices rose by 5 percent after the flood.', []],
    ['The number of people killed in the clashes since March 3, 2021 reached 75.', ['killed 75-75 exact']],
    ['The casualty toll is between 200 and 300.', ['casualties 200-300 range']],
    ['The toll includes 12 in the north, four in the south and two in the east.', ['killed 12-12 exact', 'killed 4-4 exact', 'killed 2-2 exact']],
    ['Officials fear the death toll could climb to 90.', []],
    // Reference works: estimates of the dead, with a range after "range" or "vary".
    ['Estimates of the civilian dead range from 12,000 to 19,500.[14]', ['killed 12000-19500 range']],
    ['Estimates of deaths among the garrison vary between 300 and 800.', ['killed 300-800 range']],
    ['Casualty estimates varied from 3,000 to 5,000.', ['casualties 3000-5000 range']],
    ['Estimates of the number of prisoners wounded ranged from 40 to 90.', ['wounded 40-90 range']],
    ['Estimates of the crowd range from 12,000 to 19,500.', []],
    // A harm noun estimated at its number, and a toll named after it.
    ['Local sources put fatalities at 35.', ['killed 35-35 exact']],
    ['Medics put the casualties at about 300.', ['casualties 300-300 approx']],
    ['The raid killed 4, bringing to 97 the number of aid workers killed this year.', ['killed 4-4 exact', 'killed 97-97 exact']],
    ['The blast raised to 31 the death toll in the province.', ['killed 31-31 exact']],
    ['They put the casualties at risk of 3 more raids.', []],
    ['The merger brings to 12 the number of banks in the group.', []],
    // Losses of people are casualties; the accountants' losses are nothing.
    ['German losses were 41,300, of whom 9,800 were killed.', ['casualties 41300-41300 exact', 'killed 9800-9800 exact']],
    ['Losses of the rebel forces amounted to 60 fighters, the army said.', ['casualties 60-60 exact']],
    ['Enemy losses stand at 2,400.', ['casualties 2400-2400 exact']],
    ['Net losses were 12,000 in the quarter.', []],
    ['The unit posted losses of 287 mln bolivars.', []],
    ['Total losses: 4,500.', []],
    ['Estimates of the damage vary from 12 to 19 billion dollars.', []],
    ['The death toll is likely to be 100 to 300.', ['killed 100-300 range']],
    ['Estimates of the death toll range from 200,000 to 316,000.', ['killed 200000-316000 range']],
    ['This brings the number of UK troops to die there to 86.', ['killed 86-86 exact']],
    // The figure quoted in the words of the one who gave it.
    ["Western intelligence estimated the toll at 'between 100 and 300'.", ['killed 100-300 range']],
    ['Officials put the death toll at “about 300”.', ['killed 300-300 approx']],
    ['The number of injured stood at "more than 40".', ['wounded 40-? at_least']],
    ['The death toll at "Camp 4" was not known.', []],
    // The people of a harm, listed: "among the dead were", "the injured included".
    ['Among the dead were 12 children.', ['killed 12-12 exact']],
    ['Among the injured were 3 journalists.', ['wounded 3-3 exact']],
    ['The dead included 9 children and 4 women.', ['killed 9-9 exact', 'killed 4-4 exact']],
    ['Among the missing are 14 fishermen.', ['missing 14-14 exact']],
    ['The dead were taken to 3 hospitals.', []],
    ['Among the injured players were 2 strikers who will miss the final.', []],
  ])('%s', (text, expected) => {
    expect(summarise(text)).toEqual(expected);
  });

  it('keeps the earlier figure of "rose to 50 from 38" as a figure too (guideline)', () => {
    expect(summarise('The death toll rose to 50 from 38 overnight.')).toEqual(['killed 50-50 exact', 'killed 38-38 exact']);
    expect(summarise('The death toll rose from 38 to 50 overnight.')).toEqual(['killed 38-38 exact', 'killed 50-50 exact']);
  });

  it('reads bodies recovered as deaths', () => {
    expect(summarise('The bodies of 9 fishermen were recovered on Monday.')).toEqual(['killed 9-9 exact']);
  });
});

describe('a harm noun that is the subject of its count', () => {
  cases([
    ['Deaths from the outbreak now total 412.', ['killed 412-412 exact']],
    ['Fatalities among rescue workers have risen to 9.', ['killed 9-9 exact']],
    ['Injuries reached 230 by nightfall, the hospital said.', ['wounded 230-230 exact']],
    ['Casualties in the brigade stood at about 600.', ['casualties 600-600 approx']],
    ['Total dead numbered c. 2,300, with 5,100 wounded.', ['killed 2300-2300 approx', 'wounded 5100-5100 exact']],
    ['The dead totalled 57.', ['killed 57-57 exact']],
    // Not a subject: counted itself, the object of a preposition, another clause, or a date.
    ['The flood caused deaths and injuries, and the number of boats lost was 14.', []],
    ['Some 90 nurses were trained to treat injuries in the week to 12 June.', []],
    ['Hospitals reported more fatalities to 3 local clinics.', []],
  ]);
});

describe('the harmed as a group, counted or estimated', () => {
  cases([
    ['The injured numbered about 200.', ['wounded 200-200 approx']],
    ['Rescuers put the dead at 12 and the missing at 30.', ['killed 12-12 exact', 'missing 30-30 exact']],
    ['Officials put the number of dead at 64 and the injured at more than 300.', ['killed 64-64 exact', 'wounded 300-? at_least']],
    // No estimating verb before the second "at": a time, a place.
    ['The bus left at 9 and the injured at the scene were treated first.', []],
    ['The guests arrived at 8 and the wounded at 10 were flown out.', []],
  ]);
});

describe('the people a toll is of', () => {
  it.each([
    ['He put the number of Iraqis killed at around 30,000.', 'Iraqis'],
    ['The number of civilians killed has risen to 412.', 'civilians'],
    ['The toll of soldiers killed in the ambush rose to 12.', 'soldiers'],
    ['The number of women killed rose to 12.', 'women'],
  ])('%s -> %s', (text, actor) => {
    expect(figuresOf(text)[0]?.actor).toBe(actor);
  });

  it.each([
    'The number of those killed rose to 12.',
    'The number of deaths rose to 40.',
    'Late Monday, the list of potentially missing people topped 176.',
  ])('names no one but people: %s', (text) => {
    expect(figuresOf(text)[0]?.actor ?? 'people').toMatch(/^(?:people|those)$/);
  });

  it('is no count of things: "the number of homes destroyed rose to 300"', () => {
    expect(figuresOf('The number of homes destroyed rose to 300.')).toEqual([]);
  });
});

describe('a toll that moved past its number is at least that number', () => {
  cases([
    ['The death toll climbed past 500 on Thursday.', ['killed 500-? at_least']],
    ['The toll has now crept past 2,000, the agency said.', ['killed 2000-? at_least']],
    ['The number of dead edged past 40 overnight.', ['killed 40-? at_least']],
    ['Rescue teams went past 40 houses before dawn.', []],
  ]);
});

// Dossier round 10: a figure corrected "to" a number that names no one counts the earlier number's people.
describe('an earlier figure corrected to a new number', () => {
  cases([
    ['The coroner corrected its earlier figure of 8 bodies to 9 on Thursday.', ['killed 8-8 exact', 'killed 9-9 exact']],
    ['The army revised its figure of 12 fighters killed down to 8.', ['killed 12-12 exact', 'killed 8-8 exact']],
    ['The ministry corrected the figure of 61 dead to 57.', ['killed 61-61 exact', 'killed 57-57 exact']],
    ['The board raised its estimate of 40 homes to 55.', []],
    ['The agency lowered its figure of 30 injured to 25 percent of them children.', ['wounded 30-30 exact']],
  ]);

  it('gives the new number the earlier one\'s people', () => {
    expect(figuresOf('The army revised its figure of 12 fighters killed down to 8.').map((f) => f.actor)).toEqual(['fighters', 'fighters']);
  });
});
