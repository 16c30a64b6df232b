// "shot two men dead", "burned 12 villagers to death", "stabbing to death eight children",
// "beat to death a guard and two cooks", "burned 11 villagers alive": a way of killing with "dead" or "to death" around the
// counted people. Without it the verb alone ("shot two men") says nothing of death.
import { isNonPerson, nounPhraseAfter } from '../phrases.js';
import type { Token } from '../tokens.js';
import { BURNING_VERBS, PUT_FORMS, TO_DEATH_VERBS } from '../vocabulary.js';
import { isIrrealisBefore } from './irrealis.js';
import { RULE } from './rule.js';
import type { CategoryRule } from './rule.js';

function toDeathAt(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.norm === 'to' && tokens[k + 1]?.norm === 'death';
}

/** Round 9, reference works: "put the garrison of 2,000 to the sword" (only after "put"). */
function toTheSwordAt(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.norm === 'to' && tokens[k + 1]?.norm === 'the' && tokens[k + 2]?.norm === 'sword';
}


/** Words the people's phrase may hold that it does not read ("eight sleeping children"), up to "dead" or "to death". */
const MAX_LOOSE_WORDS = 2;
const NOT_LOOSE: ReadonlySet<string> = new Set(['and', 'or', 'but', 'in', 'at', 'on', 'with', 'were', 'was', 'are', 'is', 'who', 'that', 'after', 'before', 'as']);

function deathWithin(tokens: readonly Token[], from: number, burning: boolean, putting: boolean): boolean {
  for (let k = from; k <= from + MAX_LOOSE_WORDS; k++) {
    if (tokens[k]?.norm === 'dead' || toDeathAt(tokens, k) || (burning && tokens[k]?.norm === 'alive') || (putting && toTheSwordAt(tokens, k))) return true;
    if (tokens[k]?.kind !== 'word' || NOT_LOOSE.has(tokens[k]!.norm)) return false;
  }
  return false;
}

export const wayOfKilling: CategoryRule = {
  name: RULE.wayOfKilling,
  govern({ tokens }, mention) {
    const before = mention.start - 1;
    // "stabbing to death eight children"
    const deathFirst = toDeathAt(tokens, before - 1) && TO_DEATH_VERBS.has(tokens[before - 2]?.norm ?? '');
    const verbAt = deathFirst ? before - 2 : before;
    const burning = BURNING_VERBS.has(tokens[verbAt]?.norm ?? '');
    const putting = PUT_FORMS.has(tokens[verbAt]?.norm ?? '');
    if (!deathFirst && !burning && !putting && !TO_DEATH_VERBS.has(tokens[verbAt]?.norm ?? '')) return null;
    let phrase = nounPhraseAfter(tokens, mention.last + 1);
    // "burned 11 people alive": "alive" closes the phrase, it does not head it.
    if (burning && phrase.end - 1 > phrase.start && tokens[phrase.end - 1].norm === 'alive') {
      phrase = { start: phrase.start, end: phrase.end - 1, head: phrase.end - 2 };
    }
    if (isNonPerson(tokens, phrase)) return null;
    // "shot two men dead", "burned 12 villagers to death"
    const after = Math.max(phrase.end, mention.last + 1);
    if (!deathFirst && !deathWithin(tokens, after, burning, putting)) return null;
    if (isIrrealisBefore(tokens, verbAt)) return null;
    return { category: 'killed', rule: this.name, confidence: 0.9, actor: phrase.end > phrase.start ? phrase : null };
  },
};
