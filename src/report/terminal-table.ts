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
  const rendered = rows.map((row) => ('span' in row ? row : row.map(renderCell)));
  const natural = columns.map((column) => displayWidth(column.title) + 2);
  for (const row of rendered) {
    if (!('span' in row)) row.forEach((cell, i) => { natural[i] = Math.max(natural[i], maxLineWidth(cell) + 2); });
  }
  const fitted = ctx.width === undefined ? null : fitWidths(natural, columns.map((column) => displayWidth(column.title) + 2), ctx.width);
  // A line across the table (--explain) wraps inside the columns' own widths: left to itself,
  // cli-table3 would widen the columns to the longest such line.
  // Natural widths fit every cell but the spans (--explain's lines under a row): the last column takes up
  // what the longest span needs up to the terminal's width (SPAN_WIDTH off a terminal), and longer spans are broken into lines
  // (renderSpan). Left to itself, cli-table3 would spread the longest span over every column.
  const spans = rendered.filter((row): row is SpanRow => 'span' in row);
  const widths = fitted ?? (spans.length > 0 ? widenedForSpans(natural, spans, ctx.width ?? SPAN_WIDTH) : null);
  const table = new Table({
    head: columns.map((column) => chalk.bold(column.title)),
    colAligns: columns.map((column) => column.align),
    style: { head: [], border: [], compact: true },
    // Cut to the terminal: long cells wrap at word boundaries inside their column, never break the box.
    ...(fitted ? { colWidths: fitted, wordWrap: true, wrapOnWordBoundary: true } : widths ? { colWidths: widths } : {}),
  });
  // The span's text width: the columns' widths and the borders between them, less its own padding.
  const spanWidth = widths ? widths.reduce((acc, width) => acc + width, 0) + widths.length - 1 - 2 : undefined;
  for (const row of rendered) {
    // Broken into lines here already: cli-table3 would break a line that fills its cell exactly once more.
    if ('span' in row) table.push([{ colSpan: columns.length, content: renderSpan(row.span, spanWidth), wordWrap: false }]);
    else table.push(row);
  }
  return table.toString();
}

/** How wide a table may grow, borders included, for its spans when no terminal width is known. */
const SPAN_WIDTH = 150;

/** The natural widths, the last column widened for the longest span up to `total` columns in all. */
function widenedForSpans(natural: readonly number[], spans: readonly SpanRow[], total: number): number[] {
  const inner = natural.reduce((acc, width) => acc + width, 0) + natural.length - 1;
  const longest = Math.max(...spans.map((row) => maxLineWidth(row.span.text) + 2));
  const extra = Math.max(0, Math.min(longest, total - 2) - inner);
  return natural.map((width, i) => (i === natural.length - 1 ? width + extra : width));
}

/** Columns narrower than this are never shrunk further (unless their title is wider). */
const MIN_COLUMN = 8;

/**
 * Column widths (padding included) that fit `total` terminal columns with the borders, or null when
 * the natural widths fit already. The widest columns give way first: every column is capped at one
 * width, the largest that fits, but none below its title or MIN_COLUMN.
 */
export function fitWidths(natural: readonly number[], titles: readonly number[], total: number): number[] | null {
  const budget = total - (natural.length + 1);
  const sum = (cap: number) => natural.reduce((acc, width, i) => acc + Math.min(width, Math.max(cap, titles[i], MIN_COLUMN)), 0);
  if (natural.reduce((acc, width) => acc + width, 0) <= budget) return null;
  let low = 0;
  let high = Math.max(...natural);
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (sum(middle) <= budget) low = middle;
    else high = middle - 1;
  }
  return natural.map((width, i) => Math.min(width, Math.max(low, titles[i], MIN_COLUMN)));
}

const ANSI = /\u001b\[[0-9;]*m/g;

/** Terminal columns a text takes: ANSI colour codes take none; one per code point otherwise. */
function displayWidth(text: string): number {
  let width = 0;
  for (const _ of text.replace(ANSI, '')) width += 1;
  return width;
}

/**
 * Plain text broken at spaces into lines of at most `width` columns (a longer word keeps a line of
 * its own); the text as it is when no width is known.
 */
export function wrapWords(text: string, width: number | undefined): string[] {
  if (width === undefined || displayWidth(text) <= width) return [text];
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && displayWidth(line) + 1 + displayWidth(word) > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  lines.push(line);
  return lines;
}

function maxLineWidth(text: string): number {
  return Math.max(...text.split('\n').map(displayWidth));
}

/**
 * A line across the table, broken at spaces to `width` with its continuation lines indented under its text.
 */
function renderSpan(cell: Cell, width: number | undefined): string {
  const text = cell.sanitised ? cell.text : sanitizeText(cell.text);
  const lead = text.length - text.trimStart().length;
  const hang = lead + 2;
  const room = (indent: number) => (width === undefined ? undefined : Math.max(1, width - indent));
  const [first = '', ...rest] = wrapWords(text.trimStart(), room(lead));
  const lines = [' '.repeat(lead) + first, ...(rest.length > 0 ? wrapWords(rest.join(' '), room(hang)).map((line) => ' '.repeat(hang) + line) : [])];
  return lines.map((line) => (cell.style ? cell.style(line) : line)).join('\n');
}

function renderCell(cell: string | Cell): string {
  if (typeof cell === 'string') return sanitizeText(cell);
  const text = cell.sanitised ? cell.text : sanitizeText(cell.text);
  return cell.style ? cell.style(text) : text;
}
