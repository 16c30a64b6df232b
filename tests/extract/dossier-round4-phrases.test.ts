// Phrase families found by the fourth blind dossier round (tests/cli/dossier-round4.test.ts), each
// with invented positive and negative phrases.
import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.js';

const sourceOf = (text: string) => figuresOf(text)[0]?.source ?? null;
const at = (text: string, quote: string) => figuresOf(text).find((f) => f.quote.includes(quote))!;

describe('claimant: a role set off before the name', () => {
  it.each([
    ["The army's spokesman, Colonel Ruben Osei, said the death toll had risen to 49.", "The army's spokesman, Colonel Ruben Osei"],
    ["Vardania's health minister, Leyla Dorsun, said 1,140 people had died.", "Vardania's health minister, Leyla Dorsun"],
    ['The regional health director, Ana Ruiz, said 12 patients had died.', 'The regional health director, Ana Ruiz'],
    ["Nine people were killed, the agency's chief, Tomas Brandt, told reporters.", "the agency's chief, Tomas Brandt"],
  ])('%s -> %s', (text, source) => {
    expect(sourceOf(text)).toBe(source);
  });

  it.each([
    // A role of no body: the person is the claimant, as before.
    ['Police rescued 6 abductees, the spokesperson, SP Jane Doe, disclosed in a statement.', 'SP Jane Doe'],
    // The name before its role: as before.
    ['Leyla Dorsun, the health minister, said 40 people had died.', 'Leyla Dorsun'],
    ['Twelve people died, Governor Ana Vos said.', 'Governor Ana Vos'],
  ])('%s -> %s (as before)', (text, source) => {
    expect(sourceOf(text)).toBe(source);
  });
});

describe('claimant: the speaker\'s own people, and a relative clause without "whom"', () => {
  it.each([
    ['Medecins Sans Frontieres said its treatment centres had recorded 37 deaths.', 'Medecins Sans Frontieres'],
    ['The Red Cross said their teams had counted 12 bodies near the bridge.', 'The Red Cross'],
    ['The rebel group said the men the army claimed to have killed were farmers, and that no rebel fighters had died.', 'The rebel group'],
  ])('%s -> %s', (text, source) => {
    expect(sourceOf(text)).toBe(source);
  });

  it.each([
    // Another speaker inside what was said: as before.
    ['Radio Kestrel said police reported 12 deaths.', 'police'],
    ['The army claimed to have killed 50 rebels.', 'The army'],
    ['The head of the army claimed to have killed 50 rebels.', 'The head of the army'],
    // "the army said was used": a relative clause whose verb takes no "to" keeps its reading.
    ['Troops killed two people near a warehouse the army said was used for weapons.', null],
  ])('%s -> %s (as before)', (text, source) => {
    expect(sourceOf(text)).toBe(source);
  });

  it('reads "the corporation" and "the company" as bodies that revise', () => {
    expect(sourceOf('The corporation lowered the number of injured to 174.')).toBe('The corporation');
    expect(sourceOf('The company raised its toll to 12 after two more workers died.')).toBe('The company');
  });
});

describe('revision: a report called wrong, a figure taken back by a noun that points back', () => {
  it.each([
    ["An earlier report by a local radio station that 90 people had died was wrong, the sheriff's office said.", 'denied'],
    ['Reports that 40 people drowned were false, police said.', 'denied'],
    ['Claims that 300 villagers were killed are untrue, the governor said.', 'denied'],
    ['A ministry official told reporters that 45 people had been killed, but the ministry later withdrew the figure.', 'retracted'],
    ['The mayor said 60 people had died, but the governor later denied the figure.', 'denied'],
  ])('%s -> %s', (text, revision) => {
    expect(figuresOf(text)[0]?.revision).toBe(revision);
  });

  it.each([
    ['Twelve people died when the driver took a wrong turn, police said.'],
    // The noun names another number ("its figure of 19"): that one is taken back, not this one.
    ['The ministry said 4 people had died, and on Wednesday withdrew its figure of 19 dead.'],
    ['Police said 30 people were killed; the rumours of a second blast were false.'],
  ])('%s (no revision of the first figure)', (text) => {
    expect(figuresOf(text)[0]?.revision ?? null).toBe(null);
  });
});

describe('kind: counted, said after the number', () => {
  it.each([
    ['The county coroner said 17 of the dead had been identified so far.', '17'],
    ['Police said that 34 of the 35 dead had been identified.', '34'],
    ['The minister said 41 cholera deaths had been confirmed by laboratory tests.', '41'],
    ['Sheriff Marta Quiroga said her deputies had found the remains of 23 people.', '23'],
  ])('%s -> %s counted', (text, quote) => {
    expect(at(text, quote).kind).toBe('counted');
  });

  it.each([
    ['The confirmed death toll rose to 31, the sheriff said.', '31'],
    ['Officials said 40 people have been killed in the floods.', '40'],
    ['Twelve people had been killed, officials confirmed on Monday.', 'Twelve'],
  ])('%s -> %s (a toll, not counted)', (text, quote) => {
    expect(at(text, quote).kind).toBeUndefined();
  });
});

describe('scope: a past incident told after the toll, and a count across countries', () => {
  it('gives the year only to the count of that year\'s incident', () => {
    const figures = figuresOf('The outbreak has killed 63 people, making it the deadliest since 2017, when cholera killed 280 people in the same province.');
    expect(figures.map((f) => [f.low, f.scope?.period ?? null])).toEqual([[63, null], [280, 'in 2017']]);
    // A period of the sentence still covers its counts.
    expect(figuresOf('Four people were killed and 11 wounded in the past 24 hours.').map((f) => f.scope?.period)).toEqual(['24 hours', '24 hours']);
  });

  it.each([
    ['The combined death toll in the two countries passed 1,000 on Sunday, with 803 dead in Vardania and 219 in Ostrel.', '1,000'],
    ['At least 1,600 people had been killed across both countries, the UN said.', '1,600'],
    ['The storm killed 90 people in the three neighbouring countries.', '90'],
  ])('%s -> across countries', (text, quote) => {
    expect(at(text, quote).scope?.place).toBe('across countries');
  });

  it('keeps a count across one country as before', () => {
    expect(at('Floods killed 40 people across the country.', '40').scope?.place).toBe('across the country');
    expect(at('Floods killed 40 people in the country.', '40').scope).toBeUndefined();
  });
});

describe('the value a count grew from, and the bodies that raised it', () => {
  it('gives "up from" the people of the count beside it, and files the bodies found under it', () => {
    const figures = figuresOf('The interior ministry said 21 hostages had been killed, up from 19, after two bodies were found in a storeroom.');
    expect(figures.map((f) => [f.low, f.actor, f.revision ?? null])).toEqual([[21, 'hostages', null], [19, 'hostages', 'superseded'], [2, 'bodies', null]]);
    expect(figures[2]!.partOf).toBe(figures[0]!.start);
  });

  it('keeps bodies found with no count raised as a figure of their own', () => {
    const [bodies] = figuresOf('Two bodies were found in a storeroom, police said.');
    expect(bodies!.partOf).toBeUndefined();
  });

  it('reads "passed" before a toll\'s number as at least', () => {
    expect(at('The death toll passed 1,000 on Sunday.', '1,000').qualifier).toBe('at_least');
    expect(at('The death toll passes 300 as rescuers dig.', '300').qualifier).toBe('at_least');
  });
});
