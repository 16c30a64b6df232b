// Markdown tables of untrusted text: sanitised like the terminal, then escaped so a cell cannot
// end the cell (|), open a link, emphasis, code span or raw HTML.
import type { Column } from './columns.js';
import { sanitizeText } from './sanitize.js';

const MARKDOWN_SPECIALS = /[\\`*_[\]<>|]/g;

export function markdownText(text: string): string {
  return sanitizeText(text).replace(MARKDOWN_SPECIALS, (char) => `\\${char}`);
}

/** A GitHub-flavoured table of untrusted cell text. */
export function markdownTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const rule = columns.map((column) => (column.align === 'right' ? '---:' : ':---'));
  return [line(columns.map((column) => column.title)), line(rule), ...rows.map((row) => line(row.map(markdownText)))].join('\n');
}
