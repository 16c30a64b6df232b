// Phrase families found by the second blind dossier round (tests/cli/dossier-round2.test.ts), each
// with invented positive and negative phrases: who states a figure, and what it covers.
import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.js';

const read = (text: string) => figuresOf(text).map((f) => ({
  n: f.low, category: f.category, actor: f.actor, source: f.source, outlet: f.outlet,
  ...(f.revision ? { revision: f.revision } : {}), ...(f.kind ? { kind: f.kind } : {}), ...(f.scope ? { scope: f.scope } : {}),
  ...(f.interval ? { interval: f.interval } : {}),
}));

describe('claimant: the name as the sentence gives it', () => {
  it('keeps an acronym in brackets with the name before its verb', () => {
    expect(read('Nine guards were hurt, the Regional Prison Service (RPS) said.')[0]).toMatchObject({ source: 'the Regional Prison Service (RPS)' });
    // Not a name that an aside closes with its own acronym: the speaker before the comma.
    expect(read('Lieutenant Omar Ferro, a spokesman for the Northern Relief Force (NRF), said 12 people died.')[0]!.source).not.toBe('the Northern Relief Force (NRF)');
  });

  it('reads a speaker named after the verb with the role that closes the sentence', () => {
    expect(read('Eleven people died, said Lena Brauer, head of the regional civil defence.')[0]).toMatchObject({ source: 'Lena Brauer, head of the regional civil defence' });
    expect(read('Eleven people died, said Lena Brauer, a spokeswoman for the port authority.')[0]).toMatchObject({ source: 'Lena Brauer, a spokeswoman for the port authority' });
    // An aside that is no role stays out of the name.
    expect(read('Eleven people died, said Lena Brauer, adding that more were missing.')[0]).toMatchObject({ source: 'Lena Brauer' });
  });

  it('credits a figure a body dismisses to that body, marked denied', () => {
    expect(read("Interior Minister Ada Holm dismissed the monitors' figure of 60 dead as invented.")[0]).toMatchObject({ n: 60, source: 'Interior Minister Ada Holm', revision: 'denied' });
    expect(read("The army rejected the ministry's toll of 200 killed.")[0]).toMatchObject({ n: 200, source: 'The army', revision: 'denied' });
    // "rejected the claim, saying …": what it says instead is its own figure.
    expect(read('The army rejected the claim, saying 12 died.')[0]).toMatchObject({ n: 12, source: 'The army' });
    expect(read('The army rejected the claim, saying 12 died.')[0]!.revision ?? null).toBeNull();
  });

  it('names no outlet for a passive agent that is counted rather than named', () => {
    expect(read('The Delta Monitor, which lists deaths reported by at least three outlets, has documented 4,210 civilian deaths since 2020.')[0])
      .toMatchObject({ source: 'The Delta Monitor', outlet: null });
    expect(read('Twelve people were killed, as reported by the state news agency.')[0]).toMatchObject({ source: 'the state news agency' });
  });
});

describe('scope and kind: what the figure covers', () => {
  it('reads "since YEAR, when N died" as that year\'s incident, not a running total', () => {
    expect(read('It was the worst fire since 2011, when 52 workers died at a textile plant.')[0]).toMatchObject({ n: 52, scope: { period: 'in 2011' } });
    expect(read('At least 90 workers have died since 2011.')[0]).toMatchObject({ n: 90, scope: { period: 'since 2011' } });
  });

  it('names the war a period starts from in full', () => {
    expect(read('Since the start of the full-scale invasion, at least 9,000 civilians have been killed.')[0]!.scope).toMatchObject({ period: 'since the start of the full-scale invasion' });
    expect(read('Since the start of the war, 300 people have died.')[0]!.scope).toMatchObject({ period: 'since the start of the war' });
  });

  it('drops a figure counted twice or set apart from the event, and keeps the toll beside it', () => {
    expect(read('The bureau cut its toll to 31, saying four bodies had been counted twice.').map((f) => f.n)).toEqual([31]);
    expect(read('The agency put the toll at 9, saying three deaths reported by the district were not caused by the flood.').map((f) => f.n)).toEqual([9]);
    // A denial of cause in another clause leaves the figure.
    expect(read('Five people died, though officials said the blaze was not caused by arson.').map((f) => f.n)).toEqual([5]);
  });

  it('reads kind words in the figure\'s own clause only', () => {
    expect(read('The bureau lowered its count of dead workers to 31, saying two bodies had been misidentified.')[0]).not.toHaveProperty('kind');
    expect(read('Rescuers recovered 14 bodies from the river.')[0]).toMatchObject({ kind: 'counted' });
  });

  it('reads "N of the wounded" as some of the wounded: a floor, never the dead among them', () => {
    expect(read('Nine of the wounded were in a critical condition, the hospital said.')[0]).toMatchObject({ n: 9, category: 'wounded', kind: 'counted' });
    expect(read('Nine people were wounded, the hospital said.')[0]).not.toHaveProperty('kind');
    expect(read('Two of the wounded died overnight.')[0]).toMatchObject({ n: 2, category: 'killed' });
    expect(read('Two of the wounded died overnight.')[0]).not.toHaveProperty('kind');
    expect(read('Six of the dead were children.')[0]).not.toHaveProperty('kind');
  });

  it('reads a range in brackets as the figure\'s uncertainty', () => {
    expect(read('A study estimated 82,000 excess deaths (range 61,000-104,000) since 2020.')[0]).toMatchObject({ n: 82000, interval: { low: 61000, high: 104000 } });
    // A range of dates in brackets is no interval.
    expect(read('The survey counted 820 deaths (2019-2021).')[0]).not.toHaveProperty('interval');
  });

  it('leaves the period of an increment to the increment, not to the toll it rose to', () => {
    const [toll, more] = read('The toll had risen to 31 after three injured fans died overnight, police said.');
    expect(toll).toMatchObject({ n: 31, category: 'killed' });
    expect(toll).not.toHaveProperty('scope');
    expect(more).toMatchObject({ n: 3, category: 'killed', scope: { period: 'overnight' } });
  });

  it('gives a place after a number to that number', () => {
    const [whole, here, there] = read('The agency said 19 deaths had been verified nationwide, 16 of them in Varo province and three in neighbouring Teel.');
    expect(whole!.scope).toMatchObject({ place: 'nationwide' });
    expect(here).not.toHaveProperty('scope');
    expect(there!.scope).toMatchObject({ place: 'in neighbouring teel' });
  });
});

describe('people and harm', () => {
  it('reads the wounded who then died as dead', () => {
    expect(read('Two injured climbers died overnight.')[0]).toMatchObject({ category: 'killed', actor: 'climbers' });
    expect(read('Three wounded soldiers later died in hospital.')[0]).toMatchObject({ category: 'killed' });
    expect(read('Two injured climbers were flown to hospital.')[0]).toMatchObject({ category: 'wounded' });
  });

  it('reads the people after a harm word in "the number of dead X"', () => {
    expect(read('The number of dead dockers rose to 17.')[0]).toMatchObject({ actor: 'dockers' });
    expect(read('The bureau raised its count of dead Valerian pilgrims to 40.')[0]).toMatchObject({ actor: 'Valerian pilgrims' });
    // A verb after the harm word names no one.
    expect(read('The number of dead has climbed to 135.')[0]).toMatchObject({ actor: 'people' });
    expect(read('The number of dead rises to 40.')[0]).toMatchObject({ actor: 'people' });
  });
});
