// Formatters by name, as the CLI picks them with --format. Each is pure: (data, ctx) → the whole
// output, ending in a newline (empty when there is nothing to print in a line-oriented format).
import type { Figure } from '../figure.js';
import type { Reconciliation, Timeline } from '../reconcile/index.js';
import type { ChartFormat, OutputFormat, ReportContext } from './context.js';
import type { HtmlView } from './html/index.js';
import { formatCsv } from './csv.js';
import { formatFiguresCsv } from './figures-csv.js';
import { formatFiguresJson } from './figures-json.js';
import { formatFiguresMarkdown } from './figures-markdown.js';
import { formatFiguresNdjson } from './figures-ndjson.js';
import { formatFiguresTable } from './figures-table.js';
import { formatJson } from './json.js';
import { formatMarkdown } from './markdown.js';
import { formatNdjson } from './ndjson.js';
import { formatTable } from './table.js';
import { formatTimelineCsv } from './timeline-csv.js';
import { formatTimelineJson, formatTimelineNdjson } from './timeline-json.js';
import { formatTimelineMarkdown } from './timeline-markdown.js';
import { formatTimelineTable } from './timeline-table.js';

export { CHART_FORMATS, OUTPUT_FORMATS, REPORT_FORMATS, VIEWS, type ChartFormat, type OutputFormat, type ReportContext, type ReportFormat, type View } from './context.js';
export { FIGURE_CSV_HEADER, figureToCsvRecord } from './figures-csv.js';
export { figureToNdjsonLine } from './figures-ndjson.js';
export { RECONCILE_SCHEMA } from './json.js';
export { TIMELINE_SCHEMA } from './timeline-json.js';
export { sanitizeText } from './sanitize.js';

export type Formatter<T> = (data: T, ctx: ReportContext) => string;

export const RECONCILE_FORMATTERS: Record<OutputFormat, Formatter<Reconciliation>> = {
  table: formatTable,
  json: formatJson,
  ndjson: formatNdjson,
  csv: formatCsv,
  markdown: formatMarkdown,
};

export const FIGURE_FORMATTERS: Record<OutputFormat, Formatter<readonly Figure[]>> = {
  table: formatFiguresTable,
  json: formatFiguresJson,
  ndjson: formatFiguresNdjson,
  csv: formatFiguresCsv,
  markdown: formatFiguresMarkdown,
};

export const TIMELINE_FORMATTERS: Record<OutputFormat, Formatter<Timeline>> = {
  table: formatTimelineTable,
  json: formatTimelineJson,
  ndjson: formatTimelineNdjson,
  csv: formatTimelineCsv,
  markdown: formatTimelineMarkdown,
};

/** A chart format's renderer: the page or SVG of the reconcile or timeline view. */
export type ChartFormatter = (data: Reconciliation, ctx: ReportContext, view: HtmlView) => string;

/** html and svg draw with Observable Plot: loaded on demand, so that the other formats' start-up does not grow. */
export async function chartFormatter(format: ChartFormat): Promise<ChartFormatter> {
  const charts = await import('./html/index.js');
  return format === 'html' ? charts.formatHtml : charts.formatSvg;
}
