// Noun phrases of counted people, read from the tokens right after a number:
// "two [French journalists]", "three [of its soldiers]", "six [residents of the regional center]".
import type { Category } from '../figure.js';
import type { Token } from './tokens.js';
import { QUOTE_MARKS, wordsAt } from './tokens.js';
import {
  ABBREVIATED_PEOPLE, ACTOR_NOUNS_THAT_ARE_PREDICATES, AGE_BAND_EDGES, AGE_GROUPS, CAUSE_MODIFIERS, CODING_VERBS, COMBATANT_NOUNS, DEAD_BODIES, FOUND_PARTICIPLES, GROUP_NOUNS, HARM_NOUNS, HEADLINE_HEDGES, HOLDING_VERBS, HOSTILE_ELEMENT_WORDS, INJURY_SEVERITIES, INTENT_WORDS, IRREALIS_WORDS, LINKING_WORDS, MONTHS, NON_PERSON_NOUNS, ORDINAL_SUFFIXES, PREDICATE_PHRASES, PREDICATE_WORDS, RECORDING_MEDIA, SAY_VERBS,
  SCALES, TAKEN_PEOPLE, TENS, TO_DEATH_VERBS, TRANSITIVE_VERBS, UNITS, VAGUE_QUANTITIES, WEEKDAYS,
} from './vocabulary.js';

export interface NounPhrase {
  /** Token range [start, end) of the phrase; empty when start === end. */
  start: number;
  end: number;
  /** Index of the head noun (the last word before the phrase's own "of ..." complement), or -1. */
  head: number;
}

const FUNCTION_WORDS = new Set([
  'in', 'at', 'on', 'by', 'for', 'from', 'with', 'into', 'during', 'after', 'before', 'when', 'while', 'as',
  'and', 'or', 'but', 'nor', 'whom', 'whose', 'than', 'near', 'across', 'inside', 'outside', 'under', 'over',
  'including', 'among', 'amid', 'since', 'until', 'through', 'against', 'onto', 'towards', 'toward', 'within',
  'there', 'here', 'this', 'these', 'those', 'it', 'they', 'he', 'she', 'we', 'i', 'you', 'its', 'not', 'no',
  'so', 'if', 'yet', 'more', 'others', 'other', 'another', 'further', 'about', 'around', 'per', 'like', 'via',
  'the', 'a', 'an', 'to', 'of', 'some', 'many', 'most', 'half', 'both', 'all', 'each', 'either', 'what', 'where',
  'aboard', 'besides',
  // Places after the people: "340 servicemen along the Kupiansk axis", "12 fishermen off the coast" (round 11),
  // "44 bodies along the coast" (dossier round 3).
  'along', 'alongside', 'beside', 'beneath', 'behind', 'below', 'beyond', 'off', 'throughout', 'upon', 'underneath',
  // A span of days after the people: "40 people between 3 and 9 March" (leftovers round).
  'between',
  // Adverbs that start what follows the people: "30 people just hours after", "12 soldiers only days ago".
  'just', 'only', 'barely', 'shortly', 'soon', 'also', 'still',
  // Round 22, headlines: circumstances after the people, "kills 9 despite truce", "kills 45 ahead of summit",
  // "amidst talks", "prior to the vote".
  'despite', 'amidst', 'ahead', 'prior', 'notwithstanding',
]);
const TIME_WORDS = new Set([
  ...WEEKDAYS, 'yesterday', 'today', 'tonight', 'overnight', 'daily', 'earlier', 'last', 'this', 'next', 'morning', 'evening', 'night', 'afternoon', 'week', 'month',
]);
export const DETERMINERS: ReadonlySet<string> = new Set(['the', 'its', 'his', 'her', 'their', 'our', 'them', 'those', 'whom']);

/** "almost 200 people seem certain to have perished": verbs of seeming end the people. */
const SEEMING_VERBS: ReadonlySet<string> = new Set(['seem', 'seems', 'seemed', 'appear', 'appears', 'appeared']);
/** "posts east of Basra": a bearing before "of" places the things named, it is none of their words. */
const BEARINGS: ReadonlySet<string> = new Set(['east', 'west', 'north', 'south', 'northeast', 'northwest', 'southeast', 'southwest']);

/** What may follow the people of an object: "killed 30 women and children in the raid", "… on Monday". */
const OBJECT_ENDS: ReadonlySet<string> = new Set(['in', 'at', 'on', 'during', 'near', 'inside', 'when', 'after', 'as', 'while', 'across']);

const RELATING_WORDS: ReadonlySet<string> = new Set(['related', 'linked', 'attributed', 'connected', 'tied', 'due']);
/** "Plane crash kills 10 close to racing", "7 next to a mosque": a place, not a word of the people (not "12 close relatives"). */
const NEARNESS_WORDS: ReadonlySet<string> = new Set(['close', 'next', 'adjacent']);

/** "3,400 people sought treatment", "four firefighters received care": verbs that end the people. */
const TREATMENT_VERBS: ReadonlySet<string> = new Set(['sought', 'received', 'needed', 'required', 'treated']);

/** Could this token be part of a noun phrase naming people? */
function isPhraseWord(t: Token): boolean {
  if (t.kind !== 'word') return false;
  const w = t.norm;
  // "10 fatalities coded (default)": a coder's verb after the count is no word of who was counted.
  if (FUNCTION_WORDS.has(w) || TIME_WORDS.has(w) || LINKING_WORDS.has(w) || SAY_VERBS.has(w) || CODING_VERBS.has(w)) return false;
  if (PREDICATE_WORDS.has(w) && !ACTOR_NOUNS_THAT_ARE_PREDICATES.has(w)) return false;
  if (TRANSITIVE_VERBS.has(w) || TO_DEATH_VERBS.has(w) || IRREALIS_WORDS.has(w) || INTENT_WORDS.has(w) || TREATMENT_VERBS.has(w) || SEEMING_VERBS.has(w)) return false;
  // Gerunds end the phrase ("two people fleeing"), but not nouns like "wedding" after a number.
  if (w.length > 5 && w.endsWith('ing')) return false;
  return true;
}

/** Words that count: number words and the words of vague quantities ("two", "hundred", "dozens", "few"). */
export const COUNT_WORDS: ReadonlySet<string> = new Set([
  ...UNITS.keys(), ...TENS.keys(), ...SCALES.keys(), ...VAGUE_QUANTITIES.flatMap((q) => q.words).filter((w) => w !== 'a' && w !== 'of'),
]);

/** A word of a phrase that is no count ("moderate", not "two" or "several"). */
function isDescribingWord(t: Token): boolean {
  return isPhraseWord(t) && !COUNT_WORDS.has(t.norm);
}

/** The second noun of a headline's comma join ("…, army medic killed"), or -1 if no predicate follows it. */
function headlineNounAfterComma(tokens: readonly Token[], comma: number): number {
  let second = comma + 1;
  // No count among them: "kills one civilian, leaves nine wounded" are two figures.
  if (!tokens[second] || !isDescribingWord(tokens[second])) return -1;
  if (tokens[second + 1] && isDescribingWord(tokens[second + 1]) && !PREDICATE_WORDS.has(tokens[second + 1].norm)) second += 1;
  let predicate = second + 1;
  if (HEADLINE_HEDGES.has(tokens[predicate]?.norm ?? '')) predicate += 1;
  const word = tokens[predicate]?.norm ?? '';
  return PREDICATE_WORDS.has(word) && !ACTOR_NOUNS_THAT_ARE_PREDICATES.has(word) ? second : -1;
}

/** Participles that are prepositions: "40 including children", "12 following the raid". */
const PREPOSITION_PARTICIPLES: ReadonlySet<string> = new Set([
  'including', 'excluding', 'following', 'according', 'regarding', 'concerning', 'involving', 'during', 'pending', 'notwithstanding', 'counting',
]);

/** A participle in -ing that describes the people after it: "visiting fans", "fleeing civilians", "striking miners". */
function isDescribingParticiple(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const next = tokens[k + 1];
  if (!t || t.kind !== 'word' || t.norm.length <= 5 || !t.norm.endsWith('ing') || PREPOSITION_PARTICIPLES.has(t.norm)) return false;
  if (TRANSITIVE_VERBS.has(t.norm) || TO_DEATH_VERBS.has(t.norm) || PREDICATE_WORDS.has(t.norm) || SAY_VERBS.has(t.norm) || IRREALIS_WORDS.has(t.norm) || INTENT_WORDS.has(t.norm)) return false;
  return next !== undefined && isPhraseWord(next) && !NON_PERSON_NOUNS.has(next.norm);
}


/** Words before "day" or "24 hours" that make one day the period of a tally. */
const DAY_PERIOD_OPENERS: ReadonlySet<string> = new Set(['past', 'last', 'per', 'in']);

/** "on CCTV", "on security camera", "by a passer-by's phone": an image taken, at k, after a verb of capture. */
export function isRecordingAt(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.norm !== 'on' && tokens[k]?.norm !== 'by') return false;
  // Up to two words describe the medium: "on a security camera", "by traffic cameras", "on his phone".
  for (let j = k + 1; j < k + 4 && tokens[j]?.kind === 'word'; j++) {
    if (RECORDING_MEDIA.has(tokens[j]!.norm)) return true;
  }
  return false;
}

/**
 * A daily tally's period starting at `k`: "past day", "last 24 hours", "per day", "in 24 hours",
 * "in a day" (not "a day earlier": only "in" takes the article).
 */
export function dayPeriodAt(tokens: readonly Token[], k: number): boolean {
  if (!DAY_PERIOD_OPENERS.has(tokens[k]?.norm ?? '')) return false;
  const at = tokens[k]!.norm === 'in' && tokens[k + 1]?.norm === 'a' ? k + 2 : k + 1;
  if (tokens[at]?.norm === 'day') return tokens[k]!.norm !== 'in' || at === k + 2;
  return tokens[at]?.text === '24' && tokens[at + 1]?.norm === 'hours';
}

/**
 * Where the words after a count start: past a closing quote, as in '"hundreds" of people were hurt',
 * or (round 11) past an opening quote of the words that name them, "acknowledged 310,000 'abnormal deaths'".
 */
export function afterCount(tokens: readonly Token[], last: number): number {
  const next = tokens[last + 1];
  if (!next || !QUOTE_MARKS.has(next.text)) return last + 1;
  return next.glued || (tokens[last + 2]?.kind === 'word' && tokens[last + 2].glued) ? last + 2 : last + 1;
}

/** Where the words before a count end: before an opening quote, as in 'lost "several hundred" men'. */
export function beforeCount(tokens: readonly Token[], start: number): number {
  const previous = tokens[start - 1];
  return previous && QUOTE_MARKS.has(previous.text) && tokens[start]?.glued ? start - 2 : start - 1;
}

/** Nouns that "hostage" modifies: "hostage takers", "the hostage crisis". */
const HOSTAGE_COMPOUNDS: ReadonlySet<string> = new Set([
  'taker', 'takers', 'taking', 'crisis', 'situation', 'negotiator', 'negotiators', 'negotiations', 'talks', 'rescue', 'release',
  'deal', 'video', 'videos', 'drama', 'standoff', 'swap', 'exchange', 'families', 'family',
]);

/**
 * Past a month and year ("July 1995"), a year ("1944") or an ordinal ("25th") at k, when the next token is a word;
 * k otherwise.
 */
function pastDateOrOrdinal(tokens: readonly Token[], k: number): number {
  const year = (t: Token | undefined): boolean => t?.kind === 'num' && /^(?:1[89]|20)\d\d$/.test(t.text);
  let j = k;
  if (MONTHS.has(tokens[j]?.norm ?? '') && /^\p{Lu}/u.test(tokens[j].text) && year(tokens[j + 1])) j += 2;
  else if (year(tokens[j])) j += 1;
  else if (tokens[j]?.kind === 'num' && tokens[j + 1]?.glued === true && ORDINAL_SUFFIXES.has(tokens[j + 1].norm)) j += 2;
  return tokens[j]?.kind === 'word' ? j : k;
}

/** The people-phrase after index `from` (the token after a number), at most seven tokens. */
export function nounPhraseAfter(tokens: readonly Token[], from: number): NounPhrase {
  let k = from;
  let head = -1;
  // The phrase's last word; past an "of" complement it runs on while the head stays before it:
  // "12 positions of the militants" counts positions, "18 personnel of the Armed Forces" personnel.
  let last = -1;
  let complement = false;
  // A date or an ordinal read inside the complement: if the phrase is cut off after it, the group is not named whole.
  let dated = false;
  const limit = Math.min(tokens.length, from + 7);
  while (k < limit) {
    const t = tokens[k];
    if (startsPredicatePhrase(tokens, k)) break;
    if (BEARINGS.has(t.norm) && tokens[k + 1]?.norm === 'of') break;
    // "one suit related to deaths", "12 cases linked to the outbreak": what the things relate to follows.
    if (RELATING_WORDS.has(t.norm) && tokens[k + 1]?.norm === 'to') break;
    if (NEARNESS_WORDS.has(t.norm) && (tokens[k + 1]?.norm === 'to' || tokens[k + 1]?.norm === 'by')) break;
    // "four visiting fans", "3,000 retreating soldiers": a participle right after the count describes
    // the people that follow it.
    // Round 19, diaries: "we lost two more children on the ward": an increment before the people is no word of their name.
    if (k === from && (t.norm === 'more' || t.norm === 'other') && tokens[k + 1] && isPhraseWord(tokens[k + 1]) && !PREDICATE_WORDS.has(tokens[k + 1].norm)) {
      k += 1;
      from = k;
      continue;
    }
    if (k === from && isDescribingParticiple(tokens, k)) {
      k += 1;
      continue;
    }
    // "40 cholera deaths": what they died of names no people.
    if (head === -1 && CAUSE_MODIFIERS.has(t.norm) && HARM_NOUNS.has(tokens[k + 1]?.norm ?? '')) break;
    // Round 17: "victims of the July 1995 massacre", "48 servicemen of the Ukrainian 25th brigade": a date or an
    // ordinal inside the "of" complement names the group, it counts no one.
    // Not "of the July" when no noun follows the date ("victims of the July 1995 massacre"): the people end before it.
    const pastDate = complement ? pastDateOrOrdinal(tokens, k) : k;
    if (pastDate > k) {
      if (!isPhraseWord(tokens[pastDate])) break;
      k = pastDate;
      dated = true;
      continue;
    }
    if (isPhraseWord(t) || (isAcronymAt(tokens, k) && !PREDICATE_WORDS.has(t.norm))) {
      if (!complement) head = k;
      last = k;
      k += 1;
      // "holding two hostages set a deadline": a captive noun ends the people.
      // Not "bodies": "the two bodies amounted to" are institutions, read on to the verb.
      if (ACTOR_NOUNS_THAT_ARE_PREDICATES.has(t.norm) && t.norm !== 'hostage' && !DEAD_BODIES.has(t.norm)) break;
      // Round 10, live updates: "2 bodies recovered", "30 bodies laid out": the finding ends the dead.
      if (DEAD_BODIES.has(t.norm) && FOUND_PARTICIPLES.has(tokens[k]?.norm ?? '')) break;
      // "holding three workers hostage began talks": "hostage" after the people is their predicate,
      // not a word of their name (but "three hostage takers" reads on).
      if (t.norm === 'hostage' && k - 1 > from && !HOSTAGE_COMPOUNDS.has(tokens[k]?.norm ?? '')) break;
      continue;
    }
    // Round 23, surveys: "18,000 children under five died", "40 adults aged over 65": an age band is part of the people's name.
    if (head !== -1 && AGE_GROUPS.has(tokens[head]!.norm)) {
      const edge = tokens[k + 1] && t.norm === 'aged' && AGE_BAND_EDGES.has(tokens[k + 1].norm) ? k + 1 : k;
      const age = tokens[edge + 1];
      if (AGE_BAND_EDGES.has(tokens[edge].norm) && age && (UNITS.has(age.norm) || (age.kind === 'num' && /^\d{1,3}$/.test(age.text) && Number(age.text) <= 120))) {
        last = edge + 1;
        k = edge + 2;
        continue;
      }
    }
    // "U.S. soldiers", "Korean People's Army": glued dots and hyphens stay inside the phrase.
    if (t.kind === 'punct' && t.glued && (t.text === '.' || t.text === '-' || t.text === '&')
      && tokens[k + 1]?.kind === 'word') {
      k += 1;
      continue;
    }
    // "three of its soldiers", "32 of the 543 passengers": a partitive "of", its whole skipped.
    if (t.norm === 'of' && head === -1 && tokens[k + 1]) {
      k += DETERMINERS.has(tokens[k + 1].norm) ? 2 : 1;
      if (tokens[k]?.kind === 'num') k += 1;
      // Round 12: "dozens of other passengers", "hundreds of the other residents".
      if (tokens[k]?.norm === 'other' && tokens[k + 1] && isPhraseWord(tokens[k + 1])) k += 1;
      // "two of the injured": harm words name people after a partitive.
      if (tokens[k] && PREDICATE_WORDS.has(tokens[k].norm) && tokens[k].norm !== 'death') {
        head = last = k;
        k += 1;
        // Round 17: "22 of the 34 bodies recovered from the well": the finding ends the dead, as without "of the".
        if (DEAD_BODIES.has(tokens[head].norm) && FOUND_PARTICIPLES.has(tokens[k]?.norm ?? '')) break;
      }
      continue;
    }
    // "passengers and crew were", "militants and their commanders have": a second noun joined to
    // the first, when a predicate follows.
    let second = t.norm === 'and' && DETERMINERS.has(tokens[k + 1]?.norm ?? '') ? k + 2 : k + 1;
    // Round 9: "Tutsi and moderate Hutu were killed", "soldiers and allied militiamen were": up to two
    // words describe the second noun.
    // Not a count of its own: "Five soldiers and two civilians were killed" are two figures.
    for (let extra = 0; extra < 2 && t.norm === 'and' && tokens[second + 1] && isDescribingWord(tokens[second]) && isPhraseWord(tokens[second + 1]); extra++) second += 1;
    // "all 62 passengers and crew aboard the plane were killed": or a vessel they were aboard.
    const aboard = tokens[second + 1]?.norm === 'aboard' || (tokens[second + 1]?.norm === 'on' && tokens[second + 2]?.norm === 'board');
    // Round 10: "87 men and boys lost their lives": or a predicate of several words.
    if (t.norm === 'and' && head !== -1 && tokens[second] && isPhraseWord(tokens[second])
      && (LINKING_WORDS.has(tokens[second + 1]?.norm ?? '') || PREDICATE_WORDS.has(tokens[second + 1]?.norm ?? '') || aboard
        || (tokens[second + 1] !== undefined && startsPredicatePhrase(tokens, second + 1)))) {
      head = last = second;
      k = second + 1;
      continue;
    }
    // "killing 30 women and children.", "killed 12 patients and staff in the raid": as an object, a second noun
    // of people the count covers too, when the clause or a place follows (not "3 policemen and a civilian").
    if (t.norm === 'and' && head !== -1 && second === k + 1 && TAKEN_PEOPLE.has(tokens[second]?.norm ?? '') && TAKEN_PEOPLE.has(tokens[head]!.norm)
      && (tokens[second + 1] === undefined || (tokens[second + 1]!.kind === 'punct' && tokens[second + 1]!.text !== '-') || OBJECT_ENDS.has(tokens[second + 1]!.norm))) {
      head = last = second;
      k = second + 1;
      continue;
    }
    // Headlines join with a comma: "2 medics, patient killed in crash"; the second noun may have a word
    // describing it and a hedge may follow: "Two soldiers, army medic killed", "5 troops, civilian reported killed".
    if (t.text === ',' && head !== -1) {
      const second = headlineNounAfterComma(tokens, k);
      if (second !== -1) {
        head = last = second;
        k = second + 1;
        continue;
      }
    }
    // "members of the family", "six members of one family"; round 13, "12 members of a single family",
    // "nine volunteers of an aid committee".
    const indefinite = tokens[k + 1]?.norm === 'a' || tokens[k + 1]?.norm === 'an';
    if (t.norm === 'of' && head !== -1 && tokens[k + 1] && ((isPhraseWord(tokens[k + 1]) === false && (DETERMINERS.has(tokens[k + 1].norm) || indefinite))
      || (tokens[k + 1].norm === 'one' && GROUP_NOUNS.has(tokens[k + 2]?.norm ?? ''))) && tokens[k + 2]
      // Round 17: "30 soldiers of the 41st brigade": or a date or an ordinal, then a word of the group.
      && (isPhraseWord(tokens[k + 2]) || (tokens[k + 1].norm === 'the' && isPhraseWord(tokens[pastDateOrOrdinal(tokens, k + 2)] ?? tokens[k + 2])))) {
      complement = true;
      k += 2;
      continue;
    }
    break;
  }
  // "40 servicemen of the 113th Territorial Defense [Brigade …]": cut off by the limit, only the head names them.
  if (dated && k >= limit && tokens[k]?.kind === 'word' && isPhraseWord(tokens[k])) last = head;
  return { start: from, end: last === -1 ? from : last + 1, head };
}

/**
 * Round 10, war diaries: "2 O.R. killed", "1 Offr. wounded": the full stop of an abbreviation that
 * ends the people is no boundary before their predicate. Where the predicate may start.
 */
export function abbreviationEnd(tokens: readonly Token[], end: number): number {
  const stop = tokens[end];
  const word = tokens[end - 1];
  const abbreviation = word?.kind === 'word' && (word.text.includes('.') || ABBREVIATED_PEOPLE.has(word.norm));
  return stop?.text === '.' && stop.glued && abbreviation && tokens[end + 1]?.kind === 'word' && /^\p{Ll}/u.test(tokens[end + 1].text) ? end + 1 : end;
}

/**
 * "IS", "AQAP", "US": capitals inside a sentence that is not itself written in capitals are a
 * name, even where the lower case is a function word ("12 IS fighters").
 */
export function isAcronymAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t.kind !== 'word' || t.text.length < 2 || t.text.length > 6 || !/^\p{Lu}+$/u.test(t.text)) return false;
  const shouting = (n: Token | undefined) => n !== undefined && n.kind === 'word' && n.text.length > 1 && n.text === n.text.toUpperCase();
  return !shouting(tokens[k - 1]) && !shouting(tokens[k + 1]);
}

/** "lost their lives", "admitted to hospital": a predicate phrase ends the people before it. */
function startsPredicatePhrase(tokens: readonly Token[], k: number): boolean {
  return PREDICATE_PHRASES.some((phrase) => phrase.words[0] === tokens[k].norm && wordsAt(tokens, k, phrase.words));
}

/**
 * The category a harm word at k names: its own, save that "fatal" or "mortal" before an injury makes it a
 * death (round 18, safety regulators: "138 fatal injuries to workers", "the count of fatal injuries was 50").
 */
export function harmWordCategory(tokens: readonly Token[], k: number): Category | undefined {
  const category = PREDICATE_WORDS.get(tokens[k]?.norm ?? '');
  return category === 'wounded' && INJURY_SEVERITIES.get(tokens[k - 1]?.norm ?? '') === 'killed' ? 'killed' : category;
}

/** The verbs that say who counted people were: "Of the dead, 9 were children". */
export const COPULAS: ReadonlySet<string> = new Set(['were', 'was', 'are', 'is']);

/**
 * The people a copula at index k names ("… were civilians"); null when it names none ("were
 * buried", "were killed", "were in critical condition") or names no people.
 */
export function peopleAfterCopula(tokens: readonly Token[], k: number): NounPhrase | null {
  if (!COPULAS.has(tokens[k]?.norm ?? '')) return null;
  const next = tokens[k + 1];
  if (!next || next.kind !== 'word' || PREDICATE_WORDS.has(next.norm) || /ed$/.test(next.norm)) return null;
  const phrase = nounPhraseAfter(tokens, k + 1);
  return phrase.end > phrase.start && !isNonPerson(tokens, phrase) ? phrase : null;
}

export function isNonPerson(tokens: readonly Token[], phrase: NounPhrase): boolean {
  if (phrase.head !== -1 && phrase.head === phrase.start && GROUP_NOUNS.has(tokens[phrase.head].norm)) return true;
  return phrase.head !== -1 && NON_PERSON_NOUNS.has(tokens[phrase.head].norm);
}

const PLURAL_PEOPLE: ReadonlySet<string> = new Set(['men', 'women', 'children', 'police', 'militia', 'personnel']);
/** A plural of people: "civilians", "Iraqis", "men", "police"; not "boss", "civilian". */
export function isPluralOfPeople(word: string): boolean {
  return /[^s]s$/.test(word) || PLURAL_PEOPLE.has(word);
}

/** The words of a phrase as written, for the figure's actor ("North Korean soldiers"). */
export function phraseText(text: string, tokens: readonly Token[], phrase: NounPhrase): string | null {
  if (phrase.end <= phrase.start) return null;
  let start = phrase.start;
  // "of its soldiers" -> "soldiers": the partitive is not part of who was counted.
  while (start < phrase.end && (tokens[start].norm === 'of' || tokens[start].kind === 'num' || DETERMINERS.has(tokens[start].norm))) {
    start += 1;
  }
  if (start >= phrase.end) return null;
  // Round 22: "Three militants, civilian killed": the count is the first noun's where a headline's comma
  // joins one person to it; "34 soldiers, civilians killed", "Ten soldiers, police killed" count both.
  let end = phrase.end;
  // Round 23: "children under five": the age band read into the phrase is no part of who was counted.
  if (end - 2 > start && AGE_BAND_EDGES.has(tokens[end - 2].norm) && AGE_GROUPS.has(tokens[end - 3]?.norm ?? '')) end -= 2;
  else if (end - 3 > start && tokens[end - 3].norm === 'aged' && AGE_BAND_EDGES.has(tokens[end - 2].norm)) end -= 3;
  if (!isPluralOfPeople(tokens[end - 1].norm)) for (let k = start + 1; k < end; k++) if (tokens[k].text === ',') end = k;
  return text.slice(tokens[start].start, tokens[end - 1].end);
}

/** The subjects of a relative clause whose object is the counted people: "the 17 missionaries it seized". */
const RELATIVE_SUBJECTS: ReadonlySet<string> = new Set(['it', 'they', 'he', 'she', 'we']);

/**
 * Round 19, kidnap bulletins: "holding 12 of the 17 missionaries it seized last month", "the 40 villagers (that) they
 * abducted": the people counted, then a clause whose harm verb takes them as its object.
 */
export function harmedByRelative(tokens: readonly Token[], last: number): { category: Category; people: NounPhrase } | null {
  const people = nounPhraseAfter(tokens, afterCount(tokens, last));
  if (people.head === -1 || !TAKEN_PEOPLE.has(tokens[people.head]!.norm)) return null;
  let k = people.end;
  if (tokens[k]?.norm === 'that' || tokens[k]?.norm === 'whom') k += 1;
  if (!RELATIVE_SUBJECTS.has(tokens[k]?.norm ?? '')) return null;
  k += 1;
  if (tokens[k]?.norm === 'had' || tokens[k]?.norm === 'has' || tokens[k]?.norm === 'have') k += 1;
  // Round 23, hostage crises: "one of the 5 fishermen they were holding", "the 12 crew it still holds".
  if (tokens[k]?.norm === 'were' || tokens[k]?.norm === 'was' || tokens[k]?.norm === 'are' || tokens[k]?.norm === 'is' || tokens[k]?.norm === 'still') k += 1;
  // Not of a part: "beheaded one of the 5 fishermen they were holding" kills the one (the whole is counted on its own).
  if (HOLDING_VERBS.has(tokens[k]?.norm ?? '')) return tokens[last + 1]?.norm === 'of' ? null : { category: 'captured', people };
  const category = /ed$/.test(tokens[k]?.norm ?? '') ? TRANSITIVE_VERBS.get(tokens[k]!.norm) : undefined;
  return category ? { category, people } : null;
}

/** The noun at `head` names fighters: "soldiers", "bandits", and "elements" described as hostile ("takfiri elements"). */
export function isFighterNoun(tokens: readonly Token[], head: number): boolean {
  const t = tokens[head];
  if (t === undefined) return false;
  if (COMBATANT_NOUNS.has(t.norm)) return true;
  return (t.norm === 'elements' || t.norm === 'element') && HOSTILE_ELEMENT_WORDS.has(tokens[head - 1]?.norm ?? '');
}
