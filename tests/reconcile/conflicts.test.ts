// compareRows counts pairs by sorting and lists only the first of them; these tests hold it to the
// plain definition (every pair checked) on generated groups, and show why: a corpus-sized group.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Category, Figure } from '../../src/figure.js';
import { compareRows, outliersOf, PAIRS_LISTED, rowBounds } from '../../src/reconcile/conflicts.js';
import { overlaps, type Bounds } from '../../src/reconcile/intervals.js';
import type { Claim } from '../../src/reconcile/types.js';

const RUNS = Number(process.env.TOLL_PROPERTY_RUNS ?? 200);

function claim(category: Category, low: number, high: number | null): Claim {
  const point = high === null ? low : Math.round((low + high) / 2);
  return {
    category, qualifier: high === null ? 'at_least' : low === high ? 'exact' : 'range', low, high, label: `${low}–${high ?? ''}`,
    bounds: { low, high }, point, reports: 1, docs: [], statements: [], events: [], status: 'current', figures: [], kind: null,
  };
}

type Row = { source: string; claims: Claim[] };

/** Civilians only or fighters only (the actor of the row's figure): rows of the two never compare. */
const kindOfRow = (row: Row) => ({ civilians: 'civilian', soldiers: 'military' } as Record<string, string>)[row.claims[0]!.figures[0]?.actor ?? ''] ?? null;
const apart = (a: Row, b: Row) => kindOfRow(a) !== null && kindOfRow(b) !== null && kindOfRow(a) !== kindOfRow(b);

/** The definition: every pair of rows with a claim of the category, in row order. When every row
 * is dated, a toll stated on an earlier day is a floor by the later one. */
function naive(rows: readonly Row[]) {
  const disagreements: { category: Category; a: string; b: string }[] = [];
  const compatible: { category: Category; a: string; b: string }[] = [];
  for (const category of ['killed', 'wounded'] as const) {
    const stated = rows.filter((row) => row.claims.some((c) => c.category === category)).map((row) => {
      const c = row.claims.find((x) => x.category === category)!;
      return { row, source: row.source, bounds: c.bounds as Bounds, point: c.point, day: c.statements[0]?.date ?? null };
    });
    const inTime = stated.every((row) => row.day !== null);
    const cannotBothHold = (a: (typeof stated)[number], b: (typeof stated)[number]) => {
      if (inTime && a.day! < b.day!) return a.bounds.low > (b.bounds.high ?? Infinity);
      if (inTime && b.day! < a.day!) return b.bounds.low > (a.bounds.high ?? Infinity);
      return !overlaps(a.bounds, b.bounds);
    };
    stated.forEach((a, i) => stated.slice(i + 1).forEach((b) => {
      if (apart(a.row, b.row)) return;
      if (cannotBothHold(a, b)) disagreements.push({ category, a: a.source, b: b.source });
      else if (a.point !== b.point) compatible.push({ category, a: a.source, b: b.source });
    }));
  }
  return { disagreements, compatible };
}

// Groups with every row dated (on one of four days) or none: the comparison in time is exercised too;
// rows count civilians, soldiers or people of no kind (a group of every actor).
const rows = fc.tuple(
  fc.boolean(),
  fc.array(fc.tuple(
    fc.constantFrom<Category>('killed', 'wounded'), fc.integer({ min: 0, max: 60 }), fc.option(fc.integer({ min: 0, max: 30 })), fc.integer({ min: 1, max: 4 }),
    fc.constantFrom<string | null>(null, 'civilians', 'soldiers'),
  ), { maxLength: 40 }),
).map(([dated, specs]) => specs.map(([category, low, width, day, actor], i) => ({
  source: `s${i}`,
  claims: [{
    ...claim(category, low, width === null ? null : low + width), statements: dated ? [{ date: `2024-01-0${day}`, docs: [] }] : [],
    figures: actor === null ? [] : [{ actor } as Figure],
  }],
})));

describe('compareRows', () => {
  it('counts, marks and lists the pairs the definition gives', () => {
    fc.assert(fc.property(rows, (group) => {
      const expected = naive(group);
      const got = compareRows(group, true);
      expect(got.counts).toEqual({ disagreements: expected.disagreements.length, compatible: expected.compatible.length });
      expect(got.inConflict).toEqual(new Set(expected.disagreements.flatMap((pair) => [pair.a, pair.b])));
      expect(got.disagreements.map(({ category, a, b }) => ({ category, a, b }))).toEqual(expected.disagreements.slice(0, PAIRS_LISTED));
      expect(got.compatible.map(({ category, a, b }) => ({ category, a, b }))).toEqual(expected.compatible.slice(0, PAIRS_LISTED));
    }), { numRuns: RUNS });
  });

  it('finds as outliers the rows that cannot hold beside more than half of the others', () => {
    fc.assert(fc.property(rows, (group) => {
      const { disagreements } = naive(group);
      const expected: { category: Category; source: string }[] = [];
      for (const category of ['killed', 'wounded'] as const) {
        const members = group.filter((row) => row.claims[0]!.category === category);
        for (const row of members) {
          const others = members.filter((other) => other !== row && !apart(row, other)).length;
          if (others < 2) continue;
          const against = disagreements.filter((pair) => pair.category === category && (pair.a === row.source || pair.b === row.source)).length;
          if (against > others / 2) expected.push({ category, source: row.source });
        }
      }
      const byOrder = (x: { category: string; source: string }, y: { category: string; source: string }) =>
        x.category.localeCompare(y.category) || Number(x.source.slice(1)) - Number(y.source.slice(1));
      expect(outliersOf(group, true).sort(byOrder)).toEqual(expected.sort(byOrder));
    }), { numRuns: RUNS });
  });

  it('handles a group of 20,000 rows without listing its 200 million pairs', () => {
    const group = Array.from({ length: 20_000 }, (_, i) => ({ source: `s${i}`, claims: [claim('killed', i, i)] }));
    const got = compareRows(group, true);
    expect(got.counts.disagreements).toBe((20_000 * 19_999) / 2);
    expect(got.disagreements).toHaveLength(PAIRS_LISTED);
    expect(got.inConflict.size).toBe(20_000);
  });
});

describe('a lower toll stated days before another', () => {
  const dated = (category: Category, low: number, date: string | null): Claim => ({ ...claim(category, low, low), statements: [{ date, docs: [] }] });
  const pairs = (a: Claim, b: Claim) => compareRows([{ source: 'a', claims: [a] }, { source: 'b', claims: [b] }]);

  it('could hold beside a higher one stated later, and says which is older and by how much', () => {
    const { disagreements, compatible } = pairs(dated('killed', 171, '2020-08-10'), dated('killed', 100, '2020-08-05'));
    expect(disagreements).toEqual([]);
    expect(compatible).toEqual([{ category: 'killed', a: 'a', b: 'b', ratio: 1.71, older: { source: 'b', days: 5 } }]);
  });

  it('cannot hold beside a lower one stated later: a toll does not fall', () => {
    expect(pairs(dated('killed', 471, '2023-10-18'), dated('killed', 100, '2023-10-19')).disagreements).toHaveLength(1);
  });

  it('is compared as stated when either is undated or stated the same day', () => {
    expect(pairs(dated('killed', 171, '2020-08-10'), dated('killed', 100, null)).disagreements).toHaveLength(1);
    expect(pairs(dated('killed', 171, '2020-08-10'), dated('killed', 100, '2020-08-10')).disagreements).toHaveLength(1);
  });

  it('compares counts of the missing or captured only within a day: they move both ways as people are found or newly reported', () => {
    expect(pairs(dated('missing', 60, '2020-08-10'), dated('missing', 20, '2020-08-05')).disagreements).toHaveLength(0);
    expect(pairs(dated('missing', 20, '2020-08-10'), dated('missing', 60, '2020-08-05')).compatible[0]).toMatchObject({ older: { days: 5 } });
    expect(pairs(dated('captured', 60, '2020-08-10'), dated('captured', 20, '2020-08-10')).disagreements).toHaveLength(1);
    expect(pairs(dated('missing', 60, '2020-08-10'), dated('missing', 20, null)).disagreements).toHaveLength(1);
  });
});

describe('rowBounds: what a row asserts', () => {
  it('takes a stated range holding every other claim as the estimate ("best 10" beside "low 8, high 12")', () => {
    expect(rowBounds([claim('killed', 10, 10), claim('killed', 8, 12)])).toEqual({ low: 8, high: 12 });
  });

  it('takes what all claims allow at once otherwise, and the span of claims that cannot all hold', () => {
    expect(rowBounds([claim('killed', 300, null), claim('killed', 270, 330)])).toEqual({ low: 300, high: 330 });
    expect(rowBounds([claim('killed', 300, null), claim('killed', 900, 1100)])).toEqual({ low: 900, high: 1100 });
    expect(rowBounds([claim('killed', 12, 12), claim('killed', 15, 15)])).toEqual({ low: 12, high: 15 });
  });
});
