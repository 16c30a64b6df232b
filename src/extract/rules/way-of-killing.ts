// "shot two men dead", "burned 12 villagers to death", "stabbing to death eight children",
// "beat to death a guard and two cooks": a way of killing with "dead" or "to death" around the
// counted people. Without it the verb alone ("shot two men") says nothing of death.
import { isNonPerson, nounPhraseAfter } from '../phrases.js';
import type { Token } from '../tokens.js';
import { TO_DEATH_VERBS } from '../vocabulary.js';
import { isIrrealisBefore } from './irrealis.js';
import { RULE } from './rule.js';
import type { CategoryRule } from './rule.js';

function toDeathAt(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.norm === 'to' && tokens[k + 1]?.norm === 'death';
}

export const wayOfKilling: CategoryRule = {
  name: RULE.wayOfKilling,
  govern({ tokens }, mention) {
    const before = mention.start - 1;
    // "stabbing to death eight children"
    const deathFirst = toDeathAt(tokens, before - 1) && TO_DEATH_VERBS.has(tokens[before - 2]?.norm ?? '');
    const verbAt = deathFirst ? before - 2 : before;
    if (!deathFirst && !TO_DEATH_VERBS.has(tokens[verbAt]?.norm ?? '')) return null;
    const phrase = nounPhraseAfter(tokens, mention.last + 1);
    if (isNonPerson(tokens, phrase)) return null;
    // "shot two men dead", "burned 12 villagers to death"
    const after = Math.max(phrase.end, mention.last + 1);
    if (!deathFirst && tokens[after]?.norm !== 'dead' && !toDeathAt(tokens, after)) return null;
    if (isIrrealisBefore(tokens, verbAt)) return null;
    return { category: 'killed', rule: this.name, confidence: 0.9, actor: phrase.end > phrase.start ? phrase : null };
  },
};
