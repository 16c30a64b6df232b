import { describe, expect, it } from 'vitest';
import type { Qualifier } from '../../src/figure.js';
import { comparableBounds, estimateLabel, formatCount, hull, intersect, overlaps } from '../../src/reconcile/intervals.js';

const stated = (qualifier: Qualifier, low: number | null, high: number | null) => ({ qualifier, low, high });

describe('comparableBounds', () => {
  it.each([
    [stated('exact', 2700, 2700), { low: 2700, high: 2700 }],
    [stated('approx', 300, 300), { low: 270, high: 330 }],
    [stated('approx', 1000, 1000), { low: 900, high: 1100 }],
    [stated('approx', 5, 5), { low: 5, high: 5 }],
    [stated('at_least', 300, null), { low: 300, high: null }],
    [stated('at_most', null, 500), { low: 0, high: 500 }],
    [stated('range', 300, 500), { low: 300, high: 500 }],
    [stated('vague', 200, 999), { low: 200, high: 999 }],
  ])('%j → %j', (claim, bounds) => {
    expect(comparableBounds(claim)).toEqual(bounds);
  });

  it('takes the tolerance as a fraction', () => {
    expect(comparableBounds(stated('approx', 300, 300), 0.5)).toEqual({ low: 150, high: 450 });
    expect(comparableBounds(stated('approx', 300, 300), 0)).toEqual({ low: 300, high: 300 });
  });
});

describe('overlaps, intersect, hull', () => {
  it('handles unbounded highs', () => {
    expect(overlaps({ low: 300, high: null }, { low: 900, high: 1100 })).toBe(true);
    expect(overlaps({ low: 270, high: 330 }, { low: 900, high: 1100 })).toBe(false);
    expect(overlaps({ low: 0, high: 500 }, { low: 500, high: 500 })).toBe(true);
    expect(intersect({ low: 270, high: 330 }, { low: 300, high: null })).toEqual({ low: 300, high: 330 });
    expect(intersect({ low: 1, high: 2 }, { low: 3, high: null })).toBeNull();
    expect(hull({ low: 100, high: 100 }, { low: 200, high: 200 })).toEqual({ low: 100, high: 200 });
    expect(hull({ low: 100, high: 100 }, { low: 5, high: null })).toEqual({ low: 5, high: null });
  });
});

describe('estimateLabel', () => {
  it.each([
    [stated('exact', 2700, 2700), '2,700'],
    [stated('approx', 300, 300), '≈300'],
    [stated('at_least', 300, null), '≥300'],
    [stated('at_most', null, 500), '≤500'],
    [stated('range', 300, 500), '300–500'],
    [stated('exact', 1500000, 1500000), '1,500,000'],
    [{ ...stated('vague', 200, 999), quote: ' Hundreds ' }, '200–999 (hundreds)'],
    [stated('vague', 200, 999), '200–999'],
  ])('%j → %s', (claim, label) => {
    expect(estimateLabel(claim)).toBe(label);
  });

  it('formats counts with thousands separators', () => {
    expect(formatCount(11000)).toBe('11,000');
    expect(formatCount(null)).toBe('?');
  });
});
