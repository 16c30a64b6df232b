// "the death toll rose to 50", "death toll tops 340", "the number of injured at 200",
// "the number of those killed ... has risen to 10", "the total of dead ... to 192": a toll noun
// earlier in the clause, linked to the number by "to", "at", "is", "of", "reached".
import type { Category } from '../../figure.js';
import { isNonPerson, nounPhraseAfter } from '../phrases.js';
import type { Token } from '../tokens.js';
import { COUNT_MODIFIERS, COUNT_NOUNS, ESTIMATING_VERBS, NUMBERED, PREDICATE_WORDS, TOLL_LINKS, TOLL_NOUNS } from '../vocabulary.js';
import { isModalAt } from './irrealis.js';
import { RULE } from './rule.js';
import type { CategoryRule } from './rule.js';

const MAX_REACH = 48;
const LISTING_VERBS = new Set(['included', 'include', 'includes']);
const BE = new Set(['were', 'was', 'are', 'is']);
const OPENING_QUOTES = new Set(["'", '"', '‘', '“']);
/** Qualifiers that are verbs and so link a toll to its number themselves: "death toll tops 1,000". */
const VERBAL_QUALIFIERS = new Set(['tops', 'topped', 'over', 'above', 'exceeding']);

/** The category a toll noun at index k counts, or null when it is no toll noun. */
function tollCategory(tokens: readonly Token[], k: number): Category | null {
  const t = tokens[k];
  if (t.norm === 'dead' && tokens[k - 1]?.norm === 'the' && deadCounted(tokens, k)) return 'killed';
  // "Among the dead were 12 children", "the injured included 3 journalists": the people of a harm, listed.
  const listed = tokens[k - 1]?.norm === 'the' && PREDICATE_WORDS.get(t.norm);
  if (listed && (LISTING_VERBS.has(tokens[k + 1]?.norm ?? '') || (tokens[k - 2]?.norm === 'among' && BE.has(tokens[k + 1]?.norm ?? '')))) return listed;
  if (t.norm === 'dead') return null;
  if (!COUNT_NOUNS.has(t.norm)) return null;
  const modifier = COUNT_MODIFIERS.get(tokens[k - 1]?.norm ?? '');
  if (modifier) return modifier;
  const toll = TOLL_NOUNS.get(t.norm);
  if (toll) return toll;
  // "number of (people|those) killed", "total of dead", "number of injured"
  if (tokens[k + 1]?.norm !== 'of') return null;
  for (let j = k + 2; j < Math.min(tokens.length, k + 7); j++) {
    const category = PREDICATE_WORDS.get(tokens[j].norm);
    if (category) return category;
  }
  return null;
}

/** "put the dead at 4,100", "the dead numbered 40": the dead at `k` given a number right after. */
function deadCounted(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1]?.norm ?? '';
  return NUMBERED.has(next) || (next === 'at' && ESTIMATING_VERBS.has(tokens[k - 2]?.norm ?? ''));
}

/** Verbs by which a toll grows: "the toll rose by 50", "increases the death toll by 50,000" (the new deaths). */
const RISE_VERBS: ReadonlySet<string> = new Set([
  'rose', 'risen', 'rises', 'rise', 'rising', 'increased', 'increases', 'increase', 'increasing', 'raised', 'raises', 'raising',
  'climbed', 'climbs', 'jumped', 'jumps', 'grew', 'grown', 'grows', 'swelled', 'pushed', 'pushes', 'pushing', 'went', 'gone',
]);

/** "by" after a rise verb a few words back: "rose by", "increases the death toll by". */
function risesBy(tokens: readonly Token[], start: number): boolean {
  if (tokens[start - 1]?.norm !== 'by') return false;
  for (let k = start - 2; k >= Math.max(0, start - 7); k--) {
    if (RISE_VERBS.has(tokens[k].norm)) return true;
    if (tokens[k].kind === 'punct' && tokens[k].text !== "'" && tokens[k].text !== '’') return false;
  }
  return false;
}

export const toll: CategoryRule = {
  name: RULE.toll,
  govern({ tokens, mentions }, mention) {
    // "put the toll at 'between 100 and 300'": a quotation mark opens the words quoted, not a clause.
    const start = OPENING_QUOTES.has(tokens[mention.start - 1]?.text ?? '') ? mention.start - 1 : mention.start;
    const link = tokens[start - 1];
    const direct = link && tollCategory(tokens, start - 1);
    const verbalQualifier = VERBAL_QUALIFIERS.has(tokens[mention.start].norm);
    if (!direct && !verbalQualifier && !(link && TOLL_LINKS.has(link.norm)) && !risesBy(tokens, start)) return null;
    const otherNumbers = new Map(mentions.filter((m) => m !== mention).map((m) => [m.last, m.start]));
    for (let k = start - 1; k >= Math.max(0, start - MAX_REACH); k--) {
      const t = tokens[k];
      if (t.kind === 'punct' && (t.text === ';' || t.text === '.' || t.text === '?' || t.text === '!') && !t.glued) return null;
      if (isModalAt(tokens, k)) return null;
      const category = tollCategory(tokens, k);
      if (category) {
        const phrase = nounPhraseAfter(tokens, mention.last + 1);
        // "the total of cattle slaughtered is 1,032,300 head"
        if (isNonPerson(tokens, phrase)) return null;
        return { category, rule: this.name, confidence: 0.85, actor: phrase.end > phrase.start ? phrase : null };
      }
      // The nearest toll wins: another figure in between has its own, unless the two are one
      // chain of links ("rose to 50 from 38").
      const otherStart = otherNumbers.get(k);
      if (otherStart !== undefined) {
        const chained = tokens.slice(k + 1, mention.start).every((t) => TOLL_LINKS.has(t.norm));
        if (!chained) return null;
        k = otherStart;
      }
    }
    return null;
  },
};
