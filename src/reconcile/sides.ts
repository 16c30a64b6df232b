// Claims by a party to a conflict about people of its own side or of the enemy: analysts read
// both with care (own losses tend to be played down, the enemy's played up). Only the registry's
// conflicts make a source a party; a side it merely speaks for does not.
import { sideKey } from './actors.js';
import type { ConflictEntry } from './aliases.js';
import { demonymForms, namesPlace, placeWords } from './places.js';

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

/** People named for what they are to whoever counts them ("50 invaders", "enemy soldiers"): a party's enemy. */
const ENEMY_WORDS: ReadonlySet<string> = new Set(['invader', 'invaders', 'occupier', 'occupiers', 'occupant', 'occupants', 'aggressor', 'aggressors', 'enemy', "enemy's", 'enemies']);

/** "destroyed 40 invaders", "killed 12 enemy soldiers": the actor names the people as the enemy. */
export function namesTheEnemy(actor: string | null): boolean {
  return actor !== null && actor.toLowerCase().split(/[^\p{L}']+/u).some((word) => ENEMY_WORDS.has(word));
}

/** Harm a side is named before: "Russian shelling", "Hill missiles", "in Valerian strikes" (a place before a noun of harm is rare). */
const HARM_NOUNS = String.raw`(?:shelling|shellings|strikes?|airstrikes?|missiles?|rockets?|attacks?|drones?|bombing|bombardment|barrage|offensive|assault|raids?|(?:opens? |opened )?fire|gunfire|artillery|snipers?|warplanes|jets|aggression)`;
/** What a side does as the subject: "the Valerian army killed", "Hillland shelled". */
const HARM_VERBS = String.raw`(?:shells|shelled|struck|attacked|bombed|kill|kills|killed|destroyed|destroys|eliminated|eliminates|massacred|executed|murdered)`;
const FORCES = String.raw`(?:troops|forces|army|military|armed forces|aviation|artillery|soldiers|fighters|gunmen|militia|militiamen)`;
/** What a side's forces do as the subject: "Pakistani troops shelled", "Valerian forces have also raided". */
const FORCE_VERBS = String.raw`(?:fired|raided|shot|stormed|hit|targeted|pounded|launched|opened|shelled|struck|attacked|bombed|killed|massacred|executed|murdered)`;
/** A side after these words is a place ("in east Valeria kills"), not the subject of the verb after it. */
const NOT_A_SUBJECT = String.raw`(?<! (?:in|of|east|eastern|west|western|north|northern|south|southern|central|across|near|to|from|into|throughout|over|outside|inside|at|on))`;

/** Where the side stands in the words while they are tested (a character words never hold). */
const SIDE = '§';
const BY = String.raw`(?:the )?(?:${FORCES} of (?:the )?)?${SIDE}`;
/**
 * The side ("§") as the one doing the harm. "Shelling of X" is read only with X's forces ("the
 * shelling of the Armed Forces of X"): X alone is as often the target ("shelling of Donetsk").
 */
const AGENT = new RegExp([
  String.raw` ${SIDE} (?:${FORCES} )?${HARM_NOUNS} `,
  String.raw`${NOT_A_SUBJECT} ${SIDE} (?:${FORCES} )?${HARM_VERBS} `,
  String.raw` ${HARM_NOUNS} (?:by|from) ${BY} `,
  String.raw` aggression of ${BY} `,
  String.raw` ${HARM_NOUNS} of (?:the )?${FORCES} of (?:the )?${SIDE} `,
  String.raw` by (?:the )?${SIDE} ${FORCES} `,
  String.raw` ${FORCES} of (?:the )?${SIDE} (?:had |have |has )?${HARM_VERBS} `,
  // A fixed set of words between, not any word: an open word there makes the search quadratic (recheck).
  String.raw`${NOT_A_SUBJECT} ${SIDE} ${FORCES} (?:(?:also|had|have|has|reportedly|allegedly|again|then) )?${FORCE_VERBS} `,
  // "…, the interior ministry said, blaming Halvania's army": the side blamed did the harm.
  String.raw` (?:blaming|blamed|blames|blame) (?:the )?${SIDE} `,
].join('|'));

/** The side named in the sentence (placeWords) as the one doing the harm, not suffering it. */
function namedAsAgent(words: string, side: string): boolean {
  return AGENT.test(words.replaceAll(` ${side} `, ` ${SIDE} `));
}

/** The sides a sentence names for the people counted, and those it names as doing the harm. */
export interface NamedSides {
  sides: string[];
  agents: string[];
}

/**
 * The sides a sentence names besides its claimant ("killed in a strike on a hospital in Gaza City,
 * the Palestinian health ministry said" → gaza), among the registry's sides (`sides`: key → name).
 * Where the people counted are only "people", the places around them say whose they are.
 */
export function sidesNamedIn(sentence: string, claimant: string | null, sides: ReadonlyMap<string, string>): NamedSides {
  const text = claimant ? sentence.toLowerCase().replace(claimant.toLowerCase(), ' ') : sentence;
  // "Tarsian soldiers": the demonym of a side the gazetteer does not know is the side.
  let words = placeWords(text);
  for (const key of sides.keys()) for (const form of demonymForms(key)) words = words.replaceAll(` ${form} `, ` ${key} `);
  const named = [...sides.keys()].filter((key) => namesPlace(words, key));
  // "killed by Russian shelling", "the Valerian army killed 12": the side doing the harm is not the people's.
  const agents = named.filter((key) => namedAsAgent(words, key));
  return { sides: named.filter((key) => !agents.includes(key)), agents };
}
