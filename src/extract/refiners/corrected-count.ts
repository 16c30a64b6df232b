// Round 26, newspapers' corrections and editor's notes: "Our report of 9 March said 30 people were killed in the
// explosion. The correct figure, according to the district administration, is 13", "… gave the death toll as 250.
// The provincial government's official count, released Wednesday, is 73." A sentence that opens with a count noun
// said to be the right one, then its copula and number, restates the harm of the figure before it; it names no harm
// of its own, so the prefilter never let it through.
import { findNumberMentions, type NumberMention } from '../numbers.js';
import type { Token } from '../tokens.js';
import { COUNT_NOUNS, CORRECTING_WORDS } from '../vocabulary.js';

/** How many words the opening may take before its count noun: "The provincial government's official". */
const MAX_OPENING = 5;
/** How long an aside between the count noun and its copula may be: ", according to the district administration,". */
const MAX_ASIDE = 8;
const LINKS: ReadonlySet<string> = new Set(['is', 'was', 'stands', 'stood']);

/**
 * The mention the sentence's opening count noun is linked to ("The correct figure … is 13"), or null. The noun
 * phrase must hold a word of correction (CORRECTING_WORDS), the number must end its clause. Numbers are looked for
 * only once the opening is one.
 */
export function correctedCount(tokens: readonly Token[]): NumberMention | null {
  let noun = -1;
  for (let k = 0; k < Math.min(tokens.length, MAX_OPENING + 1); k++) {
    if (tokens[k]!.kind !== 'word') return null;
    if (COUNT_NOUNS.has(tokens[k]!.norm)) {
      noun = k;
      break;
    }
  }
  if (noun < 1 || !tokens.slice(0, noun).some((t) => CORRECTING_WORDS.has(t.norm))) return null;
  let link = noun + 1;
  if (tokens[link]?.text === ',') {
    const close = tokens.findIndex((t, j) => j > link && j <= link + MAX_ASIDE + 1 && t.text === ',');
    if (close === -1) return null;
    link = close + 1;
  }
  if (!LINKS.has(tokens[link]?.norm ?? '')) return null;
  const at = tokens[link]!.norm === 'stands' || tokens[link]!.norm === 'stood' ? link + 2 : link + 1;
  if ((at === link + 2 && tokens[link + 1]?.norm !== 'at')) return null;
  const mention = findNumberMentions(tokens).find((m) => m.start === at) ?? null;
  if (!mention) return null;
  const after = tokens[mention.last + 1];
  return after === undefined || after.kind === 'punct' ? mention : null;
}
