// Round 15, live updates, armed groups' claims, abstracts and coder summaries: an increment after a
// harm verb, the count a revision replaces, a confidence interval between an estimate and its harm, parts of a counted
// whole, harms in quotes, "had fallen", "minus N occupiers", released captives in the passive,
// "accounted for", injuries treated in hospital and "upward of"; and speakers: a Security Council
// turn with its bracket, "(figures per police)", "tell us", "gives the toll as", "countered that", a
// live update's body after a clock time ("08:40 National Fire Agency: 3 dead"); and a flattened table's columns.
import { describe, expect, it } from 'vitest';
import { cases, figuresOf } from './helpers.js';

describe('an increment between the harm verb and its count', () => {
  cases([
    ['The roof fell in, killing six labourers and injuring another four.', ['killed 6-6 exact', 'wounded 4-4 exact']],
    ['The shelling killed two and wounded a further 12 people.', ['killed 2-2 exact', 'wounded 12-12 exact']],
  ]);
  cases([
    ['Rebels seized another 3 towns in the north.', []],
  ]);
});

describe('the count a revision replaces', () => {
  cases([
    ['Police now say four people died, correcting an earlier figure of seven.', ['killed 4-4 exact', 'killed 7-7 exact']],
    ['Officials said 9 miners were killed, revising a previous toll of 11.', ['killed 9-9 exact', 'killed 11-11 exact']],
    ['Crews recovered 31 bodies from the wreckage of the collapsed hotel, up from 24 at noon.', ['killed 31-31 exact', 'killed 24-24 exact']],
    ['Households reported 212 deaths since the blockade began, compared with 70 in the year before.', ['killed 212-212 exact', 'killed 70-70 exact']],
  ]);
  cases([
    ['Three people died in the crash, compared with 40 arrests last year.', ['killed 3-3 exact']],
    ['Two men drowned, an earlier report of 5 boats said.', ['killed 2-2 exact']],
    // After "from" the earlier value is the figure's revision (reconcile shows "was 64"), not a figure.
    ['The governor said the toll was 2,975, up from the earlier figure of 64.', ['killed 2975-2975 exact']],
  ]);
});

describe('a confidence interval in brackets between an estimate and its harm', () => {
  cases([
    ['We estimated 48,000 (95% CI 39,000–57,000) excess deaths in the region.', ['killed 48000-48000 approx']],
    ['Models give 3,050 (95% uncertainty interval 2,100–4,000) additional deaths after the storm.', ['killed 3050-3050 exact']],
    ['The model attributes an estimated 910 deaths (95% CI 720–1,100) to the heatwave.', ['killed 910-910 approx']],
  ]);
  cases([
    ['Mean age at admission was 42 years (95% CI 40–44).', []],
    ['The hazard ratio was 1.4 (95% CI 1.1–1.8) for deaths in the treated arm.', []],
    ['We enrolled 1,200 (95% CI 1,100–1,300) participants.', []],
  ]);
  it('keeps the interval as the estimate\'s, no figure of its own', () => {
    const figures = figuresOf('We estimated 48,000 (95% CI 39,000–57,000) excess deaths in the region.');
    expect(figures.map((f) => f.interval)).toEqual([{ low: 39000, high: 57000 }]);
  });
});

describe('parts of a counted whole of the harmed', () => {
  cases([
    ['Of the 30 killed, 12 were children.', ['killed 30-30 exact', 'killed 12-12 exact']],
    ['Of the 640 deaths recorded, 95 were attributed to drowning.', ['killed 640-640 exact', 'killed 95-95 exact']],
    ['Of the 58 wounded in the blast, 6 were police officers.', ['wounded 58-58 exact', 'wounded 6-6 exact']],
  ]);
  cases([
    ['Of the 30 arrested, 12 were students.', []],
  ]);
});

describe('harms and counts in quotes', () => {
  cases([
    ["The group claimed 'dozens of Christians' were killed in the blast.", ['killed 24-99 vague']],
    ['The statement said three soldiers who "embraced shahadat" were buried with honours.', ['killed 3-3 exact']],
    ["The brigade said it had inflicted 'dozens of dead and wounded' on the enemy.", ['casualties 24-99 vague']],
    ['The raid left hundreds of killed and injured.', ['casualties 200-999 vague']],
  ]);
  cases([
    ["He called 12 inmates 'dead men walking'.", []],
    ["Officials said 'three men' were questioned.", []],
  ]);
});

describe('fighters who have fallen', () => {
  cases([
    ["The army said only that 'several' soldiers had fallen.", ['killed 3-9 vague']],
    ['Some 40 fighters have fallen since the offensive began.', ['killed 40-40 approx']],
  ]);
  cases([
    ['Forty soldiers have fallen ill with cholera.', []],
    ['Prices have fallen 12 points since June.', []],
  ]);
});

describe('minus N occupiers', () => {
  cases([
    ['The battalion posted its tally: minus 14 occupiers.', ['killed 14-14 exact']],
    ['Minus 40 Russian soldiers in a day.', ['killed 40-40 exact']],
  ]);
  cases([
    ['Temperatures fell to minus 12 degrees overnight.', []],
    ['The index closed at 120 minus 12 points.', []],
  ]);
});

describe('the remaining captives released, in the passive', () => {
  cases([
    ['Three of the hostages were later found dead; the remaining 8 were released after a month.', ['killed 3-3 exact', 'captured 8-8 exact']],
    ['Two hostages died in captivity and the remaining 11 were later freed.', ['killed 2-2 exact', 'captured 11-11 exact']],
  ]);
  cases([
    ['Five players were injured; the remaining 10 were released from the squad.', ['wounded 5-5 exact']],
  ]);
});

describe('deaths that account for a count', () => {
  cases([
    ['Violent deaths accounted for 140 of the total.', ['killed 140-140 exact']],
    ['Road accidents accounted for 31 of the deaths.', ['killed 31-31 exact']],
  ]);
  cases([
    ['Road deaths accounted for 30% of the total.', []],
    ['Exports accounted for 40 of the 90 shipments.', []],
  ]);
});

describe('treated in hospital for injuries, and weapon-wounded', () => {
  cases([
    ['Nine others are being treated in hospital for their injuries.', ['wounded 9-9 exact']],
    ['Its surgeons have treated 420 weapon-wounded patients this year.', ['wounded 420-420 exact']],
  ]);
  cases([
    ['Six people were treated in hospital for smoke inhalation.', []],
  ]);
});

describe('upward of and we estimate', () => {
  cases([
    ['The director said upward of 30 were hurt.', ['wounded 30-? at_least']],
    ['We estimate 1,400 excess deaths in the quarter.', ['killed 1400-1400 approx']],
  ]);
});

describe('round 15 speakers: Security Council turns, bracketed per, tell and gives', () => {
  const sourcesOf = (text: string) => figuresOf(text).map((f) => f.source);
  it.each([
    ['Under-Secretary-General Ana Lima (via videoconference): Mr. President, more than 300 civilians have been killed this month.', 'Under-Secretary-General Ana Lima'],
    ['Ambassador Jane Roe (United Kingdom): At least 40 civilians were killed last week.', 'Ambassador Jane Roe'],
    ['A car bomb exploded near the market; 7 killed (figures per police).', 'police'],
    ['Two soldiers were wounded in the ambush (per army).', 'army'],
    ['Security sources tell us 12 guards were killed.', 'Security sources'],
    ['The Ministry of Health now gives the toll as 44 killed.', 'The Ministry of Health'],
    ['Speaking for Ruritania, the representative countered that shelling had claimed the lives of 9 people.', 'the representative'],
    ['09:10 Provincial Disaster Agency: 5 dead after the landslide.', 'Provincial Disaster Agency'],
    ['Updates: • 11:45 State Fire Service: 2 killed in the blaze', 'State Fire Service'],
  ])('%s', (text, source) => {
    expect(sourcesOf(text)).toEqual([source]);
  });
  it.each([
    ['Chair (for the record): Four soldiers died in the exercise.'],
    ['A car bomb exploded; 7 killed (per cent figures are rounded).'],
    ['The army countered with artillery, killing 12 fighters.'],
    ['08:40 Hualien: 3 dead after the quake.'],
  ])('%s names no speaker', (text) => {
    expect(sourcesOf(text)).toEqual([null]);
  });
});

describe('a flattened table: the header names each column', () => {
  cases([
    ['| Date | Site | Dead | Injured | | 04 Jun | dye works fire, Surat | 9 | 31 | | 19 Aug | boiler blast, Lahore | 5 | 12 |',
      ['killed 9-9 exact', 'wounded 31-31 exact', 'killed 5-5 exact', 'wounded 12-12 exact']],
    ['| Province | Killed | Missing | | Batangas | 14 | 2 |', ['killed 14-14 exact', 'missing 2-2 exact']],
  ]);
  cases([
    ['| Ward | Deaths | Beds | | North | 4 | 120 |', ['killed 4-4 exact']],
    ['| Site | Workers | Shifts | | Plant A | 400 | 3 |', []],
    ['| Dead | Injured | | 12 | 40 | 5 |', []],
  ]);
});
