// Round 27, testimony and factboxes: people "taken" as captives and prisoners traded in a swap.
// "Two were taken by the rebels", "about 40 people were taken from the village": a passive "taken"
// with its captors after "by", or with the homes it took them from (not "taken to hospital", "taken
// from the rubble"); "5,000 Taliban prisoners released under a swap", "an exchange of 95 prisoners":
// prisoners traded are captives, where plain prisoners are often convicts.
import { isNonPerson, nounPhraseAfter } from '../phrases.js';
import type { Token } from '../tokens.js';
import { CAPTOR_NOUNS, PRISONER_NOUNS, RELEASE_VERBS, SWAP_WORDS, TAKEN_FROM_PLACES } from '../vocabulary.js';
import { isIrrealisBefore } from './irrealis.js';
import { RULE } from './rule.js';
import type { CategoryRule } from './rule.js';

const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['were', 'was', 'been']);
/** How far in its sentence a swap may be told from the prisoners it traded. */
const SWAP_REACH = 12;
/** Past verbs of freeing that say the trade was done: released, freed, exchanged, swapped, returned. */
const SWAPPED: ReadonlySet<string> = new Set([...RELEASE_VERBS].filter((verb) => verb.endsWith('ed')));

/** The index of "taken" in "were taken", "had been taken", "were later taken" right at k, or -1. */
function takenAt(tokens: readonly Token[], k: number): number {
  let j = k;
  if (tokens[j]?.norm === 'had' || tokens[j]?.norm === 'have') j += 1;
  if (!PASSIVE_AUXILIARIES.has(tokens[j]?.norm ?? '')) return -1;
  j += 1;
  if (tokens[j]?.norm === 'been') j += 1;
  if (tokens[j]?.kind === 'word' && tokens[j]!.norm.endsWith('ly')) j += 1;
  return tokens[j]?.norm === 'taken' ? j : -1;
}

/** "taken by the rebels", "taken from their homes" (and nowhere after: not "taken from the village to hospital"). */
function takenCaptive(tokens: readonly Token[], j: number): boolean {
  const determiner = ['the', 'their', 'his', 'her'].includes(tokens[j + 2]?.norm ?? '') ? 1 : 0;
  const what = tokens[j + 2 + determiner]?.norm ?? '';
  if (tokens[j + 1]?.norm === 'by') return CAPTOR_NOUNS.has(what);
  if (tokens[j + 1]?.norm !== 'from' || !determiner || !TAKEN_FROM_PLACES.has(what)) return false;
  return tokens[j + 3 + determiner]?.norm !== 'to';
}

/** A swap told near the count, and done: "released under a swap", "exchanged 95 prisoners" (not "a list of 26 prisoners they want to swap"). */
function swapDone(tokens: readonly Token[], k: number): boolean {
  let swap = false;
  let done = false;
  let from = Math.max(0, k - SWAP_REACH);
  for (let j = from; j < k; j++) if (tokens[j]!.text === '.' || tokens[j]!.text === ';') from = j + 1;
  for (let j = from; j < Math.min(tokens.length, k + SWAP_REACH); j++) {
    if (j > k && (tokens[j]!.text === '.' || tokens[j]!.text === ';')) break;
    if (SWAP_WORDS.has(tokens[j]!.norm)) swap = true;
    if (SWAPPED.has(tokens[j]!.norm)) done = true;
  }
  return swap && done;
}

export const captivesTaken: CategoryRule = {
  name: RULE.captivesTaken,
  govern({ tokens }, mention) {
    const k = mention.last + 1;
    const phrase = nounPhraseAfter(tokens, k);
    const people = phrase.end > phrase.start ? phrase : null;
    if (people && isNonPerson(tokens, people)) return null;
    if (isIrrealisBefore(tokens, mention.start)) return null;
    const taken = takenAt(tokens, people ? people.end : k);
    if (taken !== -1 && takenCaptive(tokens, taken)) return { category: 'captured', rule: this.name, confidence: 0.75, actor: people };
    if (people && PRISONER_NOUNS.has(tokens[people.head]?.norm ?? '') && swapDone(tokens, mention.start)) {
      return { category: 'captured', rule: this.name, confidence: 0.75, actor: people };
    }
    return null;
  },
};
