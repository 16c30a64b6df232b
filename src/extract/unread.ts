// Misses made visible: what extraction read and could not use. A sentence that holds a number near
// a harm word but gave no figure is a likely miss (or a true negative); a number token that cannot
// be read whole was refused. Both are listed so that an analyst can see what toll skipped.
// "Harm word" is the prefilter's: a word that starts with one of its stems, so the two never disagree
// (but for "fell", see isHarmWord).
import type { Figure, Report } from '../figure.js';
import { CASUALTY_STEMS, extractFigures, LineIndex, type ExtractOptions, type SentenceRead } from './index.js';
import type { Token } from './tokens.js';
import { FALLING_VERBS } from './vocabulary.js';

/** How many tokens may stand between a number and a harm word for them to be "near". */
export const NEAR_TOKENS = 5;

export interface UnreadItem {
  /** sentence: numbers near harm words but no figure; number: a number token refused. */
  kind: 'sentence' | 'number';
  doc: string;
  file: string;
  /** Line of the report the sentence (or the refused token) stands on, 1-based. */
  line: number;
  /** The sentence as written. */
  sentence: string;
  /** As written: the refused token, or the numbers of the sentence near harm words. */
  numbers: string[];
  /** Offsets in the report text of the sentence (kind sentence) or of the token (kind number). */
  start: number;
  end: number;
}

/**
 * The same stems, matched at one place only (sticky), from a copy: the prefilter's own pattern keeps
 * its lastIndex. Made on first use (a run whose sentences all give figures never asks) and sent
 * straight to machine code by a long first subject, as the prefilter is (index.ts): from bytecode,
 * its first hundred tests cost some 30 ms of CPU.
 */
let stemAt: RegExp | null = null;

function stemAtPattern(): RegExp {
  if (stemAt === null) {
    stemAt = new RegExp(CASUALTY_STEMS.source, 'iy');
    stemAt.test(' '.repeat(1000));
  }
  return stemAt;
}

function isHarmWord(text: string, token: Token): boolean {
  // "fell" is a harm word only of fighters named as such ("1,830 other ranks fell"); near a number
  // it is mostly prices and output ("shares fell 3 pct"), so it makes no sentence a likely miss.
  if (token.kind !== 'word' || FALLING_VERBS.has(token.norm)) return false;
  const pattern = stemAtPattern();
  pattern.lastIndex = token.start;
  return pattern.test(text);
}

/** A token span, first and last token index inclusive. */
interface TokenSpan {
  first: number;
  last: number;
}

/**
 * What a sentence left unread: the spans of its numbers that stand near a harm word, when it gave
 * no figure (else none), and its refused number tokens.
 */
export function unreadInSentence(read: SentenceRead): { near: TokenSpan[]; refused: TokenSpan[] } {
  const refused = read.refused.map(({ first, last }) => ({ first, last }));
  if (read.figures > 0) return { near: [], refused };
  // A number beyond any population has its own warning (FIGURE_IMPOSSIBLE): it is accounted for.
  const numbers: TokenSpan[] = [...read.mentions.filter((m) => !m.absurd), ...read.refused].map(({ first, last }) => ({ first, last }));
  if (numbers.length === 0) return { near: [], refused };
  // Only the tokens within reach of a number are tested, each once (0 untested, 1 no, 2 a harm word).
  const harm = new Uint8Array(read.tokens.length);
  const harmAt = (i: number) => (harm[i] ||= isHarmWord(read.text, read.tokens[i]) ? 2 : 1) === 2;
  const nearHarm = (n: TokenSpan) => {
    for (let h = Math.max(0, n.first - NEAR_TOKENS); h < n.first; h++) if (harmAt(h)) return true;
    for (let h = n.last + 1; h <= Math.min(read.tokens.length - 1, n.last + NEAR_TOKENS); h++) if (harmAt(h)) return true;
    return false;
  };
  const near = numbers.filter(nearHarm).sort((a, b) => a.first - b.first);
  return { near, refused };
}

/** The figures of a report, and what it left unread (see unreadInSentence). */
export function readReport(report: Report, options: ExtractOptions = {}): { figures: Figure[]; unread: UnreadItem[] } {
  const unread: UnreadItem[] = [];
  let lines: LineIndex | null = null;
  const lineOf = (offset: number) => report.line + (lines ??= new LineIndex(report.text)).lineOf(offset);
  const onSentence = (read: SentenceRead) => {
    const { near, refused } = unreadInSentence(read);
    if (near.length === 0 && refused.length === 0) return;
    const { text, tokens, sentence } = read;
    const written = (span: TokenSpan) => text.slice(tokens[span.first].start, tokens[span.last].end);
    const base = { doc: report.doc, file: report.file, sentence: text.slice(sentence.start, sentence.end) };
    if (near.length > 0) {
      unread.push({ kind: 'sentence', ...base, line: lineOf(sentence.start), numbers: near.map(written), start: sentence.start, end: sentence.end });
    }
    for (const span of refused) {
      const start = tokens[span.first].start;
      unread.push({ kind: 'number', ...base, line: lineOf(start), numbers: [written(span)], start, end: tokens[span.last].end });
    }
  };
  const figures = extractFigures(report, options, onSentence);
  return { figures, unread };
}
