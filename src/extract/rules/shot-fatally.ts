// Round 20, gun-violence reports: "Eight people were shot, two of them fatally", "shot 12 people, three
// fatally": being shot is a wound or a death, so the whole count is casualties and the share "fatally"
// is killed. Only with that share: a plain "12 people were shot" says nothing of how many lived.
import { isNonPerson, nounPhraseAfter } from '../phrases.js';
import type { Token } from '../tokens.js';
import { AUXILIARY_VERBS, FATAL_SHARE, SHOT_FORMS } from '../vocabulary.js';
import { isIrrealisBefore } from './irrealis.js';
import { RULE } from './rule.js';
import type { CategoryRule } from './rule.js';

/** How many auxiliaries (AUXILIARY_VERBS) may stand between the people and "shot": "were shot", "have been shot". */
const MAX_AUXILIARIES = 2;
/** Words between "shot" and the comma that opens the share: "shot overnight", "shot in the chest". */
const MAX_SHOT_TAIL = 6;

/** The token after ", N fatally" or ", N of them fatally" opening at the comma k; -1 when there is none. */
function fatalShareAt(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.text !== ',') return -1;
  let j = k + 1;
  // The share is one number, digits or a word: "two", "3".
  if (tokens[j]?.kind !== 'num' && tokens[j]?.kind !== 'word') return -1;
  j += 1;
  if (tokens[j]?.norm === 'of' && tokens[j + 1]?.norm === 'them') j += 2;
  return FATAL_SHARE.includes(tokens[j]?.norm ?? '') ? j : -1;
}

/** The comma opening a fatal share within a few words after "shot" at s, or -1. */
function shareAfterShot(tokens: readonly Token[], s: number): number {
  for (let k = s + 1; k <= s + MAX_SHOT_TAIL && k < tokens.length; k++) {
    if (tokens[k].text === ',') return fatalShareAt(tokens, k) !== -1 ? k : -1;
    if (tokens[k].kind !== 'word') return -1;
  }
  return -1;
}

export const shotFatally: CategoryRule = {
  name: RULE.shotFatally,
  govern({ tokens, mentions }, mention) {
    // The share: ", two of them fatally" after a "shot" a few words back, with the count of the shot
    // beside it ("Eight people were shot", "shot 12 people"; not "The striker shot twice, one fatally …").
    const comma = mention.start - 1;
    if (tokens[comma]?.text === ',' && fatalShareAt(tokens, comma) !== -1) {
      for (let s = comma - 1; s >= Math.max(0, comma - MAX_SHOT_TAIL - 1); s--) {
        if (!SHOT_FORMS.has(tokens[s].norm)) continue;
        const whole = mentions.some((m) => m.last < comma && ((m.last < s && s - m.last <= MAX_AUXILIARIES + 3) || (m.start > s && m.start <= s + 2)));
        return whole ? { category: 'killed', rule: this.name, confidence: 0.85, actor: null } : null;
      }
      return null;
    }
    // The whole, shot by someone: "shot 12 people, three fatally".
    const before = tokens[mention.start - 1];
    const phrase = nounPhraseAfter(tokens, mention.last + 1);
    if (isNonPerson(tokens, phrase)) return null;
    const after = Math.max(phrase.end, mention.last + 1);
    if (before && SHOT_FORMS.has(before.norm)) {
      if (isIrrealisBefore(tokens, mention.start - 1)) return null;
      return tokens[after]?.text === ',' && fatalShareAt(tokens, after) !== -1
        ? { category: 'casualties', rule: this.name, confidence: 0.85, actor: phrase.end > phrase.start ? phrase : null } : null;
    }
    // The whole, shot: "Eight people were shot, two of them fatally".
    let s = after;
    for (let n = 0; n < MAX_AUXILIARIES && AUXILIARY_VERBS.has(tokens[s]?.norm ?? ''); n++) s += 1;
    if (s === after || !SHOT_FORMS.has(tokens[s]?.norm ?? '') || shareAfterShot(tokens, s) === -1) return null;
    if (isIrrealisBefore(tokens, s)) return null;
    return { category: 'casualties', rule: this.name, confidence: 0.85, actor: phrase.end > phrase.start ? phrase : null };
  },
};
