// "two people were killed", "160 were missing", "6 wounded and 6 dead", "16,000 deaths",
// "two French journalists held hostage", "sweeping four people to their deaths": the number heads a
// phrase of people that a harm predicate follows, through linking words ("were reportedly", "who had been").
import type { Category } from '../../figure.js';
import { abbreviationEnd, afterCount, COUNT_WORDS, dayPeriodAt, DETERMINERS, harmWordCategory, isAcronymAt, isFighterNoun, isNonPerson, isRecordingAt, nounPhraseAfter } from '../phrases.js';
import type { NounPhrase } from '../phrases.js';
import type { NumberMention } from '../numbers.js';
import type { Token } from '../tokens.js';
import { OPENING_QUOTES, QUOTE_MARKS, QUOTE_PAIRS, wordsAt } from '../tokens.js';
import {
  ACTOR_NOUNS_THAT_ARE_PREDICATES, TAKEN_PEOPLE, BATTLE_WORDS, CAPITALS_ONLY, SEARCH_VERBS, SOUGHT_NOT_LOST, CAPTIVITY_NOUNS, CAUSE_MODIFIERS, COMBATANT_NOUNS, COMBAT_VERBS, COUNT_MODIFIERS, DEAD_BODIES, DEGREE_ADVERBS, ESCAPE_VERBS, EXPLOSIVE_HAZARDS, FALLEN_PEOPLE, FALLING_VERBS, FATAL_WHOLES, HARMFUL_EVENTS, HARM_NOUNS, HOSPITALS, IDENTIFYING_VERBS, INJURY_ADJECTIVES, INJURY_NOUNS, IRREGULAR_PARTICIPLES, IRREGULAR_PASTS, JOINED_DYING_VERBS, LINKING_WORDS, LIVES, MEASURE_WORDS, NON_PERSON_NOUNS, NONLETHAL_WRONGS, NOT_FALLEN, PHRASAL_VERBS, PLACE_KINDS, PREDICATE_PHRASES, PREDICATE_WORDS, PUT_FORMS, QUALIFIER_PHRASES, RELEASE_VERBS, RESCUE_PARTICLES, ROLE_PLAYING_VERBS, SAY_VERBS, SEVERITY_JOINERS, TENS, TO_DEATH_PARTICIPLES, TO_DEATH_VERBS, TRANSITIVE_VERBS, UNITS, VESSEL_NOUNS, VICTIMS, KILLING_NOUNS,
} from '../vocabulary.js';
import { isIrrealisBefore, isModalAt } from './irrealis.js';
import { joinHarms, RULE } from './rule.js';
import type { CategoryRule, Governor } from './rule.js';

/** Pronouns of a bare partitive after a count: "40 of them", "12 of whom". */
const BARE_PARTITIVES = new Set(['them', 'whom']);
/** How many words may name the disease after the cases: "cases of Sudan virus disease". */
const MAX_DISEASE_WORDS = 4;

/** Cases (FATAL_WHOLES) ending at `k`, or before an "of" and a disease's few words ending there. */
function casesBefore(tokens: readonly Token[], k: number): boolean {
  if (FATAL_WHOLES.has(tokens[k]?.norm ?? '')) return true;
  for (let j = k; j > k - MAX_DISEASE_WORDS && tokens[j]?.kind === 'word'; j--) {
    if (tokens[j - 1]?.norm === 'of') return FATAL_WHOLES.has(tokens[j - 2]?.norm ?? '');
  }
  return false;
}
// Round 12: "two soldiers, having fought gallantly, embraced shahadat": a perfect participle's aside.
// Round 16: "Two shepherd boys, aged 11 and 13, were killed": their ages set off by commas.
// Round 21: "one of the 25 crew, an electrician, was killed": an appositive naming who the one was.
const INSERT_OPENERS = new Set(['including', 'mainly', 'mostly', 'among', 'many', 'most', 'half', 'all', 'some', 'both', 'having', 'aged', 'a', 'an']);
/** "Thousands, though, remain missing", "12 people, officials said, were killed": asides of the writer. */
const DISCOURSE_WORDS = new Set(['though', 'however', 'meanwhile', 'too', 'also', 'moreover', 'officials', 'police', 'according']);
const DASHES = new Set(['-', '–', '—']);
const PLACE_PREPOSITIONS = new Set(['in', 'from', 'at', 'near']);
/** Lower-case particles inside a name: "Jabhat al-Nusra", "Abu Bakr al Baghdadi", "Pablo de la Cruz". */
const NAME_PARTICLES = /^(?:al|el|ad|as|bin|ibn|bint|abu|de|del|la|van|von|der|du)(?:-|$)/;
const FINITE_AUXILIARIES = new Set(['were', 'was', 'are', 'is', 'have', 'has', 'had']);
const MAX_LINKS = 6;
/** How far a finite "have been killed" may stand after a long modifier of the people. */
const MAX_MODIFIER_REACH = 12;

interface Predicate {
  category: Category;
  /** Index of the predicate's first word, and just past its last. */
  start: number;
  end: number;
}

function predicateAt(tokens: readonly Token[], k: number): Predicate | null {
  for (const phrase of PREDICATE_PHRASES) {
    if (!wordsAt(tokens, k, phrase.words)) continue;
    // "sentenced to death" is a verdict, not a death: "to death" needs a way of dying before it.
    if (phrase.words[0] === 'to' && phrase.words[1] === 'death' && !TO_DEATH_VERBS.has(tokens[k - 1]?.norm ?? '')
      && !TO_DEATH_PARTICIPLES.has(tokens[k - 1]?.norm ?? '')) continue;
    // "put to the sword", never "took to the sword" or "the path to the sword".
    if (phrase.words[2] === 'sword' && !PUT_FORMS.has(tokens[k - 1]?.norm ?? '')) continue;
    // Round 19: "Eleven did not survive." but not "three amendments did not survive the vote": no object after.
    if (phrase.words.at(-1) === 'survive' && !endsClause(tokens, k + phrase.words.length)) continue;
    // Round 21: "eight people were never found." but not "were never found guilty", "never found to be at fault".
    if (phrase.words[0] === 'never' && !endsClause(tokens, k + phrase.words.length)) continue;
    return { category: phrase.category, start: k, end: k + phrase.words.length };
  }
  const care = inHospitalCare(tokens, k);
  if (care) return care;
  const category = harmWordCategory(tokens, k);
  if (!category || (tokens[k].norm === 'death' && !isCountedDeath(tokens, k))) return null;
  if ((tokens[k].norm === 'death' || INJURY_NOUNS.has(tokens[k].norm)) && isEscapedHarm(tokens, k)) return null;
  // "three suspects were captured on CCTV": an image taken, no one held.
  if (tokens[k].norm === 'captured' && isRecordingAt(tokens, k + 1)) return null;
  if (CAPITALS_ONLY.has(tokens[k].norm) && !SHORTHAND_IN_CAPITALS.test(tokens[k].text)) return null;
  return { category, start: k, end: k + 1 };
}

/** Participles of care whose subject is the hurt: never "taken" or "brought", which carry the dead's bodies too. */
const CARE_PARTICIPLES: ReadonlySet<string> = new Set(['treated', 'admitted']);
/** What may stand between "in"/"at"/"to" and the hospital: "in local hospitals", "at two city hospitals". */
const HOSPITAL_MODIFIERS: ReadonlySet<string> = new Set([
  'the', 'a', 'local', 'nearby', 'several', 'various', 'different', 'area', 'city', 'district', 'regional', 'provincial',
  'two', 'three', 'four', 'five', 'military', 'government', 'state', 'public', 'private', 'field', 'other',
]);
const MAX_HOSPITAL_MODIFIERS = 2;

/**
 * Wire copy after fires, blasts and crashes: "27 people were being treated in hospitals", "were treated at local
 * hospitals", "were admitted to two city hospitals": people in a hospital's care after the event are the
 * hurt, as "hospitalised" (a plain "admitted to hospital" is a phrase of its own). Only "treated" and
 * "admitted" (bodies are "taken" or "brought" to a hospital), and only before "in"/"at"/"to" and a hospital
 * at most two modifiers on ("treated in hospital for cholera" stays a patient's, by the rule for "for").
 */
function inHospitalCare(tokens: readonly Token[], k: number): Predicate | null {
  if (!CARE_PARTICIPLES.has(tokens[k]?.norm ?? '')) return null;
  const preposition = tokens[k + 1]?.norm;
  if (preposition !== 'in' && preposition !== 'at' && preposition !== 'to') return null;
  let j = k + 2;
  while (j < k + 2 + MAX_HOSPITAL_MODIFIERS && HOSPITAL_MODIFIERS.has(tokens[j]?.norm ?? '')) j += 1;
  if (!HOSPITALS.has(tokens[j]?.norm ?? '') || tokens[j]!.norm.startsWith('hospitali')) return null;
  // "treated in hospital for typhoid": an illness named after it is no injury (injuriesAt reads "for" injuries).
  if (tokens[j + 1]?.norm === 'for') return null;
  return { category: 'wounded', start: k, end: j + 1 };
}

/** Nothing after a verb but punctuation, a preposition or a time: "did not survive, doctors said", "… survive in hospital". */
function endsClause(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k];
  return next === undefined || next.kind === 'punct' || NOT_OBJECTS.has(next.norm);
}

/**
 * "one death", "resulting in 1 death", "a second death was reported": singular "death" after a count,
 * but not "death sentence", "death toll", "the death of", "put to death".
 */
function isCountedDeath(tokens: readonly Token[], k: number): boolean {
  const after = tokens[k + 1];
  if (after && (after.kind === 'word' ? !DEATH_FOLLOWERS.has(after.norm) : after.text === '-')) return false;
  const before = tokens[k - 1];
  return before !== undefined && (before.kind === 'num' || before.kind === 'word' && !FUNCTION_BEFORE_DEATH.has(before.norm));
}
/**
 * "escaped death", "escaped serious injury", "cheated certain death", "walked away without injury": the
 * harm noun at k names what did not happen to them.
 */
function isEscapedHarm(tokens: readonly Token[], k: number): boolean {
  let j = k - 1;
  while (j > k - 3 && (isSeverity(tokens[j]?.norm ?? '') || tokens[j]?.norm === 'certain' || tokens[j]?.norm === 'any')) j -= 1;
  const before = tokens[j]?.norm ?? '';
  return ESCAPE_VERBS.has(before) || before === 'without';
}

/** Words that may follow a counted "death": a clause goes on, no compound noun is being built. */
const DEATH_FOLLOWERS = new Set([
  'was', 'is', 'has', 'had', 'were', 'in', 'at', 'on', 'from', 'and', 'or', 'so', 'since', 'after', 'among',
  'due', 'linked', 'attributed', 'related', 'reported', 'recorded', 'confirmed', 'each', 'per', 'as', 'this', 'last',
]);
const FUNCTION_BEFORE_DEATH = new Set(['to', 'the', 'his', 'her', 'their', 'its', 'a', 'of', 'no', 'own', 'sudden', 'brutal']);

/** "killed or wounded", "dead or missing", "killed, wounded or captured": several harms, one number. */
function widenOverJoinedPredicates(tokens: readonly Token[], first: Predicate): Predicate {
  let result = first;
  for (;;) {
    const joiner = tokens[result.end];
    if (!joiner || !(joiner.norm === 'or' || joiner.norm === 'and' || joiner.text === ',' || joiner.text === '/')) return result;
    let k = result.end + 1;
    // "died or were missing", "killed or presumed dead": a few links may open the second predicate.
    while (k < result.end + 4 && (JOINED_LINKS.has(tokens[k]?.norm ?? ''))) k += 1;
    const next = predicateAt(tokens, k);
    if (!next || takesOwnCount(tokens, result, next)) return result;
    result = { category: joinHarms(result.category, next.category, joiner.norm), start: result.start, end: next.end };
  }
}

/**
 * Round 18, loss databases: "caused 370 fatalities and injured more than 6,000": after a harm noun, a harm verb
 * with a count of its own starts a second figure and joins no harm to the first (two verbs share their
 * object: "One strike killed and wounded 18 militants").
 */
function takesOwnCount(tokens: readonly Token[], first: Predicate, predicate: Predicate): boolean {
  if (!HARM_NOUNS.has(tokens[first.end - 1].norm)) return false;
  if (predicate.end !== predicate.start + 1 || !TRANSITIVE_VERBS.has(tokens[predicate.start].norm)) return false;
  const after = tokens[predicate.end];
  return after?.kind === 'num' || QUALIFIER_PHRASES.some((phrase) => wordsAt(tokens, predicate.end, phrase.words));
}

const JOINED_LINKS = new Set([
  'presumed', 'otherwise', 'were', 'was', 'are', 'is', 'have', 'has', 'been', 'later', 'then', 'subsequently',
  // Round 14, road-safety statistics and migrant tallies: "killed or seriously injured", "died or gone missing".
  ...DEGREE_ADVERBS, 'gone', 'went', 'go', 'going',
]);

/** Skip ", including four policemen," or "- four men and two women -": an aside about the same people. */
function skipInsert(tokens: readonly Token[], k: number): number {
  const open = tokens[k];
  if (!open) return k;
  const isParenthesis = open.text === '(' || open.text === '[';
  const isComma = open.text === ',';
  const isDash = DASHES.has(open.text) && !open.glued;
  if (open.norm === 'including') return skipUnclosed(tokens, k, k + 1);
  if (!isComma && !isDash && !isParenthesis) return k;
  if (isComma && !INSERT_OPENERS.has(tokens[k + 1]?.norm ?? '') && !isDiscourse(tokens, k + 1) && !isPartitiveAside(tokens, k + 1) && !leftOutAside(tokens, k + 1)) return k;
  // "(including an officer)", "(two of them officers)", "— most of them conscripts —": any aside
  // in brackets or dashes, unless it holds a harm of its own.
  for (let j = k + 1; j < Math.min(tokens.length, k + 14); j++) {
    const t = tokens[j];
    if (t.text === '.' && !t.glued) break;
    if (!isComma && predicateAt(tokens, j)) break;
    if ((isComma && t.text === ',') || (isParenthesis && (t.text === ')' || t.text === ']')) || (isDash && DASHES.has(t.text))) return j + 1;
  }
  // ", including 33 children were wounded": an aside the writer never closed.
  return tokens[k + 1]?.norm === 'including' ? skipUnclosed(tokens, k, k + 2) : k;
}

/**
 * Dossier round 8: "9 people, not including the shooter, had died", "25 people, excluding the attacker,
 * were killed": an aside of who is left out of the same count.
 */
function leftOutAside(tokens: readonly Token[], k: number): boolean {
  const word = tokens[k]?.norm;
  return word === 'excluding' || (word === 'not' && (tokens[k + 1]?.norm === 'including' || tokens[k + 1]?.norm === 'counting'));
}

/**
 * Past an unclosed "including" aside from `from`, to the predicate it shares; `k` when the harm
 * reached is a noun that counts the aside's own number (round 11: "23,418 cases, including 412 deaths").
 */
function skipUnclosed(tokens: readonly Token[], k: number, from: number): number {
  const j = skipUntilLink(tokens, from);
  return HARM_NOUNS.has(tokens[j]?.norm ?? '') ? k : j;
}

/**
 * Round 14, fact-checks: "a viral post claims 'over 100,000 civilians' died": the count and its people in
 * quotation marks, the predicate after the closing mark. `k` past that mark when the mark before the
 * count at `start` opened it; `k` otherwise.
 */
function pastClosingQuote(tokens: readonly Token[], start: number, k: number): number {
  const close = QUOTE_PAIRS.get(tokens[start - 1]?.text ?? '');
  if (close === undefined || tokens[k]?.text !== close) return k;
  // Not a title in quotes, "the song 'Seven Nation Army' died out": every word capitalised. A people's
  // name may be ("'dozens of Christians' were killed", round 15), with the small words of a phrase.
  const words = tokens.slice(start, k).filter((t) => t.kind === 'word');
  const title = words.length > 1 && words.every((t) => /^\p{Lu}/u.test(t.text));
  return title ? k : k + 1;
}

/** "victims of the fraud", "victims of a Ponzi scheme" at `k` (the token after "victims"): of a wrong that kills no one. */
function victimsOfNonlethalWrong(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.norm !== 'of') return false;
  const first = tokens[k + 1]?.norm === 'the' || tokens[k + 1]?.norm === 'a' || tokens[k + 1]?.norm === 'an' ? k + 2 : k + 1;
  return NONLETHAL_WRONGS.has(tokens[first]?.norm ?? '') || NONLETHAL_WRONGS.has(tokens[first + 1]?.norm ?? '');
}

/** How far back the dash that opens a breakdown may stand: "All 52 on board - 48 passengers and four crew - died". */
const MAX_DASH_ASIDE = 12;

/**
 * Round 12: "all 68 occupants - 64 passengers and four crew - died": counts inside an aside between
 * dashes share the predicate after the closing dash. `k` past that dash when a spaced dash opened the
 * aside before the count at `start`; `k` otherwise.
 */
function pastClosingDash(tokens: readonly Token[], start: number, k: number): number {
  const close = tokens[k];
  if (!close || !DASHES.has(close.text) || close.glued) return k;
  for (let j = start - 1; j >= Math.max(0, start - MAX_DASH_ASIDE); j--) {
    const t = tokens[j];
    if (DASHES.has(t.text) && !t.glued) return k + 1;
    if (t.text === '.' || t.text === ';' || t.text === ':') break;
  }
  return k;
}

/** ", though,", ", officials said,", ", according to police,": a short aside that is no part of the people. */
function isDiscourse(tokens: readonly Token[], k: number): boolean {
  if (DISCOURSE_WORDS.has(tokens[k]?.norm ?? '')) return true;
  for (let j = k; j < Math.min(tokens.length, k + 5); j++) {
    if (tokens[j].text === ',') return j > k && SAY_VERBS.has(tokens[j - 1].norm);
    if (tokens[j].kind !== 'word') return false;
  }
  return false;
}

/** Round 14: "Five people, two of them children, were killed": a count of some of them opens the aside. */
function isPartitiveAside(tokens: readonly Token[], k: number): boolean {
  const count = tokens[k];
  const isCount = count?.kind === 'num' || UNITS.has(count?.norm ?? '') || TENS.has(count?.norm ?? '');
  return isCount && tokens[k + 1]?.norm === 'of' && BARE_PARTITIVES.has(tokens[k + 2]?.norm ?? '');
}

/** After "including four policemen", continue where the linking words start. */
function skipUntilLink(tokens: readonly Token[], k: number): number {
  for (let j = k; j < Math.min(tokens.length, k + 12); j++) {
    if (LINKING_WORDS.has(tokens[j].norm) || predicateAt(tokens, j)) return j;
    if (tokens[j].kind === 'punct' && tokens[j].text !== '.' && tokens[j].text !== '-') return j;
  }
  return k;
}

/** "two people and others were hurt", "and many more": other people, who have a count of their own or none. */
const UNCOUNTED_OTHERS: ReadonlySet<string> = new Set(['others', 'other', 'more', 'many', 'some', 'several', 'most', 'all', 'dozens', 'hundreds', 'thousands', 'scores']);

/**
 * "two women and a child were killed": one more person, with no count of their own, before the
 * predicate. Round 11: "took 132 guests and staff hostage", "12 soldiers and police were killed":
 * more people with no count, whom the one count covers too (one or two words, no number word).
 */
function skipSingle(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.norm !== 'and') return k;
  const article = tokens[k + 1]?.norm === 'a' || tokens[k + 1]?.norm === 'an';
  const from = article ? k + 2 : k + 1;
  for (let j = from; j < Math.min(tokens.length, article ? k + 5 : k + 4); j++) {
    if (tokens[j].kind !== 'word' || (!article && (UNITS.has(tokens[j].norm) || TENS.has(tokens[j].norm)))) return k;
    if (LINKING_WORDS.has(tokens[j].norm) || predicateAt(tokens, j)) return j > from ? j : k;
    if (!article && (!/^\p{Ll}[\p{Ll}-]*$/u.test(tokens[j].text) || UNCOUNTED_OTHERS.has(tokens[j].norm) || DETERMINERS.has(tokens[j].norm))) return k;
  }
  return k;
}

/** "people from Scotland", "fighters from Jabhat al-Nusra", "everyone on board the ferry": a place after the people. */
function skipPlace(tokens: readonly Token[], k: number): number {
  const aboard = tokens[k]?.norm === 'aboard' ? k + 1 : tokens[k]?.norm === 'on' && tokens[k + 1]?.norm === 'board' ? k + 2 : -1;
  if (aboard !== -1) return skipVessel(tokens, aboard);
  // Round 12, air accident reports: "two people on the ground suffered minor injuries" (bystanders).
  if (tokens[k]?.norm === 'on' && tokens[k + 1]?.norm === 'the' && tokens[k + 2]?.norm === 'ground') return k + 3;
  if (!PLACE_PREPOSITIONS.has(tokens[k]?.norm ?? '')) return k;
  // Round 22: "23 fishermen from two trawlers were still missing", "ten workers from three factories were killed": a count of
  // the things the people came from, with up to two words of its own, before the predicate.
  const things = pastCountedThings(tokens, k + 1);
  if (things !== -1) return things;
  let j = k + 1;
  if (tokens[j]?.norm === 'the') j += 1;
  const start = j;
  while (j < tokens.length && j < start + 4 && tokens[j].kind === 'word' && isNameWord(tokens[j])) j += 1;
  // "in Donetsk republic", "from Kharkiv region": the kind of place after its name.
  if (j > start && PLACE_KINDS.has(tokens[j]?.norm ?? '')) j += 1;
  return j > start ? j : k;
}

/** Just past "two trawlers", "three garment factories" at k (a count, then one or two plain words, then a link or a harm), or -1. */
function pastCountedThings(tokens: readonly Token[], k: number): number {
  const count = tokens[k];
  if (!count || !(count.kind === 'num' || UNITS.has(count.norm) || TENS.has(count.norm))) return -1;
  let j = k + 1;
  while (j < k + 3 && isThingWord(tokens, j)) j += 1;
  return j > k + 1 && (LINKING_WORDS.has(tokens[j]?.norm ?? '') || predicateAt(tokens, j) !== null) ? j : -1;
}

/** A plain lower-case word that is neither a link nor a harm: "trawlers", "garment". */
function isThingWord(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  return t !== undefined && t.kind === 'word' && /^\p{Ll}[\p{Ll}-]*$/u.test(t.text) && !LINKING_WORDS.has(t.norm) && !predicateAt(tokens, j);
}

/**
 * Round 22: the count of "two trawlers" in "23 fishermen from two trawlers were still missing": the things a counted
 * people came from (a count, one or two plain words, a preposition of place, one or two words and this count) are no
 * harmed of their own.
 */
function countsWherePeopleCameFrom(tokens: readonly Token[], mentions: readonly NumberMention[], mention: NumberMention): boolean {
  if (!PLACE_PREPOSITIONS.has(tokens[mention.start - 1]?.norm ?? '') || !isThingWord(tokens, mention.start - 2)) return false;
  const people = mentions.find((m) => m !== mention && (m.last === mention.start - 3 || (m.last === mention.start - 4 && isThingWord(tokens, mention.start - 3))));
  return people !== undefined && pastCountedThings(tokens, mention.first) !== -1;
}

function isNameWord(t: Token): boolean {
  return /^\p{Lu}/u.test(t.text) || NAME_PARTICLES.test(t.text);
}

/** "on board", "aboard the ferry", "on board Flight 17": the vehicle, if named, is part of the place. */
function skipVessel(tokens: readonly Token[], k: number): number {
  let j = k;
  if (tokens[j]?.norm === 'the' || tokens[j]?.norm === 'a') j += 1;
  const start = j;
  while (j < start + 3 && tokens[j] && (tokens[j].kind === 'num' || tokens[j].kind === 'word' && !LINKING_WORDS.has(tokens[j].norm) && !predicateAt(tokens, j))) j += 1;
  return j > start || j === k ? j : k;
}

/** What opens a mention of injuries after the people: "treated for", "sought treatment for", "with". */
const INJURY_LEADS = new Set(['treated', 'sought', 'received', 'receiving', 'receive', 'needed', 'needing', 'required', 'requiring', 'given', 'with']);
/**
 * Words between such a lead and the injury noun: "sought medical treatment for gunshot", "treated for their
 * wounds"; round 15, live updates: "are being treated in hospital for their injuries".
 */
const INJURY_LINKS = new Set(['treatment', 'for', 'medical', 'hospital', 'care', 'of', 'from', 'in', 'their', 'his', 'her', ...INJURY_ADJECTIVES]);

/** How bad an injury was: "serious", or severities joined in one word, "minor-to-serious" (round 14). */
function isSeverity(norm: string): boolean {
  if (INJURY_ADJECTIVES.has(norm)) return true;
  const parts = norm.split('-');
  return parts.length >= 3 && parts.every((part, i) => (i % 2 === 0 ? INJURY_ADJECTIVES.has(part) : SEVERITY_JOINERS.has(part)));
}

/**
 * "3,400 people sought treatment for injuries", "were treated for gunshot wounds", "six others with
 * burn injuries": a treatment or a "with" that names injuries says the people were hurt (not "treated
 * for smoke inhalation", "12 men with knives").
 */
function injuriesAt(tokens: readonly Token[], k: number, leads: ReadonlySet<string> = INJURY_LEADS): Predicate | null {
  if (!leads.has(tokens[k]?.norm ?? '')) return null;
  for (let j = k + 1; j < Math.min(tokens.length, k + 6); j++) {
    const norm = tokens[j].norm;
    // "burn injuries": the adjective "burn" before the noun; "burns" or "injuries" ends the phrase.
    if (INJURY_NOUNS.has(norm) && !(norm === 'burn' && INJURY_NOUNS.has(tokens[j + 1]?.norm ?? ''))) {
      // "with injuries and/or disabilities", "treated for injuries or illness": not only the hurt.
      const either = tokens.slice(j + 1, j + 4).some((t) => t.norm === 'or' || t.text === '/');
      return norm === 'burn' || either ? null : { category: 'wounded', start: k, end: j + 1 };
    }
    if (tokens[j].kind !== 'word' || !(INJURY_LINKS.has(norm) || isSeverity(norm))) return null;
  }
  return null;
}

const WITH_ONLY: ReadonlySet<string> = new Set(['with']);

/** A participle ("rescued", "taken", "found"), a few particles ("alive", "out"), then "with" and injuries. */
function rescuedWithInjuries(tokens: readonly Token[], k: number): Predicate | null {
  const t = tokens[k];
  if (t?.kind !== 'word' || !(/ed$/.test(t.norm) || IRREGULAR_PARTICIPLES.has(t.norm))) return null;
  let j = k + 1;
  while (j < k + 3 && RESCUE_PARTICLES.has(tokens[j]?.norm ?? '')) j += 1;
  j = pastNamedPlace(tokens, pastHospital(tokens, j));
  const injuries = injuriesAt(tokens, j, WITH_ONLY);
  return injuries ? { ...injuries, start: k } : null;
}

/** Words that may describe the event: "the bus crash", "the market blast", "Sunday's gas explosion". */
const MAX_EVENT_WORDS = 3;
const ADMITTED_LINKS: ReadonlySet<string> = new Set([...FINITE_AUXILIARIES, 'been', 'being']);

/**
 * Round 12, hospital statements: "23 patients from the bus crash had been admitted", "40 people from the
 * market blast were admitted overnight": "from the" and an event (HARMFUL_EVENTS) after the people, then
 * a passive "admitted" (not "12 students from the school were admitted to the university").
 */
function admittedFromEvent(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.norm !== 'from') return false;
  let j = k + 1;
  if (tokens[j]?.norm === 'the') j += 1;
  let event = -1;
  for (let words = 0; words < MAX_EVENT_WORDS && tokens[j]?.kind === 'word'; words++, j++) {
    if (HARMFUL_EVENTS.has(tokens[j].norm)) event = j;
  }
  if (event === -1) return false;
  let v = event + 1;
  let passive = false;
  while (ADMITTED_LINKS.has(tokens[v]?.norm ?? '')) {
    passive = true;
    v += 1;
  }
  return passive && tokens[v]?.norm === 'admitted';
}

/** Words of a hospital's name before "hospital": "the Civil Hospital", "the district headquarters hospital". */
const MAX_HOSPITAL_NAME = 3;

/**
 * Round 12, South Asian and African English: "nine persons were shifted to the Civil Hospital with
 * injuries", "taken to Mayo Hospital with burns": a hospital the hurt were brought to stands between the
 * participle and "with"; past it, or `j` when none.
 */
/**
 * Round 21, mountain rescue reports: "one was flown to Innsbruck with serious injuries": "to" and a place's
 * name of up to three capitalised words, when "with" follows it (else `j`).
 */
function pastNamedPlace(tokens: readonly Token[], j: number): number {
  if (tokens[j]?.norm !== 'to') return j;
  let k = j + 1;
  while (k < j + 4 && tokens[k]?.kind === 'word' && /^\p{Lu}/u.test(tokens[k]!.text)) k += 1;
  return k > j + 1 && tokens[k]?.norm === 'with' ? k : j;
}

function pastHospital(tokens: readonly Token[], j: number): number {
  if (tokens[j]?.norm !== 'to') return j;
  let k = j + 1;
  if (tokens[k]?.norm === 'the' || tokens[k]?.norm === 'a') k += 1;
  for (let words = 0; words <= MAX_HOSPITAL_NAME && tokens[k]?.kind === 'word'; words++, k++) {
    if (HOSPITALS.has(tokens[k].norm)) return k + 1;
  }
  return j;
}

/**
 * Participles of the military statement's killing verbs. "destroyed" is for equipment, except of
 * fighters (passiveCombat is asked only after them): "More than 200 invaders were destroyed".
 */
const COMBAT_PARTICIPLES: ReadonlySet<string> = new Set([...COMBAT_VERBS.keys()].filter((w) => /ed$/.test(w)));
/** What may follow a headline's bare participle, so that it is no active verb with an object: "60 invaders liquidated in Kharkiv region". */
const AFTER_HEADLINE_PARTICIPLE: ReadonlySet<string> = new Set(['in', 'on', 'near', 'at', 'during', 'over', 'overnight', 'since', 'along', 'around', 'outside', 'by']);
const PASSIVE_LINKS: ReadonlySet<string> = new Set(['were', 'was', 'have', 'has', 'had', 'been', 'being', 'reportedly', 'allegedly', 'also', 'successfully']);

/** "were neutralised", "have been eliminated": a passive of a combat participle right after the people. */
function passiveCombat(tokens: readonly Token[], k: number): boolean {
  let sawPassive = false;
  for (let j = k; j < Math.min(tokens.length, k + 4); j++) {
    const norm = tokens[j].norm;
    // Not "were eliminated from the competition".
    if (COMBAT_PARTICIPLES.has(norm)) return sawPassive && tokens[j + 1]?.norm !== 'from';
    // Round 13, translated statements: "two militants were 'neutralised'": the statement's word in scare quotes.
    if (OPENING_QUOTES.has(tokens[j].text) && COMBAT_PARTICIPLES.has(tokens[j + 1]?.norm ?? '')) continue;
    if (!PASSIVE_LINKS.has(norm)) return false;
    if (norm === 'were' || norm === 'was' || norm === 'been') sawPassive = true;
  }
  return false;
}

/**
 * A headline drops the auxiliary, and the noun phrase runs on into the participle: "About 60
 * invaders liquidated in Kharkiv region", "90 occupiers eliminated." The fighters before it, or null
 * (not "two gunmen eliminated the guard": an object follows).
 */
function headlineCombat(tokens: readonly Token[], phrase: NounPhrase): NounPhrase | null {
  const participle = phrase.end - 1;
  if (participle <= phrase.start || !COMBAT_PARTICIPLES.has(tokens[participle]!.norm)) return null;
  // Round 23, enemy-loss tallies: "about 712,340 persons liquidated": "liquidated" kills any people, not only fighters.
  const people = COMBATANT_NOUNS.has(tokens[participle - 1]!.norm) || (tokens[participle]!.norm === 'liquidated' && TAKEN_PEOPLE.has(tokens[participle - 1]!.norm));
  if (!people) return null;
  const next = tokens[phrase.end];
  const bare = next === undefined || (next.kind === 'punct' && !QUOTE_MARKS.has(next.text)) || AFTER_HEADLINE_PARTICIPLE.has(next.norm);
  return bare ? { start: phrase.start, end: participle, head: participle - 1 } : null;
}

/** How far after "lost" a daily tally or a battle may be named: "lost in the Donetsk direction in 24 hours". */
const TALLY_REACH = 10;

/**
 * Translated defence-ministry headlines: "Over 250 servicemen lost in Donetsk direction in 24 hours",
 * "40 soldiers lost in the battle". Fighters lost in a battle or on a front died; in a day's tally the
 * dead and wounded together (as "lost 1,180 troops over the past day"). Null when this is no such
 * loss: "12 soldiers lost in the desert were found alive".
 */
function lostInBattle(tokens: readonly Token[], head: number, k: number): 'killed' | 'casualties' | null {
  if (tokens[k]?.norm !== 'lost' || !COMBATANT_NOUNS.has(tokens[head]!.norm) || !AFTER_HEADLINE_PARTICIPLE.has(tokens[k + 1]?.norm ?? '')) return null;
  let battle = false;
  for (let j = k + 1; j < Math.min(tokens.length, k + TALLY_REACH); j++) {
    if (tokens[j]!.text === '.' || tokens[j]!.text === ';') break;
    if (dayPeriodAt(tokens, j)) return 'casualties';
    if (BATTLE_WORDS.has(tokens[j]!.norm)) battle = true;
  }
  return battle ? 'killed' : null;
}

/** How far the first of two joined predicates may run before "and": "went overboard during the night". */
const MAX_FIRST_PREDICATE = 8;

/**
 * "went overboard during the night and drowned", "collapsed in the heat and died": a past verb right
 * after the people, words only up to "and", then a way of dying that takes no object (JOINED_DYING_VERBS).
 */
function diedAfterJoinedVerb(tokens: readonly Token[], k: number): boolean {
  const first = tokens[k];
  if (!first || first.kind !== 'word' || !/^\p{Ll}/u.test(first.text) || !(/ed$/.test(first.norm) || IRREGULAR_PASTS.has(first.norm))) return false;
  if (LINKING_WORDS.has(first.norm) || SAY_VERBS.has(first.norm)) return false;
  for (let j = k + 1; j < Math.min(tokens.length, k + 1 + MAX_FIRST_PREDICATE); j++) {
    const t = tokens[j];
    if (t.kind !== 'word' || SUBORDINATE_OPENERS.has(t.norm) || UNITS.has(t.norm) || TENS.has(t.norm) || isModalAt(tokens, j)) return false;
    if (t.norm === 'and') {
      const after = tokens[j + 2];
      return JOINED_DYING_VERBS.has(tokens[j + 1]?.norm ?? '') && (after === undefined || after.kind !== 'num') && !UNITS.has(after?.norm ?? '');
    }
  }
  return false;
}

/** How many words a craft's name may take: "KM Sinar Bangun". */
const MAX_VESSEL_NAME = 4;
/** Past "Jin Tian" at `k` after "the cargo ship": a craft's capitalised name (VESSEL_NOUNS). */
function pastVesselName(tokens: readonly Token[], k: number): number {
  // The people's phrase may have taken the name's first words: "crew members of the cargo ship Jin".
  let craft = k - 1;
  while (craft > k - 1 - MAX_VESSEL_NAME && tokens[craft]?.kind === 'word' && /^\p{Lu}/u.test(tokens[craft].text)) craft -= 1;
  if (!VESSEL_NOUNS.has(tokens[craft]?.norm ?? '')) return k;
  let j = k;
  while (j < k + MAX_VESSEL_NAME && tokens[j]?.kind === 'word' && /^\p{Lu}/u.test(tokens[j].text)) j += 1;
  return j;
}

/**
 * Round 16, coast-guard releases: "the search for the two crew, who have been missing since Sunday": a
 * relative clause set off by a comma says what befell the people before it, as "who" without one does.
 */
function pastRelativeComma(tokens: readonly Token[], k: number): number {
  return tokens[k]?.text === ',' && tokens[k + 1]?.norm === 'who' ? k + 1 : k;
}

/** How many words a body's name after its people may take: "for the Defence of the Homeland". */
const MAX_BODY_NAME = 8;
/** Past "for the Defence of the Homeland (VDP)" at `k`: a capitalised name with "for" or "of", and its acronym. */
function pastCapitalisedName(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.norm !== 'for' && tokens[k]?.norm !== 'of') return k;
  let j = k + 1;
  let named = false;
  for (; j < Math.min(tokens.length, k + 1 + MAX_BODY_NAME); j++) {
    const t = tokens[j];
    if (t.kind === 'word' && /^\p{Lu}/u.test(t.text)) named = true;
    else if (!(t.kind === 'word' && (t.norm === 'the' || t.norm === 'of' || t.norm === 'and'))) break;
  }
  if (!named || !/^\p{Lu}/u.test(tokens[j - 1]?.text ?? '')) return k;
  if (tokens[j]?.text === '(' && tokens[j + 2]?.text === ')' && /^\p{Lu}{2,}$/u.test(tokens[j + 1]?.text ?? '')) j += 3;
  return j;
}

/** "fell" right after fighters, not "fell from", "fell ill", "fell back" (FALLEN_PEOPLE, NOT_FALLEN). */
function fellInBattle(tokens: readonly Token[], head: number, k: number): boolean {
  const noun = tokens[head].norm;
  // Round 10, archival English: "some 1,500 of the French fell upon the field": a people named with "of the".
  const ofAPeople = /^\p{Lu}/u.test(tokens[head].text) && tokens[head - 1]?.norm === 'the' && tokens[head - 2]?.norm === 'of';
  // Round 15: "several soldiers had fallen", "40 men have fallen".
  // Round 16, Sahel army statements: "three Volunteers for the Defence of the Homeland (VDP) fell": the body's name after them.
  if (FALLEN_PEOPLE.has(noun) || COMBATANT_NOUNS.has(noun)) k = pastCapitalisedName(tokens, k);
  if (PERFECT_AUXILIARIES.has(tokens[k]?.norm ?? '') && tokens[k + 1]?.norm === 'fallen') k += 1;
  if (!FALLING_VERBS.has(tokens[k]?.norm ?? '') || !(COMBATANT_NOUNS.has(noun) || FALLEN_PEOPLE.has(noun) || ofAPeople)) return false;
  const next = tokens[k + 1];
  // Not "3 of the Dow stocks fell 2%": a people's fall takes no figure of its own.
  if (ofAPeople && (next?.kind === 'num' || next?.text === '%')) return false;
  return next === undefined || next.kind !== 'word' || !NOT_FALLEN.has(next.norm);
}

/** Verbs of care whose object is the hurt, when injuries follow: "treated 40 people for burns". */
const TREATING_VERBS: ReadonlySet<string> = new Set(['treated', 'treating', 'treats', 'treat', 'admitted', 'admitting', 'admits', 'received', 'receiving', 'receives']);
/** What opens the injuries after the treated people: "for gunshot wounds", "with burn injuries". */
const TREATED_FOR: ReadonlySet<string> = new Set(['for', 'with']);

/** Verbs by which the hurt suffer their injuries: "suffered minor injuries", "sustaining gunshot wounds". */
const SUFFERING_VERBS: ReadonlySet<string> = new Set(['suffered', 'sustained', 'suffering', 'sustaining', 'nursing']);

/** "varying degrees of", "different degrees of" after a suffering verb: how bad, not what. */
function isDegreesOf(tokens: readonly Token[], k: number): boolean {
  const norm = tokens[k]?.norm;
  return (norm === 'degrees' || norm === 'degree') && tokens[k + 1]?.norm === 'of'
    && INJURY_ADJECTIVES.has(tokens[k - 1]?.norm ?? '') && SUFFERING_VERBS.has(tokens[k - 2]?.norm ?? '');
}

/** The quote closes right after the predicate: "'embraced shahadat'", not "'dead men walking'". */
function closedAfter(tokens: readonly Token[], predicate: Predicate | null): boolean {
  const close = predicate ? tokens[predicate.end] : undefined;
  return close !== undefined && close.glued && QUOTE_MARKS.has(close.text);
}

/** "one of two hostages", "12 of the 40 miners": the count at `start` is the whole a count before it is taken from. */
function isWholeOfPart(tokens: readonly Token[], start: number): boolean {
  const of = /^(?:the|its|their|his|her)$/.test(tokens[start - 1]?.norm ?? '') ? start - 2 : start - 1;
  const part = tokens[of - 1];
  return tokens[of]?.norm === 'of' && part !== undefined && (part.kind === 'num' || UNITS.has(part.norm) || TENS.has(part.norm));
}

/** Degrees of a first deed that leave the harm to the verb joined after it: "partly buried and injured". */
const PARTIAL_DEGREES: ReadonlySet<string> = new Set(['partly', 'partially', 'fully', 'completely', 'briefly']);

/** Linking words then a predicate, from index k; null when anything else comes first. */
function linkedPredicate(tokens: readonly Token[], k: number): Predicate | null {
  let links = 0;
  while (k < tokens.length && links <= MAX_LINKS) {
    // "three French nationals were among the hostages killed": the people they are among, then the
    // harm of those people (not the hostages' captivity).
    // Round 19, diaries: "Two of our volunteers are among the 218 dead": the harmed counted too.
    const amongPeople = tokens[k - 1]?.norm === 'the' && tokens[k - 2]?.norm === 'among' && (tokens[k]?.kind === 'word' || tokens[k]?.kind === 'num')
      ? predicateAt(tokens, k + 1) : null;
    if (amongPeople) return widenOverJoinedPredicates(tokens, amongPeople);
    // "Two toddlers were among four people who died", "five foreigners were among the 40 killed": some
    // of a count of the harmed, who share its harm.
    const amongCount = tokens[k - 1]?.norm === 'among' || (tokens[k - 1]?.norm === 'the' && tokens[k - 2]?.norm === 'among') ? harmOfCountAmong(tokens, k) : null;
    if (amongCount) return amongCount;
    const injuries = injuriesAt(tokens, k);
    if (injuries) return injuries;
    const predicate = predicateAt(tokens, k);
    if (predicate) return widenOverJoinedPredicates(tokens, predicate);
    const t = tokens[k];
    // Round 8: "were rescued alive with injuries", "were pulled out with gunshot wounds": a deed done
    // to the people, then the injuries they came away with.
    const withInjuries = rescuedWithInjuries(tokens, k);
    if (withInjuries) return withInjuries;
    // "may have died" reports an uncertain past; "may die" would be a forecast.
    const modal = isModalAt(tokens, k);
    const epistemicPast = modal && tokens[k + 1]?.norm === 'have';
    if (modal && !epistemicPast) return null;
    // "had to be hospitalized" is an obligation, not a report of harm.
    if (FINITE_AUXILIARIES.has(t.norm) && tokens[k + 1]?.norm === 'to' && tokens[k + 2]?.norm === 'be') return null;
    // "two women - were shot dead": a closing dash before the linking words; "19 civilians, killed in
    // east" (a headline's comma) before the predicate itself.
    const dashThenLink = DASHES.has(t.text) && LINKING_WORDS.has(tokens[k + 1]?.norm ?? '');
    // Not "Caminiti, 41, dies": an age between commas.
    const commaThenPredicate = t.text === ',' && links === 0 && tokens[k - 1]?.kind === 'word' && PREDICATE_WORDS.has(tokens[k + 1]?.norm ?? '')
      && !ACTOR_NOUNS_THAT_ARE_PREDICATES.has(tokens[k + 1].norm);
    // Round 15, translated statements: "four soldiers who 'embraced shahadat'": the statement's own words in quotes.
    const quotedPredicate = OPENING_QUOTES.has(t.text) && tokens[k + 1]?.glued === true && closedAfter(tokens, predicateAt(tokens, k + 1));
    if (t.kind === 'punct' && !dashThenLink && !commaThenPredicate && !quotedPredicate) return null;
    // "Rescue 1122 officials said 3 died": a count of its own before the predicate takes it.
    if (t.kind === 'num') return null;
    const wayOfDying = TO_DEATH_VERBS.has(t.norm) || (t.norm === 'and' && TO_DEATH_VERBS.has(tokens[k - 1].norm))
      || (TO_DEATH_PARTICIPLES.has(t.norm) && tokens[k + 1]?.norm === 'to' && tokens[k + 2]?.norm === 'death');
    const amongThe = t.norm === 'the' && tokens[k - 1]?.norm === 'among';
    // "suffered minor injuries", "sustained gunshot wounds".
    // "four fans suffering stab wounds": the participle as well.
    // Or two of them: "suffered serious back injuries".
    const severity = isSeverity(t.norm) && (SUFFERING_VERBS.has(tokens[k - 1]?.norm ?? '')
      || (isSeverity(tokens[k - 1]?.norm ?? '') && SUFFERING_VERBS.has(tokens[k - 2]?.norm ?? '')));
    // Round 9: "sustained varying degrees of injuries": the degrees of a severity, then the injuries.
    const degrees = isDegreesOf(tokens, k) || (t.norm === 'of' && isDegreesOf(tokens, k - 1));
    // "12 others are nursing gunshot wounds": "nursing" links only to the injuries themselves (not
    // "volunteers were nursing wounded soldiers").
    const nursing = t.norm === 'nursing' && (INJURY_ADJECTIVES.has(tokens[k + 1]?.norm ?? '') || INJURY_NOUNS.has(tokens[k + 1]?.norm ?? ''));
    // "were tortured and killed", "were arrested and executed": a first deed before the harm.
    // A headline joins them with a comma: "Two fans stabbed, hospitalized".
    const firstDeed = /ed$/.test(t.norm) && (tokens[k + 1]?.norm === 'and' || tokens[k + 1]?.text === ',') && predicateAt(tokens, k + 2) !== null;
    if (firstDeed) {
      k += 2;
      continue;
    }
    // Round 21, avalanche reports: "6 people were partly buried and injured": a degree of the first deed before it.
    if (PARTIAL_DEGREES.has(t.norm) && /ed$/.test(tokens[k + 1]?.norm ?? '') && tokens[k + 2]?.norm === 'and' && predicateAt(tokens, k + 3) !== null) {
      k += 3;
      continue;
    }
    if (t.kind === 'word' && !LINKING_WORDS.has(t.norm) && !wayOfDying && !amongThe && !epistemicPast && !severity && !degrees && !nursing) return null;
    // "IS" and "US" in capitals are names, not verbs or pronouns.
    if (isAcronymAt(tokens, k)) return null;
    links += 1;
    k += 1;
  }
  return null;
}

/** The harm of the count at k and its people after "among": "four people who died", "40 people killed", "the 20 dead". */
function harmOfCountAmong(tokens: readonly Token[], k: number): Predicate | null {
  let j = k;
  while (tokens[j]?.kind === 'num' || COUNT_WORDS.has(tokens[j]?.norm ?? '')) j += 1;
  if (j === k) return null;
  j = Math.max(nounPhraseAfter(tokens, j).end, j);
  if (tokens[j]?.norm === 'who' || tokens[j]?.norm === 'that') j += 1;
  return linkedPredicate(tokens, j);
}

/**
 * "300 North Korean soldiers dispatched to support the war have been killed": past a long modifier,
 * a finite auxiliary and a predicate still govern the number, if no clause boundary comes between.
 */
/** Words that open a subordinate clause inside a long modifier: past them, a verb is the clause's own. */
const SUBORDINATE_OPENERS: ReadonlySet<string> = new Set(['after', 'before', 'when', 'whenever', 'because', 'until', 'unless', 'though', 'although', 'whereas', 'if']);

function distantFinitePredicate(tokens: readonly Token[], k: number, whole = false): Predicate | null {
  // Round 21: "Twenty-eight of the firefighters taken to Moscow's Hospital No. 6 died": past a participle's
  // modifier, a past tense of dying needs no auxiliary (the participle, not the verb, opens the modifier).
  const isParticiple = (t: Token | undefined) => t !== undefined && t.kind === 'word' && (/ed$/.test(t.norm) || IRREGULAR_PARTICIPLES.has(t.norm));
  // The people's phrase may have taken the participle: "three men arrested".
  const participle = !whole && (isParticiple(tokens[k]) || isParticiple(tokens[k - 1]));
  // "3 patients in intensive care died", "Two men in the boat drowned": so past where the people were.
  const placed = !whole && PLACE_OPENERS.has(tokens[k]?.norm ?? '');
  for (let j = k; j < Math.min(tokens.length, k + MAX_MODIFIER_REACH); j++) {
    const t = tokens[j];
    if ((participle || placed) && j > k && JOINED_DYING_VERBS.has(t.norm)) return predicateAt(tokens, j);
    // "two men in the house where a woman died": a clause of its own.
    if (placed && RELATIVE_OPENERS.has(t.norm)) return null;
    // A possessive's "'s" and a label's "No. 6" inside the modifier: "Moscow's Hospital No. 6".
    if (participle && t.glued && (t.text === "'" || t.text === '’') && tokens[j + 1]?.norm === 's') {
      j += 1;
      continue;
    }
    if (participle && t.text === '.' && t.glued && tokens[j - 1]?.text === 'No' && tokens[j + 1]?.kind === 'num') {
      j += 1;
      continue;
    }
    // Round 17: "1,000 victims of the July 1995 massacre are still missing": a year inside the modifier.
    if (t.kind === 'num' && /^(?:1[89]|20)\d\d$/.test(t.text) && tokens[j - 1]?.kind === 'word') continue;
    if (t.kind !== 'word' || t.norm === 'and' || t.norm === 'but' || t.norm === 'while' || isModalAt(tokens, j)) return null;
    // "Two men arrested after three people were killed": a clause of its own, with its own people.
    if (SUBORDINATE_OPENERS.has(t.norm) || UNITS.has(t.norm) || TENS.has(t.norm)) return null;
    // Round 20: "abducted by IS in 2014 are still missing": "IS" in capitals is a name, no verb.
    if (FINITE_AUXILIARIES.has(t.norm) && t.text !== 'IS') return linkedPredicate(tokens, j);
  }
  return null;
}

/** Prepositions of where the people were, before the verb of their dying: "in the car", "inside the mine", "aboard". */
const PLACE_OPENERS: ReadonlySet<string> = new Set([...PLACE_PREPOSITIONS, 'on', 'inside', 'aboard', 'under', 'beneath', 'within']);
/** Words that open a clause of the place's own: "the house where a woman died" (not "six people on deck who were dead"). */
const RELATIVE_OPENERS: ReadonlySet<string> = new Set(['where', 'whose']);

/** Words that open the adjunct of a bare participle: "abducted by IS in 2014", "wounded in the blast". */
const PARTICIPLE_ADJUNCTS: ReadonlySet<string> = new Set(['by', 'in', 'during', 'on', 'at', 'from']);

/**
 * Round 20: "2,700 women and children abducted by IS in 2014 are still missing", "12 soldiers captured by
 * rebels were executed": a bare participle right after the people, then its adjunct, describes them; the
 * finite predicate after it is what the sentence says of them now, and governs when it names another harm.
 */
function mainPredicate(tokens: readonly Token[], predicate: Predicate | null): Predicate | null {
  if (!predicate || !/ed$/.test(tokens[predicate.end - 1]?.norm ?? '') || FINITE_AUXILIARIES.has(tokens[predicate.start]?.norm ?? '')
    || !PARTICIPLE_ADJUNCTS.has(tokens[predicate.end]?.norm ?? '')) return predicate;
  const main = distantFinitePredicate(tokens, predicate.end);
  return main && main.category !== predicate.category ? main : predicate;
}

/** "KIA", and its plurals "KIAs" and "KIA's": capitals, a plural ending aside. */
const SHORTHAND_IN_CAPITALS = /^\p{Lu}{3}(?:'?s)?$/u;

/** The degree adverbs that mean the harm killed: "68 of them fatally". */
const FATALLY: ReadonlySet<string> = new Set(DEGREE_ADVERBS.filter((adverb) => adverb === 'fatally' || adverb === 'mortally'));

export const subjectPredicate: CategoryRule = {
  name: RULE.subjectPredicate,
  govern({ tokens, mentions }, mention) {
    // "1,450 casualties among its 3,800 men, including 62 officers killed": the unit's strength, a whole (round 9).
    // Not "among its 40 dead", "among their 300 hostages": those are counted harmed.
    if (tokens[mention.start - 2]?.norm === 'among' && POSSESSIVES.has(tokens[mention.start - 1]?.norm ?? '')
      && !PREDICATE_WORDS.has(tokens[mention.last + 1]?.norm ?? '')) return null;
    if (countsWherePeopleCameFrom(tokens, mentions, mention)) return null;
    let k = afterCount(tokens, mention.last);
    // Round 11: not the idiom "died a thousand deaths", deaths that are the object of dying.
    if (diesItsDeaths(tokens, mention.start, k)) return null;
    // "another four deaths", "two others", "scores more": skip the words that mean "additional".
    // Round 7, bulletins: "3 further deaths reported this week", "two further patients died".
    if (tokens[k]?.norm === 'more' || tokens[k]?.norm === 'others' || tokens[k]?.norm === 'other' || tokens[k]?.norm === 'further') k += 1;
    // "40 cholera deaths", "502 confirmed heat deaths": what they died of names no people.
    const cause = CAUSE_MODIFIERS.has(tokens[k]?.norm ?? '') ? k : LINKING_WORDS.has(tokens[k]?.norm ?? '') && CAUSE_MODIFIERS.has(tokens[k + 1]?.norm ?? '') ? k + 1 : -1;
    const harm = cause === -1 ? undefined : tokens[cause + 1]?.norm ?? '';
    if (harm !== undefined && HARM_NOUNS.has(harm) && PREDICATE_WORDS.has(harm) && !isIrrealisBefore(tokens, mention.start)) {
      return { category: PREDICATE_WORDS.get(harm)!, rule: this.name, confidence: 0.85, actor: null };
    }
    // Round 8: "40 of them were killed", "42 of whom were dead on arrival": a bare partitive names
    // no people of its own, so the predicate after it governs the count.
    // Round 22: "one of them, a 16-year-old linebacker, died": an aside after the partitive, then its predicate.
    const asideAfter = tokens[k + 2]?.text === ',' ? skipInsert(tokens, k + 2) : k + 2;
    if (tokens[k]?.norm === 'of' && BARE_PARTITIVES.has(tokens[k + 1]?.norm ?? '') && tokens[asideAfter]?.kind === 'word') {
      k = asideAfter;
      // Round 13, epidemic bulletins: "10 human infections, six of them fatal": the cases that killed, with no verb.
      // Only of cases ("30 crashes, five of them fatal" counts crashes).
      // Round 25, outbreak news: "14 cases of Sudan virus disease, four of them fatal": the disease after the cases.
      const ofCases = tokens[mention.start - 1]?.text === ',' && casesBefore(tokens, mention.start - 2);
      // "fatal" names no one: an empty phrase, so the figure counts "people".
      if (ofCases && tokens[k]?.norm === 'fatal' && !isIrrealisBefore(tokens, mention.start)) return { category: 'killed', rule: this.name, confidence: 0.8, actor: { start: k, end: k, head: -1 } };
      // Round 16, mine-action monitors: "killed or maimed 400 people, 68 of them fatally": the adverb
      // alone closing the aside says how those were harmed ("fatally injured" is read as a phrase).
      const fatally = tokens[mention.start - 1]?.text === ',' && FATALLY.has(tokens[k]?.norm ?? '') && tokens[k + 1]?.kind !== 'word';
      if (fatally && !isIrrealisBefore(tokens, mention.start)) return { category: 'killed', rule: this.name, confidence: 0.8, actor: { start: k, end: k, head: -1 } };
    }
    // Round 15, claims of both sides: "dozens of dead and wounded", "hundreds of killed and injured":
    // two harms joined after "of" count the dead and the hurt together.
    const joined = tokens[k]?.norm === 'of' ? joinedHarmsAt(tokens, k + 1) : null;
    if (joined && !isIrrealisBefore(tokens, mention.start)) return { category: joined, rule: this.name, confidence: 0.8, actor: { start: k, end: k, head: -1 } };
    // Round 8: "dozens of dead combatants", "hundreds of injured people": the adjective after "of".
    const adjective = adjectiveBefore(tokens, k) ?? (tokens[k]?.norm === 'of' ? adjectiveBefore(tokens, k + 1) : null);
    if (adjective) return woundedWhoDied(tokens, adjective);
    if (harmsThings(tokens, k)) return null;
    // "rescued 9 kidnap victims": the captivity names what befell them (round 9).
    if (CAPTIVITY_NOUNS.has(tokens[k]?.norm ?? '') && VICTIMS.has(tokens[k + 1]?.norm ?? '') && !isIrrealisBefore(tokens, mention.start)) {
      return { category: 'captured', rule: this.name, confidence: 0.8, actor: { start: k, end: k + 2, head: k + 1 } };
    }
    // Round 20: "3,029 homicide victims", "45 murder victims": so does a killing.
    if (KILLING_NOUNS.has(tokens[k]?.norm ?? '') && VICTIMS.has(tokens[k + 1]?.norm ?? '') && !isIrrealisBefore(tokens, mention.start)) {
      return { category: 'killed', rule: this.name, confidence: 0.8, actor: { start: k, end: k + 2, head: k + 1 } };
    }
    // "identified 61 of the victims": victims identified one by one are the dead (a count, so a floor).
    // Round 17, exhumations: "identified 14 of the remains through DNA".
    // "identified 12 of the 40 victims": the whole's number between.
    const identified = tokens[k + 2]?.kind === 'num' ? k + 3 : k + 2;
    // Dossier round 9: "48 of the victims had been identified by DNA analysis": the verb after them.
    const identifiedAfter = ['had', 'have', 'has'].includes(tokens[identified + 1]?.norm ?? '') && tokens[identified + 2]?.norm === 'been'
      && IDENTIFYING_VERBS.has(tokens[identified + 3]?.norm ?? '');
    if ((IDENTIFYING_VERBS.has(tokens[mention.start - 1]?.norm ?? '') || identifiedAfter) && tokens[k]?.norm === 'of' && tokens[k + 1]?.norm === 'the'
      && (VICTIMS.has(tokens[identified]?.norm ?? '') || tokens[identified]?.norm === 'remains') && !isIrrealisBefore(tokens, mention.start)
      && !victimsOfNonlethalWrong(tokens, identified + 1)) {
      return { category: 'killed', rule: this.name, confidence: 0.8, actor: { start: identified, end: identified + 1, head: identified } };
    }
    // "46 lives were lost in the fire", "46 lives lost": lives lost are the dead, of people unnamed.
    // "Hundreds of lives were lost": a vague quantity's "of" before them.
    const lives = tokens[k]?.norm === 'of' ? k + 1 : k;
    if (LIVES.has(tokens[lives]?.norm ?? '') && livesLostAt(tokens, lives + 1) && !isIrrealisBefore(tokens, mention.start)) {
      return { category: 'killed', rule: this.name, confidence: 0.85, actor: { start: k, end: k, head: -1 } };
    }
    const phrase: NounPhrase = nounPhraseAfter(tokens, k);
    if (isNonPerson(tokens, phrase)) return null;
    const actor = phrase.end > phrase.start ? phrase : null;
    const after = pastRelativeComma(tokens, pastClosingQuote(tokens, mention.start, pastClosingDash(tokens, mention.start, skipSingle(tokens, skipInsert(tokens, skipPlace(tokens, pastVesselName(tokens, abbreviationEnd(tokens, Math.max(k, phrase.end)))))))));
    // Round 13: "two casualty databases", "40 death certificates": a harm noun that names a kind of thing.
    if (namesAKindOfThing(tokens, after)) return null;
    // Round 21: "one of two hostages injured in the raid died": the whole of a part keeps its own harm; the verb is the part's.
    const whole = isWholeOfPart(tokens, mention.start);
    // Round 20's main predicate past a participle ("abducted by IS in 2014 are still missing") is the part's, never the whole's.
    const linked = linkedPredicate(tokens, after);
    const predicate = (whole ? linked : mainPredicate(tokens, linked)) ?? (actor ? distantFinitePredicate(tokens, after, whole) : null);
    if (predicate && isActive(tokens, mentions, after, predicate)) return null;
    // Round 14: "150 volunteers played casualties", "actors posed as the dead": a part acted, no harm.
    if (playsAPart(tokens, mention.last + 1, predicate?.start ?? (phrase.head !== -1 ? phrase.head : after))) return null;
    if (predicate) {
      if (isIrrealisBefore(tokens, mention.start)) return null;
      if (predicate.category === 'wounded' && predicate.start === after && !whole && woundedThenDied(tokens, predicate.end)) return { category: 'killed', rule: this.name, confidence: 0.85, actor };
      if (vanishedUnnamed(tokens, predicate, actor)) return null;
      // Round 17: "received 12 bodies with gunshot wounds": the wounds are the dead's, the bodies count the dead.
      if (predicate.category === 'wounded' && phrase.head !== -1 && DEAD_BODIES.has(tokens[phrase.head].norm)) return { category: 'killed', rule: this.name, confidence: 0.85, actor };
      return { category: searchedFor(tokens, mention.start, predicate) ?? predicate.category, rule: this.name, confidence: 0.9, actor };
    }
    // Round 16: "7 people went overboard during the night and drowned": a first predicate of their own, then dying.
    if (actor && diedAfterJoinedVerb(tokens, after) && !isIrrealisBefore(tokens, mention.start)) {
      return { category: 'killed', rule: this.name, confidence: 0.75, actor };
    }
    // The people's phrase may have taken the first verb as a participle ("three workers collapsed", "people went overboard").
    const verbTaken = actor ? tokens.findIndex((t, j) => j > actor.start && j < actor.end && (/ed$/.test(t.norm) || IRREGULAR_PASTS.has(t.norm))) : -1;
    if (verbTaken !== -1 && diedAfterJoinedVerb(tokens, verbTaken) && !isIrrealisBefore(tokens, mention.start)) {
      return { category: 'killed', rule: this.name, confidence: 0.75, actor: { start: actor!.start, end: verbTaken, head: verbTaken - 1 } };
    }
    // "71 officers and 1,830 other ranks fell on the first day": fighters who fell died (round 9).
    if (phrase.head !== -1 && fellInBattle(tokens, phrase.head, after) && !isIrrealisBefore(tokens, mention.start)) {
      return { category: 'killed', rule: this.name, confidence: 0.75, actor };
    }
    // "Two bandits were neutralised", "40 terrorists have been eliminated": the military statement's
    // verbs in the passive kill fighters (round 6; never "two targets were destroyed").
    if (phrase.head !== -1 && isFighterNoun(tokens, phrase.head) && passiveCombat(tokens, after) && !isIrrealisBefore(tokens, mention.start)) {
      return { category: 'killed', rule: this.name, confidence: 0.8, actor };
    }
    const lost = phrase.head !== -1 ? lostInBattle(tokens, phrase.head, after) : null;
    if (lost && !isIrrealisBefore(tokens, mention.start)) return { category: lost, rule: this.name, confidence: 0.75, actor };
    const fighters = headlineCombat(tokens, phrase);
    if (fighters && !isIrrealisBefore(tokens, mention.start)) return { category: 'killed', rule: this.name, confidence: 0.75, actor: fighters };
    // Round 12: "23 patients from the bus crash had been admitted": the victims of an event, admitted.
    if (actor && admittedFromEvent(tokens, phrase.end) && !isIrrealisBefore(tokens, mention.start)) {
      return { category: 'wounded', rule: this.name, confidence: 0.75, actor };
    }
    // "treated 1,480 people for gunshot wounds", "admitted 40 patients with burn injuries": the
    // people treated, then their injuries (round 6; not "treated 40 people for smoke inhalation").
    if (actor && TREATING_VERBS.has(tokens[mention.start - 1]?.norm ?? '') && !isIrrealisBefore(tokens, mention.start)) {
      const injuries = injuriesAt(tokens, after, TREATED_FOR);
      if (injuries) return { category: injuries.category, rule: this.name, confidence: 0.85, actor };
    }
    // The phrase's own head may be the predicate noun: "16,000 deaths", "12 Nepalese hostages".
    const headPredicate = phrase.head !== -1 ? predicateAt(tokens, phrase.head) : null;
    if (headPredicate && (!isIrrealisBefore(tokens, mention.start) || capturedAnyway(tokens, mention.start, headPredicate))) {
      // Round 11: "38 hostages and all 9 hostage-takers died": captives who share the harm of the count joined to them.
      const shared = headPredicate.category === 'captured' ? predicateOfJoinedCount(tokens, mentions, phrase.end) : null;
      return { category: shared?.category ?? headPredicate.category, rule: this.name, confidence: 0.85, actor };
    }
    // Round 21, rescue reports: "teams are still searching for 9 others": people still searched for are missing.
    if (stillSought(tokens, mention.start, phrase) && !isIrrealisBefore(tokens, mention.start - 3)) {
      return { category: 'missing', rule: this.name, confidence: 0.75, actor };
    }
    // Round 16: "119 victims of antipersonnel mines" with no predicate of their own: the killed and the hurt of blasts, counted together.
    if (VICTIMS.has(tokens[k]?.norm ?? '') && tokens[k + 1]?.norm === 'of' && tokens.slice(k + 2, k + 5).some((t) => EXPLOSIVE_HAZARDS.has(t.norm))
      && !isIrrealisBefore(tokens, mention.start)) {
      return { category: 'casualties', rule: this.name, confidence: 0.75, actor: { start: k, end: k + 1, head: k } };
    }
    return null;
  },
};

/** A verb of acting a part (ROLE_PLAYING_VERBS) between the people and their harm, [from, to). */
function playsAPart(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (ROLE_PLAYING_VERBS.has(tokens[j].norm)) return true;
  return false;
}

/**
 * "38 hostages and all 9 hostage-takers died": the predicate of a count joined by "and" right after
 * the people at `end`, when it is a harm other than captivity; null otherwise.
 */
function predicateOfJoinedCount(tokens: readonly Token[], mentions: readonly NumberMention[], end: number): Predicate | null {
  if (tokens[end]?.norm !== 'and') return null;
  let j = end + 1;
  if (tokens[j]?.norm === 'all' || tokens[j]?.norm === 'the') j += 1;
  const next = mentions.find((m) => m.start === j);
  if (!next) return null;
  const people = nounPhraseAfter(tokens, afterCount(tokens, next.last));
  const predicate = linkedPredicate(tokens, skipPlace(tokens, Math.max(people.end, next.last + 1)));
  return predicate && predicate.category !== 'captured' ? predicate : null;
}

/** "his side died a thousand deaths": deaths counted as what a verb of dying underwent, a figure of speech. */
function diesItsDeaths(tokens: readonly Token[], start: number, noun: number): boolean {
  const verb = tokens[start - 1];
  return verb !== undefined && HARM_NOUNS.has(tokens[noun]?.norm ?? '') && PREDICATE_WORDS.get(verb.norm) === 'killed' && !HARM_NOUNS.has(verb.norm);
}

/**
 * Round 10: "6 disappeared" is a count of the missing beside other harms ("14 deceased, 6
 * disappeared") or with its people named ("40 students disappeared"); a bare "One disappeared and we
 * have two left" may count anything.
 */
function vanishedUnnamed(tokens: readonly Token[], predicate: Predicate, actor: NounPhrase | null): boolean {
  if (tokens[predicate.start].norm !== 'disappeared' || actor) return false;
  return !tokens.some((t, j) => j !== predicate.start && t.norm !== 'disappeared' && PREDICATE_WORDS.has(t.norm));
}

/**
 * "Three gunmen killed a Briton", "two soldiers shot dead a protester", "four men have abducted 12
 * girls": the verb has an object of its own and no "were" or "been" makes it passive, so the people
 * counted before it did the harm. Headlines ("Three killed in blast") have no object.
 */
function isActive(tokens: readonly Token[], mentions: readonly NumberMention[], from: number, predicate: Predicate): boolean {
  const verb = tokens[predicate.start].norm;
  const isVerb = TRANSITIVE_VERBS.has(verb) || PHRASAL_VERBS.some((p) => p.words[0] === verb && tokens[predicate.start + 1]?.norm === p.words[1]);
  // Round 19: "have lost their lives serving under the UN flag": an idiom that holds its own object has no other.
  if (!isVerb || OWN_OBJECTS.has(tokens[predicate.start + 1]?.norm ?? '') && predicate.end - predicate.start > 2) return false;
  for (let k = from; k < predicate.start; k++) if (PASSIVE_AUXILIARIES.has(tokens[k].norm)) return false;
  const next = tokens[predicate.end];
  if (next === undefined) return false;
  // "three shareholders have executed definitive agreements": after a perfect "have", any noun phrase is its object.
  const perfect = PERFECT_AUXILIARIES.has(tokens[predicate.start - 1]?.norm ?? '');
  const bareObject = perfect && next.kind === 'word' && !NOT_OBJECTS.has(next.norm) && !LINKING_WORDS.has(next.norm) && !/ly$/.test(next.norm);
  return OBJECT_STARTERS.has(next.norm) || bareObject || mentions.some((m) => m.start === predicate.end);
}
const PERFECT_AUXILIARIES = new Set(['have', 'has', 'had']);
/** The object inside an idiom of dying: "lost their lives", "laid down his life", "lost the life". */
const OWN_OBJECTS: ReadonlySet<string> = new Set(['their', 'his', 'her', 'the', 'down']);
const POSSESSIVES: ReadonlySet<string> = new Set(['its', 'their', 'his', 'her', 'our']);
/** Words after a verb that start no object: prepositions, conjunctions, times ("have killed in", "have died overnight"). */
const NOT_OBJECTS = new Set([
  'in', 'on', 'at', 'by', 'near', 'during', 'after', 'before', 'since', 'when', 'while', 'as', 'and', 'or', 'but', 'with', 'without',
  'from', 'for', 'across', 'over', 'under', 'inside', 'outside', 'yesterday', 'today', 'tonight', 'overnight', 'there', 'here', 'so', 'far',
  // Round 7, places at sea and on the way: "two swimmers have drowned off a beach", "have died along the route".
  'off', 'along', 'aboard', 'amid', 'into', 'within', 'throughout', 'beneath', 'behind', 'beside', 'through',
]);
const PASSIVE_AUXILIARIES = new Set(['were', 'was', 'are', 'is', 'be', 'been', 'being', 'got', 'get', 'gets']);
const OBJECT_STARTERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'him', 'them', 'this', 'that', 'these', 'those']);


/**
 * Round 21: "rescuers are still searching for 9 others", "still looking for two climbers": "still", a verb of
 * searching and "for" before the count (not "police are still searching for two suspects": SOUGHT_NOT_LOST).
 */
function stillSought(tokens: readonly Token[], start: number, phrase: NounPhrase): boolean {
  if (tokens[start - 1]?.norm !== 'for' || !SEARCH_VERBS.has(tokens[start - 2]?.norm ?? '') || tokens[start - 3]?.norm !== 'still') return false;
  if (phrase.head === -1) return tokens[start + 1]?.norm === 'others' || tokens[start + 1]?.norm === 'more';
  return !isNonPerson(tokens, phrase) && !isFighterNoun(tokens, phrase.head) && !SOUGHT_NOT_LOST.has(tokens[phrase.head].norm);
}

/** Buried people still searched for are not found yet, so missing rather than dead ("searching for 16 people buried"). */
function searchedFor(tokens: readonly Token[], start: number, predicate: Predicate): 'missing' | null {
  if (tokens[predicate.start]?.norm !== 'buried' || tokens[start - 1]?.norm !== 'for') return null;
  const verb = tokens[start - 2]?.norm === 'still' ? tokens[start - 3] : tokens[start - 2];
  return SEARCH_VERBS.has(verb?.norm ?? '') ? 'missing' : null;
}

/** "will release seven hostages": captives are a fact, whatever is planned for them. */
function capturedAnyway(tokens: readonly Token[], start: number, predicate: Predicate): boolean {
  const verbAt = tokens[start - 1]?.norm === 'the' ? start - 2 : start - 1;
  return predicate.category === 'captured' && RELEASE_VERBS.has(tokens[verbAt]?.norm ?? '');
}

/** "two injured pilgrims died overnight", "three wounded soldiers later died": the wounded who died are dead. */
function woundedWhoDied(tokens: readonly Token[], adjective: Governor): Governor {
  if (adjective.category !== 'wounded' || !adjective.actor) return adjective;
  let after = skipSingle(tokens, skipInsert(tokens, skipPlace(tokens, adjective.actor.end)));
  if (tokens[after]?.norm === 'later' || tokens[after]?.norm === 'subsequently') after += 1;
  return linkedPredicate(tokens, after)?.category === 'killed' ? { ...adjective, category: 'killed' } : adjective;
}

/**
 * "12 dead cattle were found", "40 injured horses": the harm word after the number describes things,
 * so it is no predicate of the count ("40 dead hours after the quake" names a time, not things).
 */
function harmsThings(tokens: readonly Token[], k: number): boolean {
  const adjective = predicateAt(tokens, k);
  const noun = tokens[adjective?.end ?? -1]?.norm ?? '';
  return adjective !== null && NON_PERSON_NOUNS.has(noun) && !MEASURE_WORDS.has(noun);
}

/** How far past "wounded in the shelling" the verb of their death may stand. */
const WOUNDED_THEN_REACH = 8;

/**
 * "three people wounded in the shelling died in hospital", "two men injured in the blast later
 * died": the participle names who they were, the verb after its phrase what befell them. Not "people
 * wounded in the attack were taken to hospital", nor a clause of its own ("where two died").
 */
function woundedThenDied(tokens: readonly Token[], from: number): boolean {
  for (let j = from; j < Math.min(tokens.length, from + WOUNDED_THEN_REACH); j++) {
    const t = tokens[j];
    if (t.kind !== 'word' || t.norm === 'and' || t.norm === 'who' || t.norm === 'where' || SUBORDINATE_OPENERS.has(t.norm) || PASSIVE_AUXILIARIES.has(t.norm) || isModalAt(tokens, j)) return false;
    if (t.norm === 'later' || t.norm === 'subsequently') continue;
    const predicate = linkedPredicate(tokens, j);
    if (predicate) return predicate.category === 'killed' && predicate.start === j && /(?:ed|ished)$/.test(t.norm);
  }
  return false;
}

/** "two wounded soldiers": a harm adjective right after the number, weaker than a verb before it. */
/** A singular harm noun and a plural noun after it ("casualty databases", "death certificates"), no verb among them. */
function namesAKindOfThing(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  if (!COUNT_MODIFIERS.has(tokens[k]?.norm ?? '') || next?.kind !== 'word' || next.glued) return false;
  return /[^s]s$/.test(next.norm) && !/(?:ed|ing)$/.test(next.norm) && !LINKING_WORDS.has(next.norm) && !PREDICATE_WORDS.has(next.norm);
}

/** "dead and wounded", "killed or injured" at k: casualties, when two different harms are joined. */
function joinedHarmsAt(tokens: readonly Token[], k: number): Category | null {
  const first = predicateAt(tokens, k);
  if (!first) return null;
  const joined = widenOverJoinedPredicates(tokens, first);
  // Not "dozens of dead and wounded cattle".
  if (NON_PERSON_NOUNS.has(tokens[joined.end]?.norm ?? '') || isNonPerson(tokens, nounPhraseAfter(tokens, joined.end))) return null;
  return joined.end > first.end && joined.category === 'casualties' ? joined.category : null;
}

function adjectiveBefore(tokens: readonly Token[], k: number): Governor | null {
  const adjective = predicateAt(tokens, k);
  if (!adjective || tokens[adjective.end]?.kind !== 'word' || LINKING_WORDS.has(tokens[adjective.end].norm)) return null;
  if (ACTOR_NOUNS_THAT_ARE_PREDICATES.has(tokens[k].norm)) return null;
  // Round 13: "three casualty databases", "two death certificates": a harm noun before a noun is no
  // adjective of people, it names a kind of thing.
  if (COUNT_MODIFIERS.has(tokens[k].norm)) return null;
  const phrase = nounPhraseAfter(tokens, adjective.end);
  // "dead cattle littered the plain": the first noun, not only the phrase's head, may be a thing.
  if (phrase.end <= adjective.end || isNonPerson(tokens, phrase) || NON_PERSON_NOUNS.has(tokens[adjective.end].norm)) return null;
  return { category: adjective.category, rule: RULE.adjective, confidence: 0.7, actor: phrase };
}

/** "were lost", "have been lost", "lost": the linking words after "lives" (at most three, no modal), then "lost". */
function livesLostAt(tokens: readonly Token[], k: number): boolean {
  for (let links = 0; links < 3 && LINKING_WORDS.has(tokens[k]?.norm ?? '') && !isModalAt(tokens, k); links++) k += 1;
  return tokens[k]?.norm === 'lost';
}
