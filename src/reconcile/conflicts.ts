// Where sources disagree: two rows conflict when what each currently asserts on a category cannot
// both hold; rows whose estimates differ but overlap are listed as compatible. Either way the
// ratio of their points says by how much they differ.
import { CATEGORIES } from '../figure.js';
import { hull, intersect, median, overlaps, type Bounds } from './intervals.js';
import type { Claim, Disagreement } from './types.js';

type RowClaims = { source: string; claims: readonly Claim[] };

/**
 * What a row asserts: the counts all its claims allow at once (≈300 and ≥300 → 300–330). Claims
 * that cannot all hold (one report giving two different counts) assert the whole span of them.
 */
export function rowBounds(claims: readonly Claim[]): Bounds {
  const [first, ...rest] = claims.map((claim) => claim.bounds);
  const common = rest.reduce<Bounds | null>((acc, bounds) => acc && intersect(acc, bounds), first!);
  return common ?? rest.reduce(hull, first!);
}

/** The number that stands for a row: the median of its claims' points. */
export function rowPoint(claims: readonly Claim[]): number {
  return median(claims.map((claim) => claim.point))!;
}

export interface Comparison {
  /** Pairs that cannot both hold. */
  disagreements: Disagreement[];
  /** Pairs whose points differ but whose bounds overlap. */
  compatible: Disagreement[];
}

/** Every pair of rows, per category, whose estimates differ; in row order. */
export function compareRows(rows: readonly RowClaims[]): Comparison {
  const disagreements: Disagreement[] = [];
  const compatible: Disagreement[] = [];
  for (const category of CATEGORIES) {
    const stated = rows
      .map((row) => ({ source: row.source, claims: row.claims.filter((claim) => claim.category === category) }))
      .filter((row) => row.claims.length > 0)
      .map((row) => ({ source: row.source, bounds: rowBounds(row.claims), point: rowPoint(row.claims) }));
    stated.forEach((a, i) => {
      for (const b of stated.slice(i + 1)) {
        const pair = { category, a: a.source, b: b.source, ratio: ratio(a.point, b.point) };
        if (!overlaps(a.bounds, b.bounds)) disagreements.push(pair);
        else if (a.point !== b.point) compatible.push(pair);
      }
    });
  }
  return { disagreements, compatible };
}

function ratio(a: number, b: number): number | null {
  const [small, large] = a < b ? [a, b] : [b, a];
  if (small === 0) return large === 0 ? 1 : null;
  return Math.round((large / small) * 100) / 100;
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
