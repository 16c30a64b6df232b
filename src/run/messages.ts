// Everything toll says on stderr: one line per problem, `toll: FILE:LINE: CODE: message`, and a summary.
// File names, column names and quoted input reach these lines: their control characters are shown
// as escapes ("\x1b"), so that a message can neither drive the terminal nor hide what it names.
import type { InputProblem } from '../figure.js';
import { problemMessage, type ProblemCode } from '../problems.js';
import type { Skipped } from '../ingest/index.js';
import type { RunSummary } from '../report/context.js';
import { showControls } from '../report/sanitize.js';
import { groupThousands } from '../thousands.js';

export function problemLine(problem: InputProblem): string {
  const where = problem.line === null ? problem.file : `${problem.file}:${problem.line}`;
  const hint = problem.hint ? ` (${problem.hint})` : '';
  return `toll: ${showControls(where)}: ${problem.code}: ${showControls(problem.message)}${showControls(hint)}\n`;
}

/**
 * A problem of the run rather than of an input record, about `subject` (a file) or nothing in
 * particular: "toll: out.json: OUTPUT_UNWRITABLE: cannot write (permission denied)".
 */
export function runProblemLine(subject: string | null, code: ProblemCode, message: string): string {
  return `toll: ${subject === null ? '' : `${showControls(subject)}: `}${code}: ${showControls(message)}\n`;
}

/** A usage error as commander words it ("error: unknown option '--x'"), as one safe `toll:` line. */
export function usageErrorLine(text: string): string {
  return `${showControls(text.replace(/^error: /, 'toll: ').trimEnd())}\n`;
}

/** An unexpected error: one line, and the stack trace only with --debug. */
export function internalErrorLines(error: unknown, debug: boolean): string {
  const reason = `${error instanceof Error ? error.message : String(error)}${debug ? '' : ' (run with --debug for details)'}`;
  const line = runProblemLine(null, 'INTERNAL_ERROR', problemMessage('INTERNAL_ERROR', { reason }));
  return debug && error instanceof Error && error.stack ? `${line}${error.stack}\n` : line;
}

/** The summary the reports show, counted as the run goes, with the unread counts of the closing line. */
export interface RunCounts extends RunSummary {
  /** Every problem reported, warnings and errors, by code. */
  problems: Map<ProblemCode, number>;
  /** Sentences with numbers near harm words that gave no figure; number tokens that could not be read. */
  unreadSentences: number;
  unreadNumbers: number;
}

export function newCounts(): RunCounts {
  return {
    files: 0, filesSkipped: 0, records: 0, recordsWithFigures: 0, recordsSkipped: 0, figures: 0, problems: new Map(),
    unreadSentences: 0, unreadNumbers: 0,
  };
}

/**
 * Counts a problem for the summary under its code; an error also counts what it skipped: a record,
 * or a whole input (ingest says which; otherwise an error without a line is about the input).
 */
export function countProblem(counts: RunCounts, problem: InputProblem, skipped?: Skipped): void {
  counts.problems.set(problem.code, (counts.problems.get(problem.code) ?? 0) + 1);
  if (problem.severity !== 'error') return;
  skipped ??= problem.line === null ? 'file' : 'record';
  if (skipped === 'file') counts.filesSkipped += 1;
  else counts.recordsSkipped += 1;
}

function plural(n: number, word: string): string {
  return `${groupThousands(n)} ${word}${n === 1 ? '' : 's'}`;
}

/** The conservation law every run keeps: records read = with figures + without figures + skipped. */
export function recordsRead(counts: RunCounts): number {
  return counts.records + counts.recordsSkipped;
}

/**
 * "toll: 2 files (1 skipped), 24 records read: 6 with figures, 17 without, 1 skipped; 7 figures;
 * problems: 1 FILE_NOT_FOUND, 1 JSON_MALFORMED"
 */
export function summaryLine(counts: RunCounts): string {
  const files = `${plural(counts.files, 'file')}${counts.filesSkipped > 0 ? ` (${groupThousands(counts.filesSkipped)} skipped)` : ''}`;
  const without = counts.records - counts.recordsWithFigures;
  const records = `${plural(recordsRead(counts), 'record')} read: ${groupThousands(counts.recordsWithFigures)} with figures, `
    + `${groupThousands(without)} without, ${groupThousands(counts.recordsSkipped)} skipped`;
  const problems = [...counts.problems.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([code, n]) => `${groupThousands(n)} ${code}`);
  const tail = problems.length > 0 ? `; problems: ${problems.join(', ')}` : '';
  return `toll: ${files}, ${records}; ${plural(counts.figures, 'figure')}${tail}${unreadPart(counts)}\n`;
}

/** The summary as one JSON object on a line, for --format json: the same counts, problems by code. */
export function summaryJson(counts: RunCounts): string {
  const problems = Object.fromEntries([...counts.problems.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
  const summary = {
    summary: 'toll.run/1',
    files: { read: counts.files, skipped: counts.filesSkipped },
    records: {
      read: recordsRead(counts), withFigures: counts.recordsWithFigures,
      withoutFigures: counts.records - counts.recordsWithFigures, skipped: counts.recordsSkipped,
    },
    figures: counts.figures,
    unread: { sentences: counts.unreadSentences, numbers: counts.unreadNumbers },
    problems,
  };
  return `${JSON.stringify(summary)}\n`;
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
