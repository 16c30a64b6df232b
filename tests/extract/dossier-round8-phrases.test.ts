// Phrase families fixed in dossier round 8 (tests/cli/dossier-round8.test.ts), each with invented
// positive and negative phrases.
import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.js';

const at = (text: string, quote: string) => figuresOf(text).find((f) => f.quote === quote);

describe('deaths of unrelated illnesses or natural causes are set apart from the toll', () => {
  it.each([
    ['The minister said the toll had risen to 14, and that 2 of the babies had died of illnesses unrelated to the fire.', '2'],
    ['The department revised the toll down to 12, excluding the 2 patients who died of unrelated illnesses.', '2'],
    ['The warden said 3 of the inmates had died of natural causes during the lockdown.', '3'],
  ])('%s', (text, quote) => {
    expect(at(text, quote)).toBeUndefined();
  });

  it('keeps the toll beside them, and a death of the event', () => {
    expect(at('The minister said the toll had risen to 14, and that 2 of the babies had died of illnesses unrelated to the fire.', '14')?.category).toBe('killed');
    expect(at('Officials said 4 residents died of smoke inhalation.', '4')?.category).toBe('killed');
  });
});

describe('a superintendent speaks for the body before the role', () => {
  it('keeps the role set off before the name', () => {
    expect(at('The hospital\'s medical superintendent, Dr Anita Rao, said 10 infants had died.', '10')?.source).toBe('The hospital\'s medical superintendent, Dr Anita Rao');
  });
});

describe('a period names the figures of its own reported clause only', () => {
  it('leaves the count of another clause with "and that" without it', () => {
    const text = 'Doctors said 41 people with burns were being treated there and that 6 of them had died overnight.';
    expect(at(text, '41')?.scope).toBeUndefined();
    expect(at(text, '6')?.scope?.period).toBe('overnight');
    // Within one clause, one period still covers every figure ("2 killed, 26 wounded in the past day").
    expect(at('2 killed, 26 wounded in the past day, the army said.', '2')?.scope?.period).toBe('24 hours');
  });

  it('leaves a toll that has reached its number without the period of those who raised it', () => {
    const text = 'The agency said the toll had reached 44 after 6 more patients died over the weekend.';
    expect(at(text, '44')?.scope).toBeUndefined();
    expect(at(text, '6')?.scope?.period).toBe('1 weekend');
  });

  it('leaves a figure without the period of the others a clause after it tells of', () => {
    const text = 'The regional administration said 52 people had died after two of the wounded died in hospital overnight.';
    expect(at(text, '52')?.scope).toBeUndefined();
    expect(at(text, 'two')?.scope?.period).toBe('overnight');
    // No figure in the clause after "when" or "as": its period is when every figure's harm happened.
    expect(at('3 killed and 12 wounded when a bus overturned overnight.', '3')?.scope?.period).toBe('overnight');
    expect(at('Two people were killed and 14 hurt as storms swept the region overnight.', 'Two')?.scope?.period).toBe('overnight');
  });
});

describe('the wounded a hospital has in its care are counted', () => {
  it.each([
    ['Doctors said 41 people with severe burns were being treated at the clinic.', '41'],
    ['The agency said 19 remained in critical condition.', '19'],
    ['Twelve people were admitted to the district hospital with injuries.', 'Twelve'],
  ])('%s', (text, quote) => {
    const figure = at(text, quote);
    expect(figure?.category).toBe('wounded');
    expect(figure?.kind).toBe('counted');
  });

  it('leaves the wounded of no care as stated', () => {
    expect(at('The blast injured 30 people, police said.', '30')?.kind).toBeUndefined();
  });
});

describe('new deaths that raise a running total are its part', () => {
  it('reads "N new deaths, raising the toll to M" as an increment of M', () => {
    const text = 'The ministry reported 9 new deaths, raising the cumulative toll to 151.';
    expect(at(text, '9')?.partOf).toBe(at(text, '151')?.start);
    // No total beside it: a count of its own.
    expect(at('The ministry reported 9 new deaths on Monday.', '9')?.partOf).toBeUndefined();
  });
});

describe('a bulletin\'s deaths recorded on a weekday are that day\'s count', () => {
  it('reads "N deaths had been recorded on Friday" as 24 hours', () => {
    expect(at('The minister said 3 deaths had been recorded on Friday.', '3')?.scope?.period).toBe('24 hours');
    expect(at('Officials said 11 deaths were registered on Monday alone.', '11')?.scope?.period).toBe('24 hours');
  });

  it('leaves the day a toll was reported, or the day of the event', () => {
    expect(at('The blast on Friday killed 12 people, police said.', '12')?.scope).toBeUndefined();
    expect(at('Four deaths were reported on Friday, officials said.', 'Four')?.scope).toBeUndefined();
  });
});

describe('losses of a navy and its sailors are casualties of people', () => {
  it.each([
    ['The defence ministry raised its own losses to 19 sailors.', '19'],
    ['The navy said 2 more bodies had been found, bringing its losses to 6.', '6'],
  ])('%s', (text, quote) => {
    expect(at(text, quote)?.category).toBe('casualties');
  });

  it('leaves a company\'s losses', () => {
    expect(at('The shipping company said its losses rose to 6 million.', '6 million')).toBeUndefined();
  });
});

describe('a head noun written once after two counts of two sides', () => {
  it('gives the first count the people of the second', () => {
    const text = 'The monitor said at least 27 Tolvan and 6 Marenian sailors had been killed.';
    expect(at(text, 'at least 27')?.actor).toBe('Tolvan sailors');
    expect(at(text, '6')?.actor).toBe('Marenian sailors');
    expect(at('Clashes killed 12 Israeli and 30 Palestinian civilians.', '12')?.actor).toBe('Israeli civilians');
  });

  it('leaves a people in the plural as it is', () => {
    expect(at('At least nine Iraqis and four US soldiers were killed.', 'At least nine')?.actor).toBe('Iraqis');
  });
});

describe('a state before the head of who was counted is no kind of people (STATES_OF_PEOPLE)', () => {
  it.each([
    ['The navy said 2 of its missing sailors had been found dead.', '2', 'sailors'],
    ['Three wounded soldiers died in hospital.', 'Three', 'soldiers'],
    ['Rescuers said 5 trapped miners had been found dead.', '5', 'miners'],
  ])('%s', (text, quote, actor) => {
    expect(at(text, quote)?.actor).toBe(actor);
  });

  it('keeps the state where it is the only word', () => {
    expect(at('Two of the wounded died overnight.', 'Two')?.actor).not.toBe('');
  });
});

describe('an aside of who is left out of the same count', () => {
  it.each([
    ['Police said 9 people, not including the shooter, had died.', '9'],
    ['Officials said 25 people, excluding the attacker, were killed.', '25'],
    ['The army said 14 soldiers, not counting the bomber, had died.', '14'],
  ])('%s', (text, quote) => {
    expect(at(text, quote)?.category).toBe('killed');
  });
});

describe('the wounded a hospital treated, named before the count, are counted', () => {
  it('reads "had treated 17 people with gunshot wounds" as a count', () => {
    expect(at('The medical center said it had treated 17 people with gunshot wounds.', '17')?.kind).toBe('counted');
  });
});

describe('the dead among the wounded are some of the dead', () => {
  it('reads "2 of whom later died" after a count of the wounded as a floor', () => {
    const text = 'The clinic said it had treated 17 people with gunshot wounds, 2 of whom later died.';
    expect(at(text, '2')?.category).toBe('killed');
    expect(at(text, '2')?.kind).toBe('counted');
    // Of a count of the dead, a part is no floor of its own.
    expect(at('The blast killed 12 people, 4 of whom were children.', '4')?.kind).toBeUndefined();
  });
});
