// Extract as CSV: a header, then one record per Figure with the NDJSON keys as columns. Per
// record, so the CLI can stream: write FIGURE_CSV_HEADER once, then figureToCsvRecord per figure.
import type { Figure } from '../figure.js';
import type { ReportContext } from './context.js';
import { csvRecord } from './csv-cell.js';
import { FIGURE_FIELDS } from './records.js';

/** The header line, without the newline. */
export const FIGURE_CSV_HEADER = FIGURE_FIELDS.join(',');

/** One record, without the newline. */
export function figureToCsvRecord(figure: Figure, ctx: ReportContext): string {
  return csvRecord(
    FIGURE_FIELDS.map((field) => figure[field] ?? null),
    ctx.escapeFormulas ?? true,
  );
}

export function formatFiguresCsv(figures: readonly Figure[], ctx: ReportContext): string {
  return [FIGURE_CSV_HEADER, ...figures.map((figure) => figureToCsvRecord(figure, ctx))].map((line) => `${line}\n`).join('');
}
