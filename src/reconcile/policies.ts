// A group's summary line, drawn from its sources' current estimates the way casualty-recording
// projects do it by hand, with the rule that picked it:
//   range         lowest to highest stated number (Iraq Body Count's min–max);
//   conservative  the lowest credible floor, confirmed counts first (ACLED codes the most conservative report);
//   best          the latest figure of a credible source, with the range (issue 13: the analyst's current figure).
// Breakdowns are no estimates of the total (they are parts, not claims), and groups hold one scope
// each, so every policy compares like with like.
import { formatCount } from './intervals.js';
import { rowPoint } from './conflicts.js';
import type { Claim, Policy, SourceRow, Summary } from './types.js';
import { isUnattributed } from './sources.js';

type Row = Pick<SourceRow, 'source' | 'display' | 'claims' | 'party'>;

/** When each row's current estimate was last stated (row `source` → day, input position). */
export type Recency = ReadonlyMap<string, { day: string | null; seen: number }>;

export function summarise(rows: readonly Row[], policy: Policy, recency: Recency = new Map()): Summary {
  switch (policy) {
    case 'range':
      return rangeOf(rows);
    case 'conservative':
      return conservative(rows);
    case 'best':
      return best(rows, recency);
  }
}

/** Named, and no party to the conflict about these people (parties play their own losses down and the enemy's up). */
const isCredible = (row: Row) => !isUnattributed(row.source) && row.party === null;

/** "≥300" says nothing about a highest count, so open sides add no number. */
function rangeOf(rows: readonly Row[]): Summary {
  const stated = rows.flatMap((row) => row.claims.flatMap((claim) => [claim.low, claim.high].filter((n) => n !== null).map((n) => ({ n, row }))));
  const lowest = stated.reduce((a, b) => (b.n < a.n ? b : a));
  const highest = stated.reduce((a, b) => (b.n > a.n ? b : a));
  const label = lowest.n === highest.n ? formatCount(lowest.n) : `${formatCount(lowest.n)}–${formatCount(highest.n)}`;
  const sources = [...new Set([lowest.row.source, highest.row.source])];
  return { policy: 'range', point: null, low: lowest.n, high: highest.n, label, sources, rule: 'lowest to highest number stated' };
}

/**
 * Each claim's floor is its lowest count: "≤500" has none. Confirmed counts ("identified 14 of the
 * dead") come first, then any floor; credible rows first, then every row; when no row states a
 * floor at all, the lowest ceiling stands in.
 */
function conservative(rows: readonly Row[]): Summary {
  const floors = (candidates: readonly Row[], accept: (claim: Claim) => boolean) =>
    candidates.flatMap((row) => row.claims.filter((claim) => claim.low !== null && accept(claim)).map((claim) => ({ n: claim.low!, row })));
  // A model's or survey's estimate is no floor: counts and stated figures come first. A confirmed
  // count ("identified 14 of the dead") is one floor among them, not preferred over a lower one,
  // else the conservative figure could be the largest.
  const notEstimated = (claim: Claim) => claim.kind !== 'estimated';
  const any = () => true;
  const tries: [readonly Row[], (claim: Claim) => boolean, string][] = [
    [rows.filter(isCredible), notEstimated, 'lowest count or floor of a named non-party source'],
    [rows.filter(isCredible), any, 'lowest floor of a named non-party source'],
    [rows, notEstimated, 'lowest count or floor of any source'],
    [rows, any, 'lowest floor of any source'],
  ];
  const chosen = tries.map(([candidates, accept, rule]) => ({ found: floors(candidates, accept), rule })).find((t) => t.found.length > 0)
    ?? { found: rows.flatMap((row) => row.claims.map((claim) => ({ n: claim.high!, row }))), rule: 'lowest ceiling: no source states a floor' };
  const lowest = chosen.found.reduce((a, b) => (b.n < a.n ? b : a));
  const label = `${formatCount(lowest.n)} (${lowest.row.display})`;
  return { policy: 'conservative', point: lowest.n, low: lowest.n, high: lowest.n, label, sources: [lowest.row.source], rule: chosen.rule };
}

/**
 * The latest current estimate of a named non-party source (of any source when there is none),
 * latest by the day stated, else by input order; its point, with the range of all sources.
 */
function best(rows: readonly Row[], recency: Recency): Summary {
  const credible = rows.filter(isCredible);
  const candidates = credible.length > 0 ? credible : rows;
  const when = (row: Row) => recency.get(row.source) ?? { day: null, seen: -1 };
  const later = (a: Row, b: Row) => {
    const [x, y] = [when(a), when(b)];
    if (x.day !== null && y.day !== null && x.day !== y.day) return y.day > x.day ? b : a;
    return y.seen > x.seen ? b : a;
  };
  const latest = candidates.reduce(later);
  const point = rowPoint(latest.claims);
  const { low, high } = rangeOf(rows);
  const range = low === high && low === point ? '' : `; ${formatCount(low)}–${formatCount(high)}`;
  const rule = credible.length > 0 ? 'latest figure of a named non-party source' : 'latest figure: no named non-party source';
  return { policy: 'best', point, low, high, label: `${formatCount(point)} (${latest.display}${range})`, sources: [latest.source], rule };
}
