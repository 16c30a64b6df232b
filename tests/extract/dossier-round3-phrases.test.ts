// Phrase families found by the third blind dossier round (tests/cli/dossier-round3.test.ts), each
// with invented positive and negative phrases.
import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.js';

const sourceOf = (text: string) => figuresOf(text)[0]?.source ?? null;

describe('claimant: "and" inside a body\'s name', () => {
  it.each([
    ['Nine fishermen drowned, the National Search and Rescue Agency said.', 'the National Search and Rescue Agency'],
    ['Researchers at the Institute of Soil and Water estimated that 300 people died.', 'Researchers at the Institute of Soil and Water'],
    ['The Ministry of Health and Population said 14 people were killed.', 'The Ministry of Health and Population'],
    ['Twelve people died, according to the Office of Relief and Recovery.', 'the Office of Relief and Recovery'],
    // Written small, after an article or opening its clause.
    ['Four hikers died, the search and rescue service said.', 'the search and rescue service'],
    ['Four hikers died, fire and rescue agency chief Ilse Varga said.', 'fire and rescue agency chief Ilse Varga'],
  ])('%s -> %s', (text, source) => {
    expect(sourceOf(text)).toBe(source);
  });

  it.each([
    // Two bodies or two claimants joined: the nearer one names the claimant, as before.
    ['Nine people were killed, Police and Army officials said.', 'Army officials'],
    ['At least 14 people were killed, witnesses and medics said.', 'medics'],
    ['Six people died, Hamas and Islamic Jihad said.', 'Islamic Jihad'],
    ['Six people died, the Interior Ministry and the Army said.', 'the Army'],
  ])('%s -> %s (no single name)', (text, source) => {
    expect(sourceOf(text)).toBe(source);
  });
});

describe('claimant: a centre revises its own count', () => {
  it('credits the revision to the centre, and keeps a city centre a place', () => {
    expect(sourceOf('The monitoring centre raised its count to 61 people killed.')).toBe('The monitoring centre');
    expect(sourceOf('Seven people were hurt in the city centre, police said.')).toBe('police');
  });
});

const scopeOf = (text: string) => figuresOf(text).map((f) => f.scope ?? null);

describe('scope: an event of a named year, a place "alone", excess mortality', () => {
  it.each([
    ['A cold snap in 2021 killed an estimated 900 people, a later review found.', { period: 'in 2021' }],
    ['The riots of 2011 were quelled by force; activists said 40 people died then.', { period: 'in 2011' }],
    ['In the old city alone, medics said they had counted 85 bodies.', { place: 'in the old city' }],
    ['At least 120 people died in Marren alone, officials said.', { place: 'in Marren' }],
    ['The bureau put excess mortality during the cold spell at 2,100 deaths.', { deaths: 'excess' }],
  ])('%s', (text, scope) => {
    expect(scopeOf(text)[0]).toEqual(scope);
  });

  it.each([
    // The year after the figure is no subject of it; "alone" after a year stays a period.
    ['The storm killed 40 people, more than the storm in 2009 did.', null],
    ['Nine soldiers died in 2023 alone.', { period: 'in 2023' }],
    // "excess mortality" in another clause is not this figure's.
    ['Excess mortality is hard to measure, but officials say 12 people died in the fire.', null],
  ])('%s (negative)', (text, scope) => {
    expect(scopeOf(text)[0]).toEqual(scope);
  });
});
