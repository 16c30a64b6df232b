// Markdown tables of untrusted text: sanitised like the terminal, then escaped so a cell cannot
// end the cell (|), open a link, emphasis, code span or raw HTML.
import type { Column } from './columns.js';
import { sanitizeText } from './sanitize.js';

const MARKDOWN_SPECIALS = /[\\`*_[\]<>|]/g;

export function markdownText(text: string): string {
  return sanitizeText(text).replace(MARKDOWN_SPECIALS, (char) => `\\${char}`);
}

/** Untrusted text, or text toll made itself (a chart bar) shown as a code span. */
export type MarkdownCell = string | { code: string };

/** A GitHub-flavoured table of untrusted cell text; titles are escaped too. */
export function markdownTable(columns: readonly Column[], rows: readonly (readonly MarkdownCell[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const rule = columns.map((column) => (column.align === 'right' ? '---:' : ':---'));
  const cell = (value: MarkdownCell) => (typeof value === 'string' ? markdownText(value) : `\`${value.code}\``);
  return [line(columns.map((column) => markdownText(column.title))), line(rule), ...rows.map((row) => line(row.map(cell)))].join('\n');
}
