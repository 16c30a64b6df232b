// Reconcile as CSV: one record per group × claimant, for spreadsheets. Columns after `spread` were
// added later and stay at the end, so that scripts reading the first ones keep working.
import { rowPoint, statedBounds, type Claim, type Reconciliation } from '../reconcile/index.js';
import type { ReportContext } from './context.js';
import { csvRecord } from './csv-cell.js';
import { estimates, eventDays, lastStated } from './labels.js';

const HEADER = [
  'actor', 'category', 'source', 'kind', 'outlets', 'estimates', 'reports', 'docs', 'conflict', 'spread',
  'earlier', 'party', 'record', 'actor_side', 'role', 'summary', 'stated', 'events', 'taken_back', 'digest',
  'low', 'high', 'point',
];

/**
 * The current estimate as numbers: `low` and `high` as stated (statedBounds: ≈300 and ≥300 → 300
 * and 300; an open side is an empty cell, never a made-up number), `point` the number standing for
 * it (rowPoint). All empty when nothing is current, or the claims are of several categories
 * (--group-by none), where one number cannot stand for them.
 */
function numbers(claims: readonly Claim[]): [number | null, number | null, number | null] {
  if (claims.length === 0 || claims.some((claim) => claim.category !== claims[0]!.category)) return [null, null, null];
  const { low, high } = statedBounds(claims);
  return [low, high, rowPoint(claims)];
}

export function formatCsv(reconciliation: Reconciliation, ctx: ReportContext): string {
  return [...csvChunks(reconciliation, ctx)].join('');
}

/** The same, a group at a time: an archive's table is written as it is made, never held whole. */
export function* csvChunks(reconciliation: Reconciliation, ctx: ReportContext): Generator<string> {
  const escapeFormulas = ctx.escapeFormulas ?? true;
  yield `${HEADER.join(',')}\n`;
  for (const group of reconciliation.groups) {
    const records = group.rows.map((row) =>
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
          ...numbers(row.claims),
        ],
        escapeFormulas,
      ));
    if (records.length > 0) yield `${records.join('\n')}\n`;
  }
}
