// "The pilot was killed along with three passengers", "He died together with 12 others": the harm
// told of the clause's subject befalls the people counted after "along with" too.
import { isNonPerson, nounPhraseAfter } from '../phrases.js';
import type { Token } from '../tokens.js';
import { ACTOR_NOUNS_THAT_ARE_PREDICATES, ORDINAL_SUFFIXES, ORDINAL_WORDS, PREDICATE_WORDS } from '../vocabulary.js';
import { isIrrealisBefore } from './irrealis.js';
import { RULE } from './rule.js';
import type { CategoryRule } from './rule.js';

const MAX_REACH = 20;
const CLAUSE_ENDS = new Set([';', '.', '?', '!', ':']);

/** An ordinal at most two words before the noun at `at`: "the sixth death", "the 6th confirmed death". */
function oneOfATally(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 3); k--) {
    const t = tokens[k]!;
    // "6th" is two tokens: the digits, and the suffix glued to them.
    if (ORDINAL_WORDS.has(t.norm) || (ORDINAL_SUFFIXES.has(t.norm) && t.glued && tokens[k - 1]?.kind === 'num')) return true;
  }
  return false;
}

export const alongWith: CategoryRule = {
  name: RULE.alongWith,
  govern({ tokens }, mention) {
    const withAt = mention.start - 1;
    if (tokens[withAt]?.norm !== 'with' || !(tokens[withAt - 1]?.norm === 'along' || tokens[withAt - 1]?.norm === 'together')) return null;
    const phrase = nounPhraseAfter(tokens, mention.last + 1);
    if (isNonPerson(tokens, phrase)) return null;
    for (let k = withAt - 2; k >= Math.max(0, withAt - MAX_REACH); k--) {
      const t: Token = tokens[k];
      if (t.kind === 'punct' && CLAUSE_ENDS.has(t.text) && !t.glued) return null;
      const category = PREDICATE_WORDS.get(t.norm);
      // "hostages", "bodies" name people, not what befell the subject.
      if (!category || ACTOR_NOUNS_THAT_ARE_PREDICATES.has(t.norm)) continue;
      // "death" only as one of a tally ("the sixth confirmed death in Virginia, along with eight in
      // Florida"), not "sentenced to death along with two others".
      if (t.norm === 'death' && !oneOfATally(tokens, k)) continue;
      if (isIrrealisBefore(tokens, k)) return null;
      return { category, rule: this.name, confidence: 0.75, actor: phrase.end > phrase.start ? phrase : null };
    }
    return null;
  },
};
