// "two people were killed", "160 were missing", "6 wounded and 6 dead", "16,000 deaths",
// "two French journalists held hostage", "sweeping four people to their deaths": the number heads a
// phrase of people that a harm predicate follows, through linking words ("were reportedly", "who had been").
import type { Category } from '../../figure.js';
import { ACTOR_NOUNS_THAT_ARE_PREDICATES, isNonPerson, nounPhraseAfter } from '../phrases.js';
import type { NounPhrase } from '../phrases.js';
import type { Token } from '../tokens.js';
import { wordsAt } from '../tokens.js';
import { LINKING_WORDS, PREDICATE_PHRASES, PREDICATE_WORDS, TO_DEATH_VERBS } from '../vocabulary.js';
import { isIrrealisBefore, isModal } from './irrealis.js';
import type { CategoryRule } from './rule.js';

const INSERT_OPENERS = new Set(['including', 'mainly', 'mostly', 'among', 'many', 'most', 'half', 'all', 'some', 'both']);
const DASHES = new Set(['-', '–', '—']);
const MAX_LINKS = 6;

interface Predicate {
  category: Category;
  /** Index just past the predicate. */
  end: number;
}

function predicateAt(tokens: readonly Token[], k: number): Predicate | null {
  for (const phrase of PREDICATE_PHRASES) {
    if (!wordsAt(tokens, k, phrase.words)) continue;
    // "sentenced to death" is a verdict, not a death: "to death" needs a way of dying before it.
    if (phrase.words[0] === 'to' && phrase.words[1] === 'death' && !TO_DEATH_VERBS.has(tokens[k - 1]?.norm ?? '')) continue;
    return { category: phrase.category, end: k + phrase.words.length };
  }
  const category = PREDICATE_WORDS.get(tokens[k]?.norm ?? '');
  if (!category || tokens[k].norm === 'death') return null;
  return { category, end: k + 1 };
}

/** "killed or wounded", "dead or missing", "killed, wounded or captured": several harms, one number. */
function widenOverJoinedPredicates(tokens: readonly Token[], first: Predicate): Predicate {
  let result = first;
  for (;;) {
    const joiner = tokens[result.end];
    if (!joiner || !(joiner.norm === 'or' || joiner.norm === 'and' || joiner.text === ',' || joiner.text === '/')) return result;
    let k = result.end + 1;
    if (tokens[k]?.norm === 'presumed' || tokens[k]?.norm === 'otherwise') k += 1;
    const next = predicateAt(tokens, k);
    if (!next) return result;
    result = { category: next.category === result.category ? result.category : 'casualties', end: next.end };
  }
}

/** Skip ", including four policemen," or "- four men and two women -": an aside about the same people. */
function skipInsert(tokens: readonly Token[], k: number): number {
  const open = tokens[k];
  if (!open) return k;
  const isComma = open.text === ',' || open.text === '(';
  const isDash = DASHES.has(open.text) && !open.glued;
  if (open.norm === 'including') return skipUntilLink(tokens, k + 1);
  if (!isComma && !isDash) return k;
  if (isComma && !INSERT_OPENERS.has(tokens[k + 1]?.norm ?? '')) return k;
  for (let j = k + 1; j < Math.min(tokens.length, k + 14); j++) {
    const t = tokens[j];
    if (t.text === '.' && !t.glued) return k;
    if ((isComma && (t.text === ',' || t.text === ')')) || (isDash && DASHES.has(t.text))) return j + 1;
  }
  return k;
}

/** After "including four policemen", continue where the linking words start. */
function skipUntilLink(tokens: readonly Token[], k: number): number {
  for (let j = k; j < Math.min(tokens.length, k + 8); j++) {
    if (LINKING_WORDS.has(tokens[j].norm) || predicateAt(tokens, j)) return j;
    if (tokens[j].kind === 'punct' && tokens[j].text !== '.' && tokens[j].text !== '-') return j;
  }
  return k;
}

export const subjectPredicate: CategoryRule = {
  name: 'subject-predicate',
  govern({ tokens }, mention) {
    let k = mention.last + 1;
    // "another four deaths", "two others", "scores more": skip the words that mean "additional".
    if (tokens[k]?.norm === 'more' || tokens[k]?.norm === 'others' || tokens[k]?.norm === 'other') k += 1;
    // An adjective right after the number ("two wounded soldiers") is weaker than a verb before it.
    const adjective = predicateAt(tokens, k);
    if (adjective && tokens[adjective.end]?.kind === 'word' && nounPhraseAfter(tokens, adjective.end).end > adjective.end
      && !LINKING_WORDS.has(tokens[adjective.end].norm) && !ACTOR_NOUNS_THAT_ARE_PREDICATES.has(tokens[k].norm)) {
      const phrase = nounPhraseAfter(tokens, adjective.end);
      if (isNonPerson(tokens, phrase)) return null;
      return { category: adjective.category, rule: 'adjective', confidence: 0.7, actor: phrase };
    }
    const phrase: NounPhrase = nounPhraseAfter(tokens, k);
    if (isNonPerson(tokens, phrase)) return null;
    // The phrase's own head may be the predicate noun: "16,000 deaths", "12 Nepalese hostages".
    if (phrase.head !== -1) {
      const headPredicate = predicateAt(tokens, phrase.head);
      if (headPredicate) {
        if (isIrrealisBefore(tokens, mention.start)) return null;
        return { category: headPredicate.category, rule: this.name, confidence: 0.85, actor: phrase };
      }
    }
    k = skipInsert(tokens, Math.max(k, phrase.end));
    let links = 0;
    while (k < tokens.length && links <= MAX_LINKS) {
      const predicate = predicateAt(tokens, k);
      if (predicate) {
        if (isIrrealisBefore(tokens, mention.start)) return null;
        const widened = widenOverJoinedPredicates(tokens, predicate);
        return { category: widened.category, rule: this.name, confidence: 0.9, actor: phrase.end > phrase.start ? phrase : null };
      }
      const t = tokens[k];
      if (isModal(t.norm)) return null;
      // "two women - were shot dead": a closing dash before the linking words.
      if (t.kind === 'punct' && !(DASHES.has(t.text) && LINKING_WORDS.has(tokens[k + 1]?.norm ?? ''))) return null;
      const wayOfDying = TO_DEATH_VERBS.has(t.norm) || (t.norm === 'and' && TO_DEATH_VERBS.has(tokens[k - 1].norm));
      if (t.kind === 'word' && !LINKING_WORDS.has(t.norm) && !wayOfDying) return null;
      links += 1;
      k += 1;
    }
    return null;
  },
};
