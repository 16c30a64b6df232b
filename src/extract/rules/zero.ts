// Zero counts stated as such are figures (guideline): "no one was killed", "no deaths were
// reported", "caused no injuries", "nobody was hurt", "without casualties", "none of its
// soldiers were injured".
import type { Category } from '../../figure.js';
import type { NumberMention } from '../numbers.js';
import { DETERMINERS, peopleAfterCopula } from '../phrases.js';
import type { Token } from '../tokens.js';
import { HARM_MODIFIERS, HARM_NOUNS, HARMED_PEOPLE, INJURY_ADJECTIVES, JOINED_DYING_VERBS, LINKING_WORDS, NON_PERSON_NOUNS, LIVES, LOSING_VERBS, LOSS_OF_LIFE, PREDICATE_WORDS } from '../vocabulary.js';
import { joinHarms, RULE } from './rule.js';
import type { Governor } from './rule.js';

const NOBODY = [['no', 'one'], ['nobody'], ['none'], ['no-one']] as const;
/** "no deaths", "without casualties": a harm noun after these is a count of zero. */
const NO = new Set(['no', 'without']);
const NEGATORS: ReadonlySet<string> = new Set([...NOBODY.map((words) => words[0]), ...NO]);

export interface ZeroCount {
  mention: NumberMention;
  governor: Governor;
}

function zeroMention(start: number, last: number): NumberMention {
  return { start, first: start, last, low: 0, high: 0, qualifier: 'exact', spelled: true };
}

/** "no Americans were", "no civilians were": "no" and up to two words naming people, before a verb. */
function noPeople(tokens: readonly Token[], i: number): readonly string[] | undefined {
  if (tokens[i].norm !== 'no') return undefined;
  let k = i + 1;
  while (k < i + 3 && tokens[k]?.kind === 'word' && !LINKING_WORDS.has(tokens[k].norm) && !PREDICATE_WORDS.has(tokens[k].norm)) k += 1;
  // Round 26, corrections: "No pupil died": a verb of dying right after the people, with no auxiliary (not "no sooner
  // died …", "the noise died down").
  const dying = k === i + 2 && JOINED_DYING_VERBS.has(tokens[k]?.norm ?? '') && !NON_PERSON_NOUNS.has(tokens[i + 1]!.norm)
    && !NOT_DYING_PEOPLE.has(tokens[i + 1]!.norm) && !DYING_PARTICLES.has(tokens[k + 1]?.norm ?? '') && tokens[k + 1]?.norm !== 'the';
  return k > i + 1 && (LINKING_WORDS.has(tokens[k]?.norm ?? '') || dying) ? tokens.slice(i, k).map((t) => t.norm) : undefined;
}

/** Words after "no" that name no people: "no sooner", "no longer", "no time". */
const NOT_DYING_PEOPLE: ReadonlySet<string> = new Set(['sooner', 'longer', 'time', 'matter', 'doubt', 'more', 'less', 'later', 'one']);
/** Particles of a phrasal verb that is no dying: "died down", "died away", "died out". */
const DYING_PARTICLES: ReadonlySet<string> = new Set(['down', 'away', 'out', 'off']);

export function findZeroCounts(tokens: readonly Token[]): ZeroCount[] {
  const found: ZeroCount[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const norm = tokens[i].norm;
    if (!NEGATORS.has(norm)) continue;
    const at = NO.has(norm) ? harmNounAfterNo(tokens, i + 1) : -1;
    // Round 18, loss databases: "No Injured 12867" names a column in capitals, the number of the injured
    // (not "no deaths 2 years ago").
    if (at !== -1 && tokens[i].text === 'No' && /^\p{Lu}/u.test(tokens[at].text) && tokens[at + 1]?.kind === 'num') continue;
    if (at !== -1) {
      const noun = tokens[at].norm;
      // "no victims": victims are the dead and the hurt alike, so a zero of both, as "no casualties".
      const category = joinedZero(tokens, at, PREDICATE_WORDS.get(noun) ?? 'casualties');
      found.push({ mention: zeroMention(i, at), governor: { category, rule: RULE.zero, confidence: 0.8, actor: null } });
      continue;
    }
    // "no lives were lost", "no loss of life", "without loss of life": a zero of deaths.
    if (NO.has(norm) && (livesLost(tokens, i + 1) || LOSS_PHRASES.some((words) => words.every((w, k) => tokens[i + 1 + k]?.norm === w)))) {
      found.push({ mention: zeroMention(i, i + 1), governor: { category: 'killed', rule: RULE.zero, confidence: 0.8, actor: null } });
      continue;
    }
    if (norm === 'without') continue;
    const fixed = NOBODY.find((words) => words.every((w, k) => tokens[i + k]?.norm === w));
    const nobody = fixed ?? noPeople(tokens, i);
    if (!nobody) continue;
    let k = i + nobody.length;
    if (tokens[k]?.norm === 'else') k += 1;
    // "none of its service members were": the people named after "none of".
    if (norm === 'none' && tokens[k]?.norm === 'of') k = afterPeople(tokens, k + 1);
    while (k < tokens.length && k < i + 8 && LINKING_WORDS.has(tokens[k].norm)) k += 1;
    // Round 17, police statements: "none of the injuries was serious", "none of the injuries are believed to be
    // life-threatening": the injuries are there; it is their severity that is denied.
    if (norm === 'none' && HARM_NOUNS.has(tokens[k]?.norm ?? '') && severityAfter(tokens, k + 1)) continue;
    const single = PREDICATE_WORDS.get(tokens[k]?.norm ?? '');
    const category = single && joinedZero(tokens, k, single);
    if (category && tokens[k].norm !== 'death') {
      // "none of those killed were civilians": no civilians were killed, not no one.
      // "no Indian soldiers were killed": the people named after "no".
      const named = fixed === undefined && nobody.length > 1 ? { start: i + 1, end: i + nobody.length, head: i + nobody.length - 1 } : null;
      const actor = norm === 'none' ? peopleAfterCopula(tokens, k + 1) : named;
      found.push({ mention: zeroMention(i, i + nobody.length - 1), governor: { category, rule: RULE.zero, confidence: 0.8, actor } });
    }
  }
  return found;
}

/** Linking words from k, then how bad an injury was ("was serious", "are believed to be life-threatening"). */
function severityAfter(tokens: readonly Token[], k: number): boolean {
  let j = k;
  while (j < k + 5 && LINKING_WORDS.has(tokens[j]?.norm ?? '')) j += 1;
  return j > k && INJURY_ADJECTIVES.has(tokens[j]?.norm ?? '');
}

/** Round 11: "no reports of casualties", "no immediate word of injuries", "no word on casualties": a report of none. */
const REPORT_NOUNS: ReadonlySet<string> = new Set(['reports', 'report', 'word']);
const REPORT_MODIFIERS: ReadonlySet<string> = new Set(['immediate', 'further', 'official', 'confirmed', 'initial']);
/** How many words may describe the harm after "no": "no army or civilian deaths". */
const MAX_HARM_MODIFIERS = 3;

/** A word that says whose or what harm: "civilian", "Israeli", "army", "heat-related". */
function describesHarm(t: Token): boolean {
  return t.kind === 'word' && !LINKING_WORDS.has(t.norm) && !PREDICATE_WORDS.has(t.norm) && !INJURY_ADJECTIVES.has(t.norm)
    && (HARM_MODIFIERS.has(t.norm) || /^\p{Lu}/u.test(t.text) || /(?:ian|al|ary)$/.test(t.norm) || t.norm.includes('-'));
}

/**
 * The index of the harm noun or harmed people after "no" (or "without") at `from`, or -1: right
 * after it ("no deaths", "without casualties"), after a report of it ("no reports of casualties"),
 * or after words that describe it (round 11: "no civilian deaths", "no army or civilian deaths").
 */
function harmNounAfterNo(tokens: readonly Token[], from: number): number {
  let k = from;
  if (REPORT_MODIFIERS.has(tokens[k]?.norm ?? '') && REPORT_NOUNS.has(tokens[k + 1]?.norm ?? '')) k += 1;
  if (REPORT_NOUNS.has(tokens[k]?.norm ?? '') && (tokens[k + 1]?.norm === 'of' || tokens[k + 1]?.norm === 'on')) k += 2;
  else if (k > from) return -1;
  const harmAt = (j: number) => HARM_NOUNS.has(tokens[j]?.norm ?? '') || HARMED_PEOPLE.has(tokens[j]?.norm ?? '');
  if (harmAt(k)) return k;
  for (let j = k; j < k + MAX_HARM_MODIFIERS; j++) {
    const t = tokens[j];
    // "no army or civilian deaths": a joiner only between two describing words.
    const joiner = (t?.norm === 'or' || t?.norm === 'and') && j > k;
    if (!t || !(joiner || describesHarm(t))) return -1;
    if (!joiner && harmAt(j + 1)) return j + 1;
  }
  return -1;
}

const LOSS_PHRASES: readonly (readonly string[])[] = LOSS_OF_LIFE.map((phrase) => phrase.split(' '));
const LOST: ReadonlySet<string> = new Set(LOSING_VERBS.filter((verb) => verb.endsWith('t')));

/** "lives were lost", "lives have been lost", "lives lost": lives at `at`, then only linking words before "lost". */
function livesLost(tokens: readonly Token[], at: number): boolean {
  if (!LIVES.has(tokens[at]?.norm ?? '')) return false;
  let k = at + 1;
  while (k < at + 5 && LINKING_WORDS.has(tokens[k]?.norm ?? '') && !LOST.has(tokens[k]!.norm)) k += 1;
  return LOST.has(tokens[k]?.norm ?? '');
}

/**
 * "no injuries or fatalities", "no one was killed or injured": one zero for two harms is a zero of
 * casualties (guideline: one number for killed and wounded together), as "killed or wounded 500".
 */
function joinedZero(tokens: readonly Token[], at: number, category: Category): Category {
  const joiner = tokens[at + 1]?.norm;
  if (joiner !== 'or' && joiner !== 'and') return category;
  const other = PREDICATE_WORDS.get(tokens[at + 2]?.norm ?? '');
  return other ? joinHarms(category, other, joiner) : category;
}

/** Past a determiner and up to three words naming people: "the", "its service members". */
function afterPeople(tokens: readonly Token[], k: number): number {
  let j = DETERMINERS.has(tokens[k]?.norm ?? '') ? k + 1 : k;
  const start = j;
  while (j < start + 3 && tokens[j]?.kind === 'word' && !LINKING_WORDS.has(tokens[j].norm) && !PREDICATE_WORDS.has(tokens[j].norm)) j += 1;
  return j;
}
