// Reconcile as terminal tables: a section per group, a row per claimant, conflicts marked.
import type { Reconciliation } from '../reconcile/index.js';
import { SOURCE_COLUMNS } from './columns.js';
import type { ReportContext } from './context.js';
import { CONFLICT_MARK, conflictNote, docList, estimates, groupTitle, sourceName } from './labels.js';
import { sanitizeText } from './sanitize.js';
import { paint, terminalTable } from './terminal-table.js';

export function formatTable(reconciliation: Reconciliation, ctx: ReportContext): string {
  if (reconciliation.groups.length === 0) return 'No casualty figures found.\n';
  const chalk = paint(ctx);
  const sections = reconciliation.groups.map((group) => {
    const note = conflictNote(group);
    const heading = chalk.bold(sanitizeText(groupTitle(group))) + (note ? `  ${chalk.red.bold(note)}` : '');
    const rows = group.rows.map((row) => [
      sourceName(row),
      estimates(row, group),
      String(row.reports),
      docList(row.docs),
      row.conflict ? { text: CONFLICT_MARK, style: chalk.red } : '',
    ]);
    return `${heading}\n${terminalTable(SOURCE_COLUMNS, rows, ctx)}`;
  });
  return `${sections.join('\n\n')}\n`;
}
