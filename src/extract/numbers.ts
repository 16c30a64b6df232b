// Number mentions: digits ("1,000", "1.5 million", "11k"), number words ("twenty-five", "eleven
// thousand"), vague quantities ("hundreds", "a few") and ranges ("between 100 and 300"), each with
// the qualifier in front of it ("at least", "about", "up to"). Numbers that are measures, dates,
// years, times, ages, money or ordinals are not mentions at all.
import type { Qualifier } from '../figure.js';
import type { Token } from './tokens.js';
import { harmedByRelative, nounPhraseAfter } from './phrases.js';
import { wordsAt } from './tokens.js';
import {
  ACTOR_NOUNS_THAT_ARE_PREDICATES, AGE_BAND_EDGES, AGE_GROUPS, CAPTIVE_NOUNS, CREDIT_BODIES, CURRENCY_SIGNS, DEAD_BODIES, GLUED_SCALES, HARMED_PEOPLE, HARMFUL_EVENTS, MEASURE_WORDS, MONTHS, PREDICATE_WORDS, QUALIFIER_PHRASES, SCALES, SPEAKER_ROLES, TENS, TRANSITIVE_VERBS, UNITS, VAGUE_QUANTITIES, VERBS_TAKING_OVER, VICTIMS,
  type VagueQuantity,
} from './vocabulary.js';

export interface NumberMention {
  /** Token index where the mention starts, qualifier included. */
  start: number;
  /** Token indexes of the number itself (first and last, inclusive). */
  first: number;
  last: number;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  /** Spelled out ("two"), not digits: a weaker signal on its own ("one of the soldiers"). */
  spelled: boolean;
  /** Larger than any population (or beyond floating point): never a figure, reported instead. */
  absurd?: boolean;
}

/** A number token that cannot be read whole ("1e6", "10^6", "1.000", "one million billion"): no value at all. */
export interface RefusedNumber {
  /** Token indexes of the whole token, first and last inclusive. */
  first: number;
  last: number;
}

/** Anything above this is not a head count of people (the world's population, with margin). */
export const MAX_PLAUSIBLE = 9_000_000_000;

interface ParsedNumber {
  value: number;
  last: number;
  spelled: boolean;
  /** The number carried its own scale word ("1.5 million"): a bare "1.1" before it may share it. */
  scale: number;
  /** refuse: the token cannot be read whole; skip: it is plainly no count (a label, a measure). */
  verdict?: 'refuse' | 'skip';
  /** Where a refused token starts, when before the digits (".5"). */
  from?: number;
}

const CHANGE_VERBS = new Set([
  'rose', 'risen', 'rising', 'rises', 'increased', 'climbed', 'jumped', 'grew', 'soared', 'up', 'revised', 'raised', 'went',
  'lowered', 'reduced', 'cut', 'corrected', 'updated', 'adjusted', 'fell', 'dropped', 'down',
]);
/** How far back a change verb may stand before "from": "raised the death toll from 58 to 77". */
const CHANGE_VERB_REACH = 5;
const WORD_NUMBER_JOINERS = new Set(['and', 'a']);
const LABELS_BEFORE_NUMBERS = new Set([
  'no', 'number', 'flight', 'route', 'highway', 'resolution', 'article', 'section', 'chapter', 'page', 'room',
  'platform', 'gate', 'level', 'grade', 'class', 'category', 'channel', 'apollo', 'version', 'model', 'size',
  'magnitude', 'aged', 'age', 'ages', 'scale', 'code', 'paragraph', 'item', 'the', 'year', 'since', 'in', 'until',
]);
/**
 * Round 27, camps, prisons and testimony: a capitalised part of a place before digits names it ("detainees in Cell 4
 * died", "Camp 15", "District 8", "Block 3"); in lower case the word may end a phrase before a count ("in the camp 40 died").
 */
const CAPITALISED_LABELS: ReadonlySet<string> = new Set([
  'cell', 'camp', 'block', 'ward', 'zone', 'sector', 'district', 'unit', 'building', 'barrack', 'barracks', 'wing', 'hangar',
  'compound', 'phase', 'shelter', 'tower', 'pier', 'berth', 'plot',
]);
/** "No.", "Nos.", "Nr." before a number, capitalised as a number sign is (round 21). */
const NUMBER_SIGNS: ReadonlySet<string> = new Set(['No', 'Nos', 'Nr', 'NO', 'NOS']);
const LABELS_ONLY_FOR_YEARS = new Set(['the', 'year', 'since', 'in', 'until']);
/** Letters glued after digits that make a measure, an ordinal or a decade ("155mm", "3rd", "1990s"): no count, nothing wrong. */
const GLUED_NON_COUNTS: ReadonlySet<string> = new Set([
  'st', 'nd', 'rd', 'th', 's', 'p', 'am', 'pm', 'mm', 'cm', 'km', 'kg', 'g', 'lb', 'lbs', 'ft', 'mph', 'kph', 'kmh', 'h', 'hr',
  'hrs', 'min', 'mins', 'sec', 'secs', 'yr', 'yrs', 'yo', 'gb', 'mb', 'tb', 'kb', 'mw', 'kw', 'gw', 'kv', 'hz', 'khz',
  'mhz', 'ghz', 'ml', 'cc', 'bpd', 'ha', 'pc', 'pct',
]);
/** Punctuation that ends a glued run unless a digit follows it ("1,000." ends; "12:30" goes on). */
const CLOSERS: ReadonlySet<string> = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '}', '"', "'", '”', '’', '»', '…']);
const DASHES: ReadonlySet<string> = new Set(['-', '–', '—', '‑']);
/** Scale words that may follow a number ("two dozen", "3 hundred", "5 hundred thousand"). */
const SMALL_SCALES: ReadonlyMap<string, number> = new Map([['hundred', 100], ['dozen', 12]]);

function isDigitToken(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === 'num';
}

/** Lower-case prepositions that lost the space before a number ("rose to225"), never part of a name. */
const GLUED_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'at', 'of', 'by']);

/** "11k" and "1.2m" are scales only glued to their digits: a lone "m" or "k" is a letter. */
const GLUED_ONLY: ReadonlySet<string> = new Set(['k', 'm']);

function isScaleWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && (SMALL_SCALES.has(t.norm) || (SCALES.has(t.norm) && !GLUED_ONLY.has(t.norm)));
}

/**
 * Value of a digit token: "1,000" -> 1000, "1,00,000" -> 100000 (Indian grouping), "1.5" -> 1.5,
 * "1.234.567" -> 1234567, "1 000" with a no-break or thin space -> 1000; null if malformed.
 */
export function digitValue(text: string): number | null {
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(text)) return Number(text.replace(/,/g, ''));
  if (/^\d{1,2}(?:,\d{2})+,\d{3}$/.test(text)) return Number(text.replace(/,/g, ''));
  if (/^\d{1,3}(?:\.\d{3}){2,}$/.test(text)) return Number(text.replace(/\./g, ''));
  if (/^\d{1,3}(?:[\u00A0\u2009\u202F]\d{3})+$/.test(text)) return Number(text.replace(/\D/g, ''));
  if (/^\d+(?:\.\d+)?$/.test(text)) return Number(text);
  return null;
}

/**
 * "1.000": a thousand with a dot, or one with three decimals; no reader can tell. ("8.375" is no
 * count either way: as a decimal it is no whole number, so it is never misread.)
 */
const AMBIGUOUS_DOT = /^\d{1,3}\.000$/;
/** "7-1/2", "13-3/8": a whole number and a fraction (prices, yields). */
const MIXED_FRACTION = /^\d+-\d+\/\d+$/;
/** "12.03.2021": a date. */
const DOTTED_DATE = /^\d{1,2}\.\d{1,2}\.\d{2,4}$/;

/** The last token of the glued run starting at i ("1e6", "10^6", "5–0", "25-year-old"); closing punctuation ends it. */
function gluedRunEnd(tokens: readonly Token[], i: number): number {
  let k = i;
  while (tokens[k + 1]?.glued) {
    const next = tokens[k + 1];
    if (next.kind === 'punct' && CLOSERS.has(next.text) && !(tokens[k + 2]?.glued && tokens[k + 2].kind === 'num')) break;
    k += 1;
  }
  return k;
}

/**
 * What a glued run of digits and other characters is: readable ("11k", "4,100+", "12,000–19,500"),
 * plainly no count ("155mm", "25-year-old", "12:30", "9/11"), or a token no reader can take whole.
 */
function runVerdict(tokens: readonly Token[], i: number, end: number): 'read' | 'skip' | 'refuse' {
  if (end === i) return 'read';
  const second = tokens[i + 1];
  const length = end - i + 1;
  if (second.kind === 'word') {
    if (length === 2 && GLUED_SCALES.has(second.norm)) return 'read';
    // "3months", "4p", "155mm": a measure; "3B", "82A", "3M's": a code or a name.
    if (length === 2 && (GLUED_NON_COUNTS.has(second.norm) || MEASURE_WORDS.has(second.norm))) return 'skip';
    if (isCapitalised(second)) return 'skip';
    return 'refuse';
  }
  if (MIXED_FRACTION.test(runText(tokens, i, end))) return 'skip';
  if (length === 2 && (second.text === '%' || second.text === '+')) return 'read';
  // Round 12: "1,100-plus", as "1,100+".
  if (length === 3 && DASHES.has(second.text) && tokens[i + 2].norm === 'plus') return 'read';
  // "27-hundred", "3-thousand": a scale word hyphenated to the digits, ending the run (spoken-style notation).
  if (length === 3 && DASHES.has(second.text) && isScaleWord(tokens[i + 2]) && Number.isInteger(digitValue(tokens[i].text))) return 'read';
  // Round 13: "1,100-plus": at least that many, as "4,100+" is.
  if (length === 3 && second.text === '-' && tokens[i + 2].norm === 'plus') return 'read';
  // "25-year-old", "1,000-strong": a number that modifies the word it is hyphenated to.
  if (DASHES.has(second.text) && tokens[i + 2]?.kind === 'word') return 'skip';
  if (second.text === "'" && length === 3 && tokens[i + 2].norm === 's') return 'skip';
  if (second.text === '/' || second.text === ':' || DASHES.has(second.text)) {
    // Digit groups joined by one kind of separator: a range or score (read on), a date or a time.
    for (let k = i + 1; k <= end; k++) {
      // "3-4-year-old", "7:30pm", "601-3A": a modifier, a measure or a code at the end of the run.
      if (tokens[k].kind === 'word' && (DASHES.has(tokens[k - 1].text) || isCapitalised(tokens[k])
        || (k === end && GLUED_NON_COUNTS.has(tokens[k].norm)))) return 'skip';
      const expectDigits = (k - i) % 2 === 0;
      if (expectDigits ? tokens[k].kind !== 'num' : tokens[k].text !== second.text) return 'refuse';
    }
    return length === 3 && DASHES.has(second.text) ? 'read' : 'skip';
  }
  return 'refuse';
}

function isCapitalised(t: Token): boolean {
  return t.kind === 'word' && t.text[0] !== t.norm[0];
}

function runText(tokens: readonly Token[], i: number, end: number): string {
  let text = '';
  for (let k = i; k <= end; k++) text += tokens[k].text;
  return text;
}

function parseDigits(tokens: readonly Token[], i: number): ParsedNumber {
  const t = tokens[i];
  const before = tokens[i - 1];
  const runEnd = gluedRunEnd(tokens, i);
  // "MH17", "G7": letters glued before the digits make a name; but "has risen to225" is a lost space.
  if (t.glued && before?.kind === 'word' && !(GLUED_PREPOSITIONS.has(before.text) && !before.glued)) {
    return { value: NaN, last: runEnd, spelled: false, scale: 1, verdict: 'skip' };
  }
  const refuse = (last: number): ParsedNumber => ({ value: NaN, last, spelled: false, scale: 1, verdict: 'refuse' });
  // ".5", ".5 million": a decimal with no whole part.
  if (t.glued && before?.text === '.' && !(before.glued && tokens[i - 2]?.kind === 'word')) {
    let last = runEnd;
    while (isScaleWord(tokens[last + 1])) last += 1;
    return { ...refuse(last), from: i - 1 };
  }
  const verdict = runVerdict(tokens, i, runEnd);
  if (verdict !== 'read') return { value: NaN, last: runEnd, spelled: false, scale: 1, verdict };
  let value = digitValue(t.text);
  if (value === null) return DOTTED_DATE.test(t.text) ? { value: NaN, last: i, spelled: false, scale: 1, verdict: 'skip' } : refuse(runEnd);
  let last = i;
  // "10 000", "1 000 000": spaced thousands groups, only where the shape is unambiguous.
  if (/^\d{1,3}$/.test(t.text) && runEnd === i) {
    let k = i;
    while (isDigitToken(tokens[k + 1]) && !tokens[k + 1].glued && /^\d{3}$/.test(tokens[k + 1].text)
      && tokens[k + 1].start - tokens[k].end === 1 && gluedRunEnd(tokens, k + 1) === k + 1) k += 1;
    if (k > i && !isDigitToken(tokens[k + 1])) {
      value = Number(tokens.slice(i, k + 1).map((g) => g.text).join(''));
      last = k;
    }
  }
  let scale = 1;
  const after = tokens[last + 1];
  if (runEnd === i + 2 && DASHES.has(tokens[i + 1]!.text) && isScaleWord(tokens[i + 2])) {
    // "27-hundred" (runVerdict read it): the scale word after the dash.
    scale = SMALL_SCALES.get(tokens[i + 2]!.norm) ?? SCALES.get(tokens[i + 2]!.norm)!;
    last = i + 2;
  } else if (after?.glued && after.kind === 'word' && GLUED_SCALES.has(after.norm)) {
    scale = SCALES.get(after.norm)!;
    last += 1;
  } else if (after && !after.glued && after.kind === 'word') {
    // "2 dozen", "3 hundred", "5 hundred thousand", "1.5 million", "2 lakh": at most one small and one large scale word, in that order.
    const small = SMALL_SCALES.get(after.norm);
    if (small !== undefined && Number.isInteger(value)) {
      scale = small;
      last += 1;
    }
    const big = tokens[last + 1];
    const bigScale = big && !big.glued && big.kind === 'word' && !GLUED_ONLY.has(big.norm) ? SCALES.get(big.norm) : undefined;
    if (bigScale !== undefined && bigScale >= 1000 && bigScale > scale) {
      scale *= bigScale;
      last += 1;
    }
  }
  // "2 million billion", "3 hundred dozen": scale words that do not compose.
  if (scale > 1 && isScaleWord(tokens[last + 1])) return refuse(last + 1);
  if (scale === 1 && AMBIGUOUS_DOT.test(t.text)) return refuse(last);
  return { value: scaled(value, scale), last, spelled: false, scale };
}

/** value × scale, rid of binary-fraction noise: 1.1 × 1,000,000 is 1,100,000, not 1,100,000.0000000002. */
function scaled(value: number, scale: number): number {
  const product = value * scale;
  const rounded = Math.round(product);
  return Math.abs(product - rounded) < 1e-6 * Math.max(1, scale) ? rounded : product;
}

function wordValue(norm: string): number | null {
  const unit = UNITS.get(norm);
  if (unit !== undefined) return unit;
  const tens = TENS.get(norm);
  if (tens !== undefined) return tens;
  const dash = norm.indexOf('-');
  if (dash > 0) {
    const head = TENS.get(norm.slice(0, dash));
    const tail = UNITS.get(norm.slice(dash + 1));
    if (head !== undefined && tail !== undefined && tail > 0 && tail < 10) return head + tail;
  }
  return null;
}

/**
 * A hyphenated token of number words with a scale ("three-thousand", "twenty-five-hundred"), read
 * as the words apart would be; null for anything else ("twenty-five" is a plain number word).
 */
function compoundValue(norm: string): { value: number; scale: number } | null {
  if (!norm.includes('-') || wordValue(norm) !== null) return null;
  const parts = norm.split('-');
  const scalePart = parts.at(-1)!;
  const scale = SMALL_SCALES.get(scalePart) ?? (GLUED_ONLY.has(scalePart) ? undefined : SCALES.get(scalePart));
  if (scale === undefined || scalePart === 'dozen' || parts.length < 2 || parts.length > 3) return null;
  const head = parts.slice(0, -1).join('-');
  const value = wordValue(head);
  if (value === null || value === 0 || value >= 100) return null;
  return { value: value * scale, scale };
}

/** A number word or a scale word that would have to be part of the number before it. */
function continuesNumber(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && (wordValue(t.norm) !== null || isScaleWord(t));
}

/**
 * "twenty-five", "twenty five", "one hundred and twenty", "eleven thousand", "six million", "two
 * dozen", "a hundred", "a thousand". Words that do not make one number ("one million billion",
 * "twenty thirty", "five hundred hundred") are refused whole.
 */
function parseWords(tokens: readonly Token[], i: number): ParsedNumber | null {
  let total = 0;
  let current = 0;
  let sawNumber = false;
  let last = -1;
  let scale = 1;
  /** The last large scale word read ("thousand" in "two thousand three hundred"). */
  let lastBig = Infinity;
  const refuse = (at: number): ParsedNumber => ({ value: NaN, last: at, spelled: true, scale: 1, verdict: 'refuse' });
  let k = i;
  // "three-thousand", "twenty-five-hundred": one hyphenated token that is a whole number.
  const compound = compoundValue(tokens[i].norm);
  if (compound !== null) {
    if (continuesNumber(tokens[i + 1])) return refuse(i + 1);
    return { value: compound.value, last: i, spelled: true, scale: compound.scale };
  }
  // Round 11, reference works: "half a million", "a quarter of a million", "a half million".
  const fraction = fractionAt(tokens, i);
  if (fraction !== null) return fraction;
  // "a hundred", "a thousand", "another thousand": the article stands for one.
  if ((tokens[i].norm === 'a' || tokens[i].norm === 'another') && isScaleWord(tokens[i + 1]) && tokens[i + 1].norm !== 'dozen') {
    current = 1;
    sawNumber = true;
    last = i;
    k = i + 1;
  }
  for (; k < tokens.length; k++) {
    const norm = tokens[k].norm;
    const small = wordValue(norm);
    if (small !== null) {
      const fits = !sawNumber || current % 100 === 0 || (current % 10 === 0 && current % 100 >= 20 && small > 0 && small < 10);
      if (!fits) break;
      current += small;
      sawNumber = true;
      last = k;
      continue;
    }
    if (sawNumber && SMALL_SCALES.has(norm)) {
      if (current >= 100 || (current === 0 && total > 0)) return refuse(k);
      current = (current || 1) * SMALL_SCALES.get(norm)!;
      last = k;
      continue;
    }
    const big = SCALES.get(norm);
    if (sawNumber && big !== undefined && big >= 1000 && !GLUED_ONLY.has(norm)) {
      if (big >= lastBig || current === 0) return refuse(k);
      total += current * big;
      current = 0;
      scale = big;
      lastBig = big;
      last = k;
      continue;
    }
    if (sawNumber && WORD_NUMBER_JOINERS.has(norm) && wordValue(tokens[k + 1]?.norm ?? '') !== null) continue;
    break;
  }
  if (!sawNumber) return null;
  if (tokens[last + 1]?.kind === 'word' && continuesNumber(tokens[last + 1])) return refuse(last + 1);
  return { value: total + current, last, spelled: true, scale };
}

/** Fractions of a large scale word: "half a million" is 500,000. */
const FRACTIONS: ReadonlyMap<string, number> = new Map([['half', 0.5], ['quarter', 0.25]]);

/**
 * "half a million", "a half million", "a quarter of a million", "a quarter million": a fraction, an
 * article (and "of a"), then a scale of a thousand or more; null for anything else ("half the men").
 */
function fractionAt(tokens: readonly Token[], i: number): ParsedNumber | null {
  let k = i;
  if (tokens[k]?.norm === 'a') k += 1;
  const fraction = FRACTIONS.get(tokens[k]?.norm ?? '');
  if (fraction === undefined) return null;
  k += 1;
  if (tokens[k]?.norm === 'of' && tokens[k + 1]?.norm === 'a') k += 2;
  else if (tokens[k]?.norm === 'a' && k === i + 1) k += 1;
  const scale = SCALES.get(tokens[k]?.norm ?? '');
  if (scale === undefined || scale < 1000 || GLUED_ONLY.has(tokens[k].norm) || continuesNumber(tokens[k + 1])) return null;
  return { value: scaled(fraction, scale), last: k, spelled: true, scale };
}

/**
 * The words parseWords can start a number at, besides hyphenated ones: number words, the article
 * ("a hundred") and the fractions ("half a million"). Speed only: parseWords is tried at every word.
 */
const NUMBER_WORD_STARTS: ReadonlySet<string> = new Set([...UNITS.keys(), ...TENS.keys(), 'a', 'another', ...FRACTIONS.keys()]);

function parseNumberAt(tokens: readonly Token[], i: number): ParsedNumber | null {
  const t = tokens[i];
  if (t.kind === 'num') return parseDigits(tokens, i);
  if (t.kind !== 'word' || (!NUMBER_WORD_STARTS.has(t.norm) && !t.norm.includes('-'))) return null;
  return parseWords(tokens, i);
}

/** "we know about 5 wounded": after these verbs "about" is a preposition, not an estimate. */
const VERBS_TAKING_ABOUT = new Set(['know', 'knew', 'known', 'heard', 'hear', 'talk', 'talked', 'spoke', 'speak', 'care', 'asked', 'told', 'learned']);

function qualifierBefore(tokens: readonly Token[], first: number): { start: number; qualifier: Qualifier } | null {
  // "at least another 20", "up to a further 30", "up to a total of 1,000": the qualifier stands
  // before the words that add or total the count.
  const adding = tokens[first - 1]?.norm === 'another' ? 1
    : (tokens[first - 1]?.norm === 'further' || tokens[first - 1]?.norm === 'additional') && (tokens[first - 2]?.norm === 'a' || tokens[first - 2]?.norm === 'an') ? 2
      : tokens[first - 1]?.norm === 'of' && tokens[first - 2]?.norm === 'total' && tokens[first - 3]?.norm === 'a' ? 3 : 0;
  if (adding > 0) {
    const outer = qualifierBefore(tokens, first - adding);
    if (outer !== null) return outer;
  }
  for (const phrase of QUALIFIER_PHRASES) {
    const start = first - phrase.words.length;
    if (!wordsAt(tokens, start, phrase.words)) continue;
    if (phrase.words[0] === 'about' && VERBS_TAKING_ABOUT.has(tokens[start - 1]?.norm ?? '')) return null;
    if (phrase.words.length === 1 && phrase.words[0] === 'over' && VERBS_TAKING_OVER.has(tokens[start - 1]?.norm ?? '')) return null;
    return { start, qualifier: phrase.qualifier };
  }
  return estimatedBefore(tokens, first) ? { start: first, qualifier: 'approx' } : null;
}

/** Forms of "estimate" before "that" and a count: "estimated that 8,000 died", "estimates that 300 …". */
const ESTIMATING_FORMS: ReadonlySet<string> = new Set(['estimated', 'estimates', 'estimate']);

/** The verb links of an estimate to its number: "estimated at", "estimated to be", "estimated to have been". */
const ESTIMATE_LINKS: readonly (readonly string[])[] = [['at'], ['to', 'be'], ['to', 'number'], ['to', 'total'], ['to', 'have', 'been']];

/**
 * "the toll was estimated at 3,000", "is estimated to have killed 5.5 million", "are estimated to
 * number 40,000": the verb "estimated" states the number as an estimate, as "an estimated" does.
 * The number's span stays its own (the verb before it still governs it).
 */
function estimatedBefore(tokens: readonly Token[], first: number): boolean {
  for (const link of ESTIMATE_LINKS) if (tokens[first - link.length - 1]?.norm === 'estimated' && wordsAt(tokens, first - link.length, link)) return true;
  // Round 21, debates over tolls: "the Council later estimated that 8,000 people died": the count opening what is estimated.
  if (tokens[first - 1]?.norm === 'that' && ESTIMATING_FORMS.has(tokens[first - 2]?.norm ?? '')) return true;
  // "estimated to have killed", "estimated to have caused": one verb between "have" and the number.
  return tokens[first - 1]?.kind === 'word' && wordsAt(tokens, first - 4, ['estimated', 'to', 'have']);
}

/** Round 10, live updates: "1,340 per civil protection agency", "per the ministry": a credit, not a rate. */
function perCredits(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.norm === 'the' && tokens[k + 1]?.kind === 'word') return true;
  for (let j = k; j < k + 4 && tokens[j]?.kind === 'word'; j++) if (CREDIT_BODIES.has(tokens[j].norm) || SPEAKER_ROLES.has(tokens[j].norm)) return true;
  return false;
}
const DAY_SPAN_JOINERS: ReadonlySet<string> = new Set(['and', 'to', 'until', 'through']);
/** A number that is part of a date, a time, a measure, money, an age or a label: not a head count. */
function isNotACount(tokens: readonly Token[], first: number, parsed: ParsedNumber): boolean {
  const t = tokens[first];
  const before = tokens[first - 1];
  const after = tokens[parsed.last + 1];
  if (Number.isFinite(parsed.value) && !Number.isInteger(parsed.value)) return true;
  if (before && before.kind === 'punct' && (CURRENCY_SIGNS.has(before.text) || before.text === '#')) return true;
  if (before && (before.text === '/' || before.text === ':' || before.text === '[') && t.glued) return true;
  if (after && after.glued && (after.text === '/' || after.text === ':' || after.text === '%' || after.text === ']')) return true;
  if (after && after.glued && after.kind === 'word' && /^(?:st|nd|rd|th|s)$/.test(after.norm)) return true;
  // "25-year-old", "150-mph", "two-day": a number glued by a hyphen to a word is a modifier.
  if (after && after.glued && (after.text === '-' || after.text === '‑')) {
    const word = tokens[parsed.last + 2];
    if (word && word.kind === 'word' && word.glued && word.norm !== 'plus') return true;
  }
  const credit = after?.norm === 'per' && perCredits(tokens, parsed.last + 2);
  if (after && after.kind === 'word' && MEASURE_WORDS.has(after.norm) && !credit) return true;
  // "460,000 dead weight tons": a ship's tonnage, not the dead.
  if (after && after.norm === 'dead' && MEASURE_WORDS.has(`${after.norm}${tokens[parsed.last + 2]?.norm ?? ''}`)) return true;
  if (after && MEASURE_WORDS.has(after.text) && !credit) return true;
  if (after && after.norm === 'per' && tokens[parsed.last + 2]?.norm === 'cent') return true;
  if (before && before.kind === 'word' && MONTHS.has(before.norm) && !parsed.spelled) return true;
  if (before && before.text === '.' && MONTHS.has(tokens[first - 2]?.norm ?? '') && !parsed.spelled) return true;
  if (after && after.kind === 'word' && MONTHS.has(after.norm) && !parsed.spelled && after.norm !== 'may') return true;
  // "between 3 and 9 March", "from 3 to 9 March": the first day of a span of days.
  if (after && DAY_SPAN_JOINERS.has(after.norm) && !parsed.spelled && tokens[parsed.last + 2]?.kind === 'num' && /^\d{1,2}$/.test(tokens[parsed.last + 2]!.text)
    && MONTHS.has(tokens[parsed.last + 3]?.norm ?? '') && tokens[parsed.last + 3]!.norm !== 'may') return true;
  // "between March 3 and 9,": the last day of a span whose first has its month (not "March 3 and 9 people").
  // Dossier round 11: a day, so no more than 31 and after the first ("since June 1 to 96," is a toll).
  if (before && DAY_SPAN_JOINERS.has(before.norm) && !parsed.spelled && parsed.last === first && (after === undefined || after.kind === 'punct') && /^\d{1,2}$/.test(t.text) && tokens[first - 2]?.kind === 'num'
    && /^\d{1,2}$/.test(tokens[first - 2]!.text) && Number(t.text) <= 31 && Number(t.text) > Number(tokens[first - 2]!.text)
    && MONTHS.has(tokens[first - 3]?.norm ?? '') && tokens[first - 3]!.norm !== 'may') return true;
  if (t.kind === 'num' && /^0\d/.test(t.text)) return true;
  // Round 23, household surveys: "children under five", "infants under 1", "people aged over 65": an age band, no count.
  if (before && AGE_BAND_EDGES.has(before.norm) && parsed.value <= 120 && parsed.last === first
    && (AGE_GROUPS.has(tokens[first - 2]?.norm ?? '') || tokens[first - 2]?.norm === 'aged')) return true;
  // "Jane Roe, 45, a nurse": an age set off by commas after a name or a noun.
  if (before?.text === ',' && tokens[first - 2]?.kind === 'word' && after?.text === ',' && parsed.last === first
    && t.kind === 'num' && parsed.value <= 120) return true;
  const yearLike = t.kind === 'num' && /^\d{4}$/.test(t.text) && parsed.value >= 1800 && parsed.value <= 2100;
  // Round 17, historians' essays: "in 1937–38": the short end of a span of years after an en dash.
  if (before && DASHES.has(before.text) && before.glued && t.glued && /^\d{2}$/.test(t.text) && parsed.last === first
    && /^(?:1[89]|20)\d\d$/.test(tokens[first - 2]?.text ?? '')) return true;
  if (before && before.kind === 'word' && LABELS_BEFORE_NUMBERS.has(before.norm)
    && (!LABELS_ONLY_FOR_YEARS.has(before.norm) || yearLike)) return true;
  if (before && before.kind === 'word' && t.kind === 'num' && CAPITALISED_LABELS.has(before.norm) && /^\p{Lu}/u.test(before.text)) return true;
  // Round 21: "Hospital No. 6", "Reactor No. 4", "Mine Nos. 2": the number sign abbreviated with its stop is a label.
  if (before?.text === '.' && NUMBER_SIGNS.has(tokens[first - 2]?.text ?? '') && before.glued && t.kind === 'num') return true;
  if (yearLike && parsed.last === first) return true;
  return false;
}

/** The words vague quantities start with: looked up before the quantities are tried, at every token. */
const VAGUE_FIRST_WORDS: ReadonlySet<string> = new Set(VAGUE_QUANTITIES.map((vague) => vague.words[0]!));

function vagueAt(tokens: readonly Token[], i: number) {
  if (!VAGUE_FIRST_WORDS.has(tokens[i]!.norm)) return null;
  for (const vague of VAGUE_QUANTITIES) if (wordsAt(tokens, i, vague.words)) return vague;
  return null;
}

/**
 * Finds every number mention in a token sequence, left to right, without overlaps. Number tokens
 * that cannot be read whole go to `refused` (when given), never into a mention.
 */
export function findNumberMentions(tokens: readonly Token[], refused?: RefusedNumber[]): NumberMention[] {
  const mentions: NumberMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const vague = vagueAt(tokens, i);
    // "tens of millions": not in the guideline's table, and "millions" alone would be a part of it.
    if (!vague && tokens[i].norm === 'tens' && tokens[i + 1]?.norm === 'of' && PLURAL_SCALES.has(tokens[i + 2]?.norm ?? '')) {
      if (!isMoneyAfter(tokens, i + 2)) refused?.push({ first: i, last: i + 2 });
      i += 2;
      continue;
    }
    if (vague) {
      const read = readVague(tokens, i, vague);
      if ('refused' in read) {
        if (read.refused) refused?.push({ first: i, last: read.last });
      } else if (read.mention) mentions.push(read.mention);
      i = read.last;
      continue;
    }
    const parsed = parseNumberAt(tokens, i);
    if (!parsed) continue;
    if (parsed.verdict === 'refuse') refused?.push({ first: parsed.from ?? i, last: parsed.last });
    if (parsed.verdict !== undefined) {
      i = parsed.last;
      continue;
    }
    const mention = buildMention(tokens, i, parsed);
    if (mention && 'refused' in mention) {
      if (mention.refused) refused?.push({ first: i, last: mention.last });
      i = mention.last;
      continue;
    }
    if (mention) mentions.push(mention);
    i = mention ? mention.last : skipSpanTail(tokens, parsed.last);
  }
  return dropDenominators(tokens, mentions);
}

/** A vague quantity, with a scale word after it when it multiplies ("several hundred thousand"). */
function readVague(
  tokens: readonly Token[], i: number, vague: VagueQuantity,
): { mention: NumberMention | null; last: number } | NoMention {
  let last = i + vague.words.length - 1;
  let { low, high } = vague;
  if (vague.multiplier) {
    let scale = 1;
    const small = SMALL_SCALES.get(tokens[last + 1]?.norm ?? '');
    if (small !== undefined) {
      scale = small;
      last += 1;
    }
    const big = isScaleWord(tokens[last + 1]) ? SCALES.get(tokens[last + 1].norm) : undefined;
    if (big !== undefined && big >= 1000) {
      scale *= big;
      last += 1;
    }
    low *= scale;
    high *= scale;
  }
  // "one million billion"'s kin: "several thousand million", "hundreds of millions", "dozens of thousands".
  if (isScaleWord(tokens[last + 1])) return { refused: !isMoneyAfter(tokens, last + 1), last: last + 1 };
  if (tokens[last + 1]?.norm === 'of' && PLURAL_SCALES.has(tokens[last + 2]?.norm ?? '')) {
    return { refused: !isMoneyAfter(tokens, last + 2), last: last + 2 };
  }
  // "a few days", "several hundred metres": a vague quantity of a measure is no mention.
  const after = tokens[last + 1];
  if (after && after.kind === 'word' && MEASURE_WORDS.has(after.norm)) return { mention: null, last };
  // "at least a dozen" qualifies like a number; vague words carry their own interval.
  const qualified = vague.qualifier === 'exact' ? qualifierBefore(tokens, i) : null;
  const bounds = qualified ? interval(low, qualified.qualifier) : { low, high };
  return {
    mention: { start: qualified?.start ?? i, first: i, last, ...bounds, qualifier: qualified?.qualifier ?? vague.qualifier, spelled: true },
    last,
  };
}

/** "hundreds of millions of dollars", "tens of millions in aid money": an amount, not people, so nothing to warn about. */
function isMoneyAfter(tokens: readonly Token[], last: number): boolean {
  const next = tokens[last + 1];
  const word = next?.norm === 'of' ? tokens[last + 2] : next;
  return word !== undefined && (MEASURE_WORDS.has(word.norm) || CURRENCY_SIGNS.has(word.text));
}

/** Scales in the plural after "of": "tens of thousands" is in the table, "hundreds of millions" is not. */
const PLURAL_SCALES: ReadonlySet<string> = new Set(['dozens', 'hundreds', 'thousands', 'millions', 'billions', 'lakhs', 'crores']);

/** "1950-53": when a number was no count, the glued tail of its span is none either. */
function skipSpanTail(tokens: readonly Token[], last: number): number {
  const dash = tokens[last + 1];
  const tail = tokens[last + 2];
  return dash?.text === '-' && dash.glued && tail?.kind === 'num' && tail.glued ? last + 2 : last;
}

/** Not a mention: refused (cannot be read whole) or skipped (plainly no count), up to `last`. */
interface NoMention {
  refused: boolean;
  last: number;
}

function buildMention(tokens: readonly Token[], first: number, parsed: ParsedNumber): NumberMention | NoMention | null {
  const range = rangeAfter(tokens, first, parsed);
  if (range) return range;
  const joiner = tokens[parsed.last + 1];
  // "1,100-plus hostages" (rounds 12 and 13): "1,100+" in words.
  const plusWord = joiner !== undefined && DASHES.has(joiner.text) && joiner.glued && tokens[parsed.last + 2]?.norm === 'plus' && tokens[parsed.last + 2].glued;
  if (!plusWord && isNotACount(tokens, first, parsed)) return null;
  // "a 5–0 win", "10-2": digits joined by a dash that make no range are a score or a slip, not two counts.
  if (joiner && DASHES.has(joiner.text) && isDigitToken(tokens[parsed.last + 2])) {
    const high = parseNumberAt(tokens, parsed.last + 2)!;
    // "5-10 years": a range of a measure is no count either.
    const descending = high.verdict === undefined && !isNotACount(tokens, parsed.last + 2, high) && !(parsed.value < high.value);
    return { refused: descending || high.verdict === 'refuse', last: high.last };
  }
  // "4,100+": at least that many; round 13, the same in words: "1,100-plus hostages".
  const plus = joiner?.text === '+' && joiner.glued && !(tokens[parsed.last + 2]?.glued && tokens[parsed.last + 2].kind === 'num');
  if (plus || plusWord) {
    if (!(parsed.value <= MAX_PLAUSIBLE)) return null;
    return { start: first, first, last: parsed.last + (plusWord ? 2 : 1), ...interval(parsed.value, 'at_least'), qualifier: 'at_least', spelled: parsed.spelled };
  }
  // Round 13: "40 or so were wounded", "a further 30 or so": a rough count, its words part of the mention.
  const roughly = !qualifierBefore(tokens, first) && tokens[parsed.last + 1]?.norm === 'or' && tokens[parsed.last + 2]?.norm === 'so';
  if (roughly && parsed.value <= MAX_PLAUSIBLE) {
    return { start: first, first, last: parsed.last + 2, ...interval(parsed.value, 'approx'), qualifier: 'approx', spelled: parsed.spelled };
  }
  const qualified = qualifierBefore(tokens, first) ?? estimateAfter(tokens, parsed.last);
  // Shaped like a count but beyond any population: kept, flagged, so that a figure rule finding it
  // can warn about the span rather than print a number no one could have counted.
  if (!(parsed.value <= MAX_PLAUSIBLE)) {
    return { start: qualified?.start ?? first, first, last: parsed.last, low: null, high: null, qualifier: 'exact', spelled: parsed.spelled, absurd: true };
  }
  const qualifier = qualified?.qualifier ?? 'exact';
  return {
    start: Math.min(qualified?.start ?? first, first), first, last: parsed.last, ...interval(parsed.value, qualifier), qualifier,
    spelled: parsed.spelled,
  };
}

/** Reference works mark an estimate after the number: "2,750 (est.)", "1,200 (approx.)", "300 (estimated)". */
const ESTIMATE_MARKS: ReadonlySet<string> = new Set(['est', 'estimated', 'approx', 'approximately', 'estimate']);

function estimateAfter(tokens: readonly Token[], last: number): { start: number; qualifier: Qualifier } | null {
  if (tokens[last + 1]?.text !== '(' || !ESTIMATE_MARKS.has(tokens[last + 2]?.norm ?? '')) return null;
  const close = tokens[last + 3]?.text === '.' ? last + 4 : last + 3;
  return tokens[close]?.text === ')' ? { start: last + 1, qualifier: 'approx' } : null;
}

/** The guideline's interval for a qualified number: at least n is [n, open), up to n is (open, n]. */
export function interval(value: number, qualifier: Qualifier): { low: number | null; high: number | null } {
  if (qualifier === 'at_least') return { low: value, high: null };
  if (qualifier === 'at_most') return { low: null, high: value };
  return { low: value, high: value };
}

/** Words of a wide estimate before "from" or "between" a range: "anything from 1,000 to 3,000". */
const HEDGES_BEFORE_RANGE: ReadonlySet<string> = new Set(['anything', 'anywhere', 'somewhere']);

/** "100 to 300", "50-75", "between 1.1 and 1.5 million", "from 300 to 500". */
function rangeAfter(tokens: readonly Token[], first: number, lowPart: ParsedNumber): NumberMention | null {
  const joiner = tokens[lowPart.last + 1];
  if (!joiner) return null;
  const between = tokens[first - 1]?.norm === 'between';
  const from = tokens[first - 1]?.norm === 'from';
  // "the toll rose from 38 to 50" is two figures, an earlier and a later one (guideline), not a range.
  if (from && changeVerbBefore(tokens, first - 1)) return null;
  const isDash = joiner.text === '-' || joiner.text === '–' || joiner.text === '—';
  // Round 27, testimony: "five or six other people", "two or three soldiers": two close guesses joined by "or"
  // (the second no more than twice the first; not "40 or so", "one or more").
  const guesses = joiner.norm === 'or' && !between && !from;
  if (!(joiner.norm === 'to' || isDash || (between && joiner.norm === 'and') || guesses)) return null;
  const highAt = lowPart.last + 2;
  if (!tokens[highAt]) return null;
  const highPart = parseNumberAt(tokens, highAt);
  if (!highPart || highPart.verdict !== undefined || highPart.spelled !== lowPart.spelled) return null;
  // "1.1 and 1.5 million", "between 1 and 2 million": the low end shares the high end's scale, when
  // the shared reading stays below it ("between 500 and 1 million" keeps its 500).
  const shared = lowPart.scale === 1 && highPart.scale > 1 ? scaled(lowPart.value, highPart.scale) : null;
  const low = shared !== null && shared < highPart.value ? shared : lowPart.value;
  if (!(low < highPart.value)) return null;
  if (guesses && !(highPart.value <= 2 * low)) return null;
  if (isNotACount(tokens, highAt, highPart) || isNotACount(tokens, first, { ...lowPart, value: low, last: first })) return null;
  if (!(highPart.value <= MAX_PLAUSIBLE)) return null;
  // "an estimated 8,000–10,000", "some 300 to 400": an approximation before a range is part of
  // its span (so a verb before it still governs it); the interval stays the range's.
  const approx = between || from ? null : qualifierBefore(tokens, first);
  // Round 22, battle histories: "put at anything from 1,000 to 3,000", "anywhere between 40 and 60": the hedge opens the span.
  const hedged = (between || from) && HEDGES_BEFORE_RANGE.has(tokens[first - 2]?.norm ?? '');
  const qualified = between || from ? { start: first - (hedged ? 2 : 1) } : approx?.qualifier === 'approx' ? approx : null;
  return {
    start: qualified?.start ?? first, first, last: highPart.last, low, high: highPart.value,
    qualifier: 'range', spelled: lowPart.spelled,
  };
}

/** A change verb in the few words before `at` ("from"), within its clause. */
function changeVerbBefore(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - CHANGE_VERB_REACH); k--) {
    if (tokens[k].kind === 'punct') return false;
    if (CHANGE_VERBS.has(tokens[k].norm)) return true;
  }
  return false;
}

/**
 * "32 of the 543 passengers": the second number is the whole the first is part of, not a figure.
 * Round 12: but "was one of two workers killed", "is one of 12 passengers injured" name a person
 * among a count: the count is the figure, the "one" none; nor is "every one of them" a count.
 */
function dropDenominators(tokens: readonly Token[], mentions: NumberMention[]): NumberMention[] {
  const wholeAfter = (m: NumberMention, next: NumberMention | undefined): boolean => {
    if (!next) return false;
    let k = m.last + 1;
    if (tokens[k]?.norm !== 'of') return false;
    k += 1;
    if (['the', 'its', 'his', 'her', 'their', 'our'].includes(tokens[k]?.norm ?? '')) k += 1;
    return k === next.start;
  };
  // Round 17, exhumations: "22 of the 34 bodies recovered": a whole of bodies is itself a count of the dead, a figure too.
  // (Not "34 of the 35 dead had been identified", whose whole the dossiers read as the identified count's scope.)
  // Round 19: "holding 12 of the 17 missionaries it seized": a whole of people a harm verb takes is a count of the harmed too.
  // Round 23, hostage crises: "beheaded one of the 5 hostages": a whole of captives is a count of captives (guideline).
  const countsTheHarmed = (m: NumberMention): boolean => DEAD_BODIES.has(tokens[m.last + 1]?.norm ?? '')
    || HELD_PEOPLE.has(tokens[m.last + 1]?.norm ?? '') || harmedByRelative(tokens, m.last) !== null
    || harmedAfterPeople(tokens, m.last);
  // Only after a copula: "killed one of two crewmen", "One of two crewmen was killed" still count the
  // one, and an appositive's "the institute, one of five research bodies," counts nothing.
  const isOneAmong = (m: NumberMention, next: NumberMention | undefined): boolean =>
    m.start === m.last && tokens[m.start].norm === 'one' && m.qualifier === 'exact' && MEMBERSHIP_LINKS.has(tokens[m.start - 1]?.norm ?? '') && wholeAfter(m, next);
  return mentions.filter((m, index) => {
    if (m.start === m.last && tokens[m.start].norm === 'one' && EVERY_WORDS.has(tokens[m.start - 1]?.norm ?? '')) return false;
    if (isOneOfEvents(tokens, m)) return false;
    if (isOneAmong(m, mentions[index + 1])) return false;
    const previous = mentions[index - 1];
    return !previous || isOneAmong(previous, m) || !wholeAfter(previous, m) || countsTheHarmed(m);
  });
}
/** A harm a participle or adjective after the people states of them, as a clause of its own would: "missing", "killed". */
function isPostposedHarm(norm: string): boolean {
  return (HARMED_PEOPLE.has(norm) && !VICTIMS.has(norm)) || (/ed$/.test(norm) && TRANSITIVE_VERBS.has(norm) && PREDICATE_WORDS.has(norm));
}

/**
 * Round 21, rescue reports: "the remains of two of the 10 miners missing since the flood": a whole of people
 * a harm word follows ("missing since", "killed in the blast") is a count of the harmed too (not "34 of the
 * 35 dead", whose harm is the count's own noun, nor "two of the 10 miners were missing", a copula's).
 */
function harmedAfterPeople(tokens: readonly Token[], last: number): boolean {
  const people = nounPhraseAfter(tokens, last + 1);
  return people.head !== -1 && people.start === last + 1 && isPostposedHarm(tokens[people.end]?.norm ?? '')
    && !isPostposedHarm(tokens[people.head]!.norm);
}

/**
 * Round 18, regulators' bulletins: "In one, two workers were hospitalised", "In one of the raids, 12 were
 * killed", "died in one accident": "in one" picks out an event, not a person (still "resulted in one death").
 */
function isOneOfEvents(tokens: readonly Token[], m: NumberMention): boolean {
  if (m.start !== m.last || tokens[m.start].norm !== 'one' || tokens[m.start - 1]?.norm !== 'in') return false;
  const next = tokens[m.start + 1];
  return next?.text === ',' || next?.norm === 'of' || HARMFUL_EVENTS.has(next?.norm ?? '') || EVENT_NOUNS.has(next?.norm ?? '');
}
/** Words for one event of several, besides HARMFUL_EVENTS: "in one case", "in one incident". */
const EVENT_NOUNS: ReadonlySet<string> = new Set(['case', 'incident', 'instance', 'episode', 'raid', 'ambush', 'clash', 'operation']);
/** Captives named by their captivity, whose whole in "one of the 5 hostages" counts them. */
const HELD_PEOPLE: ReadonlySet<string> = new Set([...CAPTIVE_NOUNS].filter((w) => ACTOR_NOUNS_THAT_ARE_PREDICATES.has(w)));
/** "was one of two workers killed", "is one of 12 passengers injured". */
const MEMBERSHIP_LINKS: ReadonlySet<string> = new Set(['was', 'is', 'were', 'are', 'as', 'been', 'be']);
/** "every one of them a tragedy", "each one": a distributive "one" counts no one. */
const EVERY_WORDS: ReadonlySet<string> = new Set(['every', 'each']);
