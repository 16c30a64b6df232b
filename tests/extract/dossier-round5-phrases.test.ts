// Phrase families fixed in dossier round 5 (the open it.fails of round 4's hotel siege, and
// tests/cli/dossier-round5.test.ts), each with invented positive and negative phrases.
import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.js';

const at = (text: string, quote: string) => figuresOf(text).find((f) => f.quote === quote);
const read = (text: string, quote: string) => {
  const figure = at(text, quote);
  return figure ? [figure.category, figure.actor, figure.kind ?? null, figure.partOf !== undefined] : null;
};

describe('actor: "N of them" counts the people counted before it', () => {
  it.each([
    ['The group said its fighters held more than 100 hostages and had killed 15 of them.', '15', 'hostages'],
    ['Pirates seized 22 sailors and have since released 9 of them.', '9', 'sailors'],
    ['Gunmen seized 40 passengers and killed 12 of them, police said.', '12', 'passengers'],
  ])('%s (%s) -> %s', (text, quote, actor) => {
    expect(at(text, quote)?.actor).toBe(actor);
  });

  it.each([
    // Nothing counted before "them": no one to name, as before.
    ['The ministry said it had killed 15 of them.', '15', 'people'],
    // The people named after the copula win, as before.
    ['Rebels held 30 hostages and 12 of them were children.', '12', 'children'],
  ])('%s (%s) -> %s (as before)', (text, quote, actor) => {
    expect(at(text, quote)?.actor ?? 'people').toBe(actor);
  });
});

describe('category: "were among the <people> killed" is some of the dead', () => {
  it.each([
    ['France\'s foreign ministry said three French nationals were among the hostages killed.', 'three', ['killed', 'French nationals', 'counted', false]],
    ['Two Britons were among the passengers injured in the crash.', 'Two', ['wounded', 'Britons', null, false]],
    ['Four teachers were among the pupils killed.', 'Four', ['killed', 'teachers', 'counted', false]],
  ])('%s', (text, quote, expected) => {
    expect(read(text, quote)).toEqual(expected);
  });

  it.each([
    // The people they are among, with no harm after: the captivity, as before.
    ['Three nurses were among the hostages freed on Monday.', 'Three', 'captured'],
    ['Two Germans were among the hostages.', 'Two', 'captured'],
    ['Two journalists were among the dead.', 'Two', 'killed'],
  ])('%s (as before)', (text, quote, category) => {
    expect(figuresOf(text)[0]?.category).toBe(category);
  });
});

describe('parts: "including those of N", and a share of a counted total', () => {
  it.each([
    ['Doctors said they had received 23 bodies, including those of four attackers.', 'four', ['killed', 'attackers', 'counted', true]],
    ['The morgue received 40 bodies, including those of 12 children.', '12', ['killed', 'children', 'counted', true]],
    ['The ministry said 41 deaths had been confirmed, including 12 children.', '12', ['killed', 'children', 'counted', true]],
    ['Police said 34 of the 35 dead had been identified, among them 11 students.', '11', ['killed', 'students', 'counted', true]],
    ['Police said 34 of the 35 dead had been identified, including 11 students.', '11', ['killed', 'students', 'counted', true]],
  ])('%s', (text, quote, expected) => {
    expect(read(text, quote)).toEqual(expected);
  });

  it.each([
    // A share of a total that is no count: no kind, as before.
    ['The strike killed 20 people, including 5 children.', '5', ['killed', 'children', null, true]],
    // A clause of its own after the count "of the 35": its own harm, as before.
    ['Police said 34 of the 35 dead had been identified, and 11 people were injured.', '11', ['wounded', 'people', null, false]],
    // "those of" without "including": no share.
    ['The morgue received 40 bodies; those of 12 children were unclaimed.', '12', null],
  ])('%s (as before)', (text, quote, expected) => {
    expect(read(text, quote)).toEqual(expected);
  });
});

const first = (text: string) => {
  const figure = figuresOf(text)[0];
  return figure ? { category: figure.category, low: figure.low, high: figure.high, source: figure.source, revision: figure.revision ?? null, kind: figure.kind ?? null, scope: figure.scope ?? null } : null;
};

describe('round 5 dossiers: measures, denials, incidents, names, past years, campaigns, ranges', () => {
  it('reads no measure of what was seized as people', () => {
    expect(figuresOf('Police seized 400 litres of spirit and 12 kilograms of explosives.')).toEqual([]);
    // People seized, as before.
    expect(first('Gunmen seized 12 passengers.')?.category).toBe('captured');
  });

  it('reads a claim called baseless or exaggerated as denied', () => {
    expect(figuresOf("The minister said the opposition's claim of more than 100 deaths was baseless.")[0]?.revision).toBe('denied');
    expect(figuresOf('A report that 90 people had died was exaggerated, officials said.')[0]?.revision).toBe('denied');
    // A claim called nothing of the kind: as before.
    expect(figuresOf("The opposition's claim of more than 100 deaths was repeated on Monday.")[0]?.revision ?? null).toBe(null);
  });

  it('reads another sinking, crash or fire as another incident', () => {
    expect(first('In a separate sinking three days earlier, a dinghy went down, killing 6 people, the coast guard said.')?.scope).toEqual({ incident: 'separate sinking' });
    expect(first('In a separate crash on the same road, 3 people died.')?.scope).toEqual({ incident: 'separate crash' });
    // No "in a separate …": the event's own.
    expect(first('The fire killed 12 people.')?.scope).toBe(null);
  });

  it('reads names compiled as counted', () => {
    expect(first('The union said it had compiled the names of 61 dead workers.')?.kind).toBe('counted');
    expect(first('The union said 61 workers had died.')?.kind).toBe(null);
  });

  it('files the incident a "since the YEAR …" names under its year, not "the YEAR attack" of the event itself', () => {
    expect(first('The fire was the deadliest since the 2013 collapse of a factory that killed more than 1,100 workers.')?.scope).toEqual({ period: 'in 2013' });
    expect(first('The 2014 attack killed 30 people.')?.scope).toBe(null);
  });

  it('reads "since the campaign began in November" as one period with "since the start of the campaign"', () => {
    expect(first('The monitor said 47 people had been killed since the campaign began in November.')?.scope).toEqual({ period: 'since the start of the campaign' });
    expect(first('The monitor raised its count of deaths since the start of the campaign to 53.')?.scope).toMatchObject({ period: 'since the start of the campaign' });
    // The event's own beginning stays unscoped, as before.
    expect(first('More than 200 people had died in villages since the outbreak began.')?.scope).toMatchObject({ cumulative: true });
    expect(first('More than 200 people had died in villages since the outbreak began.')?.scope).not.toHaveProperty('period');
  });

  it('reads "including the 12 who died" after a long clause as a part', () => {
    const [whole, part] = figuresOf('The monitor said 47 people had been killed in political violence since the campaign began in November, including the 12 who died in Benga.');
    expect(part?.partOf).toBe(whole?.start);
  });

  it('reads "put … in the province between A and B" as the range, and no period from a rate', () => {
    const text = 'A survey by the Nutrition Cluster estimated the death rate at 2.1 deaths per 10,000 people per day, and put excess deaths in the province between 1,800 and 3,400 since January.';
    expect(first(text)).toMatchObject({ category: 'killed', low: 1800, high: 3400, scope: { period: 'since january', deaths: 'excess' } });
    // A place then no range or "at": no figure.
    expect(figuresOf('The report put the houses in the province between 1,800 and 3,400.')).toEqual([]);
  });
});
