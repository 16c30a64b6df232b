// Round 15, academic abstracts: "we estimated 162,000 (95% CI 119,000–205,000) excess deaths", "an
// estimated 2,340 deaths (95% CI 1,810–2,870)". An interval in brackets bounds the estimate beside
// it: both count the same harm, the estimate's, or the harm noun the brackets stand before.
import type { NumberMention } from '../numbers.js';
import { RULE } from '../rules/rule.js';
import type { Governor, Refiner } from '../rules/rule.js';
import type { Token } from '../tokens.js';
import { HARM_NOUNS, INTERVAL_LABELS, PREDICATE_WORDS } from '../vocabulary.js';

/** Words that may stand between the closing bracket and the harm noun: "(…) excess deaths". */
const HARM_NOUN_REACH = 3;
/** How far before the bracket the estimate's count may stand: "2,340 excess deaths (". */
const ESTIMATE_REACH = 3;

export const inheritIntervals: Refiner = (tokens, mentions, governors) => {
  mentions.forEach((mention, i) => {
    const open = intervalOpening(tokens, mention);
    if (open === -1 || tokens[mention.last + 1]?.text !== ')') return;
    // The estimate: the count right before the bracket, or before the harm noun it counts ("2,340 deaths (").
    const estimate = mentions.findIndex((m) => m.last < open && open - m.last <= ESTIMATE_REACH
      && tokens.slice(m.last + 1, open).every((t) => t.kind === 'word'));
    const governor = (estimate !== -1 ? governors[estimate] : null) ?? harmNounAfter(tokens, mention.last + 2);
    if (!governor) return;
    if (estimate !== -1) governors[estimate] ??= governor;
    governors[i] ??= { ...governor, rule: RULE.coordination, confidence: Math.min(governor.confidence, 0.75), actor: null };
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
    if (category) return { category, rule: RULE.coordination, confidence: 0.7, actor: null };
  }
  return null;
}
