// "the deaths of 12 hostages", "the killing of three Americans", "the abduction of over 276 schoolgirls",
// "the kidnappers of two French reporters", "with the loss of 700 troops": a harm noun with "of"
// governs the number after it, also past "the" ("the deaths of the seven astronauts").
import type { Category } from '../../figure.js';
import { COUNT_WORDS, isNonPerson, nounPhraseAfter } from '../phrases.js';
import type { NounPhrase } from '../phrases.js';
import type { Token } from '../tokens.js';
import { FATE_COPULAS, FATE_NOUNS, LIFE_TAKING_VERBS, LIVES, OF_NOMINALS, UNKNOWN_WORDS } from '../vocabulary.js';
import { isIrrealisBefore } from './irrealis.js';
import { RULE } from './rule.js';
import type { CategoryRule } from './rule.js';

/** "claimed the lives of 30 people" (but not "saved the lives of 30 children"). */
function livesTakenOf(tokens: readonly Token[], nominalAt: number): 'killed' | undefined {
  if (!LIVES.has(tokens[nominalAt]?.norm ?? '')) return undefined;
  const verbAt = tokens[nominalAt - 1]?.norm === 'the' ? nominalAt - 2 : nominalAt - 1;
  return LIFE_TAKING_VERBS.has(tokens[verbAt]?.norm ?? '') ? 'killed' : undefined;
}

/** The harm nominal of one to three words ending at index `at`: "deaths", "the remains", "with the loss". */
function nominalEndingAt(tokens: readonly Token[], at: number): Category | undefined {
  let words = '';
  for (let k = at; k > at - 3 && k >= 0 && tokens[k].kind === 'word'; k--) {
    words = words === '' ? tokens[k].norm : `${tokens[k].norm} ${words}`;
    const category = OF_NOMINALS.get(words);
    if (category) return category;
  }
  return undefined;
}

/** "a loss of 1,500 lives": any loss of lives is deaths (but "a loss of 3 mln dlrs" stays the accountants'). */
function lossOfLives(tokens: readonly Token[], last: number, nominalAt: number): 'killed' | undefined {
  return tokens[nominalAt]?.norm === 'loss' && LIVES.has(tokens[last + 1]?.norm ?? '') ? 'killed' : undefined;
}

/**
 * "the fate of 40 sailors is unknown", "the location of 137 students is still unknown", and in a
 * headline without its copula "Fate of Hundreds Unknown": not found, so missing.
 */
function fateUnknown(tokens: readonly Token[], nominalAt: number, last: number): 'missing' | undefined {
  if (!FATE_NOUNS.has(tokens[nominalAt]?.norm ?? '')) return undefined;
  for (let k = last + 1; k < Math.min(tokens.length, last + 8); k++) {
    const t = tokens[k]!;
    if (t.kind === 'punct') return undefined;
    // Only a headline's capital drops the copula: "an unknown company" further on is no predicate.
    if (UNKNOWN_WORDS.has(t.norm) && /^\p{Lu}/u.test(t.text)) return 'missing';
    if (!FATE_COPULAS.has(t.norm)) continue;
    const next = tokens[k + 1]?.norm === 'still' ? k + 2 : k + 1;
    return UNKNOWN_WORDS.has(tokens[next]?.norm ?? '') ? 'missing' : undefined;
  }
  return undefined;
}

function clipBeforeUnknown(tokens: readonly Token[], phrase: NounPhrase): void {
  for (let k = phrase.start; k < phrase.end; k++) {
    if (!UNKNOWN_WORDS.has(tokens[k]!.norm)) continue;
    phrase.end = k;
    phrase.head = k > phrase.start ? k - 1 : -1;
    return;
  }
}

/** Words that may name one person before the count: "a soldier", "the driver", "civilian", "Jane Roe". */
const MAX_FIRST_NAMED = 3;

/**
 * Round 22: "the deaths of a soldier and two civilians", "reports death of civilian, 2 militiamen",
 * "the killing of Jane Roe and 12 others": one person named without a count, then "and" or a comma
 * and the count; the "of" before them, or -1. Not past a number, a punctuation mark or a second "of".
 */
function ofBeforeFirstNamed(tokens: readonly Token[], joint: number): number {
  if (tokens[joint]?.norm !== 'and' && tokens[joint]?.text !== ',') return -1;
  let k = joint - 1;
  while (k >= 0 && k >= joint - MAX_FIRST_NAMED && tokens[k].kind === 'word' && tokens[k].norm !== 'of' && !COUNT_WORDS.has(tokens[k].norm)) k -= 1;
  return k < joint - 1 && tokens[k]?.norm === 'of' ? k : -1;
}

export const ofNominal: CategoryRule = {
  name: RULE.ofNominal,
  govern({ tokens }, mention) {
    // "the deaths of the seven astronauts": people already named are still counted.
    // Round 21, rescue reports: "the bodies of the other two were found": the rest of a group counted before.
    const determinerAt = tokens[mention.start - 1]?.norm === 'other' && tokens[mention.start - 2]?.norm === 'the' ? mention.start - 2 : mention.start - 1;
    let ofAt = tokens[determinerAt]?.norm === 'the' ? determinerAt - 1 : determinerAt;
    // Dossier round 11: "the bodies of all 12 miners had been recovered": every one of them.
    if (tokens[ofAt]?.norm !== 'of' && tokens[mention.start - 1]?.norm === 'all' && tokens[mention.start - 2]?.norm === 'of') ofAt = mention.start - 2;
    if (tokens[ofAt]?.norm !== 'of') ofAt = ofBeforeFirstNamed(tokens, mention.start - 1);
    if (tokens[ofAt]?.norm !== 'of') return null;
    const nominalAt = ofAt - 1;
    const fate = fateUnknown(tokens, nominalAt, mention.last);
    const category = nominalEndingAt(tokens, nominalAt) ?? livesTakenOf(tokens, nominalAt) ?? lossOfLives(tokens, mention.last, nominalAt) ?? fate;
    if (!category) return null;
    if (isIrrealisBefore(tokens, nominalAt)) return null;
    // "the loss of 30 lives" is deaths; "the loss of 3,000 jobs" is no figure.
    if (LIVES.has(tokens[mention.last + 1]?.norm ?? '')) return { category: 'killed', rule: this.name, confidence: 0.8, actor: null };
    const phrase = nounPhraseAfter(tokens, mention.last + 1);
    // "Fate of 40 Miners Unknown": the headline's predicate is no word of the people.
    if (fate) clipBeforeUnknown(tokens, phrase);
    if (isNonPerson(tokens, phrase)) return null;
    // An empty phrase before "Unknown" still names no people: never read on past the predicate.
    return { category, rule: this.name, confidence: 0.8, actor: fate || phrase.end > phrase.start ? phrase : null };
  },
};
