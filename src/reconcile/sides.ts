// Claims by a party to a conflict about people of its own side or of the enemy: analysts read
// both with care (own losses tend to be played down, the enemy's played up). Only the registry's
// conflicts make a source a party; a side it merely speaks for does not.
import { sideKey } from './actors.js';
import type { ConflictEntry } from './aliases.js';
import { namesPlace, placeWords } from './places.js';

export type PartyFlag = 'own_losses' | 'enemy_losses';

/** (source side, actor side) → own_losses when both stand on one side of a conflict, enemy_losses on opposing sides, else null. */
export type PartyJudge = (sourceSide: string | null, actorSide: string | null) => PartyFlag | null;

export function partyJudge(conflicts: readonly ConflictEntry[]): PartyJudge {
  // Side names are normalised once: "DPRK" and "North Korea" are one side.
  const alignments = conflicts.map((conflict) => conflict.sides.map((allies) => new Set(allies.map(sideKey))));
  return (sourceSide, actorSide) => {
    if (sourceSide === null || actorSide === null) return null;
    const source = sideKey(sourceSide);
    const actor = sideKey(actorSide);
    for (const sides of alignments) {
      const sourceAt = sides.findIndex((allies) => allies.has(source));
      const actorAt = sides.findIndex((allies) => allies.has(actor));
      if (sourceAt !== -1 && actorAt !== -1) return sourceAt === actorAt ? 'own_losses' : 'enemy_losses';
    }
    return null;
  };
}

/**
 * The sides a sentence names besides its claimant ("killed in a strike on a hospital in Gaza City,
 * the Palestinian health ministry said" → gaza), among the registry's sides (`sides`: key → name).
 * Where the people counted are only "people", the places around them say whose they are.
 */
export function sidesNamedIn(sentence: string, claimant: string | null, sides: ReadonlyMap<string, string>): string[] {
  const text = claimant ? sentence.toLowerCase().replace(claimant.toLowerCase(), ' ') : sentence;
  const words = placeWords(text);
  return [...sides.keys()].filter((key) => namesPlace(words, key));
}

/** What one side fires or sends: "Indian fire", "Israeli strikes", "Russian missiles". */
const WEAPONS: ReadonlySet<string> = new Set([
  'fire', 'gunfire', 'shelling', 'shells', 'strike', 'strikes', 'airstrike', 'airstrikes', 'missile', 'missiles', 'drone', 'drones',
  'artillery', 'bombardment', 'bombing', 'rocket', 'rockets', 'warplanes', 'jets', 'sniper', 'snipers', 'air',
]);
/** A side's forces as the subject of an attack: "Pakistani troops shelled", "Israeli forces raided". */
const FORCES: ReadonlySet<string> = new Set(['troops', 'forces', 'soldiers', 'army', 'military']);
const ATTACKS: ReadonlySet<string> = new Set([
  'shelled', 'fired', 'attacked', 'struck', 'bombed', 'opened', 'killed', 'raided', 'shot', 'stormed', 'hit', 'targeted', 'pounded', 'launched',
]);

/**
 * The sides a sentence names as the attacker ("Pakistani troops shelled villages …, killing four
 * civilians"; "Indian fire had killed six civilians"): the dead of no named side are not theirs.
 */
export function sidesAttackingIn(sentence: string, claimant: string | null, sides: ReadonlyMap<string, string>): string[] {
  const text = claimant ? sentence.toLowerCase().replace(claimant.toLowerCase(), ' ') : sentence;
  const words = placeWords(text);
  return [...sides.keys()].filter((key) => {
    const place = ` ${placeWords(key).trim()} `;
    for (let at = words.indexOf(place); at !== -1; at = words.indexOf(place, at + 1)) {
      const [next, second, third] = words.slice(at + place.length).split(' ', 3);
      if (WEAPONS.has(next ?? '')) return true;
      if (FORCES.has(next ?? '') && (ATTACKS.has(second ?? '') || ATTACKS.has(third ?? ''))) return true;
    }
    return false;
  });
}
