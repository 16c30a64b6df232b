// Reconcile as terminal tables: a section per group (or per source), a row per claimant, conflicts
// and party claims flagged, and on request the chart, earlier estimates and the evidence.
import { stripVTControlCharacters } from 'node:util';
import type { ChalkInstance } from 'chalk';
import type { Reconciliation } from '../reconcile/index.js';
import { bar, logScale, scaleLabel, type LogScale } from './chart.js';
import type { Column } from './columns.js';
import type { ReportContext } from './context.js';
import { citedFigures, evidenceOf, type EvidenceStyle } from './evidence.js';
import { CONFLICT_MARK, nameLines, partyMark } from './labels.js';
import { sanitizeText } from './sanitize.js';
import { sections, type Section, type ViewRow } from './sections.js';
import { paint, terminalTable, wrapWords, type Cell, type TableRow } from './terminal-table.js';

const FLAG_COLUMN: Column = { title: 'Flag', align: 'left' };
/** Evidence lines are cut to the table's width, but never below this. */
const MIN_EVIDENCE_WIDTH = 60;
const INDENT = '  ';

function visibleLength(text: string): number {
  return [...stripVTControlCharacters(text)].length;
}

export function formatTable(reconciliation: Reconciliation, ctx: ReportContext): string {
  if (reconciliation.groups.length === 0) return 'No casualty figures found.\n';
  const chalk = paint(ctx);
  return `${sections(reconciliation, ctx).map((section) => renderSection(section, ctx, chalk)).join('\n\n')}\n`;
}

function renderSection(section: Section, ctx: ReportContext, chalk: ChalkInstance): string {
  // Headings and pair lines break at spaces to fit the terminal, as the table's cells do.
  const title = wrapWords(sanitizeText(section.title), ctx.width);
  const last = title.pop()!;
  const noteFits = !section.note || ctx.width === undefined || [...`${last}  ${section.note}`].length <= ctx.width;
  const heading = [
    ...title.map((line) => chalk.bold(line)),
    chalk.bold(last) + (section.note && noteFits ? `  ${chalk.red.bold(section.note)}` : ''),
    ...(section.note && !noteFits ? [chalk.red.bold(section.note)] : []),
  ].join('\n');
  const lines = section.lines.flatMap((line) => wrapWords(sanitizeText(line.text), ctx.width).map((text) => (line.conflict ? chalk.red(text) : text)));
  const scale = ctx.chart ? logScale(section.rows.map((row) => row.bounds)) : null;
  const columns = [...section.columns, FLAG_COLUMN, ...(ctx.chart ? [{ title: scaleLabel(scale), align: 'left' } as const] : [])];
  const rows = section.rows.map((row) => rowCells(row, ctx, scale, chalk));
  let table = terminalTable(columns, rows, ctx);
  if (ctx.explain) {
    // Evidence spans the table: measured without it, so that it never widens the columns.
    const width = Math.max(MIN_EVIDENCE_WIDTH, visibleLength(table.slice(0, table.indexOf('\n'))) - 4);
    const withEvidence = section.rows.flatMap((row, i): TableRow[] => [rows[i]!, ...evidenceRows(row, width, chalk)]);
    table = terminalTable(columns, withEvidence, ctx);
  }
  return [heading, ...lines, table].join('\n');
}

function rowCells(row: ViewRow, ctx: ReportContext, scale: LogScale | null, chalk: ChalkInstance): (string | Cell)[] {
  const dim = row.earlier ? (text: string) => chalk.dim(text) : undefined;
  const cells: (string | Cell)[] = row.cells.map((text) => ({ text, style: dim }));
  cells.push(flagCell(row, chalk));
  if (ctx.chart) cells.push({ text: bar(row.bounds, scale), style: row.earlier ? dim : row.conflict ? chalk.red : undefined });
  return cells;
}

/** The marks are toll's own text, so each is coloured on its own and the cell needs no sanitising. */
function flagCell(row: ViewRow, chalk: ChalkInstance): Cell {
  const conflict = row.conflict ? [chalk.red(CONFLICT_MARK)] : [];
  const party = row.party === null ? [] : [chalk.yellow(partyMark(row.party))];
  // Ledger marks quote estimate labels, which are toll's own text ("≈300"), never report text.
  const ledger = row.marks.map((mark) => chalk.dim(mark));
  return { text: [...conflict, ...party, ...ledger].join(' · '), sanitised: true };
}

function evidenceRows(row: ViewRow, width: number, chalk: ChalkInstance): TableRow[] {
  const { figures, omitted } = citedFigures(row.claims);
  const names = nameLines(row.names).map((text) => ({ span: { text: `${INDENT}${chalk.dim('claimant')}  ${sanitizeText(text)}`, sanitised: true } }));
  // Without colour the figure is marked «thus».
  const mark = chalk.level > 0 ? (text: string) => chalk.bold.yellow(text) : (text: string) => `«${text}»`;
  const lines = figures.map((figure) => {
    const location = sanitizeText(`${figure.file}:${figure.line}`);
    // The indent, two spaces after the location, the quotation marks and what marking adds.
    const room = width - INDENT.length - [...location].length - 4 - visibleLength(mark(''));
    const style: EvidenceStyle = { clean: sanitizeText, mark, room };
    return `${INDENT}${chalk.dim(location)}  ${evidenceOf(figure, style)}`;
  });
  if (omitted > 0) lines.push(`${INDENT}… ${omitted} more`);
  return [...names, ...lines.map((text) => ({ span: { text, sanitised: true } }))];
}
