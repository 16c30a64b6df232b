// The library: `import { extract, reconcile, formatTable } from 'toll'`. The same stages the CLI
// runs — ingest, extract, reconcile, report — without the process: no argv, no exit codes, no
// colour unless asked. Built by scripts/bundle.mjs into dist/lib/index.js with one .d.ts beside it.
import type { Figure, InputProblem, Report } from '../figure.js';
import { extractFigures, type ExtractOptions } from '../extract/index.js';
import { readReports, type IngestOptions } from '../ingest/index.js';
import type { Reconciliation, Timeline } from '../reconcile/index.js';
import { FIGURE_FORMATTERS, RECONCILE_FORMATTERS, TIMELINE_FORMATTERS, type OutputFormat, type ReportContext } from '../report/index.js';

export type { Category, Figure, InputProblem, Provenance, Qualifier, Report } from '../figure.js';
export { CATEGORIES, QUALIFIERS } from '../figure.js';
export type { ExtractOptions, ExtractWarning } from '../extract/index.js';
export type { IngestOptions, InputFormat } from '../ingest/index.js';
export {
  reconcile, timeline, readBuiltinAliases, loadAliases, mergeAliases, aliasTable, estimateLabel, POLICIES,
} from '../reconcile/index.js';
export type {
  AliasTable, Claim, Group, GroupBy, Policy, ReconcileOptions, Reconciliation, SourceRow, Timeline,
} from '../reconcile/index.js';
export { OUTPUT_FORMATS, type OutputFormat, type ReportContext } from '../report/index.js';

/** Where a text handed to `extract` says it comes from; every field is optional. */
export interface TextOrigin {
  /** The record id figures carry as `doc` (default "text"). */
  doc?: string;
  /** The file name figures carry (default "-"). */
  file?: string;
  /** The line the text starts on (default 1). */
  line?: number;
  /** Who published it: the claimant when the text names none. */
  source?: string | null;
  /** The report date, ISO 8601. */
  date?: string | null;
}

/** Every casualty figure in one report's text. Pure and synchronous. */
export function extract(text: string, origin: TextOrigin = {}, options: ExtractOptions = {}): Figure[] {
  return extractReport({
    text, doc: origin.doc ?? 'text', file: origin.file ?? '-', line: origin.line ?? 1,
    source: origin.source ?? null, date: origin.date ?? null,
  }, options);
}

/** Every casualty figure in a report as ingest yields it (see `readReports`). */
export function extractReport(report: Report, options: ExtractOptions = {}): Figure[] {
  return extractFigures(report, options);
}

/**
 * The figures of a file (text, CSV, TSV or NDJSON; `-` is stdin), read as a stream: memory stays
 * bounded whatever the size. Problems with the input go to `onProblem` and never throw; a bad record
 * is skipped, a bad file ends the stream.
 */
export async function* extractFile(
  path: string,
  options: IngestOptions & ExtractOptions & { onProblem?: (problem: InputProblem) => void } = {},
): AsyncGenerator<Figure> {
  const onProblem = options.onProblem ?? (() => {});
  for await (const report of readReports(path, options, onProblem)) yield* extractFigures(report, options);
}

/** The figures of many texts, one report each, as they come (an array, a generator, a stream of lines). */
export async function* extractEach(texts: Iterable<string> | AsyncIterable<string>, options: ExtractOptions = {}): AsyncGenerator<Figure> {
  let index = 0;
  for await (const text of texts) {
    index += 1;
    yield* extract(text, { doc: String(index), line: index }, options);
  }
}

const PLAIN: ReportContext = { color: false, escapeFormulas: true };

/** The reconciled table, as `toll` prints it (no colour unless `ctx.color`). */
export function formatTable(result: Reconciliation, ctx: Partial<ReportContext> = {}): string {
  return RECONCILE_FORMATTERS.table(result, { ...PLAIN, ...ctx });
}

/** A reconciliation in any output format (`table`, `json`, `ndjson`, `csv`, `markdown`). */
export function formatReconciliation(result: Reconciliation, format: OutputFormat, ctx: Partial<ReportContext> = {}): string {
  return RECONCILE_FORMATTERS[format](result, { ...PLAIN, ...ctx });
}

/** Figures in any output format, as `toll extract` prints them. */
export function formatFigures(figures: readonly Figure[], format: OutputFormat, ctx: Partial<ReportContext> = {}): string {
  return FIGURE_FORMATTERS[format](figures, { ...PLAIN, ...ctx });
}

/** A timeline in any output format, as `toll timeline` prints it. */
export function formatTimeline(result: Timeline, format: OutputFormat, ctx: Partial<ReportContext> = {}): string {
  return TIMELINE_FORMATTERS[format](result, { ...PLAIN, ...ctx });
}
