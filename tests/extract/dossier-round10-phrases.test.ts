// Phrase families fixed in dossier round 10 (tests/cli/dossier-round10.test.ts), each with invented
// positive and negative phrases.
import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.js';

const at = (text: string, quote: string) => figuresOf(text).find((f) => f.quote === quote);

describe('a period of when another died, after a toll risen to its figure, is no period of the toll', () => {
  it.each([
    ['Police said the death toll had risen to 8, not counting the shooter, after a student died overnight at a hospital.', '8'],
    ['The toll climbed to 15 when an injured woman died overnight.', '15'],
    ['The governor said the number of dead had reached 31 after a firefighter died in the past 24 hours.', '31'],
  ])('%s', (text, quote) => {
    expect(at(text, quote)?.scope?.period).toBeUndefined();
  });

  it.each([
    ['The death toll rose to 12 overnight as rescuers dug through rubble.', '12', 'overnight'],
    ['23 people died after floods in the past 24 hours.', '23', '24 hours'],
    ['The toll had risen to 26 after two more died overnight.', 'two', 'overnight'],
  ])('keeps the period of its own figure: %s', (text, quote, period) => {
    expect(at(text, quote)?.scope?.period).toBe(period);
  });
});

describe('a figure a body denies after "denied" and its owner\'s possessive is no claim of the owner', () => {
  it.each([
    'The institute raised its toll to 40, and denied the rights group\'s figure of 45 deaths.',
    'The institute denied the rights group\'s figure of 45 deaths.',
    'The police denied the union\'s count of 12 dead, saying 7 had died.',
  ])('%s', (text) => {
    expect(figuresOf(text).map((f) => f.source ?? '').filter((source) => /denied|rights group|union/i.test(source))).toEqual([]);
  });

  it('keeps the owner of a figure named after "said"', () => {
    expect(figuresOf('The mayor said the rights group\'s figure of 45 deaths was close to his own.').map((f) => f.source)).toContain('the rights group');
  });
});
