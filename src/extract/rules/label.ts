// Table-like labels of coder notes and infoboxes: "Fatalities: 3", "Killed: 1,204",
// "Civilians injured: 12", "Missing: about 40". A harm word, a colon, the number.
import { PREDICATE_WORDS } from '../vocabulary.js';
import { RULE } from './rule.js';
import type { CategoryRule } from './rule.js';

export const label: CategoryRule = {
  name: RULE.label,
  govern({ tokens }, mention) {
    if (tokens[mention.start - 1]?.text !== ':') return null;
    const category = PREDICATE_WORDS.get(tokens[mention.start - 2]?.norm ?? '');
    if (!category) return null;
    return { category, rule: this.name, confidence: 0.8, actor: null };
  },
};
