// Phrase families of the open dossier cases fixed at stop 31 (docs/reconcile.md, "Open cases, stop 31"),
// each with invented positive and negative phrases.
import { describe, expect, it } from 'vitest';
import { cases, figuresOf } from './helpers.js';

const at = (text: string, quote: string) => figuresOf(text).find((f) => f.quote === quote);

describe('people treated in or admitted to hospitals are the hurt', () => {
  cases([
    ['Officials said 27 people were being treated in hospitals, 5 of them in critical condition.', ['wounded 27-27 exact', 'wounded 5-5 exact']],
    ['Fourteen passengers were treated at local hospitals after the bus overturned.', ['wounded 14-14 exact']],
    ['At least 30 people were admitted to two city hospitals after the blast.', ['wounded 30-? at_least']],
    ['Nine workers were treated in the district hospital, the company said.', ['wounded 9-9 exact']],
    ['Eleven people were treated in hospital for burns.', ['wounded 11-11 exact']],
    // Negatives: an illness treated, bodies taken, people admitted somewhere else, treated and no hospital.
    ['Forty people were treated in hospital for cholera.', []],
    ['12 students were admitted to the university this year.', []],
    ['Doctors said 20 patients were treated at home.', []],
  ]);

  it('reads the share in critical condition as a part of those treated', () => {
    const text = 'The institute said 27 people were being treated in hospitals, 5 of them in critical condition.';
    expect(at(text, '5')?.partOf).toBe(at(text, '27')?.start);
  });

  it('never makes bodies brought to a hospital the hurt', () => {
    expect(figuresOf('The bodies of 19 people were taken to the hospital.').map((f) => f.category)).toEqual(['killed']);
  });
});

describe('a named place between a whole and its "including" share is no clause between', () => {
  cases([
    ['The health department said 19 bodies had been brought to the hospital in Helm city, including 7 women and 5 children.',
      ['killed 19-19 exact', 'killed 7-7 exact', 'killed 5-5 exact']],
    ['Rescuers said 23 people had died in the landslide near Upper Talvi village, including 9 children.',
      ['killed 23-23 exact', 'killed 9-9 exact']],
  ]);

  it('keeps a share after a new clause apart', () => {
    const text = 'Police said 12 people were killed at the market in Dara, but 40 others fled, including 4 children.';
    expect(at(text, '4')?.partOf ?? null).toBe(null);
  });
});

describe('a count in reports a body denies is read, marked denied', () => {
  it.each([
    ['Kovar Hydro denied reports that more than 200 people had died, calling them exaggerated.', 'more than 200'],
    ['The army denied media reports that 40 soldiers were killed.', '40'],
    ['The governor denies claims that 300 villagers drowned.', '300'],
  ])('%s', (text, quote) => {
    expect(at(text, quote)?.revision).toBe('denied');
    expect(at(text, quote)?.source ?? null).toBe(null);
  });

  it.each([
    'The army denied that 40 civilians were killed.',
    'Officials denied 12 people had died.',
    'The company denied access to the site where workers could be hurt.',
  ])('reads no figure: %s', (text) => {
    expect(figuresOf(text)).toEqual([]);
  });
});

describe('an incident at another site of its kind is another incident', () => {
  it.each([
    ['In March 2023, a fire at another detention centre in the country killed 40 migrants.', '40', 'another fire'],
    ['A blast at another mine in the province killed 12 workers last year.', '12', 'another blast'],
    ['Officials said an attack on a second village killed 9 farmers.', '9', 'another attack'],
  ])('%s', (text, quote, incident) => {
    expect(at(text, quote)?.scope?.incident).toBe(incident);
  });

  it.each([
    ['A fire at the detention centre killed 40 migrants.', '40'],
    ['Survivors were moved to another detention centre after the fire killed 40 migrants.', '40'],
    ['The institute said 40 people died in the fire, and another 3 at another hospital.', '40'],
  ])('keeps the report\'s own incident: %s', (text, quote) => {
    expect(at(text, quote)?.scope?.incident).toBeUndefined();
  });
});

describe('the people of a place "alone" are that place\'s count', () => {
  it.each([
    ['A village elder, Goran Lisko, said 40 people from his village alone had died.', '40', 'from his village'],
    ['He said 9 people from Pali alone were missing.', '9', 'from Pali'],
    ['In the capital alone, 12 people died.', '12', 'in the capital'],
  ])('%s', (text, quote, place) => {
    expect(at(text, quote)?.scope?.place).toBe(place);
  });

  it.each([
    ['She said 30 people had died and that the family was left alone.', '30'],
    ['He said 40 people from his village had died.', '40'],
  ])('names no place: %s', (text, quote) => {
    expect(at(text, quote)?.scope?.place).toBeUndefined();
  });
});

describe('a body that brings a charge of killing states the count of the charge', () => {
  it.each([
    ['The state prosecutor\'s office indicted four former militia commanders over the killing of 187 civilians.', '187', 'The state prosecutor\'s office'],
    ['Prosecutors charged three soldiers with the murder of 12 villagers.', '12', 'Prosecutors'],
    ['The prosecutor charged two officers over the deaths of 9 protesters.', '9', 'The prosecutor'],
  ])('%s', (text, quote, source) => {
    expect(at(text, quote)?.source).toBe(source);
  });

  it.each([
    ['Riot police charged the crowd, and 3 people were killed.', '3'],
    ['He was charged with the murder of 2 people.', '2'],
    ['Police charged 4 men with fraud after 2 people died.', '2'],
  ])('credits no one: %s', (text, quote) => {
    expect(at(text, quote)?.source ?? null).toBe(null);
  });
});
