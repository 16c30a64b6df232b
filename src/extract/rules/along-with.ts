// "The pilot was killed along with three passengers", "He died together with 12 others": the harm
// told of the clause's subject befalls the people counted after "along with" too.
import { isNonPerson, nounPhraseAfter } from '../phrases.js';
import type { Token } from '../tokens.js';
import type { Category } from '../../figure.js';
import { ACTOR_NOUNS_THAT_ARE_PREDICATES, COMBATANT_NOUNS, ORDINAL_SUFFIXES, ORDINAL_WORDS, PREDICATE_WORDS, TAKEN_PEOPLE } from '../vocabulary.js';
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

/** How many words may stand between a sentence's opening participle and its "with N others". */
const MAX_OPENING_REACH = 6;
/** Who may share the harm of an opening participle: "with 56 others", "with 12 soldiers". */
const SHARING_PEOPLE: ReadonlySet<string> = new Set(['others', ...TAKEN_PEOPLE, ...COMBATANT_NOUNS]);

/**
 * Round 14, obituaries and history: "Captured on Java weeks later with 56 others, he spent three years …",
 * "Killed with four others in the ambush, …": a harm participle opening the sentence befalls the people
 * counted after "with" too (people only: not "Injured with 3 broken ribs").
 */
function openingParticiple(tokens: readonly Token[], withAt: number, after: number): Category | null {
  const first = tokens[0];
  if (!first || withAt > MAX_OPENING_REACH || !/^\p{Lu}\p{Ll}+ed$/u.test(first.text)) return null;
  const category = PREDICATE_WORDS.get(first.norm);
  if (!category || tokens.slice(1, withAt).some((t) => t.kind !== 'word')) return null;
  return SHARING_PEOPLE.has(tokens[after]?.norm ?? '') ? category : null;
}

export const alongWith: CategoryRule = {
  name: RULE.alongWith,
  govern({ tokens }, mention) {
    const withAt = mention.start - 1;
    if (tokens[withAt]?.norm !== 'with') return null;
    const opening = openingParticiple(tokens, withAt, mention.last + 1);
    if (opening) return { category: opening, rule: this.name, confidence: 0.7, actor: nounPhraseAfter(tokens, mention.last + 1) };
    if (!(tokens[withAt - 1]?.norm === 'along' || tokens[withAt - 1]?.norm === 'together')) return null;
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
