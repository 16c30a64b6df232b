// Round 26, hooch and food-poisoning outbreaks: "Twenty-six students were hospitalised with suspected food
// poisoning", "2 died from methanol-adulterated pisco; another 9 remain in serious condition". The care words
// of the wounded (hospitalised, admitted to hospital, in serious condition) count the sick where what was
// swallowed did the harm: no wounded figure there, unless the sentence names injuries or an event that hurts.
import type { Token } from '../tokens.js';
import { HARMFUL_EVENTS, INGESTED_HARMS, INJURY_NOUNS, PREDICATE_WORDS } from '../vocabulary.js';

/** Words of the wounded that name no care: "injured", "hurt", "wounds" (hospitalised is care, not a hurt). */
const HURT_WORDS: ReadonlySet<string> = new Set(
  [...PREDICATE_WORDS].filter(([word, category]) => category === 'wounded' && !/^hospitali[sz]ed$/.test(word)).map(([word]) => word),
);

/** The sentence's harm was swallowed and it names no hurt: its wounded counts are counts of the sick. */
export function countsTheSick(tokens: readonly Token[]): boolean {
  let swallowed = false;
  for (const token of tokens) {
    if (token.kind !== 'word') continue;
    const parts = token.norm.includes('-') ? token.norm.split('-') : [token.norm];
    if (parts.some((part) => HURT_WORDS.has(part) || INJURY_NOUNS.has(part) || HARMFUL_EVENTS.has(part))) return false;
    if (parts.some((part) => INGESTED_HARMS.has(part))) swallowed = true;
  }
  return swallowed;
}
