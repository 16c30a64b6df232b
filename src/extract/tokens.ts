// A token is a word, a digit run or one punctuation character, with its offsets in the report text.
// Rules match on token sequences rather than raw text so that every pattern stays linear and
// whitespace, case and hyphenation are handled once, here.
//
// Text is read in a normalised view (NFKC, every decimal digit as ASCII, zero-width characters
// dropped) so that "１２", "١٢" and "1\u200B200" read like "12" and "1200"; offsets stay those of
// the original text, so quotes and start/end always point into the report as written.

import { PREDICATE_WORDS } from './vocabulary.js';

export type TokenKind = 'num' | 'word' | 'punct';

/** Quotation marks, each its own punctuation token: those that open a quotation, those that close one
 * (straight marks do both), all of them, and each opening mark with the mark that closes it. */
export const OPENING_QUOTES: ReadonlySet<string> = new Set(["'", '"', '‘', '“']);
export const CLOSING_QUOTES: ReadonlySet<string> = new Set(["'", '"', '’', '”']);
export const QUOTE_MARKS: ReadonlySet<string> = new Set([...OPENING_QUOTES, ...CLOSING_QUOTES]);
export const QUOTE_PAIRS: ReadonlyMap<string, string> = new Map([["'", "'"], ['"', '"'], ['‘', '’'], ['“', '”']]);

export interface Token {
  /** The token in the normalised view ("12" for "１２"). */
  text: string;
  /** Lower-cased text with curly apostrophes straightened: what rules compare against. */
  norm: string;
  kind: TokenKind;
  /** Offsets in the original text. */
  start: number;
  end: number;
  /** True when the token touches the previous one (no space between): "11k", "25-year". */
  glued: boolean;
}

// Digit runs with inner separators ("1,000", "1.5", "1.234.567", "1 000" with a no-break or thin
// space); words with inner apostrophes, hyphens or dots ("al-Rubaie", "twenty-five", "U.S"); any
// other single non-space character, superscript digits among them ("10⁶" must not read as 10).
// Each repeated group starts with a character its predecessor cannot match, so there is no backtracking.
const TOKEN_PATTERN = /\d+(?:[.,]\d+|[\u00A0\u2009\u202F]\d{3}(?!\d))*|[\p{L}\p{M}]+(?:['’.-][\p{L}\p{M}\d]+)*|[^\s\p{L}\p{M}\d]/gu;

const LETTER = /[\p{L}\p{M}]/u;
const NON_ASCII = /[^\x00-\x7F]/;
/** Zero-width space, joiners, word joiner, BOM and soft hyphen: invisible, so never a separator. */
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/;
const DECIMAL_DIGIT = /\p{Nd}/u;
/** Left as they are by NFKC here: spaces (thousands separators), superscripts and fractions ("10⁶", "½"), the ellipsis. */
const KEEP_AS_IS = /[\p{Zs}\p{No}\u2026]/u;
/** Arabic thousands and decimal separators, which NFKC leaves alone. */
const ARABIC_SEPARATORS: Record<string, string> = { '\u066C': ',', '\u066B': '.' };

function normalise(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

/** The value of a decimal digit of any script: its place in its block of ten consecutive digits. */
function asciiDigit(char: string): string {
  const code = char.codePointAt(0)!;
  let zero = code;
  while (DECIMAL_DIGIT.test(String.fromCodePoint(zero - 1))) zero -= 1;
  return String((code - zero) % 10);
}

interface View {
  text: string;
  /** Original offset (relative to the slice) where each view character starts and ends. */
  starts: number[];
  ends: number[];
}

/** The normalised view of a slice that holds non-ASCII characters, with its offset map. */
function normalisedView(slice: string): View {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  for (const char of slice) {
    const at = i;
    i += char.length;
    let out: string;
    if (char.charCodeAt(0) < 0x80) out = char;
    else if (ZERO_WIDTH.test(char)) continue;
    else if (DECIMAL_DIGIT.test(char)) out = asciiDigit(char);
    else if (ARABIC_SEPARATORS[char] !== undefined) out = ARABIC_SEPARATORS[char];
    else if (KEEP_AS_IS.test(char)) out = char;
    else out = char.normalize('NFKC');
    text += out;
    for (let k = 0; k < out.length; k++) {
      starts.push(at);
      ends.push(i);
    }
  }
  return { text, starts, ends };
}

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const slice = text.slice(from, to);
  if (!NON_ASCII.test(slice)) return splitCreditHyphens(readAbbreviations(dropFootnoteMarkers(tokenizeAscii(text, from, to))));
  const view = normalisedView(slice);
  const tokens: Token[] = [];
  let previousEnd = -1;
  TOKEN_PATTERN.lastIndex = 0;
  for (let match = TOKEN_PATTERN.exec(view.text); match; match = TOKEN_PATTERN.exec(view.text)) {
    const raw = match[0];
    const at = match.index;
    const start = from + view.starts[at];
    const end = from + view.ends[at + raw.length - 1];
    const first = raw.charCodeAt(0);
    const kind: TokenKind = first >= 48 && first <= 57 ? 'num' : LETTER.test(raw[0]) ? 'word' : 'punct';
    tokens.push({ text: raw, norm: kind === 'word' ? normalise(raw) : raw, kind, start, end, glued: start === previousEnd });
    previousEnd = end;
  }
  return splitCreditHyphens(readAbbreviations(dropFootnoteMarkers(tokens)));
}

const isAsciiDigit = (code: number) => code >= 48 && code <= 57;
const isAsciiLetter = (code: number) => (code | 0x20) >= 97 && (code | 0x20) <= 122;
/** ASCII whitespace: what \s matches in a slice without other characters. */
const isAsciiSpace = (code: number) => code === 32 || (code >= 9 && code <= 13);

/**
 * TOKEN_PATTERN by hand, for slices that are all ASCII (most news): the same tokens without a
 * match object each, and with no normalised view to map back from (ASCII is its own view).
 */
function tokenizeAscii(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  let previousEnd = -1;
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (isAsciiSpace(code)) {
      i += 1;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    if (isAsciiDigit(code)) {
      // \d+(?:[.,]\d+)*
      kind = 'num';
      do i += 1; while (i < to && isAsciiDigit(text.charCodeAt(i)));
      while (i + 1 < to && (text.charCodeAt(i) === 46 || text.charCodeAt(i) === 44) && isAsciiDigit(text.charCodeAt(i + 1))) {
        i += 1;
        do i += 1; while (i < to && isAsciiDigit(text.charCodeAt(i)));
      }
    } else if (isAsciiLetter(code)) {
      // [a-z]+(?:['.-][a-z\d]+)*
      kind = 'word';
      do i += 1; while (i < to && isAsciiLetter(text.charCodeAt(i)));
      while (i + 1 < to && isInnerJoiner(text.charCodeAt(i)) && isLetterOrDigit(text.charCodeAt(i + 1))) {
        i += 1;
        do i += 1; while (i < to && isLetterOrDigit(text.charCodeAt(i)));
      }
    } else {
      kind = 'punct';
      i += 1;
    }
    const raw = text.slice(start, i);
    tokens.push({ text: raw, norm: kind === 'word' ? normalise(raw) : raw, kind, start, end: i, glued: start === previousEnd });
    previousEnd = i;
  }
  return tokens;
}

/** The apostrophe, dot and hyphen that may join the parts of one word ("al-Rubaie", "U.S", "don't"). */
const isInnerJoiner = (code: number) => code === 39 || code === 46 || code === 45;
const isLetterOrDigit = (code: number) => isAsciiLetter(code) || isAsciiDigit(code);

/** Words that open a footnote marker: "[note 3]", "[n 4]", "[nb 1]". */
const FOOTNOTE_WORDS: ReadonlySet<string> = new Set(['note', 'n', 'nb', 'fn', 'ref']);

/**
 * Reference-work footnote markers ("1,204[12]", "[note 3]") are neither numbers nor words of the
 * sentence: they are taken out, so that "1,204[12] people" reads as "1,204 people".
 */
function dropFootnoteMarkers(tokens: Token[]): Token[] {
  if (!tokens.some((t) => t.text === '[')) return tokens;
  const kept: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].text === '[') {
      let k = i + 1;
      if (tokens[k]?.kind === 'word' && FOOTNOTE_WORDS.has(tokens[k].norm)) k += 1;
      if (tokens[k]?.kind === 'num' && /^\d{1,3}$/.test(tokens[k].text) && tokens[k + 1]?.text === ']') {
        i = k + 1;
        continue;
      }
    }
    kept.push(tokens[i]);
  }
  return kept;
}

/** Round 11, coder notes: "19 killed incl. 8 children", "excl. the attackers": shorthand read as its word. */
const ABBREVIATED_WORDS: ReadonlyMap<string, string> = new Map([['incl', 'including'], ['excl', 'excluding']]);

/** Gives an abbreviated word the norm of the word it stands for and drops its dot, so rules read "including". */
function readAbbreviations(tokens: Token[]): Token[] {
  if (!tokens.some((t) => ABBREVIATED_WORDS.has(t.norm))) return tokens;
  const kept: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const word = ABBREVIATED_WORDS.get(tokens[i].norm);
    if (word === undefined) {
      kept.push(tokens[i]);
      continue;
    }
    const dot = tokens[i + 1]?.text === '.' && tokens[i + 1].glued;
    kept.push({ ...tokens[i], norm: word, end: dot ? tokens[i + 1].end : tokens[i].end });
    if (dot) i += 1;
  }
  return kept;
}

/** A harm word, a hyphen and a capitalised name in one word: "eight dead-Interfax", "One Dead-Radio". */
const CREDIT_HYPHEN = /^([\p{L}\p{M}]+)-\p{Lu}/u;

/**
 * "Clashes in the east, eight dead-Interfax", "One Dead-Radio": a headline's credit dash written
 * without its spaces glues the outcome to the source. Split where the part before the first hyphen
 * is a harm predicate and the part after it is capitalised; the dash is marked unglued, as the
 * spaced dash it stands for ("dead - Interfax"). "war-dead", "pro-Russian", "killed-in-action" stay whole.
 */
function splitCreditHyphens(tokens: Token[]): Token[] {
  if (!tokens.some((t) => t.kind === 'word' && CREDIT_HYPHEN.test(t.text))) return tokens;
  const out: Token[] = [];
  for (const t of tokens) {
    const m = t.kind === 'word' ? CREDIT_HYPHEN.exec(t.text) : null;
    if (!m || !PREDICATE_WORDS.has(m[1].toLowerCase())) {
      out.push(t);
      continue;
    }
    const head = m[1].length;
    const span = t.end - t.start === t.text.length;
    // Offsets follow the text where the token is as long as it is written (always in ASCII).
    const at = (k: number) => (span ? t.start + k : t.start);
    const rest = t.text.slice(head + 1);
    out.push({ ...t, text: m[1], norm: normalise(m[1]), end: at(head) });
    out.push({ text: '-', norm: '-', kind: 'punct', start: at(head), end: at(head + 1), glued: false });
    out.push({ text: rest, norm: normalise(rest), kind: 'word', start: at(head + 1), end: t.end, glued: false });
  }
  return out;
}

/** True when tokens[i..] spell the given lower-case words in order. */
export function wordsAt(tokens: readonly Token[], i: number, words: readonly string[]): boolean {
  if (i < 0 || i + words.length > tokens.length) return false;
  for (let k = 0; k < words.length; k++) if (tokens[i + k].norm !== words[k]) return false;
  return true;
}
