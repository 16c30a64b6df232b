// What a figure allows, as an interval of counts that two claims can be compared on, and how an
// analyst writes it: 2,700 · ≈300 · ≥300 · ≤500 · 300–500 · 200–999 (hundreds).
import type { EstimateKind, Figure } from '../figure.js';
import { groupThousands } from '../thousands.js';

export const DEFAULT_TOLERANCE = 0.1;

/** A closed interval of counts. `high: null` is unbounded (JSON has no Infinity). */
export interface Bounds {
  low: number;
  high: number | null;
}

/** The parts of a figure that say what it claims. */
export type Stated = Pick<Figure, 'low' | 'high' | 'qualifier'>;

/**
 * The counts a claim allows: approx widened by ±tolerance, at_least up to unbounded, at_most down
 * to 0, range and vague as given. Bounds are whole numbers, since people are counted in wholes:
 * ≈5 at ±10% allows 5 only.
 */
export function comparableBounds(claim: Stated, tolerance: number = DEFAULT_TOLERANCE): Bounds {
  const low = claim.low ?? 0;
  const high = claim.high;
  if (claim.qualifier !== 'approx') return { low, high };
  return {
    low: Math.ceil(withoutFloatNoise(low * (1 - tolerance))),
    high: high === null ? null : Math.floor(withoutFloatNoise(high * (1 + tolerance))),
  };
}

// 1000 × 1.1 is 1100.0000000000002 in floating point; without this, floor/ceil would misround.
function withoutFloatNoise(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/**
 * What a claim asserts when weighed against others: a count of the dead identified so far is a
 * floor ("identified 14 of the dead" allows 14 or more), whatever number it states.
 */
export function assertedBounds(claim: { bounds: Bounds; kind?: EstimateKind | null }): Bounds {
  return claim.kind === 'counted' ? { low: claim.bounds.low, high: null } : claim.bounds;
}

export function overlaps(a: Bounds, b: Bounds): boolean {
  return a.low <= (b.high ?? Infinity) && b.low <= (a.high ?? Infinity);
}

/** The counts both allow, or null when none. */
export function intersect(a: Bounds, b: Bounds): Bounds | null {
  const low = Math.max(a.low, b.low);
  const high = a.high === null ? b.high : b.high === null ? a.high : Math.min(a.high, b.high);
  return high === null || low <= high ? { low, high } : null;
}

/** The smallest interval that holds both. */
export function hull(a: Bounds, b: Bounds): Bounds {
  const high = a.high === null || b.high === null ? null : Math.max(a.high, b.high);
  return { low: Math.min(a.low, b.low), high };
}

/** 2700 → "2,700"; null (a side the claim leaves open) → "?". */
export function formatCount(n: number | null): string {
  return n === null ? '?' : groupThousands(n);
}

/** The estimate as an analyst writes it. `quote` names a vague quantity: "200–999 (hundreds)". */
export function estimateLabel(claim: Stated & { quote?: string }): string {
  const { low, high } = claim;
  const span = low === high ? formatCount(low) : `${formatCount(low)}–${formatCount(high)}`;
  switch (claim.qualifier) {
    case 'approx':
      return `≈${formatCount(low ?? high)}`;
    case 'at_least':
      return `≥${formatCount(low)}`;
    case 'at_most':
      return `≤${formatCount(high)}`;
    case 'vague': {
      const words = claim.quote?.trim().replace(/\s+/g, ' ').toLowerCase();
      return words ? `${span} (${words})` : span;
    }
    default:
      return span;
  }
}

/** The one number that stands for a claim: the stated number, or the middle of a range ("200–999 (hundreds)" → 600). */
export function pointOf(claim: Pick<Figure, 'low' | 'high'>): number {
  const { low, high } = claim;
  if (low !== null && high !== null) return Math.round((low + high) / 2);
  return low ?? high ?? 0;
}

/** The middle value, or the mean of the two middle values, rounded to a whole count; null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : Math.round((sorted[middle - 1]! + sorted[middle]!) / 2);
}
