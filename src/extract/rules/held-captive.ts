// Round 23, hostage crises and sieges: once a passage is about a captivity, the plain verbs of holding
// and freeing count captives, though no harm word stands by the count: "inmates released another 6
// guards but still hold 11", "Of the 176 guests held, 126 were freed", "the 5 fishermen they were
// holding", "8 are still being held", "the other 4 remain in captivity", "bringing to 21 the number
// freed". Without a captivity named in the sentence or just before it, the same verbs count nothing
// ("held 3 meetings", "126 were freed from the rubble"). Hostages freed still count as captured
// (guideline), so the freeing verbs read as holding does.
import type { Token } from '../tokens.js';
import { isNonPerson, nounPhraseAfter } from '../phrases.js';
import type { NounPhrase } from '../phrases.js';
import { CAPTIVE_NOUNS, CAPTIVE_STATES, CAPTIVITY_CUES, COMBATANT_NOUNS, HOLDING_VERBS, MEASURE_WORDS, RELEASE_VERBS, TAKEN_PEOPLE } from '../vocabulary.js';
import { isIrrealisBefore } from './irrealis.js';
import { RULE } from './rule.js';
import type { CategoryRule } from './rule.js';

/** How far back, in characters, a captivity named in an earlier sentence still sets the scene. */
const CUE_REACH = 300;
const CUE_PATTERN = new RegExp(`\\b(?:${[...CAPTIVITY_CUES].join('|')})\\b`, 'i');

/** The verbs that count captives here: holding, and freeing (not "returned", "exchanged": other senses). */
const CAPTIVE_VERBS: ReadonlySet<string> = new Set([
  ...HOLDING_VERBS, ...[...RELEASE_VERBS].filter((v) => /^(?:releas|free)/.test(v)),
]);
/** Between the verb and the count: "released another 6", "freed the last 3", "holds the other 11". */
const BEFORE_COUNT: ReadonlySet<string> = new Set(['another', 'the', 'last', 'other', 'remaining', 'still', 'a', 'further']);
/** The links of a passive after the people: "were freed", "are still being held", "have since been released". */
const PASSIVE_LINKS: ReadonlySet<string> = new Set(['were', 'was', 'are', 'is', 'have', 'has', 'had', 'been', 'being', 'still', 'later', 'since', 'all', 'now']);
/** Captors as the subject of a relative clause after the people: "the 5 fishermen they were holding". */
const CAPTOR_PRONOUNS: ReadonlySet<string> = new Set(['they', 'it', 'he', 'she', 'we']);
/** "remain in captivity", "remain captive", "remain hostage". */
const REMAIN_VERBS: ReadonlySet<string> = new Set(['remain', 'remains', 'remained', 'remaining']);
const CAPTIVE_STATES_AFTER_REMAIN: ReadonlySet<string> = new Set([...CAPTIVE_STATES, ...CAPTIVE_NOUNS, ...HOLDING_VERBS]);
/** Time and measure words a count of these verbs names instead of people: "held 3 days", "freed 2 hours later". */
const NOT_PEOPLE: ReadonlySet<string> = new Set([...MEASURE_WORDS, 'day', 'hour', 'week', 'month', 'times']);

/** Whether a sentence's passage is about a captivity, read once per sentence (the rule asks for each of its counts). */
const cuedSentences = new WeakMap<readonly Token[], boolean>();

function cued(text: string, tokens: readonly Token[]): boolean {
  let answer = cuedSentences.get(tokens);
  if (answer === undefined) {
    const start = tokens[0]?.start ?? 0;
    answer = tokens.some((t) => CAPTIVITY_CUES.has(t.norm)) || CUE_PATTERN.test(text.slice(Math.max(0, start - CUE_REACH), start));
    cuedSentences.set(tokens, answer);
  }
  return answer;
}

/** The people after the count, or an empty phrase; null when what follows is a thing or a span of time. */
function peopleAfter(tokens: readonly Token[], last: number): NounPhrase | null {
  const next = tokens[last + 1];
  if (next && NOT_PEOPLE.has(next.norm)) return null;
  const phrase = nounPhraseAfter(tokens, last + 1);
  return isNonPerson(tokens, phrase) ? null : phrase;
}

const isTaken = (w: string): boolean => TAKEN_PEOPLE.has(w) || COMBATANT_NOUNS.has(w) || CAPTIVE_NOUNS.has(w) || w === 'others' || w === 'them';

/** The people a holding or freeing verb takes: none named ("still hold 11"), "of them", or people who are taken. */
function heldPeople(tokens: readonly Token[], phrase: NounPhrase, last: number): boolean {
  // A part: "released two of them", "freed 3 of the hostages" (not "release one of two women prisoners").
  if (tokens[last + 1]?.norm === 'of') {
    return tokens[last + 2]?.norm === 'them' || tokens.slice(last + 2, Math.max(last + 2, phrase.end)).some((t) => CAPTIVE_NOUNS.has(t.norm));
  }
  if (phrase.end === phrase.start || phrase.head === -1) return true;
  // Any word of the phrase: it may run on past the people ("14 pilgrims released three").
  return tokens.slice(phrase.start, phrase.end).some((t) => isTaken(t.norm));
}

/** The phrase cut after its first word of taken people: "three foreign UN workers [met Afghan officials]". */
function throughPeople(tokens: readonly Token[], phrase: NounPhrase): NounPhrase {
  for (let k = phrase.start; k < phrase.end; k++) if (isTaken(tokens[k]!.norm)) return { start: phrase.start, end: k + 1, head: k };
  return phrase;
}

/** A holding or freeing verb before the count, with at most two of BEFORE_COUNT between. */
function verbBefore(tokens: readonly Token[], start: number): number {
  let k = start - 1;
  for (let hops = 0; hops < 2 && BEFORE_COUNT.has(tokens[k]?.norm ?? ''); hops++) k -= 1;
  return CAPTIVE_VERBS.has(tokens[k]?.norm ?? '') ? k : -1;
}

/** After the people (from k): "held", "taken", "were freed", "are still being held", "they were holding", "remain in captivity". */
function heldAfter(tokens: readonly Token[], k: number, named: boolean): boolean {
  const first = tokens[k]?.norm ?? '';
  // A reduced relative needs the people named: "176 guests held", "41 workers taken" (not "3 held talks").
  if (named && (first === 'held' || first === 'taken') && tokens[k + 1]?.norm !== 'by') return true;
  if (CAPTOR_PRONOUNS.has(first)) {
    let j = k + 1;
    if (PASSIVE_LINKS.has(tokens[j]?.norm ?? '')) j += 1;
    return tokens[j]?.norm === 'holding' || tokens[j]?.norm === 'held' || tokens[j]?.norm === 'hold';
  }
  if (REMAIN_VERBS.has(first)) {
    if (inTheHands(tokens, k + 1)) return true;
    const state = tokens[k + 1]?.norm === 'in' ? tokens[k + 2]?.norm : tokens[k + 1]?.norm;
    return state === 'captivity' || CAPTIVE_STATES_AFTER_REMAIN.has(state ?? '');
  }
  let j = k;
  for (let links = 0; links < 4 && PASSIVE_LINKS.has(tokens[j]?.norm ?? ''); links++) j += 1;
  if (j === k) return false;
  if (inTheHands(tokens, j)) return true;
  const verb = tokens[j]?.norm ?? '';
  return (verb === 'held' || verb === 'freed' || verb === 'released') && tokens[j + 1]?.norm !== 'from';
}

/** Dossier round 11: "were still in the hands of the kidnappers", "remain in their captors' hands" at j. */
function inTheHands(tokens: readonly Token[], j: number): boolean {
  if (tokens[j]?.norm !== 'in') return false;
  if (tokens[j + 2]?.norm === 'hands') return tokens[j + 3]?.norm === 'of' && (tokens[j + 1]?.norm === 'the' || tokens[j + 1]?.norm === 'their');
  return tokens[j + 3]?.norm === 'hands' && CAPTIVITY_CUES.has(tokens[j + 2]?.norm.replace(/['’]s?$/, '') ?? '');
}

/** Verbs by which a count of captives changes, before "to" its number: "had fallen to 93". */
const CHANGED_TO: ReadonlySet<string> = new Set(['fallen', 'fell', 'dropped', 'declined', 'risen', 'rose', 'climbed', 'increased', 'reached', 'stood', 'stands']);
/** How far back from the number "the number of … still held" may be. */
const NUMBER_OF_REACH = 14;

/**
 * Dossier round 11: "the number of students still held by the kidnappers had fallen to 93", "the number
 * of hostages in captivity rose to 40": a running count of captives, named by "the number of" with a word
 * of holding, then a verb of change and "to" the number (or "at" after "stood").
 */
function numberHeld(tokens: readonly Token[], start: number): boolean {
  const link = tokens[start - 1]?.norm;
  if (link !== 'to' && link !== 'at') return false;
  if (!CHANGED_TO.has(tokens[start - 2]?.norm ?? '')) return false;
  for (let k = start - 3; k >= Math.max(1, start - NUMBER_OF_REACH); k--) {
    const t = tokens[k]!;
    if (t.kind === 'punct' || t.kind === 'num') return false;
    if (t.norm !== 'of' || tokens[k - 1]?.norm !== 'number') continue;
    // A word of holding among the next few: "still held", "in captivity", "hostages", "kidnapped".
    return tokens.slice(k + 1, Math.min(start - 2, k + 6)).some((w) => HOLDING_VERBS.has(w.norm) || CAPTIVE_NOUNS.has(w.norm) || w.norm === 'captivity');
  }
  return false;
}

export const heldCaptive: CategoryRule = {
  name: RULE.heldCaptive,
  govern({ text, tokens }, mention) {
    if (!cued(text, tokens)) return null;
    const verbAt = verbBefore(tokens, mention.start);
    if (verbAt !== -1) {
      if (isIrrealisBefore(tokens, verbAt)) return null;
      const phrase = peopleAfter(tokens, mention.last);
      // "held 3 press conferences": after the verb, only people it takes captive ("guards", "them", none named).
      if (!phrase || !heldPeople(tokens, phrase, mention.last)) return null;
      return { category: 'captured', rule: this.name, confidence: 0.7, actor: phrase.end > phrase.start ? throughPeople(tokens, phrase) : null };
    }
    if (numberHeld(tokens, mention.start)) return { category: 'captured', rule: this.name, confidence: 0.7, actor: null };
    // "bringing to 21 the number freed": a running count of captives.
    if (tokens[mention.start - 1]?.norm === 'to' && tokens[mention.last + 1]?.norm === 'the' && tokens[mention.last + 2]?.norm === 'number') {
      const verb = tokens[mention.last + 3]?.norm ?? '';
      return CAPTIVE_VERBS.has(verb) ? { category: 'captured', rule: this.name, confidence: 0.7, actor: null } : null;
    }
    const phrase = peopleAfter(tokens, mention.last);
    if (!phrase) return null;
    const named = phrase.end > phrase.start;
    // The phrase may read the participle as its last word: "176 guests held" ends at "held".
    const lastWord = tokens[phrase.end - 1]?.norm;
    if (named && phrase.end - 1 > phrase.start && (lastWord === 'held' || lastWord === 'taken')) {
      return { category: 'captured', rule: this.name, confidence: 0.7, actor: { start: phrase.start, end: phrase.end - 1, head: phrase.end - 2 } };
    }
    if (!heldAfter(tokens, named ? phrase.end : mention.last + 1, named)) return null;
    return { category: 'captured', rule: this.name, confidence: 0.7, actor: named ? phrase : null };
  },
};
