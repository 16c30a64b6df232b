// "killing 23 people", "killed or wounded 1,500", "abducted six female students", "took away two staff",
// "gunned down 30 protesters", "killing all 140 people on board": a harm verb directly before the
// number governs it, and the people after it are who was counted.
import type { Category } from '../../figure.js';
import { afterCount, beforeCount, COUNT_WORDS, dayPeriodAt, harmedByRelative, isFighterNoun, isNonPerson, isRecordingAt, nounPhraseAfter } from '../phrases.js';
import type { NounPhrase } from '../phrases.js';
import { CLOSING_QUOTES, type Token } from '../tokens.js';
import {
  ARMED_GROUP_NOUNS, BURYING_VERBS, CAPTIVE_NOUNS, CAPTIVE_STATES, CAPTOR_NOUNS, COMBATANT_NOUNS, COMBAT_PHRASAL_VERBS, COMBAT_VERBS, DEAD_BODIES, HOSPITALS, LEAVING_VERBS, LIFE_TAKING_VERBS, LIVES, LOSING_VERBS, LOSS_DESTINATIONS, MOURNERS, NON_PERSON_NOUNS, PHRASAL_VERBS, PREDICATE_WORDS, RELEASE_VERBS, SENDING_VERBS, TAKEN_PEOPLE, TAKING_VERBS, TALLIED_ARMS, TRANSITIVE_VERBS, WEEKDAYS,
} from '../vocabulary.js';
import { isIrrealisBefore } from './irrealis.js';
import { joinHarms, RULE } from './rule.js';
import type { CategoryRule } from './rule.js';

/**
 * "killing the nine soldiers", "killed all 140 people", "abducted all the 12 girls", and (round 11,
 * claims of both sides) "lost only two fighters", "killed just three militants"; possessives, "killed his
 * two sons", "abducted her three daughters", "lost our 12 colleagues".
 */
const BEFORE_COUNT = new Set(['all', 'the', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'both', 'only', 'just', 'merely']);
/** "lost 3,000 men killed or wounded": "lost" counts only through the harm that follows. */
const LOSING: ReadonlySet<string> = new Set(LOSING_VERBS);
/** Who may be lost, as a loss of life: people named as people, fighters or crews, never things ("lost 23 rigs"). */
const LOST_PEOPLE: ReadonlySet<string> = new Set([...TAKEN_PEOPLE, ...COMBATANT_NOUNS, 'pilots', 'airmen', 'aircrew', 'crewmen', 'seamen', 'members', 'lives']);

/** How far after the soldiers a tally's period or its arms may stand. */
const TALLY_REACH = 8;

/**
 * Soldiers lost in a daily tally: a period of a day after them (dayPeriodAt: "over the past 24
 * hours", "in the last day", "per day"), or arms listed beside them ("230 servicemen, one tank and three vehicles").
 */
function isLossTally(tokens: readonly Token[], phrase: NounPhrase): boolean {
  if (phrase.head === -1 || !COMBATANT_NOUNS.has(tokens[phrase.head]!.norm)) return false;
  for (let k = phrase.end; k < Math.min(tokens.length, phrase.end + TALLY_REACH); k++) {
    const t = tokens[k]!;
    if (t.text === '.' || t.text === ';') return false;
    // Round 23: or a week's, "over the previous week", "in the past week".
    if (dayPeriodAt(tokens, k) || weekPeriodAt(tokens, k)) return true;
    if (TALLIED_ARMS.has(t.norm) && tokens.slice(phrase.end, k).some((w) => w.text === ',')) return true;
  }
  return false;
}

/** "the past week", "the previous week" at k (after "the"): a weekly tally's period. */
function weekPeriodAt(tokens: readonly Token[], k: number): boolean {
  return tokens[k - 1]?.norm === 'the' && WEEK_OPENERS.has(tokens[k]?.norm ?? '') && tokens[k + 1]?.norm === 'week';
}
const WEEK_OPENERS: ReadonlySet<string> = new Set(['past', 'previous', 'last']);

interface VerbGroup {
  start: number;
  category: Category;
  /** A verb of military statements: it kills only fighters ("destroyed 40 militants", not "40 tanks"). */
  combat?: boolean;
  /** A plain verb of taking: it captures only people taken by captors ("the gunmen took 80 students"). */
  taking?: boolean;
  /** Burying: it counts the dead only when mourners bury them ("we buried 23 people"). */
  burying?: boolean;
}

/** The harm verb ending at index `at` and where it starts; "killed or wounded" is one verb group. */
function verbGroupEndingAt(tokens: readonly Token[], at: number): VerbGroup | null {
  const t = tokens[at];
  if (!t) return null;
  const combat = COMBAT_VERBS.get(t.norm);
  if (combat) return { start: at, category: combat, combat: true };
  const combatPhrasal = COMBAT_PHRASAL_VERBS.get(`${tokens[at - 1]?.norm} ${t.norm}`);
  if (combatPhrasal) return { start: at - 1, category: combatPhrasal, combat: true };
  if (TAKING_VERBS.has(t.norm)) return { start: at, category: 'captured', taking: true };
  if (BURYING_VERBS.has(t.norm)) return { start: at, category: 'killed', burying: true };
  for (const phrasal of PHRASAL_VERBS) {
    if (t.norm === phrasal.words[1] && tokens[at - 1]?.norm === phrasal.words[0]) {
      return { start: at - 1, category: phrasal.category };
    }
  }
  const category = TRANSITIVE_VERBS.get(t.norm);
  if (!category) return null;
  const joiner = tokens[at - 1];
  const other = TRANSITIVE_VERBS.get(tokens[at - 2]?.norm ?? '');
  if (joiner && (joiner.norm === 'or' || joiner.norm === 'and') && other) {
    return { start: at - 2, category: joinHarms(other, category, joiner.norm) };
  }
  return { start: at, category };
}

/**
 * "cost 12 lives", "claimed 100,000 Iraqi lives", "cost 40 innocent civilian lives": at most two words
 * between. Lives added to a count: "claimed 11 more lives", "claimed another 4 lives", "a further 9".
 */
function livesTaken(tokens: readonly Token[], mention: { start: number; last: number }): boolean {
  const verbAt = mention.start - 1 - addedBefore(tokens, mention.start);
  if (!LIFE_TAKING_VERBS.has(tokens[verbAt]?.norm ?? '') || isIrrealisBefore(tokens, verbAt)) return false;
  for (let k = mention.last + 1; k <= mention.last + 3; k++) {
    const t = tokens[k];
    if (t === undefined || t.kind !== 'word') return false;
    if (LIVES.has(t.norm)) return true;
    // "11 more lives", not "12 more than ...".
    if (t.norm === 'more' && k === mention.last + 1 && tokens[k + 1]?.norm !== 'than') continue;
    if (LIVES_GAP_STOPS.has(t.norm) || PREDICATE_WORDS.has(t.norm)) return false;
  }
  return false;
}
/** Words of "another 4 lives" and "a further 9 lives" between the verb and the number: how many. */
function addedBefore(tokens: readonly Token[], start: number): number {
  if (tokens[start - 1]?.norm === 'another') return 1;
  if (tokens[start - 1]?.norm === 'further' && tokens[start - 2]?.norm === 'a') return 2;
  return 0;
}
/** Words that end the gap between a number and "lives": the lives are not the number's. */
const LIVES_GAP_STOPS: ReadonlySet<string> = new Set(['and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'the', 'a', 'an', 'more', 'than']);

/** "militants", "military personnel", "Russians": fighters, or a people named by its plural. */
function namesFighters(tokens: readonly Token[], head: number): boolean {
  const t = tokens[head];
  return t !== undefined && (isFighterNoun(tokens, head) || /^\p{Lu}\p{Ll}+(?:ans|is)$/u.test(t.text) || membersOfArmedGroup(tokens, head));
}

/** How many words may name the armed group after "members of": "the Barrio 18 gang", "a Sinaloa cartel cell". */
const ARMED_GROUP_REACH = 6;

/**
 * Round 14: "three members of the Barrio 18 gang", "12 members of a drug cartel": members of an armed group
 * (ARMED_GROUP_NOUNS, a few words after "members of", a name's number among them) are fighters.
 */
function membersOfArmedGroup(tokens: readonly Token[], head: number): boolean {
  let members = head;
  while (members > head - ARMED_GROUP_REACH && members > 0 && !/^members?$/.test(tokens[members].norm)) members -= 1;
  if (!/^members?$/.test(tokens[members]?.norm ?? '') || tokens[members + 1]?.norm !== 'of') return false;
  for (let k = members + 2; k < members + 2 + ARMED_GROUP_REACH && k < tokens.length; k++) {
    if (ARMED_GROUP_NOUNS.has(tokens[k].norm)) return true;
    if (tokens[k].kind === 'punct') return false;
  }
  return false;
}

/**
 * Captors just before the verb, up to two adverbs or auxiliaries aside: "the gunmen took", "bandits
 * also took", "armed men snatched", "kidnappers are still holding".
 */
function takenByCaptors(tokens: readonly Token[], verbAt: number): boolean {
  let k = verbAt - 1;
  if (WORDS_BEFORE_TAKING.has(tokens[k]?.norm ?? '')) k -= 1;
  if (WORDS_BEFORE_TAKING.has(tokens[k]?.norm ?? '')) k -= 1;
  const t = tokens[k];
  if (t === undefined) return false;
  return CAPTOR_NOUNS.has(t.norm) || (t.norm === 'men' && tokens[k - 1]?.norm === 'armed');
}
const ADVERBS_BEFORE_TAKING: ReadonlySet<string> = new Set(['also', 'then', 'reportedly', 'allegedly', 'later']);
const WORDS_BEFORE_TAKING: ReadonlySet<string> = new Set([...ADVERBS_BEFORE_TAKING, 'still', 'are', 'is', 'were', 'was']);

/** "We buried 23 people", "villagers have buried 40 bodies": mourners just before the verb (an auxiliary between), the dead after it. */
function buriedByMourners(tokens: readonly Token[], verbAt: number, phrase: NounPhrase): boolean {
  let k = verbAt - 1;
  // Round 19, diaries: "the men had already buried 31 people": an auxiliary and an adverb between.
  for (let words = 0; words < 2 && (tokens[k]?.norm === 'have' || tokens[k]?.norm === 'had' || tokens[k]?.norm === 'already'
    || ADVERBS_BEFORE_TAKING.has(tokens[k]?.norm ?? '') || tokens[k]?.norm === 'personally'); words++) k -= 1;
  if (!MOURNERS.has(tokens[k]?.norm ?? '') || phrase.head === -1) return false;
  const head = tokens[phrase.head]!.norm;
  return TAKEN_PEOPLE.has(head) || DEAD_BODIES.has(head) || head === 'victims' || head === 'dead';
}

const KIN_POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its']);
/**
 * "killed a woman and her two children", "abducted a teacher and 12 pupils": one person named
 * with "a" or "the" before the count, the verb before them both. The index of that verb, or -1.
 */
function beforeSingleObject(tokens: readonly Token[], at: number): number {
  let k = KIN_POSSESSIVES.has(tokens[at]?.norm ?? '') ? at - 1 : at;
  if (tokens[k]?.norm !== 'and') return -1;
  let reach = SINGLE_OBJECT_WORDS;
  for (let j = k - 1; j >= Math.max(0, k - reach); j--) {
    const t = tokens[j];
    // Round 13: "killed a 9-year-old girl and two adults": an age hyphenated before the person is no count.
    if (isAgeCompound(tokens, j)) {
      reach += 1;
      continue;
    }
    // Round 10: "lost the life and 8 others were wounded": "the life" is the idiom's, no person.
    if (t.kind !== 'word' || PREDICATE_WORDS.has(t.norm) || t.norm === 'life' || LIVES.has(t.norm)) return -1;
    // "kidnapped the district commissioner and 2 of his bodyguards": a definite one too.
    if (t.norm === 'a' || t.norm === 'an' || t.norm === 'the') return j - 1;
    // Round 27, testimony: "shot dead her husband and three neighbours": one of a family named by a possessive.
    if (PERSONAL_POSSESSIVES.has(t.norm)) return j - 1;
  }
  return -1;
}
const PERSONAL_POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'their', 'my', 'our']);

const SINGLE_OBJECT_WORDS = 4;

/** How far back a list of arms may reach from the people to its losing verb. */
const ARMS_LIST_REACH = 12;

/**
 * Round-up headlines of a side's losses and of what it destroyed: "army loses plane, three tanks, 80
 * troops", "lost a helicopter, two tanks and 40 fighters", "destroyed four warehouses, almost 90
 * invaders": the people after a list of things are the verb's object too. The position of the losing
 * or combat verb, or -1. Only things (NON_PERSON_NOUNS, each with one word before it: "ammunition
 * depots") and counts may stand between, and the people are fighters (listsFighters:
 * not "lost two contracts, three plants and 400 workers").
 */
function beforeArmsList(tokens: readonly Token[], at: number): number {
  if (tokens[at]?.text !== ',' && tokens[at]?.norm !== 'and') return -1;
  let things = 0;
  for (let j = at - 1; j >= Math.max(0, at - ARMS_LIST_REACH); j--) {
    const t = tokens[j]!;
    if (LOSING.has(t.norm) || COMBAT_VERBS.has(t.norm)) return things > 0 ? j : -1;
    if (isThing(t)) things += 1;
    else if (!(t.kind === 'num' || t.text === ',' || LIST_WORDS.has(t.norm) || COUNT_WORDS.has(t.norm) || isThing(tokens[j + 1]))) return -1;
  }
  return -1;
}
const isThing = (t: Token | undefined): boolean => t !== undefined && NON_PERSON_NOUNS.has(t.norm);
const LIST_WORDS: ReadonlySet<string> = new Set(['and', 'a', 'an', 'one']);

/** The people counted at `last` are fighters: "80 troops", "12 Ukrainian soldiers". */
function listsFighters(tokens: readonly Token[], last: number): boolean {
  const { head } = nounPhraseAfter(tokens, afterCount(tokens, last));
  return head !== -1 && COMBATANT_NOUNS.has(tokens[head]!.norm);
}

/** A token of "9-year-old" (the digits, a glued dash, a glued "year-old"): an age, no count. */
function isAgeCompound(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  const aged = (k: number) => tokens[k]?.glued === true && /-old$/.test(tokens[k]!.norm);
  if (t.kind === 'num') return tokens[j + 1]?.text === '-' && tokens[j + 1].glued && aged(j + 2);
  if (t.text === '-' && t.glued) return tokens[j - 1]?.kind === 'num' && aged(j + 1);
  return aged(j) && tokens[j - 1]?.text === '-';
}

/** "may have killed 300" reports an uncertain past; "could have killed hundreds" did not happen. */
function uncertainPast(tokens: readonly Token[], verbAt: number): boolean {
  const modal = tokens[verbAt - 2]?.norm;
  return tokens[verbAt - 1]?.norm === 'have' && (modal === 'may' || modal === 'might') && tokens[verbAt - 3]?.norm !== 'not';
}


/** "the remaining four", "the other 12": the rest of people named before. */
const REST_WORDS: ReadonlySet<string> = new Set(['remaining', 'other', 'last']);

/**
 * "executed three hostages and released the remaining four": the rest of the captives named
 * earlier in the sentence, freed, are captives counted (never "released the other 12 prisoners' names").
 */
function restOfCaptivesReleased(tokens: readonly Token[], mention: { start: number; last: number }): boolean {
  // Round 19, kidnap bulletins: "the gang is still holding 12 of the 17 missionaries it seized, after five were freed":
  // a bare count freed, after captives or their taking named earlier in the sentence.
  // Round 20: "kidnapped 12 soldiers …; two of the soldiers were released": a part of the captives named again.
  if (releasedAfter(tokens, mention.last + 1) || releasedAfter(tokens, pastPartitive(tokens, mention.last + 1)) || bareReleased(tokens, mention)) {
    const before = tokens.slice(0, mention.start);
    if (before.some((t) => CAPTIVE_NOUNS.has(t.norm) || TRANSITIVE_VERBS.get(t.norm) === 'captured' || CAPTIVE_STATES.has(t.norm))) return true;
  }
  // Round 19, piracy: "Somali pirates released the 17 crew": captors freeing people they held.
  let verbAt = tokens[mention.start - 1]?.norm === 'the' ? mention.start - 2 : mention.start - 1;
  // Round 22: "rebels freed Wednesday two soldiers": a day between the verb and the count.
  const dayEnd = pastDayBefore(tokens, verbAt);
  if (dayEnd !== -1 && RELEASE_VERBS.has(tokens[dayEnd]?.norm ?? '')) verbAt = dayEnd;
  if (RELEASE_VERBS.has(tokens[verbAt]?.norm ?? '') && takenByCaptors(tokens, verbAt) && TAKEN_PEOPLE.has(tokens[mention.last + 1]?.norm ?? '')) return true;
  const rest = tokens[mention.start - 1];
  if (!rest || !REST_WORDS.has(rest.norm) || tokens[mention.start - 2]?.norm !== 'the') return false;
  // Round 15, coder summaries: "Four of the hostages were found dead; the remaining 10 were released".
  if (releasedAfter(tokens, mention.last + 1)) return tokens.slice(0, mention.start - 2).some((t) => CAPTIVE_NOUNS.has(t.norm));
  if (!RELEASE_VERBS.has(tokens[mention.start - 3]?.norm ?? '')) return false;
  const next = tokens[mention.last + 1];
  if (next && next.kind === 'word' && !FOLLOWS_ELLIPSIS.has(next.norm)) return false;
  return tokens.slice(0, mention.start - 3).some((t) => CAPTIVE_NOUNS.has(t.norm));
}
/** Past "of the soldiers", "of those hostages" (up to three words after the determiner) at k; k when there is none. */
function pastPartitive(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.norm !== 'of' || !/^(?:the|those|these)$/.test(tokens[k + 1]?.norm ?? '')) return k;
  for (let j = k + 2; j < k + 5; j++) {
    if (tokens[j]?.kind !== 'word') return k;
    if (RELEASE_LINKS.has(tokens[j].norm)) return j;
  }
  return k;
}
/**
 * Round 22, aid-security digests: "4 health workers abducted from a clinic on 2 Apr; 1 released on 4 Apr", "six crew
 * seized, two freed": a bare participle of release right after a count that opens its clause after a semicolon or
 * comma, with nothing after it but a time or the end (not "1 released a statement").
 */
function bareReleased(tokens: readonly Token[], mention: { start: number; last: number }): boolean {
  const opener = tokens[mention.start - 1]?.text;
  const verb = tokens[mention.last + 1];
  if ((opener !== ';' && opener !== ',') || !verb || !RELEASE_VERBS.has(verb.norm) || !/ed$/.test(verb.norm)) return false;
  const next = tokens[mention.last + 2];
  return next === undefined || next.kind === 'punct' || FOLLOWS_ELLIPSIS.has(next.norm);
}
/** "were released", "were later freed", "have since been released" at k. */
function releasedAfter(tokens: readonly Token[], k: number): boolean {
  for (let links = 0; links < 3 && RELEASE_LINKS.has(tokens[k]?.norm ?? ''); links++) k += 1;
  return k > 0 && RELEASE_LINKS.has(tokens[k - 1]!.norm) && RELEASE_VERBS.has(tokens[k]?.norm ?? '') && /ed$/.test(tokens[k]!.norm);
}
const RELEASE_LINKS: ReadonlySet<string> = new Set(['were', 'was', 'have', 'had', 'been', 'later', 'since', 'eventually', 'all']);
const FOLLOWS_ELLIPSIS: ReadonlySet<string> = new Set(['on', 'in', 'at', 'after', 'later', 'unharmed', 'and', 'the', 'to', 'days', 'hours', 'weeks']);

/** Words between "to"/"in" and the hospital: "to the hospital", "in local hospitals". */
const HOSPITAL_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'local', 'nearby', 'area', 'several', 'two', 'three']);

/**
 * "sent 17 others to hospital", "put three officers in hospital", "landed 12 fans in the hospital":
 * people sent to hospital by what hurt them are wounded. The people's phrase, then "to" or "in" and
 * the hospital at most two words on.
 */
function sentToHospital(tokens: readonly Token[], mention: { start: number; last: number }): NounPhrase | null {
  const verbAt = mention.start - 1;
  const left = LEAVING_VERBS.has(tokens[verbAt]?.norm ?? '') && (tokens[verbAt - 1]?.norm === 'and' || tokens[verbAt - 1]?.text === ',');
  if (!(SENDING_VERBS.has(tokens[verbAt]?.norm ?? '') || left) || isIrrealisBefore(tokens, verbAt)) return null;
  const phrase = nounPhraseAfter(tokens, mention.last + 1);
  if (isNonPerson(tokens, phrase)) return null;
  // "the ministry sent 40 doctors to hospitals": the staff sent to treat them are not the hurt.
  if (phrase.head !== -1 && HOSPITAL_STAFF.has(tokens[phrase.head].norm)) return null;
  let k = Math.max(phrase.end, mention.last + 1);
  if (tokens[k]?.norm === 'others' || tokens[k]?.norm === 'more') k += 1;
  if (tokens[k]?.norm !== 'to' && tokens[k]?.norm !== 'in' && tokens[k]?.norm !== 'into') return null;
  k += 1;
  for (let hops = 0; hops < 2 && HOSPITAL_DETERMINERS.has(tokens[k]?.norm ?? ''); hops++) k += 1;
  if (!HOSPITALS.has(tokens[k]?.norm ?? '')) return null;
  // "sent 200 letters to hospital staff": the hospital names something else.
  const next = tokens[k + 1];
  return next === undefined || next.kind !== 'word' || AFTER_HOSPITAL.has(next.norm) ? phrase : null;
}
/** People sent to a hospital to work there. */
const HOSPITAL_STAFF: ReadonlySet<string> = new Set([
  'doctors', 'nurses', 'medics', 'paramedics', 'surgeons', 'staff', 'volunteers', 'troops', 'soldiers', 'guards', 'experts', 'teams', 'specialists',
]);
/** What may follow the hospital the hurt were sent to: "to hospital with burns", "in hospital on Monday". */
const AFTER_HOSPITAL: ReadonlySet<string> = new Set([
  'with', 'for', 'after', 'in', 'on', 'at', 'where', 'and', 'but', 'while', 'as', 'following', 'overnight', 'suffering', 'by', 'on',
]);

/** How far before "lost N of them" the people they are part of may be named. */
const LOST_GROUP_REACH = 8;

/** Words that may stand between "to" and where the people went: "to a rival firm", "to the breakaway party". */
const DESTINATION_REACH = 3;

/** "lost 40 workers to a rival firm": people who went elsewhere, not people who died. */
function lostToElsewhere(tokens: readonly Token[], from: number): boolean {
  if (tokens[from]?.norm !== 'to') return false;
  for (let k = from + 1; k <= from + DESTINATION_REACH && k < tokens.length; k++) {
    if (LOSS_DESTINATIONS.has(tokens[k]!.norm)) return true;
    if (tokens[k]!.kind !== 'word') return false;
  }
  return false;
}

/** "lost 28 of them", "lost 12 of whom": a part of people (LOST_PEOPLE) or of the harmed named just before the verb. */
function lostOfPeopleBefore(tokens: readonly Token[], verb: number, after: number): boolean {
  if (tokens[after]?.norm !== 'of' || !(tokens[after + 1]?.norm === 'them' || tokens[after + 1]?.norm === 'whom')) return false;
  return tokens.slice(Math.max(0, verb - LOST_GROUP_REACH), verb)
    .some((t) => LOST_PEOPLE.has(t.norm) || (PREDICATE_WORDS.has(t.norm) && PREDICATE_WORDS.get(t.norm) !== 'killed'));
}

const DAY_WORDS: ReadonlySet<string> = new Set([...WEEKDAYS, 'yesterday', 'today', 'tonight', 'overnight']);
const LAST_SPANS: ReadonlySet<string> = new Set(['week', 'weekend', 'night', 'month']);

/** Where a day named between a verb and its count ends ("freed Wednesday", "on Tuesday", "last week"): the token before it, or -1. */
function pastDayBefore(tokens: readonly Token[], at: number): number {
  const t = tokens[at]?.norm ?? '';
  if (DAY_WORDS.has(t)) return tokens[at - 1]?.norm === 'on' ? at - 2 : at - 1;
  if (LAST_SPANS.has(t) && (tokens[at - 1]?.norm === 'last' || tokens[at - 1]?.norm === 'this')) return at - 2;
  return -1;
}

export const objectOfVerb: CategoryRule = {
  name: RULE.objectOfVerb,
  govern({ tokens }, mention) {
    if (livesTaken(tokens, mention)) return { category: 'killed', rule: this.name, confidence: 0.85, actor: null };
    const sent = sentToHospital(tokens, mention);
    if (sent) return { category: 'wounded', rule: this.name, confidence: 0.8, actor: sent.end > sent.start ? sent : null };
    if (restOfCaptivesReleased(tokens, mention)) {
      // "1 released": the participle names no one, so the figure counts "people".
      const actor = bareReleased(tokens, mention) ? { start: mention.last + 1, end: mention.last + 1, head: -1 } : null;
      return { category: 'captured', rule: this.name, confidence: 0.75, actor };
    }
    const object = harmedByRelative(tokens, mention.last);
    if (object) return { category: object.category, rule: this.name, confidence: 0.75, actor: object.people };
    let verbEnd = beforeCount(tokens, mention.start);
    // "had 'eliminated' up to 350 servicemen": a verb in quotes, its closing quote glued to it.
    if (CLOSING_QUOTES.has(tokens[verbEnd]?.text ?? '') && tokens[verbEnd]!.glued && tokens[verbEnd - 1]?.kind === 'word') verbEnd -= 1;
    while (verbEnd > mention.start - 3 && BEFORE_COUNT.has(tokens[verbEnd]?.norm ?? '')) verbEnd -= 1;
    // Round 15: "killing six workers and injuring another four", "wounding a further 12": an increment after the verb.
    if (verbEnd === mention.start - 1) verbEnd -= addedBefore(tokens, mention.start);
    // Round 22, wire style: "rebels freed Wednesday two soldiers", "killed on Tuesday 12 rebels", "abducted last week 4".
    const dayEnd = verbEnd === beforeCount(tokens, mention.start) ? pastDayBefore(tokens, verbEnd) : -1;
    if (dayEnd !== -1 && verbGroupEndingAt(tokens, dayEnd)) verbEnd = dayEnd;
    let verb = verbGroupEndingAt(tokens, verbEnd) ?? verbGroupEndingAt(tokens, beforeSingleObject(tokens, verbEnd));
    const listed = verb || !listsFighters(tokens, mention.last) ? -1 : beforeArmsList(tokens, verbEnd);
    if (listed !== -1) {
      verbEnd = listed;
      verb = verbGroupEndingAt(tokens, listed);
    }
    if (!verb) return null;
    // "captured two wounded soldiers": the harm adjective describes the people, the verb governs.
    const after = afterCount(tokens, mention.last);
    const adjective = PREDICATE_WORDS.has(tokens[after]?.norm ?? '') && tokens[after + 1]?.kind === 'word';
    let phrase = nounPhraseAfter(tokens, after + (adjective ? 1 : 0));
    // Round 13: "took 60 soldiers prisoner", "had taken 12 guards captive": the state after the people says it, whoever took them.
    const lastWord = phrase.end - 1;
    const takenCaptive = verb.taking && (CAPTIVE_STATES.has(tokens[Math.max(phrase.end, after)]?.norm ?? '')
      || (lastWord > phrase.start && CAPTIVE_STATES.has(tokens[lastWord]!.norm)));
    if (takenCaptive && lastWord > phrase.start && CAPTIVE_STATES.has(tokens[lastWord]!.norm)) phrase = { start: phrase.start, end: lastWord, head: lastWord - 1 };
    if (isNonPerson(tokens, phrase)) return null;
    // "the photographer captured 12 soldiers on film": an image taken, no one held.
    if (tokens[verbEnd].norm.startsWith('captur') && isRecordingAt(tokens, Math.max(phrase.end, after))) return null;
    if (verb.combat && !namesFighters(tokens, phrase.head)) return null;
    if (verb.taking && !takenCaptive && !(takenByCaptors(tokens, verb.start) && phrase.head !== -1 && TAKEN_PEOPLE.has(tokens[phrase.head]!.norm))) return null;
    if (verb.burying && !buriedByMourners(tokens, verb.start, phrase)) return null;
    // Round 14: "we took in 340 wounded and lost 28 of them before morning": of people just named, those lost died.
    if (LOSING.has(tokens[verbEnd].norm) && lostOfPeopleBefore(tokens, verbEnd, after) && !isIrrealisBefore(tokens, verb.start)) {
      return { category: 'killed', rule: this.name, confidence: 0.75, actor: null };
    }
    // "lost 3,000 men killed or wounded" counts through the harm; "lose 6-5" counts nobody.
    if (LOSING.has(tokens[verbEnd].norm) && (phrase.head === -1 || PREDICATE_WORDS.has(tokens[Math.max(phrase.end, after)]?.norm ?? ''))) return null;
    // "the regiment lost 300 men", "lost 23 working rigs": a loss of people only with people named as such.
    if (LOSING.has(tokens[verbEnd].norm) && !LOST_PEOPLE.has(tokens[phrase.head]!.norm)) return null;
    if (LOSING.has(tokens[verbEnd].norm) && lostToElsewhere(tokens, Math.max(phrase.end, after))) return null;
    if (isIrrealisBefore(tokens, verb.start) && !uncertainPast(tokens, verb.start)) return null;
    // Round 13: "lost up to 1,310 servicemen over the past 24 hours", "lost 230 troops, one tank and three
    // vehicles": a defence ministry's daily tally of losses counts the dead and the wounded together.
    const category = LOSING.has(tokens[verbEnd].norm) && (listed !== -1 || isLossTally(tokens, phrase)) ? 'casualties' : verb.category;
    return { category, rule: this.name, confidence: 0.9, actor: phrase.end > phrase.start ? phrase : null };
  },
};
