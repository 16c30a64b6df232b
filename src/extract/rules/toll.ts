// "the death toll rose to 50", "death toll tops 340", "the number of injured at 200",
// "the number of those killed ... has risen to 10", "the total of dead ... to 192": a toll noun
// earlier in the clause, linked to the number by "to", "at", "is", "of", "reached".
import type { Category } from '../../figure.js';
import { COPULAS, harmWordCategory, isNonPerson, isPluralOfPeople, nounPhraseAfter } from '../phrases.js';
import type { NounPhrase } from '../phrases.js';
import type { NumberMention } from '../numbers.js';
import { OPENING_QUOTES, type Token } from '../tokens.js';
import { COUNT_MODIFIERS, COUNT_NOUNS, COUNTED_VICTIM_MODIFIERS, KILLING_NOUNS, ESTIMATING_VERBS, HARM_NOUNS, HARMED_PEOPLE, IDENTIFYING_VERBS, MONTHS, NON_PERSON_NOUNS, NUMBERED, OF_NOMINALS, SCALES, PREDICATE_WORDS, TOLL_LINKS, TOLL_NOUNS, TOLL_VERBS_IN_S, TOLLED_THINGS, VICTIMS, WEEKDAYS } from '../vocabulary.js';
import { isModalAt } from './irrealis.js';
import { joinHarms, RULE } from './rule.js';
import type { CategoryRule } from './rule.js';

const MAX_REACH = 48;
/** How many words a gloss in brackets after a toll's noun may take: "(killed and wounded)". */
const MAX_GLOSS = 5;
/** Modals of a guess about the past before "have": "may have exceeded", not "could have been". */
const EPISTEMIC_MODALS: ReadonlySet<string> = new Set(['may', 'might']);
/** Qualifiers that are verbs and so link a toll to its number themselves: "death toll tops 1,000". */
const VERBAL_QUALIFIERS = new Set(['tops', 'topped', 'over', 'above', 'exceeding', 'exceeded', 'surpassed', 'surpassing', 'passed', 'passes', 'crossed']);
/** A qualifier that is a verb of the toll: "passed 500", or a motion past the number, "climbed past 500" (QUALIFIER_PHRASES). */
function isVerbalQualifier(tokens: readonly Token[], start: number): boolean {
  return VERBAL_QUALIFIERS.has(tokens[start]?.norm ?? '') || (tokens[start]?.kind === 'word' && tokens[start + 1]?.norm === 'past');
}

/** Adverbs of time between a toll and its number: "toll now 1,340", "the number of injured, currently 4,500,". */
const NOW_WORDS: ReadonlySet<string> = new Set(['now', 'currently', 'presently']);

/** Words of a day that may stand between two chained toll numbers: "rose to 58 on Wednesday from 41". */
const CHAIN_TIME_WORDS: ReadonlySet<string> = new Set([
  ...WEEKDAYS, 'on', 'by', 'overnight', 'yesterday', 'today', 'tonight', 'late', 'early', 'morning', 'afternoon', 'evening', 'night',
  // Round 14, annual statistics: "rose to 4,812 last year from 4,447", "fell to 90 this year from 120".
  'last', 'this', 'year', 'month', 'week', 'quarter',
]);

/** The category a toll noun at index k counts, or null when it is no toll noun. */
function tollCategory(tokens: readonly Token[], k: number): Category | null {
  const t = tokens[k];
  // "the dead numbered 40", "Total dead numbered c. 1,800", "put the dead at 64 and the injured at 300"
  // Round 14, history books: "Zulu dead were later put at about 1,000": a people's dead, capitalised.
  const opener = tokens[k - 1];
  const ofAPeople = opener?.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(opener.text);
  if (COUNTED_HARMED.has(t.norm) && (DEAD_OPENERS.has(opener?.norm ?? '') || ofAPeople)) return deadCounted(tokens, k) ? PREDICATE_WORDS.get(t.norm) ?? null : null;
  if (!COUNT_NOUNS.has(t.norm)) return null;
  // Round 17: demographers' "excess mortality" is a count of the dead; mortality alone is mostly a rate ("30-day mortality was 12").
  if (t.norm === 'mortality' && (tokens[k - 1]?.norm !== 'excess' || /^(?:rate|ratio)s?$/.test(tokens[k + 1]?.norm ?? ''))) return null;
  const modifier = COUNT_MODIFIERS.get(tokens[k - 1]?.norm ?? '');
  if (modifier) return modifier;
  const toll = TOLL_NOUNS.get(t.norm);
  if (toll) return toll;
  // "number of (people|those) killed", "total of dead", "number of injured"
  if (tokens[k + 1]?.norm !== 'of') return null;
  // Round 17, exhumations: "bringing the number of remains recovered there to 1,095", as "the remains of".
  const remains = OF_NOMINALS.get(`the ${tokens[k + 2]?.norm ?? ''}`);
  if (remains) return remains;
  for (let j = k + 2; j < Math.min(tokens.length, k + 7); j++) {
    const category = harmWordCategory(tokens, j);
    // Round 26, monitors' reports: "the number of children killed or maimed … rose to 11,649": two harms joined, casualties.
    const joiner = tokens[j + 1]?.norm;
    const second = category && (joiner === 'or' || joiner === 'and') ? harmWordCategory(tokens, j + 2) : null;
    if (category) return second ? joinHarms(category, second, joiner!) : category;
  }
  if (VICTIMS.has(tokens[k + 2]?.norm ?? '') && (victimsDead(tokens, k + 3) || victimsOfKilling(tokens, k + 3))) return 'killed';
  // Round 27, name-counting projects: "bringing the total of verified victims to 8,372" (counted one by one, as "identified").
  if (COUNTED_VICTIM_MODIFIERS.has(tokens[k + 2]?.norm ?? '') && VICTIMS.has(tokens[k + 3]?.norm ?? '')) return 'killed';
  return null;
}

/** How far past "victims of" the killing that made them may be named: "victims of the July 1995 massacre". */
const KILLING_REACH = 5;

/** Round 27: "the total of victims of the 1995 massacre": victims of a killing are its dead. */
function victimsOfKilling(tokens: readonly Token[], from: number): boolean {
  if (tokens[from]?.norm !== 'of') return false;
  for (let j = from + 1; j < Math.min(tokens.length, from + 1 + KILLING_REACH); j++) {
    if (KILLING_NOUNS.has(tokens[j]!.norm)) return true;
    if (tokens[j]!.kind === 'punct') return false;
  }
  return false;
}

/** How far past "the number of victims" the death that raised it may be told. */
const VICTIMS_DEATH_REACH = 24;
const DEATH_VERBS: ReadonlySet<string> = new Set(['died', 'succumbed']);

/**
 * Dossier round 9: "the number of victims identified had risen to 143" (victims identified one by one are
 * the dead, as "identified 61 of the victims"); dossier round 8: "raised the number of victims to 10 after a
 * woman wounded in the food court died in hospital" (a death raised it). Victims alone may be the wounded too.
 */
function victimsDead(tokens: readonly Token[], from: number): boolean {
  if (IDENTIFYING_VERBS.has(tokens[from]?.norm ?? '')) return true;
  const after = tokens.findIndex((t, j) => j >= from && j < from + VICTIMS_DEATH_REACH && t.norm === 'after');
  if (after === -1 || tokens.slice(from, after).some((t) => t.text === '.' || t.text === ';')) return false;
  for (let j = after + 1; j < Math.min(tokens.length, after + 12); j++) {
    if (tokens[j]!.text === ',' || tokens[j]!.text === '.' || tokens[j]!.text === ';') return false;
    if (DEATH_VERBS.has(tokens[j]!.norm)) return true;
  }
  return false;
}

/** Words before "the dead" counted as a whole: "the dead numbered 40", "Total dead numbered 1,800". */
const DEAD_OPENERS: ReadonlySet<string> = new Set(['the', 'total']);

/**
 * "Deaths now total 37", "Fatalities rose to 40", "injuries reached 300": a harm noun that is itself
 * the subject of the count, a few words before it and not counted itself ("16,000 deaths").
 */
const SUBJECT_HARM_NOUNS: ReadonlySet<string> = new Set([...HARM_NOUNS].filter((noun) => noun !== 'wounds'));
const MAX_SUBJECT_REACH = 8;
const MAX_ESTIMATED_REACH = 14;
const SUBJECT_LINKS: ReadonlySet<string> = new Set(['to', 'at', 'is', 'was', 'are', 'were', 'reached', 'reaches', 'hit', 'hits', 'stand', 'stands', 'stood', ...NUMBERED]);

/** Round 15, abstracts: "violent deaths accounted for 212": a share of the deaths, counted as deaths. */
function accountedFor(tokens: readonly Token[], start: number): boolean {
  return tokens[start - 1]?.norm === 'for' && ACCOUNTING_VERBS.has(tokens[start - 2]?.norm ?? '');
}
const ACCOUNTING_VERBS: ReadonlySet<string> = new Set(['accounted', 'account', 'accounts', 'accounting']);

function harmNounSubject(tokens: readonly Token[], k: number, start: number): Category | null {
  // Round 17, historians: "Filipino civilian deaths in the war of 1899–1902 were once put at 200,000": an
  // estimating verb before "at" reaches past a longer scope.
  const estimated = tokens[start - 1]?.norm === 'at' && ESTIMATING_VERBS.has(tokens[start - 2]?.norm ?? '');
  if (!SUBJECT_HARM_NOUNS.has(tokens[k].norm) || start - k > (estimated ? MAX_ESTIMATED_REACH : MAX_SUBJECT_REACH)) return null;
  // A verb of counting, not any link: "put the casualties at risk of 3 more raids" counts raids.
  // Round 11: "Deaths surpassed 1,000": a qualifier that is a verb links them itself.
  if (!SUBJECT_LINKS.has(tokens[start - 1]?.norm ?? '') && !isVerbalQualifier(tokens, start) && !accountedFor(tokens, start)) return null;
  const before = tokens[k - 1];
  if (before && (before.kind === 'num' || NOT_SUBJECT_BEFORE.has(before.norm))) return null;
  // One clause: "caused deaths and injuries, and the number of attackers was 12" is no count of injuries.
  for (let j = k + 1; j < start; j++) {
    // The gloss in brackets the caller passed over: "casualties (killed and wounded) at".
    if (tokens[j].text === '(') {
      const close = tokens.findIndex((t, c) => c > j && c <= j + MAX_GLOSS + 1 && t.text === ')');
      if (close !== -1 && close < start) {
        j = close;
        continue;
      }
    }
    if (tokens[j].norm === 'and' || tokens[j].norm === 'or') return null;
    if (tokens[j].text === ',' && !(j === start - 2 && isComparedAt(tokens, k, j))) return null;
  }
  // "in the week to 20 May": a date.
  if (MONTHS.has(tokens[start + 1]?.norm ?? '') || MONTHS.has(tokens[start - 1]?.norm ?? '')) return null;
  return harmWordCategory(tokens, k) ?? null;
}
/**
 * Round 9, reference works: "The defenders' casualties were far lighter, at an estimated 300": a
 * copula and a comparison, then ", at" the number (the comma at `comma`, "at" right after it).
 */
function isComparedAt(tokens: readonly Token[], k: number, comma: number): boolean {
  if (tokens[comma + 1]?.norm !== 'at' || !COPULAS.has(tokens[k + 1]?.norm ?? '')) return false;
  return /(?:er|st)$/.test(tokens[comma - 1]?.norm ?? '') || tokens[comma - 1]?.norm === 'heavy' || tokens[comma - 1]?.norm === 'light';
}

/**
 * Words before a harm noun that make it no subject: it is counted ("no deaths", "dozens of
 * injuries", "more fatalities") or the object of a preposition or verb ("treatment for injuries").
 */
const NOT_SUBJECT_BEFORE: ReadonlySet<string> = new Set([
  'no', 'of', 'more', 'any', 'few', 'several', 'many', 'dozens', 'hundreds', 'thousands', 'some', 'further', 'other', 'new',
  'for', 'with', 'from', 'to', 'in', 'on', 'by', 'without', 'caused', 'causing', 'cause', 'causes', 'reported', 'recorded',
]);

/** The harmed named as a group, by a harm word: "the dead", "the injured", "the missing" (not "the victims"). */
const COUNTED_HARMED: ReadonlySet<string> = new Set([...HARMED_PEOPLE].filter((w) => PREDICATE_WORDS.has(w)));

/**
 * "put the dead at 4,100", "the dead numbered 40": the dead at `k` given a number right after. A
 * second estimate joined to the first takes its verb: "put the number of dead at 64 and the injured
 * at more than 300".
 */
function deadCounted(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1]?.norm ?? '';
  if (NUMBERED.has(next)) return true;
  // Round 13, the passive: "with the dead put at 150 by the army", "the dead estimated at 300".
  // Round 14, with its auxiliary and an adverb: "Zulu dead were later put at about 1,000".
  let verb = k + 1;
  while (verb < k + 4 && PASSIVE_LINKS.has(tokens[verb]?.norm ?? '')) verb += 1;
  if (ESTIMATING_VERBS.has(tokens[verb]?.norm ?? '') && tokens[verb + 1]?.norm === 'at') return true;
  if (next !== 'at') return false;
  if (ESTIMATING_VERBS.has(tokens[k - 2]?.norm ?? '')) return true;
  return tokens[k - 2]?.norm === 'and' && estimatedBefore(tokens, k - 2);
}

/** What may stand between "the dead" and a passive estimating verb: "were later put at", "have since been estimated at". */
const PASSIVE_LINKS: ReadonlySet<string> = new Set(['were', 'was', 'are', 'is', 'have', 'has', 'had', 'been', 'later', 'since', 'officially', 'variously', 'generally', 'usually', 'now']);

/** How far back from "and the injured at" the estimating verb may stand. */
const ESTIMATE_REACH = 18;

/** An estimating verb earlier in the clause, with its own "at" before `and`: "put the dead at 64 and". */
function estimatedBefore(tokens: readonly Token[], and: number): boolean {
  let sawAt = false;
  for (let j = and - 1; j >= Math.max(0, and - ESTIMATE_REACH); j--) {
    const t = tokens[j];
    // Round 14: "put the death toll at 23 — revised from the 26 first announced — and the injured at 104": past a dash aside.
    if (t.kind === 'punct' && t.text !== ',' && t.text !== '—' && t.text !== '–' && !t.glued) return false;
    if (t.norm === 'at') sawAt = true;
    if (ESTIMATING_VERBS.has(t.norm)) return sawAt;
  }
  return false;
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

/** Armies and their members: "losses of the Armed Forces", "enemy losses", "amounted to 190 servicemen". */
const MILITARY_WORDS: ReadonlySet<string> = new Set([
  'enemy', 'military', 'troop', 'army', 'armed', 'forces', 'troops', 'human', 'civilian', 'people', 'persons', 'personnel', 'servicemen', 'soldiers', 'men',
  // Round 9, reference works: sides no demonym ending names ("Soviet losses", "Confederate losses").
  'soviet', 'allied', 'confederate', 'rebel', 'insurgent', 'garrison',
  // Dossier round 8, a naval clash: "raised its own losses to 19 sailors", "The navy said … its losses to 6".
  'navy', 'naval', 'sailors', 'marines', 'airmen',
]);

/**
 * "British losses were 57,470", "Losses of the Armed Forces ... amounted to 40 people": losses are
 * casualties only of people — a people or an army named before the number, or people after it —
 * never the accountants' ("net losses were 12,000", "losses of 287 mln bolivars").
 */
function lossesOfPeople(tokens: readonly Token[], at: number, mention: { start: number; last: number }, phrase: NounPhrase): boolean {
  for (let k = mention.start; k <= mention.last; k++) if (SCALES.has(tokens[k].norm) || tokens[k].text.includes('.')) return false;
  if (phrase.head !== -1 && MILITARY_WORDS.has(tokens[phrase.head].norm)) return true;
  const before = tokens[at - 1];
  if (before && (MILITARY_WORDS.has(before.norm) || /^\p{Lu}\p{Ll}+(?:an|ish|ese|i|ch)$/u.test(before.text))) return true;
  // Round 9: "Russia has lost 1,210 troops over the past day, bringing its total losses … to 712,340":
  // the army's own losses, its people named earlier in the clause.
  if (POSSESSIVE_BEFORE_LOSSES.has(tokens[at - 1]?.norm ?? '') || POSSESSIVE_BEFORE_LOSSES.has(tokens[at - 2]?.norm ?? '')) {
    for (let k = at - 1; k >= Math.max(0, at - LOSSES_REACH); k--) if (MILITARY_WORDS.has(tokens[k].norm)) return true;
  }
  if (tokens[at + 1]?.norm !== 'of') return false;
  // Round 10: "the total losses of the Confederates", "of the Federals": a side named in the plural.
  const side = (t: Token) => MILITARY_WORDS.has(t.norm) || (tokens[at + 2]?.norm === 'the' && /^\p{Lu}\p{Ll}+s$/u.test(t.text));
  for (let k = at + 2; k < Math.min(tokens.length, at + 6); k++) if (side(tokens[k])) return true;
  return false;
}
const POSSESSIVE_BEFORE_LOSSES: ReadonlySet<string> = new Set(['its', 'their']);
/** How far back "its total losses" may find the army whose losses they are. */
const LOSSES_REACH = 12;

/** Round 26, corrections: verbs that state a toll "as" its number, "gave the death toll … as 250", "listed the dead as 12". */
const GIVING_VERBS: ReadonlySet<string> = new Set(['gave', 'give', 'gives', 'given', 'giving', 'listed', 'lists', 'stated', 'states', 'reported', 'reports', 'cited', 'cites', 'misstated', 'misreported']);

/** How far before "as" its verb of giving may stand: "gave the death toll in the Matadi fuel-tanker fire as". */
const GIVING_REACH = 16;
/** A verb of giving in the clause before "as" at `as`: the toll noun the rule finds then stands between or before them. */
function givenBefore(tokens: readonly Token[], as: number): boolean {
  for (let k = as - 1; k >= Math.max(0, as - GIVING_REACH); k--) {
    if (tokens[k]!.text === ';' || tokens[k]!.text === '.') return false;
    if (GIVING_VERBS.has(tokens[k]!.norm)) return true;
  }
  return false;
}

/** Verbs that carry a toll to a number before naming it: "bringing to 148 the number of staff killed". */
const BRINGING_VERBS: ReadonlySet<string> = new Set(['bringing', 'brings', 'brought', 'raising', 'raises', 'raised', 'taking', 'takes', 'took', 'pushing', 'pushes', 'pushed']);

/** "Reports put fatalities at 40", "officials put the deaths at 300": a harm noun estimated at the number. */
function estimatedAt(tokens: readonly Token[], start: number): Category | null {
  const noun = tokens[start - 2];
  if (tokens[start - 1]?.norm === 'at' && noun && HARM_NOUNS.has(noun.norm)) {
    const verb = tokens[start - 3]?.norm === 'the' ? tokens[start - 4] : tokens[start - 3];
    if (ESTIMATING_VERBS.has(verb?.norm ?? '')) return PREDICATE_WORDS.get(noun.norm) ?? null;
  }
  return estimatedInPlace(tokens, start);
}

/** How many words a place between the harm and its range may take: "in the northern province". */
const MAX_PLACE_WORDS = 4;
const PLACE_OPENERS: ReadonlySet<string> = new Set(['in', 'across', 'throughout']);

/**
 * "put excess deaths in the province between 1,800 and 3,400": the estimating verb, its harm noun
 * (after "the" or one word describing it), a place, then the range ("between", or "at").
 */
function estimatedInPlace(tokens: readonly Token[], start: number): Category | null {
  const end = tokens[start - 1]?.norm === 'at' ? start - 1 : start;
  if (end === start && tokens[start]?.norm !== 'between') return null;
  for (let opener = end - 2; opener >= Math.max(1, end - 1 - MAX_PLACE_WORDS); opener--) {
    if (!tokens.slice(opener, end).every((t) => t.kind === 'word')) return null;
    if (!PLACE_OPENERS.has(tokens[opener]!.norm)) continue;
    const noun = tokens[opener - 1]!;
    if (!HARM_NOUNS.has(noun.norm)) return null;
    const before = tokens[opener - 2];
    const verb = before && (before.norm === 'the' || (before.kind === 'word' && !ESTIMATING_VERBS.has(before.norm))) ? tokens[opener - 3] : before;
    return ESTIMATING_VERBS.has(verb?.norm ?? '') ? PREDICATE_WORDS.get(noun.norm) ?? null : null;
  }
  return null;
}

/** "bringing to 148 the number of humanitarian staff killed": the toll named after its number. */
function tollAfter(tokens: readonly Token[], mention: { start: number; last: number }): Category | null {
  if (tokens[mention.start - 1]?.norm !== 'to' || !BRINGING_VERBS.has(tokens[mention.start - 2]?.norm ?? '')) return null;
  if (tokens[mention.last + 1]?.norm !== 'the') return null;
  for (let k = mention.last + 2; k <= mention.last + 3; k++) {
    if (!tokens[k] || tokens[k].kind !== 'word') return null;
    const category = tollCategory(tokens, k);
    if (category) return category;
  }
  return null;
}

/**
 * "the number of Iraqis killed", "the toll of civilians killed": the people a toll noun at k is of,
 * when the number names none after it. Not "the number of deaths" or "of those killed" (no people
 * named), nor things ("the number of homes destroyed").
 */
function peopleOfToll(tokens: readonly Token[], k: number): NounPhrase | null {
  if (tokens[k + 1]?.norm !== 'of' || !COUNT_NOUNS.has(tokens[k].norm)) return null;
  const from = tokens[k + 2]?.norm === 'the' ? k + 3 : k + 2;
  // "its count of dead inmates", "the number of injured pilgrims": the harm before the people.
  if (HARMED_PEOPLE.has(tokens[from]?.norm ?? '') && !HARM_NOUNS.has(tokens[from]!.norm)) return harmedPeople(tokens, from + 1);
  const phrase = nounPhraseAfter(tokens, from);
  if (phrase.head === -1 || phrase.end <= phrase.start || isNonPerson(tokens, phrase)) return null;
  const head = tokens[phrase.head]!.norm;
  if (PREDICATE_WORDS.has(head) || HARM_NOUNS.has(head) || NOT_PEOPLE_OF_TOLL.has(head)) return null;
  // A plural of people ("Iraqis", "civilians", "men"), not an adverb ("the list of potentially missing people").
  if (!isPluralOfPeople(head)) return null;
  // Only people the harm right after them counts: "number of Iraqis killed", not "number of attacks in which 12 died".
  return PREDICATE_WORDS.has(tokens[phrase.end]?.norm ?? '') ? phrase : null;
}
/** "dead inmates", "injured Palestinian civilians": a plural of people after the harm word, one or two words (a demonym first). */
function harmedPeople(tokens: readonly Token[], from: number): NounPhrase | null {
  const plural = (k: number) => tokens[k]?.kind === 'word' && isPluralOfPeople(tokens[k]!.norm)
    && !PREDICATE_WORDS.has(tokens[k]!.norm) && !HARM_NOUNS.has(tokens[k]!.norm) && !NOT_PEOPLE_OF_TOLL.has(tokens[k]!.norm) && !TOLL_VERBS_IN_S.has(tokens[k]!.norm);
  if (/^\p{Lu}/u.test(tokens[from]?.text ?? '') && plural(from + 1)) return { start: from, end: from + 2, head: from + 1 };
  return plural(from) ? { start: from, end: from + 1, head: from } : null;
}
/** Heads after "the number of" that name no one: pronouns and words for a count. */
const NOT_PEOPLE_OF_TOLL: ReadonlySet<string> = new Set(['those', 'them', 'these', 'people', 'persons', 'cases', 'victims', 'as']);

/**
 * "Two S&L failures raise 1987 toll to 10", "the toll of plant closures rose to 12": a bare toll
 * beside failures, closures or layoffs, in a sentence with no harm word, counts them, not people.
 */
function tollOfThings(tokens: readonly Token[], k: number): boolean {
  if (tokens[k].norm !== 'toll' || COUNT_MODIFIERS.has(tokens[k - 1]?.norm ?? '')) return false;
  if (tokens.some((t) => PREDICATE_WORDS.has(t.norm))) return false;
  for (let j = Math.max(0, k - 8); j < Math.min(tokens.length, k + 4); j++) if (TOLLED_THINGS.has(tokens[j].norm)) return true;
  return false;
}

/**
 * Round 14: "the true number of dead is in the hundreds", "the toll ran into the tens of thousands": a
 * vague quantity the toll lies in, after "in" or "into" (and "the"), ending the phrase (not "in the
 * hundreds of villages").
 */
function vagueRangeIn(tokens: readonly Token[], mention: NumberMention): boolean {
  if (mention.qualifier !== 'vague' || tokens[mention.last + 1]?.norm === 'of') return false;
  const before = tokens[mention.start - 1]?.norm === 'the' ? mention.start - 2 : mention.start - 1;
  return tokens[before]?.norm === 'in' || tokens[before]?.norm === 'into';
}

/** How many words the people of a corrected figure may take before "to": "of 12 fighters killed down to 8". */
const MAX_CORRECTED_WORDS = 4;
/** Words of the direction a figure was corrected in, before "to": "revised its figure of 12 down to 8". */
const CORRECTION_DIRECTIONS: ReadonlySet<string> = new Set(['down', 'up', 'downward', 'upward', 'downwards', 'upwards']);

/**
 * Dossier round 10: "corrected its earlier figure of 8 bodies to 9", "revised its figure of 12 fighters
 * killed down to 8": a count noun's earlier number with its people, then "to" the number it became. The
 * earlier number (from `earlier` to `earlierLast`) follows "<count noun> of"; between it and the new one
 * (at `start`) only its people, a word of harm, a direction and "to". Returns the earlier number's
 * people, which the new one counts too, or null.
 */
function correctedFigure(tokens: readonly Token[], earlier: number, earlierLast: number, start: number): NounPhrase | 'unnamed' | null {
  if (tokens[earlier - 1]?.norm !== 'of' || !COUNT_NOUNS.has(tokens[earlier - 2]?.norm ?? '') || tokens[start - 1]?.norm !== 'to') return null;
  let end = start - 1;
  if (CORRECTION_DIRECTIONS.has(tokens[end - 1]?.norm ?? '')) end -= 1;
  if (end - earlierLast - 1 > MAX_CORRECTED_WORDS) return null;
  const phrase = nounPhraseAfter(tokens, earlierLast + 1);
  const named = phrase.head !== -1 && phrase.start === earlierLast + 1 && phrase.end <= end;
  if (named && isNonPerson(tokens, phrase)) return null;
  // "of 61 dead to 57", "of 12 down to 8": no people named, only a word of harm or nothing.
  for (let j = named ? phrase.end : earlierLast + 1; j < end; j++) if (!PREDICATE_WORDS.has(tokens[j]!.norm)) return null;
  return named ? phrase : 'unnamed';
}

export const toll: CategoryRule = {
  name: RULE.toll,
  govern({ tokens, mentions }, mention) {
    const inverted = tollAfter(tokens, mention) ?? estimatedAt(tokens, mention.start);
    if (inverted) return { category: inverted, rule: this.name, confidence: 0.8, actor: null };
    // "put the toll at 'between 100 and 300'": a quotation mark opens the words quoted, not a clause.
    const start = OPENING_QUOTES.has(tokens[mention.start - 1]?.text ?? '') ? mention.start - 1 : mention.start;
    // Round 10, live updates: "quake toll now 1,340": an adverb of time between the toll and its number.
    const now = NOW_WORDS.has(tokens[start - 1]?.norm ?? '') && start > 1;
    const link = tokens[now ? start - 2 : start - 1];
    const direct = link && tollCategory(tokens, now ? start - 2 : start - 1);
    // Round 18, briefings: "the number of injured, currently 4,500, is an undercount": the count set off as an aside.
    const aside = now && link?.text === ',' && tokens[mention.last + 1]?.text === ',';
    const verbalQualifier = isVerbalQualifier(tokens, mention.start);
    // Round 26, corrections: "gave the death toll in the fire as 250", "the number of injured, which the office gave as 17".
    const givenAs = link?.norm === 'as' && givenBefore(tokens, start - 1);
    if (!direct && !aside && !verbalQualifier && !givenAs && !(link && TOLL_LINKS.has(link.norm)) && !risesBy(tokens, start) && !vagueRangeIn(tokens, mention) && !accountedFor(tokens, start)) return null;
    const otherNumbers = new Map(mentions.filter((m) => m !== mention).map((m) => [m.last, m.start]));
    let chainStart = start;
    let correctedActor: NounPhrase | null = null;
    for (let k = start - 1; k >= Math.max(0, start - MAX_REACH); k--) {
      const t = tokens[k];
      if (t.kind === 'punct' && (t.text === ';' || t.text === '.' || t.text === '?' || t.text === '!') && !t.glued) return null;
      // Round 19, analytic briefs: "put Russian military casualties (killed and wounded) at more than 300,000": a gloss
      // in brackets after the toll's noun is passed over whole.
      if (t.text === ')') {
        let open = k - 1;
        while (open > k - MAX_GLOSS && open > 0 && tokens[open].kind === 'word') open -= 1;
        if (tokens[open]?.text === '(') {
          k = open;
          continue;
        }
      }
      // "the toll may have exceeded 5,000" reports an uncertain past (round 11); "may reach" is a
      // forecast, "could have been 300" a counterfactual.
      if (isModalAt(tokens, k) && !(EPISTEMIC_MODALS.has(tokens[k].norm) && tokens[k + 1]?.norm === 'have')) return null;
      const category = tollCategory(tokens, k) ?? harmNounSubject(tokens, k, chainStart);
      if (category) {
        const phrase = nounPhraseAfter(tokens, mention.last + 1);
        if (tokens[k].norm === 'losses' && !lossesOfPeople(tokens, k, mention, phrase)) return null;
        if (tollOfThings(tokens, k)) return null;
        // "the total of cattle slaughtered is 1,032,300 head"
        if (isNonPerson(tokens, phrase)) return null;
        return { category, rule: this.name, confidence: 0.85, actor: phrase.end > phrase.start ? phrase : correctedActor ?? peopleOfToll(tokens, k) };
      }
      // The nearest toll wins: another figure in between has its own, unless the two are one
      // chain of links ("rose to 50 from 38").
      const otherStart = otherNumbers.get(k);
      // Round 18: "The combined death toll in the two countries passed 1,000": a count of things in the toll's
      // own scope is no figure between the toll and its number.
      if (otherStart !== undefined && NON_PERSON_NOUNS.has(tokens[k + 1]?.norm ?? '')) continue;
      if (otherStart !== undefined) {
        // "rose to 58 on Wednesday from 41", "to 87 overnight from 80": a day named between the links.
        // Round 13, monthly trackers: "fell to 97 in May from 134", a month named the same way.
        const chained = tokens.slice(k + 1, mention.start).every((t, j, between) => TOLL_LINKS.has(t.norm) || CHAIN_TIME_WORDS.has(t.norm)
          || MONTHS.has(t.norm) || (t.norm === 'in' && MONTHS.has(between[j + 1]?.norm ?? '')));
        const corrected = !chained && correctedFigure(tokens, otherStart, k, mention.start);
        if (!chained && !corrected) return null;
        if (corrected && corrected !== 'unnamed') correctedActor = corrected;
        k = otherStart;
        // "Deaths rose to 58 from 41": the harm noun is the subject of the chain's first number.
        chainStart = otherStart;
      }
    }
    return null;
  },
};
