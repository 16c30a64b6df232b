// "Among the dead were 4 children", "Among those injured were 12 children", "The dead included 5
// women", "Those killed in the raid include three journalists", "Of the dead, 9 were children": the
// harmed people named first, then
// a copula or "include" and the count, which takes the harm of the people it is counted among.
import type { Category } from '../../figure.js';
import { COPULAS, isNonPerson, nounPhraseAfter } from '../phrases.js';
import type { Token } from '../tokens.js';
import { HARMED_GROUP_WORDS, INCLUDE_VERBS, PREDICATE_WORDS } from '../vocabulary.js';
import { isIrrealisBefore } from './irrealis.js';
import { RULE } from './rule.js';
import type { CategoryRule } from './rule.js';

/** A short place or time between the people and "include": "those killed in the raid included". */
const MAX_MODIFIER = 6;

/** The harm of "the dead", "those injured" at index k, when "the" or "those" stands before it. */
function harmedGroupAt(tokens: readonly Token[], k: number): Category | null {
  const word = tokens[k];
  if (!word || !HARMED_GROUP_WORDS.has(word.norm)) return null;
  const determiner = tokens[k - 1]?.norm;
  if (determiner !== 'the' && determiner !== 'those') return null;
  return PREDICATE_WORDS.get(word.norm) ?? null;
}

/** The harm of "the 30 killed", "the 1,104 deaths" at index k: a counted whole of the harmed. */
function countedGroupAt(tokens: readonly Token[], k: number): Category | null {
  const word = tokens[k];
  if (!word || !HARMED_GROUP_WORDS.has(word.norm) || tokens[k - 1]?.kind !== 'num' || tokens[k - 2]?.norm !== 'the') return null;
  return PREDICATE_WORDS.get(word.norm) ?? null;
}

/** Round 12: the harm of "those who died", "those who were killed" ending at k, and where "those" stands. */
function whoWereHarmedAt(tokens: readonly Token[], k: number): { category: Category; those: number } | null {
  const category = PREDICATE_WORDS.get(tokens[k]?.norm ?? '');
  if (!category) return null;
  let j = k - 1;
  if (WHO_AUXILIARIES.has(tokens[j]?.norm ?? '')) j -= 1;
  if (tokens[j]?.norm === 'been' && (tokens[j - 1]?.norm === 'had' || tokens[j - 1]?.norm === 'have')) j -= 2;
  return tokens[j]?.norm === 'who' && tokens[j - 1]?.norm === 'those' ? { category, those: j - 1 } : null;
}
const WHO_AUXILIARIES: ReadonlySet<string> = new Set(['were', 'are', 'was']);

/** Where "General Moreau and" opens before the count at `start` (a capitalised name, then "and"), else `start`. */
function namedBefore(tokens: readonly Token[], start: number): number {
  if (tokens[start - 1]?.norm !== 'and') return start;
  let k = start - 2;
  while (k >= 0 && start - 2 - k < MAX_NAME && tokens[k].kind === 'word' && /^\p{Lu}/u.test(tokens[k].text)) k -= 1;
  return k < start - 2 && COPULAS.has(tokens[k]?.norm ?? '') ? k + 1 : start;
}
const MAX_NAME = 4;
/** Where a share of the dead died, said with a verb of happening: "Of the deaths, 40 occurred in hospitals". */
const OCCURRING: ReadonlySet<string> = new Set(['occurred', 'happened']);

export const amongTheHarmed: CategoryRule = {
  name: RULE.amongTheHarmed,
  govern({ tokens }, mention) {
    // Round 10: "Among the slain were General Moreau and three of his aides": a person named first.
    const named = namedBefore(tokens, mention.start);
    const link = tokens[named - 1];
    if (!link) return null;
    let category: Category | null = null;
    if (COPULAS.has(link.norm)) {
      // "Among the dead were 4 children": only after "among", or "Those killed were 3 soldiers".
      const harmAt = named - 2;
      const group = harmedGroupAt(tokens, harmAt);
      if (group && (tokens[harmAt - 2]?.norm === 'among' || tokens[harmAt - 1]?.norm === 'those')) category = group;
    } else if (link.text === ',' && (COPULAS.has(tokens[mention.last + 1]?.norm ?? '') || OCCURRING.has(tokens[mention.last + 1]?.norm ?? ''))) {
      // "Of the dead, 9 were children", "Of those killed in the raid, 8 were civilians"; round 13,
      // bulletins: "Of the deaths, 40 occurred in hospitals".
      for (let k = mention.start - 2; k >= Math.max(2, mention.start - 2 - MAX_MODIFIER); k--) {
        const t = tokens[k];
        if (t.kind !== 'word') break;
        const group = harmedGroupAt(tokens, k);
        const opens = k - 2 === 0 || tokens[k - 3]?.kind === 'punct';
        if (group && tokens[k - 2]?.norm === 'of' && opens) {
          category = group;
          break;
        }
        // Round 15, abstracts and bulletins: "Of the 30 killed, 12 were children", "Of the 1,104 deaths
        // recorded, 311 were attributed to injuries": the whole counted before its harm.
        const counted = countedGroupAt(tokens, k);
        if (counted && tokens[k - 3]?.norm === 'of' && (k - 3 === 0 || tokens[k - 4]?.kind === 'punct')) {
          category = counted;
          break;
        }
        // Round 12: "Of those who died, 18 were children", "Of those who were injured, 4 were officers".
        const who = whoWereHarmedAt(tokens, k);
        if (who && tokens[who.those - 1]?.norm === 'of' && (who.those - 1 === 0 || tokens[who.those - 2]?.kind === 'punct')) {
          category = who.category;
          break;
        }
      }
    } else if (INCLUDE_VERBS.has(link.norm)) {
      // "The dead included 5 women", "Those killed in the raid include three journalists".
      for (let k = mention.start - 2; k >= Math.max(1, mention.start - 2 - MAX_MODIFIER); k--) {
        const t = tokens[k];
        if (t.kind !== 'word') break;
        const group = harmedGroupAt(tokens, k);
        if (group) {
          category = group;
          break;
        }
      }
    }
    if (!category || isIrrealisBefore(tokens, mention.start)) return null;
    // "Of the dead, 9 were children": the people follow the copula.
    const after = COPULAS.has(tokens[mention.last + 1]?.norm ?? '') && link.text === ',' ? mention.last + 2 : mention.last + 1;
    // "40 occurred in hospitals" names a place, not people: the figure counts "people".
    const none = { start: mention.last + 1, end: mention.last + 1, head: -1 };
    if (OCCURRING.has(tokens[mention.last + 1]?.norm ?? '')) return { category, rule: this.name, confidence: 0.8, actor: none };
    const phrase = nounPhraseAfter(tokens, after);
    if (isNonPerson(tokens, phrase)) return null;
    return { category, rule: this.name, confidence: 0.8, actor: phrase.end > phrase.start ? phrase : null };
  },
};
