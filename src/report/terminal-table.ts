// cli-table3 for the terminal renderers: sanitised cells, and no colour unless the caller asked —
// cli-table3 colours headers and borders by itself (through its own TTY detection) unless its
// style lists are empty, so they always are and the header is coloured here with chalk.
import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { Column } from './columns.js';
import type { ReportContext } from './context.js';
import { sanitizeText } from './sanitize.js';

/** A chalk with colour on or off as the caller decided, whatever the environment says. */
export function paint(ctx: ReportContext): ChalkInstance {
  return new Chalk({ level: ctx.color ? 1 : 0 });
}

/** Untrusted cell text, optionally coloured after it is sanitised. */
export interface Cell {
  text: string;
  style?: (text: string) => string;
  /** The caller sanitised the text itself (and may have coloured parts of it): printed as is. */
  sanitised?: boolean;
}

/** A row of one cell across the whole table, for lines under a row (--explain). */
export interface SpanRow {
  span: Cell;
}

export type TableRow = readonly (string | Cell)[] | SpanRow;

/**
 * cli-table3 spreads all rows into one call's arguments, which overflows the stack past ~100k rows,
 * so a longer table is printed as consecutive tables of this many rows, each with its header.
 */
const ROWS_PER_TABLE = 10_000;

export function terminalTable(columns: readonly Column[], rows: readonly TableRow[], ctx: ReportContext): string {
  if (rows.length <= ROWS_PER_TABLE) return oneTable(columns, rows, ctx);
  const parts: string[] = [];
  for (let start = 0; start < rows.length; start += ROWS_PER_TABLE) {
    parts.push(oneTable(columns, rows.slice(start, start + ROWS_PER_TABLE), ctx));
  }
  return parts.join('\n');
}

function oneTable(columns: readonly Column[], rows: readonly TableRow[], ctx: ReportContext): string {
  const chalk = paint(ctx);
  const table = new Table({
    head: columns.map((column) => chalk.bold(column.title)),
    colAligns: columns.map((column) => column.align),
    style: { head: [], border: [], compact: true },
  });
  for (const row of rows) {
    if ('span' in row) table.push([{ colSpan: columns.length, content: renderCell(row.span) }]);
    else table.push(row.map(renderCell));
  }
  return table.toString();
}

function renderCell(cell: string | Cell): string {
  if (typeof cell === 'string') return sanitizeText(cell);
  const text = cell.sanitised ? cell.text : sanitizeText(cell.text);
  return cell.style ? cell.style(text) : text;
}
