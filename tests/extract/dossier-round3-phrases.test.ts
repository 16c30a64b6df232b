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
