// Table-like labels of coder notes and infoboxes: "Fatalities: 3", "Killed: 1,204",
// "Civilians injured: 12", "Missing: about 40", and table cells "Killed | 12". A harm word, a colon
// or a bar, the number. A harm word after the number says more than the label before it:
// "Casualties: 3,000 dead" is a count of the dead, read by the predicate that follows.
import { PREDICATE_WORDS } from '../vocabulary.js';
import { RULE } from './rule.js';
import type { CategoryRule } from './rule.js';

/** What stands between a label and its number: "Fatalities: 3", "Fatalities | 3". */
const LABEL_MARKS: ReadonlySet<string> = new Set([':', '|']);

export const label: CategoryRule = {
  name: RULE.label,
  govern({ tokens }, mention) {
    if (!LABEL_MARKS.has(tokens[mention.start - 1]?.text ?? '')) return null;
    const category = PREDICATE_WORDS.get(tokens[mention.start - 2]?.norm ?? '');
    if (!category) return null;
    if (PREDICATE_WORDS.has(tokens[mention.last + 1]?.norm ?? '')) return null;
    return { category, rule: this.name, confidence: 0.8, actor: null };
  },
};
