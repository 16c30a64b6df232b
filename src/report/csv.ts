// Reconcile as CSV: one record per group × claimant, for spreadsheets.
import type { Reconciliation } from '../reconcile/index.js';
import type { ReportContext } from './context.js';
import { csvRecord } from './csv-cell.js';
import { estimates } from './labels.js';

const HEADER = ['actor', 'category', 'source', 'kind', 'outlets', 'estimates', 'reports', 'docs', 'conflict', 'spread'];

export function formatCsv(reconciliation: Reconciliation, ctx: ReportContext): string {
  const escapeFormulas = ctx.escapeFormulas ?? true;
  const records = reconciliation.groups.flatMap((group) =>
    group.rows.map((row) =>
      csvRecord(
        [
          group.actor,
          group.category,
          row.display,
          row.kind,
          row.outlets.join('; '),
          estimates(row, group),
          row.reports,
          row.docs.join('; '),
          row.conflict,
          group.spread,
        ],
        escapeFormulas,
      ),
    ),
  );
  return [HEADER.join(','), ...records].map((record) => `${record}\n`).join('');
}
