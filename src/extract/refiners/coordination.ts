// Coordination and ellipsis: "killing 35 children and seven adults", "wounding seven, including four
// US soldiers", "300 killed and another 2,700 injured" (handled by the predicate rule), "four men and
// two women were killed" (the first conjunct borrows from the second), "40 of them are critical",
// "7 fatalities (5 civilians, 2 police)" (a breakdown in brackets, as coder notes write it).
import type { NumberMention } from '../numbers.js';
import { isNonPerson, nounPhraseAfter } from '../phrases.js';
import { RULE } from '../rules/rule.js';
import type { Refiner } from '../rules/rule.js';
import type { Token } from '../tokens.js';
import { COUNT_NOUNS, EARLIER_WORDS, ESCAPE_VERBS, LINKING_WORDS, MONTHS, NON_HARM_FATES, NON_PERSON_NOUNS, PLACE_KINDS, PREDICATE_WORDS, SAY_VERBS, TOTAL_MODIFIERS, UNHARMED_PEOPLE } from '../vocabulary.js';

const FORWARD_JOINERS = new Set(['and', ',', 'including', 'plus', 'with', 'among', 'while', 'of', '(']);
/** Joiners of more than one word, read before the count they join: "as well as 5", "in addition to the 5". */
const PHRASE_JOINERS: readonly (readonly string[])[] = [['as', 'well', 'as'], ['in', 'addition', 'to'], ['besides']];
// Round 19, analytic briefs: "killed no fewer than 6,700, and possibly as many as 10,000": a hedge before the second count.
const SKIPPABLE = new Set(['another', 'a', 'further', 'other', 'also', 'as', 'well', 'them', 'whom', 'in', 'from', 'on', 'possibly', 'perhaps', 'probably']);
const MAX_GAP = 8;
/** Words that start a new clause, so that the numbers on either side are no list: ", but another". */
const CLAUSE_WORDS = new Set(['but', 'while', 'whereas', 'although', 'though', 'yet', 'so', 'as', 'when', 'another', 'where']);

/** Fills in governors for mentions that no rule claimed, from a neighbour in the same clause. */
export const inheritAcrossCoordination: Refiner = (tokens, mentions, governors) => {
  for (let i = 0; i < mentions.length; i++) {
    if (governors[i]) continue;
    const previous = i > 0 ? governors[i - 1] : null;
    // "eliminated 40 fighters, four tanks and a depot", "30 people and hundreds of cattle": things are not counted with the people.
    const counted = tokens[mentions[i].last + 1]?.norm === 'of' ? mentions[i].last + 2 : mentions[i].last + 1;
    // Round 13: "along with 22 combat vehicles": the head of the phrase, past the words describing it.
    if (NON_PERSON_NOUNS.has(tokens[counted]?.norm ?? '') || isNonPerson(tokens, nounPhraseAfter(tokens, mentions[i].last + 1))) continue;
    // "52 bodies and 340 survivors", "11 dead, 30 taken ill": the unharmed take no harm from the count beside them.
    if (countsUnharmed(tokens, mentions[i])) continue;
    // "12 were killed, while another 900 would be released": a count joined with a verb of its own
    // that no rule read as a harm is no harm (but "40 of them are critical" is a part, below).
    if (previous && (joinedForward(tokens, mentions[i - 1], mentions[i]) || anotherElsewhere(tokens, mentions[i - 1], mentions[i])) && !hasOwnVerb(tokens, mentions[i])) {
      governors[i] = { ...previous, rule: RULE.coordination, confidence: Math.min(previous.confidence, 0.75), actor: null };
      continue;
    }
    // "Twelve people are missing, including 4 from the village": a share named after the clause that counts the whole.
    if (previous && includedAfterClause(tokens, mentions[i - 1], mentions[i])) {
      governors[i] = { ...previous, rule: RULE.coordination, confidence: Math.min(previous.confidence, 0.7), actor: null };
      continue;
    }
    // Round 26, corrections: "which the office gave as 17, not 71 as originally reported": the figure it replaced.
    if (previous && replacedFigure(tokens, mentions[i - 1], mentions[i])) {
      governors[i] = { ...previous, rule: RULE.coordination, confidence: Math.min(previous.confidence, 0.7), actor: null };
      continue;
    }
    // Round 14, history books: "listed 10,947 insurgents killed by security forces, against 58 European soldiers":
    // the other side's count of the same harm, set against the figure before.
    if (previous && setAgainst(tokens, mentions[i - 1], mentions[i])) {
      governors[i] = { ...previous, rule: RULE.coordination, confidence: Math.min(previous.confidence, 0.7), actor: null };
      continue;
    }
    // Round 21, monitors' monthly reports: "responsible for the deaths of 21 civilians, Russian forces for four, and the
    // SDF for nine": a party and "for" with the count, the harm of the figure before gapped.
    if (previous && gappedFor(tokens, mentions[i - 1], mentions[i])) {
      governors[i] = { ...previous, rule: RULE.coordination, confidence: Math.min(previous.confidence, 0.7), actor: null };
      continue;
    }
    // Round 16, studies and reports: "roughly 62,000 deaths across Europe, with Italy (18,010), Spain (11,324) …": a place's share in brackets.
    if (previous && (placeInBrackets(tokens, mentions[i - 1], mentions[i]) || rivalInBrackets(tokens, mentions[i - 1], mentions[i]))) {
      governors[i] = { ...previous, rule: RULE.coordination, confidence: Math.min(previous.confidence, 0.7), actor: null };
      continue;
    }
    // Round 22: "Of the 40 people killed, 12 were children", "Of the 67 aid workers kidnapped in 2022, 52 were nationals":
    // the whole opening its clause after "Of the", then its part after the comma.
    if (previous && partOfFrontedWhole(tokens, mentions[i - 1], mentions[i])) {
      governors[i] = { ...previous, rule: RULE.partitive, confidence: 0.7, actor: null };
      continue;
    }
    // "40 of them", "31 of whom were children", ", of whom 31 are children" (round 8): a part of the
    // previous figure's people.
    // Round 19: "killed an estimated 227,898 people in 14 countries, roughly 170,000 of them": past a count of things.
    const whole = previous ?? (i > 1 && countsThings(tokens, mentions[i - 1]) ? governors[i - 2] : null);
    if (whole && (isBarePartitive(tokens, mentions[i].last + 1) || ofWhomBefore(tokens, mentions[i].start))) {
      governors[i] = { ...whole, rule: RULE.partitive, confidence: 0.7, actor: null };
      continue;
    }
    // "11 civilians killed; some sources say at least 14" (round 8): another source's count of the same harm.
    if (previous && (restatedBySpeaker(tokens, mentions[i - 1], mentions[i]) || ellipticalEstimate(tokens, mentions[i - 1], mentions[i])
      || givenBy(tokens, mentions[i - 1], mentions[i]))) {
      governors[i] = { ...previous, rule: RULE.coordination, confidence: Math.min(previous.confidence, 0.7), actor: null };
      continue;
    }
    // "1,024 new deaths, bringing the total to 56,000": a running total of the figure before it.
    // Round 10: "212 confirmed dead, up from 187 this morning": the figure it grew from.
    if (previous && (isRunningTotal(tokens, mentions[i].start) || isEarlierValue(tokens, mentions[i - 1], mentions[i]))) {
      // The value a count grew from counts the same people ("21 hostages …, up from 19"); a running
      // total may count more kinds than the increment beside it.
      const earlier = isEarlierValue(tokens, mentions[i - 1], mentions[i]);
      governors[i] = { ...previous, rule: RULE.runningTotal, confidence: 0.75, actor: earlier ? previous.actor : null };
    }
  }
  // Backwards: "four men and two women were killed" gives "four" the category of "two".
  const backward = new Set<number>();
  for (let i = mentions.length - 2; i >= 0; i--) {
    const next = governors[i + 1];
    // A list borrows along its length: "six Iraqis, two Lebanese and two women were kidnapped".
    if (governors[i] || !next || (next.rule !== RULE.subjectPredicate && !backward.has(i + 1))) continue;
    // "Of the 2,224 people on board, 1,500 died": the whole that the next count is part of.
    if (opensWithWhole(tokens, mentions[i].start)) continue;
    if (countsUnharmed(tokens, mentions[i])) continue;
    const between = tokens.slice(mentions[i].last + 1, mentions[i + 1].start);
    // "numbered about 21,000, of whom 18,917 were killed": the whole the next count is part of.
    if (between.some((t) => t.norm === 'whom') || between.some((t, j) => t.norm === 'of' && between[j + 1]?.norm === 'which')) continue;
    // "carried 60 people, 40 of whom were killed" (round 8): the next count is a part of this one.
    if (isBarePartitive(tokens, mentions[i + 1].last + 1)) continue;
    // Only people between them ("men and"), never a verb of their own ("were evacuated and").
    // "three men, two women and a child were killed": a list joined by commas works the same.
    const onlyPeople = between.every((t) => t.text === ','
      // Round 18: "corrected to 4,352, with over 8,000 still missing": "with" opens a clause of its own count.
      || (t.kind === 'word' && !LINKING_WORDS.has(t.norm) && !CLAUSE_WORDS.has(t.norm) && t.norm !== 'with' && !NON_PERSON_NOUNS.has(t.norm)
        && !MONTHS.has(t.norm)
        && !/(?:ed|ing)$/.test(t.norm)));
    if (between.length <= 4 && between.some((t) => t.norm === 'and' || t.text === ',') && onlyPeople) {
      governors[i] = { ...next, rule: RULE.coordination, confidence: 0.7, actor: null };
      backward.add(i);
    }
  }
};

/** Separators after which a second speaker gives their own count: "; some sources say 14", ", but rebels claim 40". */
// Round 17, historians' rival estimates: "…; nationalists have long claimed 45,000, and the historian Marc Delorme suggests 15,000 to 20,000".
const RESTATING_BREAKS: ReadonlySet<string> = new Set([';', ',', 'but', 'while', 'though', 'although', 'whereas', 'and']);
/** Small words inside a body's name: "Institute for Conflict and Security Studies". */
const NAME_WORDS: ReadonlySet<string> = new Set(['for', 'of', 'and', 'on']);
/** How many words a second speaker's name may take: "some local sources". */
const MAX_RESTATING_SPEAKER = 4;
/** A second speaker after a semicolon may follow a longer first clause: "10 million deaths in the Congo Free State has been challenged by demographers; …". */
const MAX_CLAUSE_GAP = 20;
/** After a semicolon the speaker may be named at more length: "the Belgian historian Luc Verhaegen". */
const MAX_CLAUSE_SPEAKER = 6;
/** Round 17: what a speaker gives before the count: "gives a range of 1.17 million to 3.42 million", "offers a figure of 40". */
const GIVEN_NOUNS: ReadonlySet<string> = new Set(['range', 'figure', 'estimate', 'toll', 'total']);
/** Round 17: the other figure named by who gave it: "well above the 1.5 million given by the Famine Inquiry Commission". */
const GIVEN_PARTICIPLES: ReadonlySet<string> = new Set(['given', 'cited', 'offered', 'claimed', 'proposed', 'published', 'accepted']);

/**
 * A bare count straight after a verb of saying, ending its clause, after a break from the figure
 * before it: "11 civilians killed; some sources say at least 14.", "five died, but rebels claimed 40."
 * Round 17: an aside between commas before the verb ("the historian Luc Verhaegen, in a revision published
 * last year, suggests roughly five million"), and "a range of" between the verb and the count.
 */
function restatedBySpeaker(tokens: readonly Token[], previous: NumberMention, current: NumberMention): boolean {
  let verb = current.start - 1;
  if (tokens[verb]?.norm === 'of' && GIVEN_NOUNS.has(tokens[verb - 1]?.norm ?? '') && (tokens[verb - 2]?.norm === 'a' || tokens[verb - 2]?.norm === 'an')) verb -= 3;
  if (!SAY_VERBS.has(tokens[verb]?.norm ?? '')) return false;
  const after = tokens[current.last + 1];
  if (after !== undefined && !(after.kind === 'punct' && (after.text === '.' || after.text === ';' || after.text === ')' || after.text === ','))) return false;
  let k = verb - 1;
  if (tokens[k]?.text === ',') {
    let open = k - 1;
    while (open > k - MAX_ASIDE && open > previous.last && tokens[open].text !== ',' && tokens[open].kind !== 'num') open -= 1;
    if (tokens[open]?.text === ',' && open > previous.last + 1) k = open - 1;
  }
  const speakerEnd = k;
  let words = 0;
  for (; k > previous.last && tokens[k].kind === 'word' && !RESTATING_BREAKS.has(tokens[k].norm); k--) {
    // Round 19, analytic briefs: "while the Pakistan Institute for Conflict and Security Studies counts 243": a body's
    // name in capitals counts as one word, its small words with it.
    if (/^\p{Lu}/u.test(tokens[k - 1]?.text ?? '') && (/^\p{Lu}/u.test(tokens[k].text) || NAME_WORDS.has(tokens[k].norm))) continue;
    if (++words > MAX_CLAUSE_SPEAKER) return false;
  }
  const clause = tokens[k]?.text === ';';
  if (words > (clause ? MAX_CLAUSE_SPEAKER : MAX_RESTATING_SPEAKER)) return false;
  return k > previous.last && k < speakerEnd && RESTATING_BREAKS.has(tokens[k].norm) && k - previous.last <= (clause ? MAX_CLAUSE_GAP : MAX_GAP);
}

/**
 * Round 17, historians' essays: "puts the figure at no fewer than 45 million, and Yang Jisheng's at 36 million": a
 * second estimate that shares the verb of the first, named only by whose it is.
 */
function ellipticalEstimate(tokens: readonly Token[], previous: NumberMention, current: NumberMention): boolean {
  const s = current.start;
  if (tokens[s - 1]?.norm !== 'at' || tokens[previous.start - 1]?.norm !== 'at' || !/['’]s$/.test(tokens[s - 2]?.norm ?? '')) return false;
  for (let k = s - 3; k > previous.last && k >= s - 2 - MAX_RESTATING_SPEAKER; k--) {
    if (tokens[k].norm === 'and' || tokens[k].text === ',') return k - previous.last <= MAX_GAP / 2;
    if (tokens[k].kind !== 'word') return false;
  }
  return false;
}

/** "the 1.5 million given by the Famine Inquiry Commission": another's figure, set beside the one before. */
function givenBy(tokens: readonly Token[], previous: NumberMention, current: NumberMention): boolean {
  return tokens[current.start - 1]?.norm === 'the' && GIVEN_PARTICIPLES.has(tokens[current.last + 1]?.norm ?? '')
    // Round 19: "range from the 162,000–378,000 excess deaths modelled by Ghent University researchers to the 600,000 cited by …".
    && tokens[current.last + 2]?.norm === 'by' && current.start - previous.last <= MAX_CLAUSE_GAP;
}

/** A count of things no rule read: "in 14 countries". */
function countsThings(tokens: readonly Token[], mention: NumberMention): boolean {
  return NON_PERSON_NOUNS.has(tokens[mention.last + 1]?.norm ?? '');
}

/** "of them", "of whom" at index k: a part of people counted before. */
function isBarePartitive(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.norm === 'of' && (tokens[k + 1]?.norm === 'them' || tokens[k + 1]?.norm === 'whom');
}

/**
 * ", of whom 31": the part's number after "of whom" and the comma that closes the whole's clause.
 * Round 12, health statistics: ", of which 611 were in people aged 75 or older" after deaths counted.
 */
function ofWhomBefore(tokens: readonly Token[], start: number): boolean {
  return (tokens[start - 1]?.norm === 'whom' || tokens[start - 1]?.norm === 'which') && tokens[start - 2]?.norm === 'of' && tokens[start - 3]?.text === ',';
}

/** Finite verbs and modals that give a count a predicate of its own. */
const OWN_VERBS: ReadonlySet<string> = new Set([
  'were', 'was', 'are', 'is', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'have', 'has', 'had',
]);
const RELATIVES: ReadonlySet<string> = new Set(['who', 'that', 'which', 'whom', 'whose']);

/** "another 900 would be released", "40 others were evacuated": a verb of its own within a few words after the count. */
function hasOwnVerb(tokens: readonly Token[], mention: NumberMention): boolean {
  for (let k = mention.last + 1; k < Math.min(tokens.length, mention.last + 5); k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || RELATIVES.has(t.norm)) return false;
    // "killed 4 and 12 escaped injury": getting away is a verb of its own, no borrowed harm.
    if (OWN_VERBS.has(t.norm) || ESCAPE_VERBS.has(t.norm)) return true;
  }
  return false;
}

/**
 * "340 survivors", "40 people alive": a count of people named unharmed, right after it or after one more word;
 * "30 taken ill", "400 arrested", "7,000 left homeless", "displaced 7,000 refugees": a count named by a fate that
 * is no harm (NON_HARM_FATES), after it past a link or two, or as the verb before it.
 */
function countsUnharmed(tokens: readonly Token[], mention: NumberMention): boolean {
  const unharmed = (k: number): boolean => UNHARMED_PEOPLE.has(tokens[k]?.norm ?? '') || NON_HARM_FATES.has(tokens[k]?.norm ?? '');
  if (unharmed(mention.last + 1) || (tokens[mention.last + 1]?.kind === 'word' && unharmed(mention.last + 2))) return true;
  let k = mention.last + 1;
  while (k < mention.last + 3 && FATE_LINKS.has(tokens[k]?.norm ?? '')) k += 1;
  return NON_HARM_FATES.has(tokens[k]?.norm ?? '') || NON_HARM_FATES.has(tokens[mention.start - 1]?.norm ?? '');
}

/** Words between a count and its fate: "30 taken ill", "12 people fell sick", "40 others arrested". */
const FATE_LINKS: ReadonlySet<string> = new Set(['taken', 'fell', 'falling', 'became', 'got', 'people', 'others', 'more']);

/** Round 26: "gave as 17, not 71", "It was 12, not 21": a bare count after ", not" right after the figure it stands in for. */
function replacedFigure(tokens: readonly Token[], previous: NumberMention, current: NumberMention): boolean {
  const s = current.start;
  const after = tokens[current.last + 1];
  return tokens[s - 1]?.norm === 'not' && tokens[s - 2]?.text === ',' && s - 2 === previous.last + 1 && (after === undefined || after.kind !== 'word' || after.norm === 'as');
}

/** "Of the 40 miners, ...", "Among the 300 passengers, ...": a count that opens its clause after "of" or "among". */
function opensWithWhole(tokens: readonly Token[], start: number): boolean {
  let k = start - 1;
  if (tokens[k]?.norm === 'the' || tokens[k]?.norm === 'its' || tokens[k]?.norm === 'their') k -= 1;
  if (tokens[k]?.norm !== 'of' && tokens[k]?.norm !== 'among') return false;
  const before = tokens[k - 1];
  return before === undefined || (before.kind === 'punct' && before.text !== '-');
}

/** Nouns that restate a count before it: "a figure as high as 800", "a toll of 12". */
const FIGURE_NOUNS: ReadonlySet<string> = new Set(['figure', 'toll', 'tally', 'estimate']);
/** Counts restated only by a copula after them: "locals say the real number is closer to 30", "the true count was 60". */
const STATED_COUNT_NOUNS: ReadonlySet<string> = new Set(['number', 'count', 'total']);
/** Estimates restated by a verb of reach before their number: "some estimates run as high as 9,000". */
const ESTIMATE_NOUNS: ReadonlySet<string> = new Set(['estimates', 'figures']);
const RUNNING_VERBS: ReadonlySet<string> = new Set(['run', 'runs', 'ran', 'range', 'ranges', 'ranged', 'go', 'goes', 'went', 'reach', 'reaches', 'reached']);

/** "the total to", "the tally at": a count noun a few words before the number, linked by to/at. */
const MAX_SCOPE_REACH = 7;
/** Prepositions that open a scope after a running total's noun: "the total for the season", "since January". */
const SCOPE_OPENERS: ReadonlySet<string> = new Set(['for', 'since', 'so', 'this', 'in']);

/** The longest aside read between a figure noun and its copula: ", which included deaths from typhus,". */
const MAX_ASIDE = 10;

/** A figure noun ending at k, or before an aside between commas that ends at k. */
function figureBefore(tokens: readonly Token[], k: number): boolean {
  let at = k;
  if (tokens[at]?.text === ',') {
    let open = at - 1;
    while (open > at - MAX_ASIDE && open > 0 && tokens[open].text !== ',') {
      if (tokens[open].kind === 'num' && !/^(?:1[5-9]|20)\d\d$/.test(tokens[open].text)) return false;
      open -= 1;
    }
    if (tokens[open]?.text !== ',') return false;
    at = open - 1;
  }
  const figureAt = (j: number): boolean => FIGURE_NOUNS.has(tokens[j]?.norm ?? '') || STATED_COUNT_NOUNS.has(tokens[j]?.norm ?? '');
  if (figureAt(at)) return true;
  // Round 27, name-counting projects: "the official figure given by the republic's head is 41": who gave it, between.
  for (let j = at; j > Math.max(0, at - MAX_GIVER); j--) {
    if (tokens[j]!.kind !== 'word') return false;
    if (tokens[j]!.norm === 'by' && GIVEN_PARTICIPLES.has(tokens[j - 1]?.norm ?? '')) return figureAt(j - 2);
  }
  return false;
}
/** How many words the one who gave a figure may take before its copula: "given by the republic's head is". */
const MAX_GIVER = 6;

function isRunningTotal(tokens: readonly Token[], start: number): boolean {
  const link = tokens[start - 1]?.norm;
  // "some sources give a figure as high as 800": the figure itself before the (qualified) number.
  if (link !== undefined && FIGURE_NOUNS.has(link)) return true;
  // "although some estimates run as high as 9,000", "other estimates range up to 900" (round 6).
  if (link !== undefined && RUNNING_VERBS.has(link) && ESTIMATE_NOUNS.has(tokens[start - 2]?.norm ?? '')) return true;
  // Round 9: "the Patriarchate's own figure, published in 1896, was 8,750": a figure restated by a copula.
  if (link === 'was' || link === 'is') return figureBefore(tokens, start - 2);
  if (link !== 'to' && link !== 'at') return false;
  for (let k = start - 2; k >= Math.max(0, start - 4); k--) if (COUNT_NOUNS.has(tokens[k].norm)) return true;
  // "bringing the total for the season to 87", "the tally since January to 412": the count noun
  // after "the", then a short phrase of scope (words only) before the number.
  for (let k = start - 2; k >= Math.max(1, start - MAX_SCOPE_REACH); k--) {
    if (tokens[k].kind !== 'word') return false;
    // Round 8: "the cumulative total for the season to 167": one modifier may stand after "the".
    const the = TOTAL_MODIFIERS.has(tokens[k - 1].norm) ? k - 2 : k - 1;
    // Round 10: "bringing the total recovered since Friday to 412": a participle before the scope.
    const scope = /ed$/.test(tokens[k + 1]?.norm ?? '') ? k + 2 : k + 1;
    if (COUNT_NOUNS.has(tokens[k].norm)) return tokens[the]?.norm === 'the' && SCOPE_OPENERS.has(tokens[scope]?.norm ?? '');
  }
  return false;
}

/**
 * ", up from 187", ", down from 40": the earlier value of the figure just before, set off by a comma.
 * Round 15, running revisions and abstracts: ", compared with 96", "correcting an earlier figure of
 * six", "revising a previous toll of 19" (an earlier count named as such needs no comma).
 */
function isEarlierValue(tokens: readonly Token[], previous: NumberMention, current: NumberMention): boolean {
  const s = current.start;
  if (tokens[s - 1]?.norm === 'of' && COUNT_NOUNS.has(tokens[s - 2]?.norm ?? '') && EARLIER_WORDS.has(tokens[s - 3]?.norm ?? '')) {
    // Not "was 2,975, up from the earlier figure of 64": after "from" it is the figure's own revision
    // (revisionOf), which reconcile shows as "was 64" (tests/cli/dossier-disputed.test.ts).
    return tokens[s - 5]?.norm !== 'from' && s - 3 - previous.last <= EARLIER_VALUE_GAP;
  }
  const lead = tokens[s - 2]?.norm;
  // A bare count only: "compared with 40 arrests" compares other things (a harm noun after it is read by the rules).
  const after = tokens[current.last + 1];
  const bare = after === undefined || after.kind !== 'word' || AFTER_BARE_COUNT.has(after.norm);
  // Round 26, monitors' annual totals: "280 aid workers killed in 2024 (2023: 205)": the count a year before, in brackets.
  if (tokens[s - 1]?.text === ':' && inYear(tokens, s - 2) && tokens[s - 3]?.text === '(' && after?.text === ')') {
    return s - 3 - previous.last <= EARLIER_VALUE_GAP && !tokens.slice(previous.last + 1, s - 3).some((t) => t.text === ';' || t.text === '.');
  }
  // Round 26: "a 27% rise on the previous quarter's 1,448", "against last year's 401": the count of an earlier period.
  // It may stand past a share ("a 27% rise on"), never past a full stop or semicolon.
  if (bare && PERIOD_POSSESSIVES.has(tokens[s - 1]?.norm ?? '') && PERIOD_BEFORE.has(lead ?? '')) {
    return s - 1 - previous.last <= MAX_EARLIER_GAP && !tokens.slice(previous.last + 1, s).some((t) => t.text === ';' || t.text === '.');
  }
  // Round 16, health agencies: "2,124 deaths in July, more than double the 1,024 recorded a year earlier": the count it is a multiple of.
  if (tokens[s - 1]?.norm === 'the' && MULTIPLES.has(lead ?? '') && (bare || RECORDED.has(after?.norm ?? ''))) {
    let k = s - 3;
    while (k > previous.last && k >= s - 5 && tokens[k].kind === 'word' && MULTIPLE_HEDGES.has(tokens[k].norm)) k -= 1;
    return tokens[k]?.text === ',' && k - previous.last <= EARLIER_VALUE_GAP;
  }
  const comparing = lead === 'compared' && (tokens[s - 1]?.norm === 'with' || tokens[s - 1]?.norm === 'to') && bare;
  if (!(comparing || (tokens[s - 1]?.norm === 'from' && (lead === 'up' || lead === 'down'))) || tokens[s - 3]?.text !== ',') return false;
  // Round 14: "At least 2,452 migrants have died … so far this year, according to IOM's Missing Migrants
  // Project, up from 1,417": the value a count grew from may follow its speaker, no other count between.
  const gap = s - 3 - previous.last;
  // Round 20: a year or a span of years between them is no count ("629 people in 2023-24, the ministry told …, up from 605").
  return gap <= EARLIER_VALUE_GAP || (gap <= MAX_EARLIER_GAP && !tokens.slice(previous.last + 1, s - 3).some((t, j) => t.kind === 'num' && !inYear(tokens, previous.last + 1 + j)));
}

/** A year ("2023") or the short end of a span of years glued to one ("2023-24"). */
function inYear(tokens: readonly Token[], j: number): boolean {
  const year = (t: Token | undefined) => t?.kind === 'num' && /^(?:1[89]|20)\d\d$/.test(t.text);
  if (year(tokens[j])) return true;
  return /^\d\d$/.test(tokens[j].text) && tokens[j].glued && /^[-–/]$/.test(tokens[j - 1]?.text ?? '') && tokens[j - 1].glued && year(tokens[j - 2]);
}
/** How far a place's bracketed share may stand from the figure before it: "across Europe in summer 2022, with Italy". */
const MAX_PLACE_GAP = 10;

/**
 * "(18,010)" alone in brackets right after a capitalised name ("with Italy (18,010), Spain (11,324)"), with
 * no clause break or other count (but a year) since the figure before it: that figure's share of a place.
 */
function placeInBrackets(tokens: readonly Token[], previous: NumberMention, current: NumberMention): boolean {
  if (placeAccountingFor(tokens, previous, current)) return true;
  const name = current.start - 2;
  if (tokens[current.start - 1]?.text !== '(' || tokens[current.last + 1]?.text !== ')' || !/^\p{Lu}/u.test(tokens[name]?.text ?? '')) return false;
  // The share before it closes its own brackets: "Italy (18,010), Spain (11,324) and Germany (".
  if (tokens[previous.last + 1]?.text === ')') return name - previous.last <= 3 && (tokens[name - 1]?.text === ',' || tokens[name - 1]?.norm === 'and');
  // The first share of a place after "with", "in", "across": not an age after a name ("its mayor, Isko (42),"), and a part of the whole.
  if (name - previous.last > MAX_PLACE_GAP || !PLACE_LEADS.has(tokens[name - 1]?.norm ?? '')) return false;
  if (current.high === null || previous.low === null || current.high >= previous.low) return false;
  return tokens.slice(previous.last + 1, name).every((t) => (t.kind === 'word' && !CLAUSE_WORDS.has(t.norm)) || t.text === ','
    || (t.kind === 'num' && /^(?:19|20)\d\d$/.test(t.text)));
}
const PLACE_LEADS: ReadonlySet<string> = new Set(['with', 'in', 'across', 'at', 'from']);

/** How many words a rival's name in brackets may take: "(Taliban: 25)", "(Health Ministry: 40)". */
const MAX_RIVAL_NAME = 3;
/** How far the bracket may stand after the figure it answers. */
const MAX_RIVAL_GAP = 12;

/**
 * Round 27, wire timelines: "kills 53 at Kaaj education centre, the UN says (Taliban: 25)": a rival's count of
 * the same harm in brackets, its name capitalised before a colon, nothing after the count but the bracket's close.
 */
function rivalInBrackets(tokens: readonly Token[], previous: NumberMention, current: NumberMention): boolean {
  if (tokens[current.start - 1]?.text !== ':' || tokens[current.last + 1]?.text !== ')') return false;
  let open = current.start - 2;
  while (open > current.start - 2 - MAX_RIVAL_NAME && tokens[open]?.kind === 'word') open -= 1;
  if (tokens[open]?.text !== '(' || open === current.start - 2 || !/^\p{Lu}/u.test(tokens[open + 1]!.text)) return false;
  if (open - previous.last > MAX_RIVAL_GAP) return false;
  return tokens.slice(previous.last + 1, open).every((t) => t.kind === 'word' || t.text === ',');
}

/** Round 26, monitors' annual totals: "… fell to 300 last year, … with Colombia accounting for 142": a place's share of the count before. */
const ACCOUNTING_VERBS: ReadonlySet<string> = new Set(['accounting', 'accounted']);
function placeAccountingFor(tokens: readonly Token[], previous: NumberMention, current: NumberMention): boolean {
  const s = current.start;
  const after = tokens[current.last + 1];
  if (tokens[s - 1]?.norm !== 'for' || !ACCOUNTING_VERBS.has(tokens[s - 2]?.norm ?? '') || (after !== undefined && after.kind === 'word')) return false;
  const name = s - 3;
  if (!/^\p{Lu}/u.test(tokens[name]?.text ?? '') || name - previous.last > MAX_EARLIER_GAP) return false;
  if (current.high === null || previous.low === null || current.high >= previous.low) return false;
  // No clause break and no other count (but a year) since the figure before.
  return tokens.slice(previous.last + 1, name).every((t) => t.text !== ';' && t.text !== '.' && (t.kind !== 'num' || /^(?:19|20)\d\d$/.test(t.text)));
}

/** "double the 1,024", "twice the 300": the count a figure is compared with as its multiple. */
const MULTIPLES: ReadonlySet<string> = new Set(['double', 'twice', 'triple', 'treble', 'quadruple', 'half']);
/** What may stand before such a multiple: "more than double", "almost twice", "nearly half". */
const MULTIPLE_HEDGES: ReadonlySet<string> = new Set(['more', 'than', 'almost', 'nearly', 'about', 'roughly', 'over', 'just', 'under', 'well']);
/** How the compared count was kept: "the 1,024 recorded", "the 300 reported". */
const RECORDED: ReadonlySet<string> = new Set(['recorded', 'reported', 'registered', 'counted', 'logged']);
/** An earlier value may follow a longer clause than a list's next count: "23 bodies from the rubble of the market building, up from 17". */
const EARLIER_VALUE_GAP = 12;
/** Round 26: an earlier period's own count, "the previous quarter's 1,448", "last year's 401". */
const PERIOD_POSSESSIVES: ReadonlySet<string> = new Set(['year\'s', 'quarter\'s', 'month\'s', 'week\'s', 'year’s', 'quarter’s', 'month’s', 'week’s']);
const PERIOD_BEFORE: ReadonlySet<string> = new Set(['previous', 'last', 'prior', 'preceding']);
/** How far ", up from N" may stand from its count past the count's speaker, no other count between. */
const MAX_EARLIER_GAP = 24;
const AFTER_BARE_COUNT: ReadonlySet<string> = new Set(['in', 'during', 'over', 'for', 'at', 'on', 'the', 'a', 'last', 'this', 'before', 'between', 'from', 'and']);

/** ", including N" or "(including N" right after the clause of the figure before it, with no other clause or number between. */
function includedAfterClause(tokens: readonly Token[], previous: NumberMention, current: NumberMention): boolean {
  // Round 12, military briefings: "519,560 personnel, including +1,140 over the past day": an increment's sign.
  const signed = tokens[current.start - 1]?.text === '+' && tokens[current.start].glued ? current.start - 1 : current.start;
  // Round 12: ", including a woman and her three children": one person named first, then the count of hers.
  const start = personThenTheirs(tokens, signed) ? signed - 4 : signed;
  // ", including 4", and (round 6) ", among them 233", ", among whom 12".
  const among = tokens[start - 2]?.norm === 'among' && (tokens[start - 1]?.norm === 'them' || tokens[start - 1]?.norm === 'whom');
  // "received 23 bodies, including those of four attackers": the bodies of the people counted.
  const thoseOf = !among && tokens[start - 1]?.norm === 'of' && tokens[start - 2]?.norm === 'those' && tokens[start - 3]?.norm === 'including';
  if (thoseOf) return includedAfterClause(tokens, previous, { ...current, start: start - 2 });
  const lead = among ? 2 : 1;
  // Round 8: "9 killed (including 4 children)": the share in brackets, as situation reports write it.
  const opener = tokens[start - lead - 1];
  if (!(among || tokens[start - 1]?.norm === 'including')) return false;
  // Round 11, coder notes: "19 killed incl. 8 children", "killed 12 people including 3 children":
  // "including" may follow the clause's last word with no comma.
  if (opener?.text !== ',' && opener?.text !== '(' && (among || opener?.kind !== 'word')) return false;
  let dates = 0;
  // Round 14: "19 of the 47 people on board were killed, among them two pilots": the whole the count is of.
  const whole = wholeAfter(tokens, previous.last);
  // Dossier round 7: "killed since the Vostranian invasion began in February 2024, including 612 children": the
  // period the total covers, however long, is no clause between it and its share.
  let since = false;
  for (let k = previous.last + 1; k < start - lead - 1; k++) {
    const t = tokens[k];
    since ||= t.norm === 'since';
    if (k === whole || (since && t.kind === 'word' && !CLAUSE_WORDS.has(t.norm))) {
      dates += 1;
      continue;
    }
    // ", though," and ", however," are asides, not a new clause.
    const aside = tokens[k - 1]?.text === ',' && tokens[k + 1]?.text === ',';
    // "killed 40 people between 3 and 9 March, including 4 children": the days are no count between.
    if (isInDate(tokens, k)) {
      dates += 1;
      continue;
    }
    // Round 21, yearly tallies: "465 deaths in the mountains in 2023, among them 84 on ski slopes": the year the total
    // covers, with its preposition, is no count between.
    if (t.kind === 'num' && /^(?:19|20)\d\d$/.test(t.text) && YEAR_LEADS.has(tokens[k - 1]?.norm ?? '')) {
      dates += 2;
      continue;
    }
    // Dossier round 10: "19 bodies had been brought to the hospital in Helm city, including 7 women": a named
    // place is no clause between the whole and its share, however many words it takes.
    const place = namedPlaceEnd(tokens, k);
    if (place > k) {
      dates += place - k;
      k = place - 1;
      continue;
    }
    // "34 of the 35 dead had been identified, among them 11 students": the whole the count was taken from.
    if (t.kind === 'num' && isWholeOf(tokens, previous, k)) continue;
    if (t.kind === 'num' || (CLAUSE_WORDS.has(t.norm) && !aside) || (t.kind === 'punct' && t.text !== ',')) return false;
  }
  return start - previous.last - dates - setOffSpeaker(tokens, previous.last + 1, start - lead - 1) <= MAX_GAP + 3 + lead - 1;
}

const YEAR_LEADS: ReadonlySet<string> = new Set(['in', 'during', 'throughout']);
/** Prepositions of where, before a place's name: "in Helm city", "at Mercy Hospital", "near Tarvos". */
const WHERE_LEADS: ReadonlySet<string> = new Set(['in', 'at', 'near', 'outside']);
const MAX_PLACE_NAME = 3;

/**
 * Just past a preposition of where and a place's name of capitalised words (with a kind of place after it,
 * "in Helm city", "in the Marden district"), when one starts at k; else k.
 */
function namedPlaceEnd(tokens: readonly Token[], k: number): number {
  if (!WHERE_LEADS.has(tokens[k]?.norm ?? '')) return k;
  let j = k + 1;
  if (tokens[j]?.norm === 'the') j += 1;
  const name = j;
  while (j < name + MAX_PLACE_NAME && tokens[j]?.kind === 'word' && /^\p{Lu}/u.test(tokens[j]!.text)) j += 1;
  if (j === name) return k;
  if (PLACE_KINDS.has(tokens[j]?.norm ?? '')) j += 1;
  return j;
}

/** How many words may name the party of a gapped clause: "Russian forces", "the SDF", "Government-aligned militias". */
const MAX_GAPPED_PARTY = 4;

/**
 * "… for the deaths of 21 civilians, Russian forces for four, and the SDF for nine": the count right after "for", a
 * party of a few words with no verb before it, a comma (and "and") before the party, and the figure before it
 * itself after "for" and up to three words ("for the deaths of 21"; not "voted for 12, the opposition for 9").
 */
function gappedFor(tokens: readonly Token[], previous: NumberMention, current: NumberMention): boolean {
  if (tokens[current.start - 1]?.norm !== 'for') return false;
  const after = tokens[current.last + 1];
  if (after !== undefined && after.kind === 'word' && after.norm !== 'and') return false;
  let k = current.start - 2;
  const partyEnd = k;
  while (k > current.start - 2 - MAX_GAPPED_PARTY && tokens[k]?.kind === 'word' && !LINKING_WORDS.has(tokens[k]!.norm) && !SAY_VERBS.has(tokens[k]!.norm)) k -= 1;
  if (k === partyEnd || (tokens[k]?.norm !== 'and' && tokens[k]?.text !== ',')) return false;
  if (tokens[k]?.norm === 'and') k -= 1;
  if (tokens[k]?.text !== ',' || tokens[k - 1] === undefined) return false;
  // The figure before ends its own conjunct at this comma: "…deaths of 21 civilians," or "…Russian forces for four,".
  const before = tokens.slice(previous.last + 1, k);
  if (before.length > 3 || before.some((t) => t.kind !== 'word')) return false;
  for (let j = previous.start - 1; j >= Math.max(0, previous.start - 4); j--) if (tokens[j]!.norm === 'for') return true;
  return false;
}

/** How many words may stand between a figure and the ", against" that sets another count beside it. */
const MAX_AGAINST_GAP = 7;

/** ", against 58 European soldiers": "against" right after a comma that closes the figure's clause, no number between. */
function setAgainst(tokens: readonly Token[], previous: NumberMention, current: NumberMention): boolean {
  // Round 26: "stood at 121, against the 98 acknowledged by the state government": the other party's count, by its participle.
  const stated = tokens[current.start - 1]?.norm === 'the' && STATED_PARTICIPLES.has(tokens[current.last + 1]?.norm ?? '');
  const against = stated ? current.start - 2 : current.start - 1;
  if (tokens[against]?.norm !== 'against' || tokens[against - 1]?.text !== ',') return false;
  const between = tokens.slice(previous.last + 1, against - 1);
  return between.length <= MAX_AGAINST_GAP && between.every((t) => t.kind === 'word');
}

/** Participles by which another party gave a count: "against the 98 acknowledged by the government". */
const STATED_PARTICIPLES: ReadonlySet<string> = new Set([...GIVEN_PARTICIPLES, 'acknowledged', 'admitted', 'reported', 'confirmed', 'recorded', 'announced']);

/** The index of the whole in "19 of the 47", "12 of its 40" right after the count ending at `last`, or -1. */
function wholeAfter(tokens: readonly Token[], last: number): number {
  if (tokens[last + 1]?.norm !== 'of') return -1;
  const at = /^(?:the|its|their)$/.test(tokens[last + 2]?.norm ?? '') ? last + 3 : last + 2;
  return tokens[at]?.kind === 'num' ? at : -1;
}

/** "34 of the 35": the number at `k` is the whole the count is taken from, straight after it. */
function isWholeOf(tokens: readonly Token[], count: NumberMention, k: number): boolean {
  const between = tokens.slice(count.last + 1, k).map((t) => t.norm).join(' ');
  return between === 'of the' || between === 'of';
}

/** A word of a date at `k`: a month, a day or year beside it, or the joiner of a span of days. */
function isInDate(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.kind === 'num') return isPartOfDate(tokens, k) || isSpanOfTime(tokens, k);
  if (DAY_JOINERS.has(t.norm)) return tokens[k - 1]?.kind === 'num' && isPartOfDate(tokens, k - 1) && tokens[k + 1]?.kind === 'num' && isPartOfDate(tokens, k + 1);
  return MONTHS.has(t.norm) && t.norm !== 'may';
}

/** Round 16, tallies by period: "52 martyrs in the last 24 hours, including 18 children": the hours are no count between. */
function isSpanOfTime(tokens: readonly Token[], k: number): boolean {
  return PERIOD_LEADS.has(tokens[k - 1]?.norm ?? '') && PERIODS.has(tokens[k + 1]?.norm ?? '');
}
const PERIOD_LEADS: ReadonlySet<string> = new Set(['last', 'past', 'previous', 'preceding']);
const PERIODS: ReadonlySet<string> = new Set(['hours', 'days', 'weeks', 'months']);

const DAY_JOINERS: ReadonlySet<string> = new Set(['and', 'to', '-', '–', 'until', 'through']);
/** A day or year of a date at `k`: "9 March", "March 9", "3 and 9 March", "3-9 March", "9 March 2021". */
function isPartOfDate(tokens: readonly Token[], k: number): boolean {
  const isMonth = (j: number) => MONTHS.has(tokens[j]?.norm ?? '');
  if (!/^\d{1,4}$/.test(tokens[k]!.text)) return false;
  if (isMonth(k - 1) || isMonth(k + 1)) return true;
  const joinedDay = (j: number) => tokens[j]?.kind === 'num' && /^\d{1,2}$/.test(tokens[j]!.text);
  // "3 and 9 March": the first day of a span whose last day has its month; "March 3 and 9": the last.
  if (DAY_JOINERS.has(tokens[k + 1]?.norm ?? '') && joinedDay(k + 2) && isMonth(k + 3)) return true;
  return DAY_JOINERS.has(tokens[k - 1]?.norm ?? '') && joinedDay(k - 2) && isMonth(k - 3);
}

const POSSESSIVES_OF_ONE: ReadonlySet<string> = new Set(['her', 'his', 'their']);
/** "including a woman and her three children", "including a man and his two sons": the words before the count at `start`. */
function personThenTheirs(tokens: readonly Token[], start: number): boolean {
  return POSSESSIVES_OF_ONE.has(tokens[start - 1]?.norm ?? '') && tokens[start - 2]?.norm === 'and' && tokens[start - 3]?.kind === 'word'
    && (tokens[start - 4]?.norm === 'a' || tokens[start - 4]?.norm === 'an') && tokens[start - 5]?.norm === 'including';
}

/** Longest speaker set off by commas that may stand between a count and its share. */
const MAX_SET_OFF_SPEAKER = 8;

/**
 * "All 157 on board were killed, the aviation authority said, including 149 passengers": the length
 * of the speaker set off just before the comma at `comma` (0 when there is none), so that the share
 * is no farther from its whole than without it.
 */
function setOffSpeaker(tokens: readonly Token[], from: number, comma: number): number {
  if (tokens[comma]?.text !== ',' || !SAY_VERBS.has(tokens[comma - 1]?.norm ?? '')) return 0;
  for (let k = comma - 2; k >= Math.max(from, comma - MAX_SET_OFF_SPEAKER); k--) {
    if (tokens[k].text === ',') return comma - k;
    if (tokens[k].kind !== 'word') return 0;
  }
  return 0;
}

/** How far the count before may stand from the "and another" that leaves its verb out. */
const MAX_ELLIPSIS_GAP = 12;
/** Words that open the place or time of an elliptical count: "and another six in an abandoned car". */
const ELLIPSIS_ADJUNCTS: ReadonlySet<string> = new Set(['in', 'at', 'on', 'near', 'inside', 'outside', 'along', 'from', 'under', 'during']);

/**
 * Round 20, cartel news: "the bodies of 10 men were found hanging from a bridge and another six in an
 * abandoned car", "Ten were killed in the village and another six in the town": "and another" (or "and a
 * further") before a count that leaves out the verb of the one before, then where or when; no clause
 * opener, no other count (a year aside) between them.
 */
function anotherElsewhere(tokens: readonly Token[], previous: NumberMention, current: NumberMention): boolean {
  let k = current.start - 1;
  if (tokens[k]?.norm === 'further' && tokens[k - 1]?.norm === 'a') k -= 2;
  else if (tokens[k]?.norm === 'another') k -= 1;
  else return false;
  if (tokens[k]?.norm !== 'and' || k - previous.last > MAX_ELLIPSIS_GAP) return false;
  const after = tokens[current.last + 1];
  if (after && after.kind === 'word' && !ELLIPSIS_ADJUNCTS.has(after.norm)) return false;
  return tokens.slice(previous.last + 1, k).every((t) => (t.kind === 'word' && !CLAUSE_WORDS.has(t.norm) && !ELLIPSIS_BREAKS.has(t.norm))
    || (t.kind === 'num' && /^(?:19|20)\d\d$/.test(t.text)));
}
const ELLIPSIS_BREAKS: ReadonlySet<string> = new Set([...RELATIVES, 'and', 'or']);

/** True when `current` follows `previous` across a joiner and nothing but the previous people. */
function joinedForward(tokens: readonly Token[], previous: NumberMention, current: NumberMention): boolean {
  if (current.start - previous.last > MAX_GAP + 1) return false;
  // "the killing of 58 and the recruitment of 120": a nominal of its own governs the count, and it
  // is no harm (a harm nominal would have governed it already).
  const nominal = tokens[current.start - 2];
  if (tokens[current.start - 1]?.norm === 'of' && nominal?.kind === 'word' && !FORWARD_JOINERS.has(nominal.norm) && !SKIPPABLE.has(nominal.norm)) return false;
  // Round 16, posts and threads: "3 killed (2 men, 1 woman)", "three were killed (two men, one woman)":
  // the breakdown in brackets after the figure's own predicate.
  if (tokens[current.start - 1]?.text === '(' && current.start - previous.last <= 5
    && tokens.slice(previous.last + 1, current.start - 1).every((t, j) => t.kind === 'word'
      && (PREDICATE_WORDS.has(t.norm) || LINKING_WORDS.has(t.norm) || (j === 0 && isPlainNoun(t.norm))))
    && PREDICATE_WORDS.has(tokens[current.start - 2]?.norm ?? '')) return true;
  // Round 19: "three deaths have been confirmed — two Tongan nationals and a British woman —", "has lost five
  // peacekeepers — three Burundians, a Rwandan and an Egyptian —": a breakdown set off by spaced dashes after the figure's clause.
  const dash = tokens[current.start - 1];
  if (dash && SPACED_DASHES.has(dash.text) && !dash.glued && current.start - 1 - previous.last <= 5
    && tokens.slice(previous.last + 1, current.start - 1).every((t) => t.kind === 'word')
    && tokens.slice(current.last + 1, current.last + 12).some((t) => t.text === dash.text && !t.glued)) return true;
  let sawJoiner = false;
  let from = current.start - 1;
  // "killing 10 people in addition to the 5 attackers", "as well as 3 police officers".
  const phraseEnd = tokens[from]?.norm === 'the' ? from - 1 : from;
  const phrase = PHRASE_JOINERS.find((words) => words.every((w, j) => tokens[phraseEnd - words.length + 1 + j]?.norm === w));
  if (phrase && phraseEnd - phrase.length >= previous.last) {
    sawJoiner = true;
    from = phraseEnd - phrase.length;
  }
  for (let k = from; k > previous.last; k--) {
    const t = tokens[k];
    if (FORWARD_JOINERS.has(t.norm)) { sawJoiner = true; continue; }
    if (SKIPPABLE.has(t.norm)) continue;
    if (!sawJoiner && t.kind === 'word') return false;
    if (sawJoiner && t.kind === 'word' && !/^[\p{Lu}]/u.test(t.text) && !isPlainNoun(t.norm) && !CASE_STATUSES.has(t.norm)) return false;
    // Round 26: "killed 24 people — among them four firefighters —": a spaced dash sets off the part as a comma does.
    if (t.kind === 'punct' && t.text !== ',' && t.text !== '.' && t.text !== '-' && !(SPACED_DASHES.has(t.text) && !t.glued)) return false;
    // A year between two consecutive mentions is none itself: "43 people in 2022, among them 19 children".
    if (t.kind === 'num' && /^(?:19|20)\d\d$/.test(t.text)) continue;
    if (t.kind === 'num') return false;
  }
  return sawJoiner;
}

const SPACED_DASHES: ReadonlySet<string> = new Set(['—', '–']);

/** Round 11, epidemic bulletins: "45 deaths (34 confirmed, 11 probable)": how sure each part of a breakdown is. */
const CASE_STATUSES: ReadonlySet<string> = new Set(['confirmed', 'probable', 'suspected', 'verified', 'reported', 'unconfirmed']);

/** Words that can sit between a figure and a joined one: the first figure's own people. */
function isPlainNoun(norm: string): boolean {
  return !/(?:ed|ing)$/.test(norm) && norm.length > 2;
}

/**
 * How far the part may stand after its fronted whole: "Of the 67 aid workers kidnapped in 2022, 52". Round 27, name
 * lists: "Of the 9,740 people whose deaths the Syrian Network for Human Rights has documented by name in Aleppo
 * governorate, 1,912 were children" (the clause between holds no stop, comma or other count).
 */
const FRONTED_WHOLE_REACH = 22;

/**
 * Round 22: the part after "Of the N …," where the whole opens its sentence or clause: "Of the 40 people killed, 12 were
 * children" (the part's own copula or verb after it, no number between).
 */
function partOfFrontedWhole(tokens: readonly Token[], whole: NumberMention, part: NumberMention): boolean {
  if (tokens[whole.start - 1]?.norm !== 'the' || tokens[whole.start - 2]?.norm !== 'of') return false;
  const opener = tokens[whole.start - 3];
  if (opener !== undefined && !(opener.kind === 'punct' && opener.text !== ',') && opener.norm !== 'that') return false;
  if (tokens[part.start - 1]?.text !== ',' || part.start - whole.last > FRONTED_WHOLE_REACH) return false;
  // A year may stand in the whole's clause ("kidnapped in 2022"), no other number or stop.
  for (let j = whole.last + 1; j < part.start - 1; j++) {
    if ((tokens[j].kind === 'num' && !/^(?:19|20)\d\d$/.test(tokens[j].text)) || tokens[j].kind === 'punct') return false;
  }
  return tokens[part.last + 1]?.kind === 'word' && LINKING_WORDS.has(tokens[part.last + 1].norm);
}
