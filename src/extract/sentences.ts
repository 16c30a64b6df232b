// Sentence boundaries that survive abbreviations ("U.S. forces", "Sept. 17", "S. Korea's"), initials,
// closing quotes and datelines, so that a figure and its governing verb are read in one sentence.
// A hand rule rather than Intl.Segmenter, measured on Node 20: ICU breaks "Gen. Smith", "Sept. 17" and
// "S. Korea" apart, and segmenting 300 kB of news took it seconds where this linear pass takes ~3 ms.
import { MONTH_ABBREVIATIONS } from '../calendar.js';

export interface Span {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'brig', 'lt', 'col', 'maj', 'capt', 'sgt', 'cpl', 'pvt', 'adm', 'cmdr', 'sen',
  'rep', 'gov', 'pres', 'st', 'mt', 'ft', ...MONTH_ABBREVIATIONS, 'no', 'nos', 'vs', 'etc', 'inc', 'corp', 'co', 'ltd', 'bros', 'jr', 'sr', 'calif', 'ariz', 'ore',
  'wash', 'fla', 'mass', 'conn', 'penn', 'tenn', 'ky', 'la', 'md', 'mich', 'minn', 'miss', 'mo', 'neb', 'nev',
  'okla', 'pa', 'va', 'vt', 'wis', 'wyo', 'ala', 'ark', 'colo', 'del', 'ga', 'ill', 'ind', 'kan', 'e.g', 'i.e',
  'u.s', 'u.n', 'u.k', 'a.m', 'p.m', 'approx', 'incl', 'excl', 'c', 'ca', 'est', 'dept', 'govt', 'univ', 'assn', 'gen', 'rev', 'hon', 'messrs',
]);

// A run of terminal punctuation with optional closing quotes/brackets, or a line break. The space
// that must follow is checked in code: in the pattern, a long run of dots would be rescanned quadratically.
// A digest's story separator, " - - - - ", ends a sentence wherever it stands; so (round 13, bullet
// digests written on one line: "• El Fasher: … killed 31, per X; • Kordofan: …") does a bullet, which
// opens the next item, so that one item's speaker does not credit the next.
// A semicolon with no space on either side before a capital or a digit joins the items of an export's list
// (UCDP's headlines, "…in east - Kiev military;Ten civilians die…"), so it ends one item's sentence too.
const CANDIDATE = /[.!?]+["'”’)\]]*|\n|(?: -){3,}(?= )|•|;/g;
const STARTS_SENTENCE = /^["'“‘(\[<]?[\p{Lu}\p{N}]/u;
// A list item run into one line after a full stop, "… 2 soldiers missing. - 18 June: 3 fishermen kidnapped": a dash, then a day or a count.
const NUMBERED_BULLET = /^[-–—] \p{N}/u;
const SPACE = /\s/;

/** Places written in initials, which do end sentences ("fled to Washington, D.C.", "High Point, N.C."). */
const PLACE_INITIALS: ReadonlySet<string> = new Set([
  'd.c', 'n.y', 'n.j', 'n.c', 's.c', 'n.h', 'n.d', 's.d', 'n.m', 'r.i', 'l.a', 'u.s.a', 'u.a.e', 'n.z', 'p.r',
]);

const LETTER_OR_DOT = /[\p{L}.]/u;

/** LETTER_OR_DOT at one character, with ASCII decided by its code (speed only: it runs at every full stop). */
function isLetterOrDot(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return code === 46 || ((code | 0x20) >= 97 && (code | 0x20) <= 122);
  return LETTER_OR_DOT.test(text[i]);
}

function wordBefore(text: string, at: number): string {
  let start = at;
  while (start > 0 && isLetterOrDot(text, start - 1)) start -= 1;
  return text.slice(start, at).toLowerCase();
}

export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  // exec on the one global pattern, not matchAll, which copies the pattern at every call.
  CANDIDATE.lastIndex = 0;
  for (let match = CANDIDATE.exec(text); match; match = CANDIDATE.exec(text)) {
    const at = match.index;
    let end = at + match[0].length;
    if (match[0][0] === ' ') {
      // The separator belongs to neither story.
      pushTrimmed(text, spans, start, at);
      start = end;
      continue;
    }
    if (match[0] === ';') {
      if (!isListJoint(text, at)) continue;
      pushTrimmed(text, spans, start, at);
      start = at + 1;
      continue;
    }
    if (match[0] === '•') {
      // The bullet opens the item after it.
      pushTrimmed(text, spans, start, at);
      start = at;
      continue;
    }
    if (match[0] !== '\n') {
      end = afterFootnotes(text, end);
      if (!SPACE.test(text[end] ?? '')) continue;
      while (end < text.length && SPACE.test(text[end])) end += 1;
      if (!isBoundary(text, at, match[0], end)) continue;
    }
    pushTrimmed(text, spans, start, match[0] === '\n' ? at : end);
    start = end;
  }
  pushTrimmed(text, spans, start, text.length);
  return spans;
}

/** HTML entities a feed left undecoded ("quot;The Islamic Army"): their semicolon joins nothing. */
const ENTITY_NAMES: ReadonlySet<string> = new Set(['quot', 'amp', 'lt', 'gt', 'apos', 'nbsp']);

/** "military;Ten civilians", "2014;Three killed": a semicolon glued to both neighbours, a capital or digit after it. */
function isListJoint(text: string, at: number): boolean {
  const before = text[at - 1];
  if (before === undefined || SPACE.test(before)) return false;
  // The item after starts as a sentence does, glued to the semicolon.
  if (!STARTS_SENTENCE.test(text.slice(at + 1, at + 3))) return false;
  // "330,;575": a garbled number, no list.
  if (/[\d,.]/.test(before) && /\d/.test(text[at + 1] ?? '')) return false;
  // "quot;The Islamic Army", "&amp;Co": an HTML entity a feed left undecoded.
  return !ENTITY_NAMES.has(wordBefore(text, at)) && !/&#?\w*$/.test(text.slice(Math.max(0, at - 8), at));
}

/** The longest footnote marker read after a full stop: "[7]", "[note 3]", "[citation needed]". */
const MAX_FOOTNOTE = 30;

/**
 * Round 9, reference works: "…about 3,300.[7][8] Contemporary newspapers put …": footnote markers
 * after the full stop belong to the sentence they close. Scanned in code, each bounded, to stay linear.
 */
function afterFootnotes(text: string, from: number): number {
  let end = from;
  while (text[end] === '[') {
    let close = end + 1;
    while (close < text.length && close - end <= MAX_FOOTNOTE && text[close] !== ']' && text[close] !== '[' && text[close] !== '\n') close += 1;
    if (text[close] !== ']') return end;
    end = close + 1;
  }
  return end;
}

function isBoundary(text: string, at: number, punctuation: string, next: number): boolean {
  if (!STARTS_SENTENCE.test(text.slice(next, next + 2)) && !NUMBERED_BULLET.test(text.slice(next, next + 3))) return false;
  if (punctuation[0] !== '.') return true;
  const word = wordBefore(text, at);
  if (ABBREVIATIONS.has(word)) return false;
  // A single capital before the dot is an initial: "S. Korea", "John F. Kennedy".
  if (/^[a-z]$/.test(word) && /\p{Lu}/u.test(text[at - 1])) return false;
  // Round 15: so are two or three run together, "police commissioner R.S. Brar", but not a place's ("Washington, D.C.").
  if (/^(?:[a-z]\.){1,2}[a-z]$/.test(word) && !PLACE_INITIALS.has(word) && text.slice(at - word.length, at) === text.slice(at - word.length, at).toUpperCase()) return false;
  return true;
}

/**
 * No real sentence runs past this many characters; text that does (a table flattened into one line,
 * hostile input) is cut into pieces at a space, so that rules never hold more than a bounded window.
 */
export const MAX_SENTENCE = 2000;

function pushTrimmed(text: string, spans: Span[], start: number, end: number): void {
  while (start < end && /\s/.test(text[start])) start += 1;
  while (end > start && /\s/.test(text[end - 1])) end -= 1;
  while (end - start > MAX_SENTENCE) {
    // Look back for a space only inside this window: lastIndexOf would run on to the text's start.
    let cut = start + MAX_SENTENCE;
    while (cut > start && text[cut] !== ' ') cut -= 1;
    if (cut <= start) cut = start + MAX_SENTENCE;
    spans.push({ start, end: cut });
    start = cut;
    while (start < end && /\s/.test(text[start])) start += 1;
  }
  if (end > start) spans.push({ start, end });
}
