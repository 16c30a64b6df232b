// Round 27, projects that count the dead by name: "published the names of 412 victims", "2,106 named
// victims", "9,740 people whose deaths were documented", "612 burials of servicemen", and, in a sentence
// about the dead, a count of names: "the list of prisoners who died in custody contains 1,061 names",
// "verification of a further 96 names, bringing the total of verified victims to 8,372". Victims alone
// may be the hurt; named one by one, buried or whose deaths are recorded, they are the dead.
import { isNonPerson, nounPhraseAfter } from '../phrases.js';
import type { Token } from '../tokens.js';
import { BURIAL_NOUNS, DEATH_WORDS_OF_A_LIST, INJURY_NOUNS, KIN_REPORTERS, NAME_NOUNS, VICTIMS } from '../vocabulary.js';
import { isIrrealisBefore } from './irrealis.js';
import { RULE } from './rule.js';
import type { CategoryRule } from './rule.js';

/** How far a clause of dying may stand from "N names" in its sentence. */
const LIST_REACH = 30;

/** "the names of 412 victims" (a determiner, "names", "of" before the count). */
function namesOfBefore(tokens: readonly Token[], start: number): boolean {
  return tokens[start - 1]?.norm === 'of' && NAME_NOUNS.has(tokens[start - 2]?.norm ?? '');
}

/** "N names" in a sentence that says its people died, and none that they were hurt. */
function namesOfTheDead(tokens: readonly Token[], k: number): boolean {
  if (!NAME_NOUNS.has(tokens[k]?.norm ?? '')) return false;
  let dead = false;
  for (let j = Math.max(0, k - LIST_REACH); j < Math.min(tokens.length, k + LIST_REACH); j++) {
    const norm = tokens[j]!.norm;
    if (INJURY_NOUNS.has(norm) || norm === 'injured' || norm === 'wounded') return false;
    if (DEATH_WORDS_OF_A_LIST.has(norm)) dead = true;
  }
  return dead;
}

/** "whose families have reported them missing", "whose relatives listed them as missing". */
function reportedMissing(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.norm !== 'whose' || !KIN_REPORTERS.has(tokens[k + 1]?.norm ?? '')) return false;
  let j = k + 2;
  if (tokens[j]?.norm === 'have' || tokens[j]?.norm === 'had' || tokens[j]?.norm === 'has') j += 1;
  if (!REPORTING_MISSING.has(tokens[j]?.norm ?? '') || tokens[j + 1]?.norm !== 'them') return false;
  j += 2;
  if (tokens[j]?.norm === 'as') j += 1;
  return tokens[j]?.norm === 'missing';
}
const REPORTING_MISSING: ReadonlySet<string> = new Set(['reported', 'declared', 'listed', 'registered']);

export const namedDead: CategoryRule = {
  name: RULE.namedDead,
  govern({ tokens }, mention) {
    const k = mention.last + 1;
    if (isIrrealisBefore(tokens, mention.start)) return null;
    const phrase = nounPhraseAfter(tokens, k);
    // "the names of 412 victims", "2,106 named victims"
    const named = tokens[k]?.norm === 'named' && VICTIMS.has(tokens[k + 1]?.norm ?? '');
    if (named || (namesOfBefore(tokens, mention.start) && VICTIMS.has(tokens[phrase.head]?.norm ?? ''))) {
      return { category: 'killed', rule: this.name, confidence: 0.8, actor: named ? { start: k, end: k + 2, head: k + 1 } : phrase };
    }
    // "612 burials of servicemen", "40 burials"
    if (BURIAL_NOUNS.has(tokens[k]?.norm ?? '')) {
      const people = tokens[k + 1]?.norm === 'of' ? nounPhraseAfter(tokens, k + 2) : null;
      if (people && isNonPerson(tokens, people)) return null;
      return { category: 'killed', rule: this.name, confidence: 0.75, actor: people && people.end > people.start ? people : null };
    }
    // "9,740 people whose deaths the group has documented"
    if (phrase.end > phrase.start && !isNonPerson(tokens, phrase) && tokens[phrase.end]?.norm === 'whose'
      && (tokens[phrase.end + 1]?.norm === 'deaths' || tokens[phrase.end + 1]?.norm === 'death')) {
      return { category: 'killed', rule: this.name, confidence: 0.8, actor: phrase };
    }
    // "200 more people whose families have reported them missing": the missing a name list has yet to close.
    if (phrase.end > phrase.start && !isNonPerson(tokens, phrase) && reportedMissing(tokens, phrase.end)) {
      return { category: 'missing', rule: this.name, confidence: 0.75, actor: phrase };
    }
    // "contains 1,061 names", "a further 96 names" in a sentence of the dead
    if (namesOfTheDead(tokens, k)) return { category: 'killed', rule: this.name, confidence: 0.7, actor: { start: k, end: k, head: -1 } };
    return null;
  },
};
