// Where sources disagree: two rows conflict when what each asserts on a category cannot both hold.
import { CATEGORIES } from '../figure.js';
import { hull, intersect, overlaps, type Bounds } from './intervals.js';
import type { Claim, Disagreement } from './types.js';

type RowClaims = { source: string; claims: readonly Claim[] };

/**
 * What a row asserts: the counts all its claims allow at once (≈300 and ≥300 → 300–330). A source
 * whose claims cannot all hold (it revised its figure) asserts the whole span of them.
 */
function rowBounds(claims: readonly Claim[]): Bounds {
  const [first, ...rest] = claims.map((claim) => claim.bounds);
  const common = rest.reduce<Bounds | null>((acc, bounds) => acc && intersect(acc, bounds), first!);
  return common ?? rest.reduce(hull, first!);
}

/** Every pair of rows, per category, whose bounds do not overlap; in row order. */
export function findDisagreements(rows: readonly RowClaims[]): Disagreement[] {
  return CATEGORIES.flatMap((category) => {
    const stated = rows
      .map((row) => ({ source: row.source, claims: row.claims.filter((claim) => claim.category === category) }))
      .filter((row) => row.claims.length > 0)
      .map((row) => ({ source: row.source, bounds: rowBounds(row.claims) }));
    return stated.flatMap((a, i) =>
      stated.slice(i + 1).filter((b) => !overlaps(a.bounds, b.bounds)).map((b) => ({ category, a: a.source, b: b.source })),
    );
  });
}

/** Largest stated count over the smallest positive one, per category; the largest ratio wins, to 2 decimals. */
export function spreadOf(claims: readonly Claim[]): number {
  const ratios = CATEGORIES.map((category) => {
    const counts = claims
      .filter((claim) => claim.category === category)
      .flatMap((claim) => [claim.low, claim.high])
      .filter((n): n is number => n !== null && n > 0);
    // reduce, not Math.max(...counts): a spread of a huge array would overflow the stack.
    return counts.length === 0 ? 1 : counts.reduce(larger) / counts.reduce(smaller);
  });
  return Math.round(ratios.reduce(larger) * 100) / 100;
}

const larger = (a: number, b: number) => Math.max(a, b);
const smaller = (a: number, b: number) => Math.min(a, b);
