// Families left by earlier rounds (issues 12 and 13): rates, zeros of victims, army acronyms,
// headline speakers in capitals, counts inside a speaker's name, date ranges before a breakdown.
// Invented phrases, each family with variants and negatives.
import { describe, expect, it } from 'vitest';
import { cases, figuresOf } from './helpers.js';

describe('a rate over a period is no count', () => {
  cases([
    ['Losses on the front averaged 20 people per day, the governor said.', []],
    ['The garrison lost soldiers at a rate of 30 per day.', []],
    ['There was an average of 12 deaths a day in the besieged town.', []],
    ['The clinic recorded 30 deaths per week during the outbreak.', []],
    ['About 40 civilians die every day in the siege, aid groups said.', []],
    ['The fever killed 300 people a month at its height.', []],
    ['Snipers shot dead 7 people each day along the avenue.', []],
    ['The homicide rate reached 5 per 100,000 inhabitants.', []],
    ['Officials reported a rate of 3 per 1,000 deaths among infants.', []],
    // A day named beside a count, a count within a day: counts.
    ['12 people were killed a day after the blast, police said.', ['killed 12-12 exact']],
    ['Some 40 people were killed a day before the vote.', ['killed 40-40 approx']],
    ['The bombing killed 12 people in a day.', ['killed 12-12 exact']],
    ['Shelling killed 9 people in a single day.', ['killed 9-9 exact']],
    ['Fighting killed 30 soldiers a week ago.', ['killed 30-30 exact']],
    ['Deaths rose to 58 from 41 a day earlier.', ['killed 58-58 exact', 'killed 41-41 exact']],
    ["The storm killed 14 people a day's drive from the coast.", ['killed 14-14 exact']],
  ]);

  // A side's daily losses report, as translated ("за сутки"): the past day's count, dated to one day.
  it.each([
    ['Losses of the regiment in battles near the river per day amounted to 40 people, the command said.', 'casualties', 40],
    // Soldiers a side lost in a day's report are its casualties (round 13's daily tallies), not only its dead.
    ['The brigade lost up to 300 servicemen per day in the eastern direction - Defence Ministry', 'casualties', 300],
    ['Enemy losses exceeded 20 people per day, the spokesman said.', 'casualties', 20],
  ])('a daily losses report is a count over the past day: %s', (text, category, n) => {
    expect(figuresOf(text).map((f) => [f.category, f.low ?? f.high, f.scope?.period])).toEqual([[category, n, '24 hours']]);
  });
});

describe('victims identified one by one are the dead, counted', () => {
  const read = (text: string) => figuresOf(text).map((f) => [f.category, f.low, f.kind ?? null, f.source]);
  it.each([
    ['Forensic teams said they had identified 61 of the victims through dental records.', 61, 'Forensic teams'],
    ['Police have named 12 of the victims.', 12, 'Police'],
    ['The coroner identified 30 of the victims, officials said.', 30, 'The coroner'],
    // The whole's number between: the whole is the identified count's scope, no figure of its own.
    ['The morgue has identified 12 of the 40 victims.', 12, 'The morgue'],
    ['DNA teams have named 118 of the 1,502 victims of the quake.', 118, 'DNA teams'],
  ])('%s', (text, n, source) => {
    expect(read(text)).toEqual([['killed', n, 'counted', source]]);
  });

  it.each([
    'Police identified 3 suspects in the robbery.',
    'Investigators hope to identify 20 of the victims by Friday.',
    'The airline named 40 of the passengers on its website.',
    'The ministry has named 4 officers as the new commanders.',
    // Victims of a wrong that kills no one.
    'Police have identified 12 of the victims of the fraud.',
    'Investigators named 30 of the 200 victims of a Ponzi scheme.',
    'The bank identified 9 of the victims of the data breach.',
  ])('no figure: %s', (text) => {
    expect(figuresOf(text)).toEqual([]);
  });
});

describe('a number inside a speaker\'s name: part of the name, never a figure', () => {
  const claims = (text: string) => figuresOf(text).map((f) => [f.category, f.low, f.source]);
  it.each([
    ['The 20-member commission said 14 were killed.', [['killed', 14, 'The 20-member commission']]],
    ['A five-member panel of inquiry said 7 people were missing.', [['missing', 7, 'A five-member panel of inquiry']]],
    ['The 12-nation coalition said 40 militants were killed.', [['killed', 40, 'The 12-nation coalition']]],
    ['The Group of 77 said 30 people died in the floods.', [['killed', 30, 'The Group of 77']]],
    ['The 3rd Brigade said 5 soldiers died in the ambush.', [['killed', 5, 'The 3rd Brigade']]],
    ['The 101st Airborne Division said two soldiers were wounded.', [['wounded', 2, 'The 101st Airborne Division']]],
    // The count after the name is still read, and a name stops at its clause.
    ['Gunmen killed 20 people and the 5th Regiment said 3 soldiers were wounded.', [['killed', 20, null], ['wounded', 3, 'the 5th Regiment']]],
  ])('%s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});

describe('a span of days between a total and its "including" share', () => {
  const parts = (text: string) => figuresOf(text).map((f) => [f.category, f.low, f.actor, f.partOf != null]);
  const total = ['killed', 40, 'people', false];
  const share = ['killed', 4, 'children', true];
  it.each([
    'The raids killed 40 people between 3 and 9 March, including 4 children.',
    'The raids killed 40 people from 3 to 9 March, including 4 children.',
    'The raids killed 40 people on 3-9 March, including 4 children.',
    'Floods killed 40 people between March 3 and 9, including 4 children.',
    'Floods killed 40 people between 3 and 9 March 2021, including 4 children.',
    'The raids killed 40 people on 9 March, including 4 children.',
    'Between 3 and 9 March, 40 people were killed, including 4 children.',
  ])('%s', (text) => {
    expect(parts(text)).toEqual([total, share]);
  });

  it('still reads counts beside dates, and a count between two numbers is no date', () => {
    expect(parts('Between 3 and 9 people were killed on 4 March.')).toEqual([['killed', 3, 'people', false]]);
    expect(parts('On March 3 and 9 people were killed.')).toEqual([['killed', 9, 'people', false]]);
    expect(parts('Floods killed 40 people in 3 provinces, including 4 children.')).toEqual([total]);
  });
});

describe('a reported zero names its harm; victims are the dead and the hurt alike', () => {
  cases([
    ['There were no immediate reports of casualties.', ['casualties 0-0 exact']],
    ['There were no immediate reports of victims.', ['casualties 0-0 exact']],
    ['There were no victims, the fire brigade said.', ['casualties 0-0 exact']],
    ['There were no civilian victims, the army said.', ['casualties 0-0 exact']],
    ['There were no immediate reports of injuries.', ['wounded 0-0 exact']],
    ['There were no immediate reports of deaths.', ['killed 0-0 exact']],
    ['There was no immediate word on fatalities.', ['killed 0-0 exact']],
    ['There were no reports on casualties from the north.', ['casualties 0-0 exact']],
    ['Police had no immediate reports on the number of victims.', []],
    ['The victims were buried on Friday.', []],
  ]);
});

describe('a headline in capitals names its speaker', () => {
  const claims = (text: string) => figuresOf(text).map((f) => [f.category, f.low, f.source]);
  it.each([
    ['POLICE SAY 12 KILLED IN RIOT, 40 HURT', [['killed', 12, 'POLICE'], ['wounded', 40, 'POLICE']]],
    ['IRAN SAYS 30 DEAD IN BORDER CLASH', [['killed', 30, 'IRAN']]],
    ['RED CROSS SAYS 30 DEAD IN CLASHES', [['killed', 30, 'RED CROSS']]],
    ['HEALTH MINISTRY SAYS 12 DIED IN FLOODS', [['killed', 12, 'HEALTH MINISTRY']]],
    ['GOVERNOR SAYS 40 MINERS MISSING AFTER BLAST', [['missing', 40, 'GOVERNOR']]],
    // A denial in capitals is a denial: no figure, as "denied that 50 died".
    ['PRESIDENT DENIES 300 KILLED IN RAID', []],
  ])('%s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});

describe('unnamed reports and estimates are claimants as written', () => {
  const sourceOf = (text: string) => figuresOf(text)[0]?.source ?? null;
  it.each([
    ['Unconfirmed reports said as many as 60 people were killed.', 'Unconfirmed reports'],
    ['Reports said 12 people were killed in the crossfire.', 'Reports'],
    ['According to reports, 12 people were killed.', 'reports'],
    ['At least 12 people were killed, according to local media reports.', 'local media reports'],
    ['Nine villagers drowned, reports said.', 'reports'],
    ['The quake killed 23 people, police and reports said.', 'police and reports'],
    ['Initial reports said 12 people were killed.', 'Initial reports'],
    ['Estimates now put the death toll from the 1931 flood at around 240,000.', 'Estimates'],
    // A named author of the report is the claimant; the other information nouns name no one.
    ['A report by the UN said 40 civilians died.', 'the UN'],
    ['Initial reports indicated two people were killed, the Interfax news agency said.', 'the Interfax news agency'],
    ['According to the latest information, 13 people were injured.', null],
  ])('%s -> %s', (text, source) => {
    expect(sourceOf(text)).toBe(source);
  });
});
