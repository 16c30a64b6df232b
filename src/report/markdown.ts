// Reconcile as markdown: a heading per group, a table of claimants, conflicts in bold.
import type { Reconciliation } from '../reconcile/index.js';
import { SOURCE_COLUMNS } from './columns.js';
import { CONFLICT_MARK, conflictNote, docList, estimates, groupTitle, sourceName } from './labels.js';
import { markdownTable, markdownText } from './markdown-text.js';

/** Plain text whatever ctx.color says: markdown is read as markup, not through a terminal. */
export function formatMarkdown(reconciliation: Reconciliation): string {
  if (reconciliation.groups.length === 0) return 'No casualty figures found.\n';
  const sections = reconciliation.groups.map((group) => {
    const note = conflictNote(group);
    const rows = group.rows.map((row) => [
      sourceName(row),
      estimates(row, group),
      String(row.reports),
      docList(row.docs),
      row.conflict ? CONFLICT_MARK : '',
    ]);
    return [`## ${markdownText(groupTitle(group))}`, ...(note ? [`**${note}**`] : []), markdownTable(SOURCE_COLUMNS, rows)].join('\n\n');
  });
  return `${sections.join('\n\n')}\n`;
}
