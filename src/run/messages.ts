// Everything toll says on stderr: one line per problem, `toll: FILE:LINE: message`, and a summary.
// File names, column names and quoted input reach these lines: their control characters are shown
// as escapes ("\x1b"), so that a message can neither drive the terminal nor hide what it names.
import type { InputProblem } from '../figure.js';
import type { Skipped } from '../ingest/index.js';
import { showControls } from '../report/sanitize.js';
import { groupThousands } from '../thousands.js';

export function problemLine(problem: InputProblem): string {
  const where = problem.line === null ? problem.file : `${problem.file}:${problem.line}`;
  const prefix = problem.severity === 'warning' ? 'warning: ' : '';
  const hint = problem.hint ? ` (${problem.hint})` : '';
  return `toll: ${showControls(where)}: ${prefix}${showControls(problem.message)}${showControls(hint)}\n`;
}

/** A problem with no file line of its own, such as the output: "toll: out.json: cannot write (permission denied)". */
export function errorLine(message: string): string {
  return `toll: ${showControls(message)}\n`;
}

/** A usage error as commander words it ("error: unknown option '--x'"), as one safe `toll:` line. */
export function usageErrorLine(text: string): string {
  return `${showControls(text.replace(/^error: /, 'toll: ').trimEnd())}\n`;
}

/** An unexpected error: one line, and the stack trace only with --debug. */
export function internalErrorLines(error: unknown, debug: boolean): string {
  const message = showControls(error instanceof Error ? error.message : String(error));
  const line = `toll: internal error: ${message}${debug ? '' : ' (run with --debug for details)'}\n`;
  return debug && error instanceof Error && error.stack ? `${line}${error.stack}\n` : line;
}

export interface RunCounts {
  files: number;
  records: number;
  recordsWithFigures: number;
  figures: number;
  /** Sentences with numbers near harm words that gave no figure; number tokens that could not be read. */
  unreadSentences: number;
  unreadNumbers: number;
  /** Records skipped, by reason. */
  skipped: Map<string, number>;
  /** Inputs that could not be read at all, by reason. */
  skippedFiles: Map<string, number>;
}

export function newCounts(): RunCounts {
  return {
    files: 0, records: 0, recordsWithFigures: 0, figures: 0, unreadSentences: 0, unreadNumbers: 0, skipped: new Map(), skippedFiles: new Map(),
  };
}

/**
 * Counts an error for the summary: a record skipped, or a whole input (ingest says which; otherwise
 * an error without a line is about the input). The reason is the message up to its details
 * ("malformed JSON", "line is not a JSON object", "no such file").
 */
export function countProblem(counts: RunCounts, problem: InputProblem, skipped?: Skipped): void {
  if (problem.severity !== 'error') return;
  skipped ??= problem.line === null ? 'file' : 'record';
  const reason = problem.message.split(/[:;(]/)[0]!.trim();
  const tally = skipped === 'file' ? counts.skippedFiles : counts.skipped;
  tally.set(reason, (tally.get(reason) ?? 0) + 1);
}

function plural(n: number, word: string): string {
  return `${groupThousands(n)} ${word}${n === 1 ? '' : 's'}`;
}

/** "; 2 records skipped (1 malformed JSON, 1 line is not a JSON object)", or "" when none were. */
function skippedPart(tally: Map<string, number>, word: string): string {
  const total = [...tally.values()].reduce((a, b) => a + b, 0);
  if (total === 0) return '';
  const reasons = [...tally.entries()].map(([reason, n]) => `${groupThousands(n)} ${reason}`).join(', ');
  return `; ${plural(total, word)} skipped (${showControls(reasons)})`;
}

/** "toll: 2 files, 24 records (6 with figures), 7 figures; 1 record skipped (1 malformed JSON); 1 file skipped (1 no such file)" */
export function summaryLine(counts: RunCounts): string {
  const read = `${plural(counts.files, 'file')}, ${plural(counts.records, 'record')} (${groupThousands(counts.recordsWithFigures)} with figures), ${plural(counts.figures, 'figure')}`;
  return `toll: ${read}${skippedPart(counts.skipped, 'record')}${skippedPart(counts.skippedFiles, 'file')}${unreadPart(counts)}\n`;
}

/** "; 412 sentences with numbers near harm words gave no figure, 3 numbers could not be read: see --unread", or "". */
function unreadPart(counts: RunCounts): string {
  const parts: string[] = [];
  if (counts.unreadSentences > 0) {
    parts.push(`${plural(counts.unreadSentences, 'sentence')} with numbers near harm words gave no figure`);
  }
  if (counts.unreadNumbers > 0) parts.push(`${plural(counts.unreadNumbers, 'number')} could not be read`);
  return parts.length === 0 ? '' : `; ${parts.join(', ')}: see toll extract --unread`;
}
