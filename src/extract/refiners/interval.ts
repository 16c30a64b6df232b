// Round 15, academic abstracts: "we estimated 162,000 (95% CI 119,000–205,000) excess deaths": an
// interval in brackets between an estimate and its harm noun. The estimate takes the harm named after
// the bracket; the interval is no figure of its own but the estimate's (scope.ts reads it into
// Figure.interval, docs/reconcile.md).
import type { NumberMention } from '../numbers.js';
import { RULE } from '../rules/rule.js';
import type { Governor, Refiner } from '../rules/rule.js';
import type { Token } from '../tokens.js';
import { HARM_NOUNS, INTERVAL_LABELS, PREDICATE_WORDS } from '../vocabulary.js';

/** Words that may stand between the closing bracket and the harm noun: "(…) excess deaths". */
const HARM_NOUN_REACH = 3;

export const inheritIntervals: Refiner = (tokens, mentions, governors) => {
  mentions.forEach((mention) => {
    const open = intervalOpening(tokens, mention);
    if (open === -1 || tokens[mention.last + 1]?.text !== ')') return;
    // The estimate: the count right before the bracket.
    const estimate = mentions.findIndex((m) => m.last === open - 1);
    if (estimate === -1 || governors[estimate]) return;
    governors[estimate] = harmNounAfter(tokens, mention.last + 2);
  });
};

/** The index of "(" opening "(95% CI " before the interval, or -1. */
function intervalOpening(tokens: readonly Token[], mention: NumberMention): number {
  let k = mention.start - 1;
  if (tokens[k]?.text === ':' || tokens[k]?.text === ',') k -= 1;
  let label = -1;
  for (const words of INTERVAL_LABELS) {
    const first = k - words.length + 1;
    if (words.every((w, j) => tokens[first + j]?.norm === w)) {
      label = first;
      break;
    }
  }
  if (label === -1) return -1;
  k = label - 1;
  // "95%", "95 per cent": the level of the interval.
  if (tokens[k]?.text === '%' && tokens[k - 1]?.kind === 'num') k -= 2;
  return tokens[k]?.text === '(' || tokens[k]?.text === '[' ? k : -1;
}

/** "(…) excess deaths": a harm noun a few words after the bracket names the estimate's harm. */
function harmNounAfter(tokens: readonly Token[], from: number): Governor | null {
  for (let k = from; k < Math.min(tokens.length, from + HARM_NOUN_REACH); k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return null;
    const category = HARM_NOUNS.has(t.norm) ? PREDICATE_WORDS.get(t.norm) : undefined;
    if (category) return { category, rule: RULE.subjectPredicate, confidence: 0.8, actor: null };
  }
  return null;
}
