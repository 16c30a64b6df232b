// The shape every category rule shares, in the spirit of chrono-node's parsers: a rule looks at
// one number mention in its sentence and either says what governs it or returns null. The order
// in which rules and refiners run is data, in ../config.ts.
import type { Category } from '../../figure.js';
import type { NumberMention } from '../numbers.js';
import type { NounPhrase } from '../phrases.js';
import type { Token } from '../tokens.js';

/** Every name a governor may carry: the rules, and the refiners that fill in after them. */
export const RULE = {
  objectOfVerb: 'object-of-verb',
  wayOfKilling: 'way-of-killing',
  shotFatally: 'shot-fatally',
  ofNominal: 'of-nominal',
  subjectPredicate: 'subject-predicate',
  adjective: 'adjective',
  label: 'label',
  toll: 'toll',
  alongWith: 'along-with',
  heldCaptive: 'held-captive',
  namedDead: 'named-dead',
  captivesTaken: 'captives-taken',
  amongTheHarmed: 'among-the-harmed',
  zero: 'zero',
  coordination: 'coordination',
  partitive: 'partitive',
  runningTotal: 'running-total',
  revisedFrom: 'revised-from',
  placeShare: 'place-share',
  labelledShare: 'labelled-share',
} as const;
export type RuleName = (typeof RULE)[keyof typeof RULE];

export interface SentenceContext {
  /** The whole report text; token offsets point into it. */
  text: string;
  tokens: readonly Token[];
  mentions: readonly NumberMention[];
}

export interface Governor {
  category: Category;
  /** The rule that decided, kept for --debug, the actor and confidence. */
  rule: RuleName;
  confidence: number;
  /** Who was counted, when the rule found the phrase. */
  actor: NounPhrase | null;
}

export interface CategoryRule {
  name: RuleName;
  govern(ctx: SentenceContext, mention: NumberMention): Governor | null;
}

/** Runs after the rules over the whole sentence: fills in or corrects governors in place. */
export type Refiner = (tokens: readonly Token[], mentions: readonly NumberMention[], governors: (Governor | null)[]) => void;

/**
 * Two harms joined over one count. "killed or wounded 500", "killed and wounded": one number for
 * both, so casualties. "abducted and killed 12": a capture, then what became of the captives, so the
 * later harm; "killed or captured" is still both.
 */
export function joinHarms(first: Category, second: Category, joiner: string): Category {
  if (first === second) return first;
  if (joiner === 'and' && first === 'captured' && second !== 'missing') return second;
  return 'casualties';
}
