// Reconcile as CSV: one record per group × claimant, for spreadsheets. Columns after `spread` were
// added later and stay at the end, so that scripts reading the first ones keep working.
import type { Reconciliation } from '../reconcile/index.js';
import type { ReportContext } from './context.js';
import { csvRecord } from './csv-cell.js';
import { estimates, eventDays, lastStated } from './labels.js';

const HEADER = [
  'actor', 'category', 'source', 'kind', 'outlets', 'estimates', 'reports', 'docs', 'conflict', 'spread',
  'earlier', 'party', 'record', 'actor_side', 'role', 'summary', 'stated', 'events', 'taken_back', 'digest',
];

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
          estimates(row.claims, group),
          row.reports,
          row.docs.join('; '),
          row.conflict,
          group.spread,
          estimates(row.history, group),
          row.party,
          group.record,
          group.side,
          group.role,
          group.summary === null ? null : `${group.summary.policy}: ${group.summary.label}`,
          lastStated(row.claims),
          eventDays(row.claims),
          row.history.filter((claim) => claim.status === 'denied' || claim.status === 'retracted').map((claim) => `${claim.status} ${claim.label}`).join('; '),
          group.digest?.text ?? null,
        ],
        escapeFormulas,
      ),
    ),
  );
  return [HEADER.join(','), ...records].map((record) => `${record}\n`).join('');
}
