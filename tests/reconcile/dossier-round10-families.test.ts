// Phrase families of blind dossier round 10 on the reconcile side (tests/cli/dossier-round10.test.ts).
import { describe, expect, it } from 'vitest';
import { attackersOf } from '../../src/reconcile/attackers.js';

const killed = (sentence: string, quote: string) => ({ sentence, quote, category: 'killed' as const });

describe('a toll that counts its attacker described or called a suspect', () => {
  it.each([
    ['The university said 6 people, including the suspected shooter, had died.', '6', true, 'shooter'],
    ['The coroner said it had identified 8 bodies, among them the 19-year-old suspect.', '8', true, 'suspect'],
    ['Police said 7 people had been killed, not counting the alleged gunman.', '7', false, 'gunman'],
    ['Officials said 12 people died, including the two suspected bombers.', '12', true, 'bombers'],
  ])('%s', (sentence, quote, counted, noun) => {
    expect(attackersOf(killed(sentence, quote))).toEqual(expect.objectContaining({ counted, noun }));
  });

  it.each([
    ['Police said 6 people had died and that the suspect was arrested alive.', '6'],
    ['Police said 6 people had died; officers were questioning a suspect.', '6'],
    ['Nine people were killed, and 3 attackers including the suspected gunman were shot.', 'Nine'],
  ])('says nothing of the attackers: %s', (sentence, quote) => {
    expect(attackersOf(killed(sentence, quote))).toBe(null);
  });
});
