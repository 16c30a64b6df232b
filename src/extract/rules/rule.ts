// The shape every category rule shares, in the spirit of chrono-node's parsers: a rule looks at
// one number mention in its sentence and either says what governs it or returns null.
import type { Category } from '../../figure.js';
import type { NumberMention } from '../numbers.js';
import type { NounPhrase } from '../phrases.js';
import type { Token } from '../tokens.js';

export interface SentenceContext {
  /** The whole report text; token offsets point into it. */
  text: string;
  tokens: readonly Token[];
  mentions: readonly NumberMention[];
}

export interface Governor {
  category: Category;
  /** Name of the rule that decided, kept for --debug and confidence. */
  rule: string;
  confidence: number;
  /** Who was counted, when the rule found the phrase. */
  actor: NounPhrase | null;
}

export interface CategoryRule {
  name: string;
  govern(ctx: SentenceContext, mention: NumberMention): Governor | null;
}
