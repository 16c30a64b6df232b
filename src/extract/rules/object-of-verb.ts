// "killing 23 people", "killed or wounded 1,500", "abducted six female students", "took away two staff":
// a harm verb directly before the number governs it, and the people after it are who was counted.
import type { Category } from '../../figure.js';
import { isNonPerson, nounPhraseAfter } from '../phrases.js';
import type { Token } from '../tokens.js';
import { LIFE_TAKING_VERBS, PREDICATE_WORDS, TRANSITIVE_VERBS } from '../vocabulary.js';
import { isIrrealisBefore } from './irrealis.js';
import type { CategoryRule } from './rule.js';

const PHRASAL_VERBS: readonly { words: readonly [string, string]; category: Category }[] = [
  { words: ['took', 'away'], category: 'captured' },
  { words: ['take', 'away'], category: 'captured' },
  { words: ['taking', 'away'], category: 'captured' },
  { words: ['carried', 'off'], category: 'captured' },
  { words: ['shot', 'dead'], category: 'killed' },
  { words: ['gunned', 'down'], category: 'killed' },
  { words: ['mowed', 'down'], category: 'killed' },
];

/** The harm verb ending at index `at` and where it starts; "killed or wounded" is one verb group. */
function verbGroupEndingAt(tokens: readonly Token[], at: number): { start: number; category: Category } | null {
  const t = tokens[at];
  if (!t) return null;
  for (const phrasal of PHRASAL_VERBS) {
    if (t.norm === phrasal.words[1] && tokens[at - 1]?.norm === phrasal.words[0]) {
      return { start: at - 1, category: phrasal.category };
    }
  }
  const category = TRANSITIVE_VERBS.get(t.norm);
  if (!category) return null;
  const joiner = tokens[at - 1];
  const other = TRANSITIVE_VERBS.get(tokens[at - 2]?.norm ?? '');
  if (joiner && (joiner.norm === 'or' || joiner.norm === 'and') && other) {
    return { start: at - 2, category: other === category ? category : 'casualties' };
  }
  return { start: at, category };
}

function livesTaken(tokens: readonly Token[], mention: { start: number; last: number }): boolean {
  const next = tokens[mention.last + 1]?.norm;
  return (next === 'lives' || next === 'life') && LIFE_TAKING_VERBS.has(tokens[mention.start - 1]?.norm ?? '')
    && !isIrrealisBefore(tokens, mention.start - 1);
}

export const objectOfVerb: CategoryRule = {
  name: 'object-of-verb',
  govern({ tokens }, mention) {
    if (livesTaken(tokens, mention)) return { category: 'killed', rule: this.name, confidence: 0.85, actor: null };
    const verb = verbGroupEndingAt(tokens, mention.start - 1);
    if (!verb) return null;
    // "captured two wounded soldiers": the harm adjective describes the people, the verb governs.
    const adjective = PREDICATE_WORDS.has(tokens[mention.last + 1]?.norm ?? '') && tokens[mention.last + 2]?.kind === 'word';
    const phrase = nounPhraseAfter(tokens, mention.last + (adjective ? 2 : 1));
    if (isNonPerson(tokens, phrase)) return null;
    if (isIrrealisBefore(tokens, verb.start)) return null;
    return { category: verb.category, rule: this.name, confidence: 0.9, actor: phrase.end > phrase.start ? phrase : null };
  },
};
