import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.js';

const scopes = (text: string) => figuresOf(text).map((f) => ({ n: f.low, ...(f.scope ?? {}) }));

describe('scope: what a count covers, where the sentence says', () => {
  it.each([
    ['The ministry said 23 people died in the past 24 hours, bringing the toll to 5,400.', [{ n: 23, period: '24 hours' }, { n: 5400, cumulative: true }]],
    ['Over the past day, troops killed 36 civilians and wounded 50.', [{ n: 36, period: '24 hours' }, { n: 50, period: '24 hours' }]],
    ['Two soldiers were killed and 26 wounded over the last 24 hours.', [{ n: 2, period: '24 hours' }, { n: 26, period: '24 hours' }]],
    ['At least 1,900 people have been killed this year.', [{ n: 1900, period: 'this year' }]],
    ['Since 2003, more than 4,000 reporters have been killed.', [{ n: 4000, period: 'since 2003' }]],
    ['The flood has killed 212 people so far.', [{ n: 212, cumulative: true }]],
    ['Nine people were killed in 2019.', [{ n: 9, period: 'in 2019' }]],
    ['In a separate attack, five guards were killed.', [{ n: 5, incident: 'separate attack' }]],
    ['Separately, a roadside bomb killed 3 police officers.', [{ n: 3, incident: 'separate incident' }]],
    ['Storms killed 14 in the capital and 6 elsewhere.', [{ n: 14 }, { n: 6, place: 'elsewhere' }]],
    ['Medics said 11 died in hospital and 31 at the scene.', [{ n: 11, place: 'in hospital' }, { n: 31, place: 'at the scene' }]],
    // A place after a toll's noun is the place of the toll's number after it, not of the count before.
    ['The quake killed 310 in Syria, bringing the combined toll in both countries to more than 8,600.', [{ n: 310 }, { n: 8600, place: 'across countries' }]],
    ['Six more died on Friday, taking the number of dead nationwide to 412.', [{ n: 6 }, { n: 412, place: 'nationwide' }]],
    ['Four people died in the capital alone, and the toll across the country stood at 215.', [{ n: 4, place: 'in the capital' }, { n: 215, place: 'across the country' }]],
    // A place with no toll noun before it stays with the count before it.
    ['Floods killed 40 people in the two countries, and 12 more died on Friday.', [{ n: 40, place: 'across countries' }, { n: 12 }]],
    ['Storms killed 9 people nationwide, and the toll rose to 30.', [{ n: 9, place: 'nationwide' }, { n: 30 }]],
    ['The study found 412,000 excess deaths.', [{ n: 412000, deaths: 'excess' }]],
    // One period however it is dated; which deaths, with the people between.
    ['Since March 2003, 4,000 reporters have been killed.', [{ n: 4000, period: 'since 2003' }]],
    ['Since March, 40 reporters have been killed.', [{ n: 40, period: 'since march' }]],
    ['A survey estimated 650,000 excess Iraqi deaths since the 2003 invasion.', [{ n: 650000, deaths: 'excess', period: 'since 2003' }]],
    // A span of years or months, two months, and deaths by violence read from the verb.
    ['A survey estimated that 151,000 Iraqis died violently between March 2003 and June 2006.', [{ n: 151000, period: 'march 2003–june 2006', deaths: 'violent' }]],
    ['Some 1,200 people died from 2014 to 2016, the report said.', [{ n: 1200, period: '2014–2016' }]],
    ['The UN said 6,599 civilians were killed in July and August alone.', [{ n: 6599, period: 'in july and august' }]],
    // A period two patterns read ("over past week" is also "past week") is one period, and covers every count of the list.
    ['Four rebels killed, 11 wounded in shelling over past week - rebel command', [{ n: 4, period: '1 week' }, { n: 11, period: '1 week' }]],
    ['7 civilians, 20 fighters killed in the district over the past month', [{ n: 7, period: '1 month' }, { n: 20, period: '1 month' }]],
    ['Six guards died and 9 were hurt in past week.', [{ n: 6, period: '1 week' }, { n: 9, period: '1 week' }]],
    // A truce so far, its name in quotes or not.
    ["Three soldiers killed, two wounded since beginning of 'Easter' truce", [{ n: 3, period: 'since the start of the truce' }, { n: 2, period: 'since the start of the truce' }]],
    ['Five villagers have died since the start of the ceasefire.', [{ n: 5, cumulative: true, period: 'since the start of the ceasefire' }]],
    // Not a span: one year to start from, a match score, two months of an event named before its count.
    ['From 2010, 40 people were killed in the valley.', [{ n: 40 }]],
    // Another country than the report's own, however spelt; not a village next door.
    ['In neighbouring Syria, the health ministry put the toll at more than 3,000.', [{ n: 3000, place: 'in neighbouring syria' }]],
    ['More than 3,000 died in neighboring Syria.', [{ n: 3000, place: 'in neighbouring syria' }]],
    ['Twelve people died in the neighbouring village.', [{ n: 12 }]],
    ['In July and August 2014 the town was shelled, and 30 people were killed.', [{ n: 30 }]],
    // Another incident as the subject of a later clause: only its figures (dossier round 6).
    ['The monitor counted 27 dead at the depot, and said a second strike on a school the next day had killed 6 people.', [{ n: 27 }, { n: 6, incident: 'second strike' }]],
    ['Police said 4 guards died in the fire; another blast at the refinery killed 2 workers.', [{ n: 4 }, { n: 2, incident: 'another blast' }]],
    // A past year's incident told after it; a campaign of a kind begun in a month.
    ['The toll is far below the 2017 outbreak, when 280 people died.', [{ n: 280, period: 'in 2017' }]],
    ['It was the worst since the 2011 floods, which killed 1,900 villagers.', [{ n: 1900, period: 'in 2011' }]],
    ['Since the bombing campaign began in March, 230 civilians have been killed.', [{ n: 230, period: 'since the start of the campaign' }]],
    // The year so far, however it is said.
    ['Dengue has killed 46 people since the start of the year.', [{ n: 46, cumulative: true, period: 'this year' }]],
    ['Since the beginning of this year, 19 climbers have died.', [{ n: 19, cumulative: true, period: 'this year' }]],
    ['The ministry said 52 people had died of measles since the start of the year, 8 of them in the past week.', [{ n: 52, cumulative: true, period: 'this year' }, { n: 8, period: '1 week' }]],
    // A toll raised by an increment is the running total, not of the increment's night.
    ['Three of the injured died overnight, raising the death toll to 41.', [{ n: 3, period: 'overnight' }, { n: 41, cumulative: true }]],
  ])('%s', (text, expected) => {
    expect(scopes(text)).toEqual(expected);
  });

  it('keeps the harm\'s modifier out of who was counted ("excess Iraqi deaths" counted Iraqis)', () => {
    expect(figuresOf('A survey estimated 650,000 excess Iraqi deaths.')[0]?.actor).toBe('Iraqi');
    expect(figuresOf('The army reported 40 violent civilian deaths.')[0]?.actor).toBe('civilian');
  });

  it.each([
    // The event's own date is no period.
    ['The 2014 attack killed 30 people.'],
    ['A man died in hospital on Sunday.'],
    ['A day after the blast, 40 bodies were found.'],
    ['In 2014 attacks on the town, 30 people were killed.'],
    ['Troops killed 12 militants in an overnight raid on the compound.'],
    // Not another incident: one told before its figures, one without a harm of its own, a definite "the second".
    ['After another attack on the town, 30 people were killed.'],
    ['The second blast killed 14 people.'],
    ['Officials feared another explosion at the plant, where 9 workers died.'],
    // Not a past incident: a year's event with no clause of its own.
    ['Unlike the 2019 epidemic, the outbreak has killed 58.'],
  ])('no scope: %s', (text) => {
    expect(figuresOf(text).every((f) => f.scope === undefined)).toBe(true);
  });
});

describe('kinds of estimate', () => {
  it.each([
    ['The crude death rate reached 12 deaths per 10,000 people per day.'],
    ['Child mortality rose to 48 per thousand live births.'],
  ])('a rate is no figure: %s', (text) => {
    expect(figuresOf(text)).toEqual([]);
  });

  it('reads a count within a day, not a rate per day: "killed 5 people in a day"', () => {
    expect(figuresOf('Snipers killed 5 people in a day.').map((f) => [f.low, f.scope?.period])).toEqual([[5, '24 hours']]);
    expect(figuresOf('Snipers killed 5 people per day.')).toEqual([]);
  });

  it('reads no count of the dead into the missing after "and"', () => {
    const kinds = (text: string) => figuresOf(text).map((f) => [f.low, f.category, f.kind ?? null]);
    expect(kinds('Officials said 3 people were confirmed dead and 54 were missing.')).toEqual([[3, 'killed', 'counted'], [54, 'missing', null]]);
    expect(kinds('Divers had recovered 12 bodies and 30 people remained missing.')).toEqual([[12, 'killed', 'counted'], [30, 'missing', null]]);
    // The missing counted in their own words stay counted.
    expect(kinds('The agency had registered 40 people as missing.')).toEqual([[40, 'missing', 'counted']]);
  });

  it('reads an uncertainty interval with its point, as an estimate', () => {
    const [figure] = figuresOf('The survey estimated 412,000 excess deaths (95% CI 260,000–580,000).');
    expect(figure).toMatchObject({ low: 412000, high: 412000, scope: { deaths: 'excess' }, interval: { low: 260000, high: 580000 }, kind: 'estimated' });
  });

  it.each([
    ['Forensic teams have identified 14 of the dead.', 'counted'],
    ['The ministry confirmed 212 deaths.', 'counted'],
    ['Medics said 20 bodies had arrived at the hospital.', 'counted'],
    ['The ministry has verified 212 civilian deaths.', 'counted'],
    // Confirming that a toll holds states it; it counts no one.
    ['The governor confirmed that 40 people died.', undefined],
    ['An estimated 3,000 people died.', 'estimated'],
    ['Some 300 people were killed.', undefined],
    // Some of the dead, of a total not given: a floor.
    ['The group said five of its fighters were among those killed in the raid.', 'counted'],
    ['Three journalists were among the dead, the union said.', 'counted'],
    ['Five fighters were killed, and 40 others were among the wounded.', undefined],
  ])('%s', (text, kind) => {
    expect(figuresOf(text)[0]?.kind).toBe(kind);
  });
});
