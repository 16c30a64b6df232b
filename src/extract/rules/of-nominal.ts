// "the deaths of 12 hostages", "the killing of three Americans", "the abduction of over 276 schoolgirls",
// "the kidnappers of two French reporters": a harm noun with "of" governs the number after it.
import { nounPhraseAfter } from '../phrases.js';
import type { Token } from '../tokens.js';
import { LIFE_TAKING_VERBS, OF_NOMINALS } from '../vocabulary.js';
import { isIrrealisBefore } from './irrealis.js';
import type { CategoryRule } from './rule.js';

/** "claimed the lives of 30 people" (but not "saved the lives of 30 children"). */
function livesTakenOf(tokens: readonly Token[], nominalAt: number): 'killed' | undefined {
  if (tokens[nominalAt]?.norm !== 'lives') return undefined;
  const verbAt = tokens[nominalAt - 1]?.norm === 'the' ? nominalAt - 2 : nominalAt - 1;
  return LIFE_TAKING_VERBS.has(tokens[verbAt]?.norm ?? '') ? 'killed' : undefined;
}

export const ofNominal: CategoryRule = {
  name: 'of-nominal',
  govern({ tokens }, mention) {
    if (tokens[mention.start - 1]?.norm !== 'of') return null;
    const nominalAt = mention.start - 2;
    const category = OF_NOMINALS.get(tokens[nominalAt]?.norm ?? '') ?? livesTakenOf(tokens, nominalAt);
    if (!category) return null;
    if (isIrrealisBefore(tokens, nominalAt)) return null;
    const phrase = nounPhraseAfter(tokens, mention.last + 1);
    return { category, rule: this.name, confidence: 0.8, actor: phrase.end > phrase.start ? phrase : null };
  },
};
