// A group's summary line, drawn from its sources' current estimates the way casualty-recording
// projects do it by hand:
//   range         lowest to highest stated number (Iraq Body Count's min–max);
//   conservative  the lowest credible floor (ACLED codes the most conservative report);
//   best          the median of the sources' points with that range (UCDP's best, low, high).
import { formatCount, median } from './intervals.js';
import { rowPoint } from './conflicts.js';
import type { Policy, SourceRow, Summary } from './types.js';

type Row = Pick<SourceRow, 'source' | 'display' | 'claims' | 'party'>;

export function summarise(rows: readonly Row[], policy: Policy): Summary {
  switch (policy) {
    case 'range':
      return rangeOf(rows);
    case 'conservative':
      return conservative(rows);
    case 'best':
      return best(rows);
  }
}

/** "≥300" says nothing about a highest count, so open sides add no number. */
function rangeOf(rows: readonly Row[]): Summary {
  const stated = rows.flatMap((row) => row.claims.flatMap((claim) => [claim.low, claim.high].filter((n) => n !== null).map((n) => ({ n, row }))));
  const lowest = stated.reduce((a, b) => (b.n < a.n ? b : a));
  const highest = stated.reduce((a, b) => (b.n > a.n ? b : a));
  const label = lowest.n === highest.n ? formatCount(lowest.n) : `${formatCount(lowest.n)}–${formatCount(highest.n)}`;
  const sources = [...new Set([lowest.row.source, highest.row.source])];
  return { policy: 'range', point: null, low: lowest.n, high: highest.n, label, sources };
}

/**
 * Credible: a named claimant that is no party to the conflict about these people (parties play
 * their own losses down and the enemy's up). Each claim's floor is its lowest count: "≤500" has
 * none. When no credible row states a floor, every row counts; when none states one at all, the
 * lowest ceiling stands in.
 */
function conservative(rows: readonly Row[]): Summary {
  const credible = rows.filter((row) => row.source !== 'unattributed' && row.party === null);
  const floors = (candidates: readonly Row[]) =>
    candidates.flatMap((row) => row.claims.filter((claim) => claim.low !== null).map((claim) => ({ n: claim.low!, row })));
  const found = [floors(credible), floors(rows)].find((list) => list.length > 0)
    ?? rows.flatMap((row) => row.claims.map((claim) => ({ n: claim.high!, row })));
  const lowest = found.reduce((a, b) => (b.n < a.n ? b : a));
  const label = `${formatCount(lowest.n)} (${lowest.row.display})`;
  return { policy: 'conservative', point: lowest.n, low: lowest.n, high: lowest.n, label, sources: [lowest.row.source] };
}

/** One vote per claimant, so that a source repeated in many reports does not outvote the rest. */
function best(rows: readonly Row[]): Summary {
  const point = median(rows.map((row) => rowPoint(row.claims)))!;
  const { low, high } = rangeOf(rows);
  const label = low === high && low === point ? formatCount(point) : `${formatCount(point)} (${formatCount(low)}–${formatCount(high)})`;
  return { policy: 'best', point, low, high, label, sources: rows.map((row) => row.source) };
}
