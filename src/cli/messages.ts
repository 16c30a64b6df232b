// Everything toll says on stderr: one line per problem, `toll: FILE:LINE: message`, and a summary.
import type { InputProblem } from '../figure.js';
import { sanitizeText } from '../report/sanitize.js';

export function problemLine(problem: InputProblem): string {
  const where = problem.line === null ? problem.file : `${problem.file}:${problem.line}`;
  const prefix = problem.severity === 'warning' ? 'warning: ' : '';
  const hint = problem.hint ? ` (${problem.hint})` : '';
  return `toll: ${sanitizeText(where)}: ${prefix}${sanitizeText(problem.message)}${sanitizeText(hint)}\n`;
}

export interface RunCounts {
  files: number;
  records: number;
  recordsWithFigures: number;
  figures: number;
  skipped: Map<string, number>;
}

export function newCounts(): RunCounts {
  return { files: 0, records: 0, recordsWithFigures: 0, figures: 0, skipped: new Map() };
}

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}

/** "toll: 2 files, 24 records (6 with figures), 7 figures; 1 record skipped: malformed JSON" */
export function summaryLine(counts: RunCounts): string {
  const skipped = [...counts.skipped.values()].reduce((a, b) => a + b, 0);
  const reasons = [...counts.skipped.entries()].map(([reason, n]) => `${n} ${reason}`).join(', ');
  const skippedText = skipped === 0 ? '' : `; ${plural(skipped, 'record')} skipped (${reasons})`;
  return `toll: ${plural(counts.files, 'file')}, ${plural(counts.records, 'record')} (${counts.recordsWithFigures.toLocaleString('en-US')} with figures), ${plural(counts.figures, 'figure')}${skippedText}\n`;
}
