// "the deaths of 12 hostages", "the killing of three Americans", "the abduction of over 276 schoolgirls",
// "the kidnappers of two French reporters": a harm noun with "of" governs the number after it.
import { nounPhraseAfter } from '../phrases.js';
import { OF_NOMINALS } from '../vocabulary.js';
import { isIrrealisBefore } from './irrealis.js';
import type { CategoryRule } from './rule.js';

export const ofNominal: CategoryRule = {
  name: 'of-nominal',
  govern({ tokens }, mention) {
    if (tokens[mention.start - 1]?.norm !== 'of') return null;
    const nominalAt = mention.start - 2;
    const category = OF_NOMINALS.get(tokens[nominalAt]?.norm ?? '');
    if (!category) return null;
    if (isIrrealisBefore(tokens, nominalAt)) return null;
    const phrase = nounPhraseAfter(tokens, mention.last + 1);
    return { category, rule: this.name, confidence: 0.8, actor: phrase.end > phrase.start ? phrase : null };
  },
};
