// Extract as a markdown table: one row per figure.
import type { Figure } from '../figure.js';
import { FIGURE_COLUMNS } from './columns.js';
import { figureCells } from './figures-table.js';
import { markdownTable } from './markdown-text.js';

export function formatFiguresMarkdown(figures: readonly Figure[]): string {
  if (figures.length === 0) return 'No casualty figures found.\n';
  return `${markdownTable(FIGURE_COLUMNS, figures.map(figureCells))}\n`;
}
