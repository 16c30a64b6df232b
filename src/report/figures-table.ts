// Extract as a terminal table: one row per figure, sanitised.
import type { Figure } from '../figure.js';
// From its own module, not the reconcile barrel: that would load the reconciler and chrono-node for every table.
import { estimateLabel } from '../reconcile/intervals.js';
import { FIGURE_COLUMNS } from './columns.js';
import type { ReportContext } from './context.js';
import { terminalTable } from './terminal-table.js';

export function formatFiguresTable(figures: readonly Figure[], ctx: ReportContext): string {
  if (figures.length === 0) return 'No casualty figures found.\n';
  return `${terminalTable(FIGURE_COLUMNS, figures.map(figureCells), ctx)}\n`;
}

/** Doc, category, estimate, actor, source, quote: shared with the markdown view. */
export function figureCells(figure: Figure): string[] {
  return [figure.doc, figure.category, estimateLabel(figure), figure.actor ?? '', figure.source ?? '', figure.quote];
}
