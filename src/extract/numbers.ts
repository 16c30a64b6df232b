// Number mentions: digits ("1,000", "1.5 million", "11k"), number words ("twenty-five", "eleven
// thousand"), vague quantities ("hundreds", "a few") and ranges ("between 100 and 300"), each with
// the qualifier in front of it ("at least", "about", "up to"). Numbers that are measures, dates,
// years, times, ages, money or ordinals are not mentions at all.
import type { Qualifier } from '../figure.js';
import type { Token } from './tokens.js';
import { wordsAt } from './tokens.js';
import {
  CURRENCY_SIGNS, MEASURE_WORDS, MONTHS, QUALIFIER_PHRASES, SCALES, TENS, UNITS, VAGUE_QUANTITIES,
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

/** Anything above this is not a head count of people (the world's population, with margin). */
export const MAX_PLAUSIBLE = 9_000_000_000;

interface ParsedNumber {
  value: number;
  last: number;
  spelled: boolean;
  /** The number carried its own scale word ("1.5 million"): a bare "1.1" before it may share it. */
  scale: number;
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
const LABELS_ONLY_FOR_YEARS = new Set(['the', 'year', 'since', 'in', 'until']);

function isDigitToken(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === 'num';
}

/** Value of a digit token: "1,000" -> 1000, "1.5" -> 1.5, "1.234.567" -> 1234567; null if malformed. */
export function digitValue(text: string): number | null {
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(text)) return Number(text.replace(/,/g, ''));
  if (/^\d{1,3}(?:\.\d{3}){2,}$/.test(text)) return Number(text.replace(/\./g, ''));
  if (/^\d+(?:\.\d+)?$/.test(text)) return Number(text);
  return null;
}

function parseDigits(tokens: readonly Token[], i: number): ParsedNumber | null {
  const t = tokens[i];
  let value = digitValue(t.text);
  if (value === null) return null;
  let last = i;
  // "10 000": a spaced thousands group, only where the shape is unambiguous.
  const next = tokens[i + 1];
  if (/^\d{1,3}$/.test(t.text) && isDigitToken(next) && !next.glued && /^\d{3}$/.test(next.text)
    && !isDigitToken(tokens[i + 2])) {
    value = value * 1000 + Number(next.text);
    last = i + 1;
  }
  let scale = 1;
  const after = tokens[last + 1];
  if (after && after.kind === 'word' && SCALES.has(after.norm) && after.norm !== 'hundred'
    && (after.glued ? after.norm === 'k' || after.norm === 'm' : after.norm !== 'k' && after.norm !== 'm')) {
    scale = SCALES.get(after.norm)!;
    last += 1;
  }
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

/** "twenty-five", "one hundred and twenty", "eleven thousand", "six million", "two dozen". */
function parseWords(tokens: readonly Token[], i: number): ParsedNumber | null {
  let total = 0;
  let current = 0;
  let sawNumber = false;
  let last = -1;
  let scale = 1;
  for (let k = i; k < tokens.length; k++) {
    const norm = tokens[k].norm;
    const small = wordValue(norm);
    if (small !== null && (!sawNumber || current % 100 === 0 || current === 0)) {
      if (sawNumber && current % 100 === 0 && current !== 0 && small >= 100) break;
      current += small;
      sawNumber = true;
      last = k;
      continue;
    }
    if (sawNumber && (norm === 'hundred' || norm === 'dozen')) {
      current = (current || 1) * (norm === 'hundred' ? 100 : 12);
      last = k;
      continue;
    }
    const big = SCALES.get(norm);
    if (sawNumber && big !== undefined && big >= 1000 && norm !== 'k' && norm !== 'm') {
      total += (current || 1) * big;
      current = 0;
      scale = big;
      last = k;
      continue;
    }
    if (sawNumber && WORD_NUMBER_JOINERS.has(norm) && wordValue(tokens[k + 1]?.norm ?? '') !== null) continue;
    break;
  }
  if (!sawNumber) return null;
  return { value: total + current, last, spelled: true, scale };
}

/** "a hundred", "a thousand": the article stands for one. */
function parseArticleScale(tokens: readonly Token[], i: number): ParsedNumber | null {
  if (tokens[i].norm !== 'a') return null;
  const next = tokens[i + 1];
  if (!next || (next.norm !== 'hundred' && next.norm !== 'thousand' && next.norm !== 'million')) return null;
  return { value: next.norm === 'hundred' ? 100 : SCALES.get(next.norm)!, last: i + 1, spelled: true, scale: 1 };
}

function parseNumberAt(tokens: readonly Token[], i: number): ParsedNumber | null {
  const t = tokens[i];
  if (t.kind === 'num') return parseDigits(tokens, i);
  if (t.kind !== 'word') return null;
  return parseArticleScale(tokens, i) ?? parseWords(tokens, i);
}

/** "we know about 5 wounded": after these verbs "about" is a preposition, not an estimate. */
const VERBS_TAKING_ABOUT = new Set(['know', 'knew', 'known', 'heard', 'hear', 'talk', 'talked', 'spoke', 'speak', 'care', 'asked', 'told', 'learned']);

function qualifierBefore(tokens: readonly Token[], first: number): { start: number; qualifier: Qualifier } | null {
  for (const phrase of QUALIFIER_PHRASES) {
    const start = first - phrase.words.length;
    if (!wordsAt(tokens, start, phrase.words)) continue;
    if (phrase.words[0] === 'about' && VERBS_TAKING_ABOUT.has(tokens[start - 1]?.norm ?? '')) return null;
    return { start, qualifier: phrase.qualifier };
  }
  return null;
}

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
    if (word && word.kind === 'word' && word.glued) return true;
  }
  if (after && after.kind === 'word' && MEASURE_WORDS.has(after.norm)) return true;
  if (after && MEASURE_WORDS.has(after.text)) return true;
  if (after && after.norm === 'per' && tokens[parsed.last + 2]?.norm === 'cent') return true;
  if (before && before.kind === 'word' && MONTHS.has(before.norm) && !parsed.spelled) return true;
  if (before && before.text === '.' && MONTHS.has(tokens[first - 2]?.norm ?? '') && !parsed.spelled) return true;
  if (after && after.kind === 'word' && MONTHS.has(after.norm) && !parsed.spelled && after.norm !== 'may') return true;
  if (t.kind === 'num' && /^0\d/.test(t.text)) return true;
  const yearLike = t.kind === 'num' && /^\d{4}$/.test(t.text) && parsed.value >= 1800 && parsed.value <= 2100;
  if (before && before.kind === 'word' && LABELS_BEFORE_NUMBERS.has(before.norm)
    && (!LABELS_ONLY_FOR_YEARS.has(before.norm) || yearLike)) return true;
  if (yearLike && parsed.last === first) return true;
  return false;
}

function vagueAt(tokens: readonly Token[], i: number) {
  for (const vague of VAGUE_QUANTITIES) if (wordsAt(tokens, i, vague.words)) return vague;
  return null;
}

/** Finds every number mention in a token sequence, left to right, without overlaps. */
export function findNumberMentions(tokens: readonly Token[]): NumberMention[] {
  const mentions: NumberMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const vague = vagueAt(tokens, i);
    if (vague) {
      const last = i + vague.words.length - 1;
      // "a few days", "several hundred metres": a vague quantity of a measure is no mention.
      const after = tokens[last + 1];
      if (!(after && after.kind === 'word' && MEASURE_WORDS.has(after.norm))) {
        // "at least a dozen" qualifies like a number; vague words carry their own interval.
        const qualified = vague.qualifier === 'exact' ? qualifierBefore(tokens, i) : null;
        const bounds = qualified ? interval(vague.low, qualified.qualifier) : { low: vague.low, high: vague.high };
        mentions.push({
          start: qualified?.start ?? i, first: i, last, ...bounds, qualifier: qualified?.qualifier ?? vague.qualifier,
          spelled: true,
        });
      }
      i = last;
      continue;
    }
    const parsed = parseNumberAt(tokens, i);
    if (!parsed) continue;
    const mention = buildMention(tokens, i, parsed);
    if (mention) mentions.push(mention);
    i = mention ? mention.last : skipSpanTail(tokens, parsed.last);
  }
  return dropDenominators(tokens, mentions);
}

/** "1950-53": when a number was no count, the glued tail of its span is none either. */
function skipSpanTail(tokens: readonly Token[], last: number): number {
  const dash = tokens[last + 1];
  const tail = tokens[last + 2];
  return dash?.text === '-' && dash.glued && tail?.kind === 'num' && tail.glued ? last + 2 : last;
}

function buildMention(tokens: readonly Token[], first: number, parsed: ParsedNumber): NumberMention | null {
  const range = rangeAfter(tokens, first, parsed);
  if (range) return range;
  if (isNotACount(tokens, first, parsed)) return null;
  const qualified = qualifierBefore(tokens, first);
  // Shaped like a count but beyond any population: kept, flagged, so that a figure rule finding it
  // can warn about the span rather than print a number no one could have counted.
  if (!(parsed.value <= MAX_PLAUSIBLE)) {
    return { start: qualified?.start ?? first, first, last: parsed.last, low: null, high: null, qualifier: 'exact', spelled: parsed.spelled, absurd: true };
  }
  const qualifier = qualified?.qualifier ?? 'exact';
  return {
    start: qualified?.start ?? first, first, last: parsed.last, ...interval(parsed.value, qualifier), qualifier,
    spelled: parsed.spelled,
  };
}

/** The guideline's interval for a qualified number: at least n is [n, open), up to n is (open, n]. */
export function interval(value: number, qualifier: Qualifier): { low: number | null; high: number | null } {
  if (qualifier === 'at_least') return { low: value, high: null };
  if (qualifier === 'at_most') return { low: null, high: value };
  return { low: value, high: value };
}

/** "100 to 300", "50-75", "between 1.1 and 1.5 million", "from 300 to 500". */
function rangeAfter(tokens: readonly Token[], first: number, lowPart: ParsedNumber): NumberMention | null {
  const joiner = tokens[lowPart.last + 1];
  if (!joiner) return null;
  const between = tokens[first - 1]?.norm === 'between';
  const from = tokens[first - 1]?.norm === 'from';
  // "the toll rose from 38 to 50" is two figures, an earlier and a later one (guideline), not a range.
  if (from && changeVerbBefore(tokens, first - 1)) return null;
  const isDash = joiner.text === '-' || joiner.text === '–' || joiner.text === '—';
  if (!(joiner.norm === 'to' || isDash || (between && joiner.norm === 'and'))) return null;
  const highAt = lowPart.last + 2;
  if (!tokens[highAt]) return null;
  const highPart = parseNumberAt(tokens, highAt);
  if (!highPart || highPart.spelled !== lowPart.spelled) return null;
  // "1.1 and 1.5 million": the low end shares the high end's scale.
  const low = lowPart.scale === 1 && highPart.scale > 1 && !Number.isInteger(lowPart.value)
    ? scaled(lowPart.value, highPart.scale) : lowPart.value;
  if (!(low < highPart.value)) return null;
  if (isNotACount(tokens, highAt, highPart) || isNotACount(tokens, first, { ...lowPart, value: low, last: first })) return null;
  if (!(highPart.value <= MAX_PLAUSIBLE)) return null;
  const qualified = between || from ? { start: first - 1 } : null;
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

/** "32 of the 543 passengers": the second number is the whole the first is part of, not a figure. */
function dropDenominators(tokens: readonly Token[], mentions: NumberMention[]): NumberMention[] {
  return mentions.filter((m, index) => {
    const previous = mentions[index - 1];
    if (!previous) return true;
    let k = previous.last + 1;
    if (tokens[k]?.norm !== 'of') return true;
    k += 1;
    if (['the', 'its', 'his', 'her', 'their', 'our'].includes(tokens[k]?.norm ?? '')) k += 1;
    return k !== m.start;
  });
}
