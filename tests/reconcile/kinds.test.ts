// Kinds of estimate in reconciliation: a count of the dead identified so far ("identified 14 of the
// dead", kind `counted`) is a floor. It never conflicts with a larger estimate, is never an outlier
// below the others, is not revised away by its body's own total, and is named apart from the range.
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../src/reconcile/index.js';
import { figure } from './seed-figures.js';

const killed = (doc: string, source: string, low: number | null, high: number | null, qualifier: 'exact' | 'at_most' | 'range', kind?: 'counted') =>
  figure({ doc, source, category: 'killed', low, high, qualifier, actor: 'people', date: `2024-05-0${doc.slice(1)}`, ...(kind ? { kind } : {}) });

const FIGURES = [
  killed('d1', 'the Coastal Health Ministry', 471, 471, 'exact'),
  killed('d2', 'Western intelligence', 100, 300, 'range'),
  killed('d3', 'the Coastal Health Ministry', 14, 14, 'exact', 'counted'),
  killed('d4', 'the port authority', 450, 450, 'exact'),
];

describe('counted floors', () => {
  const group = reconcile(FIGURES).groups[0]!;
  const row = (display: string) => group.rows.find((r) => r.display === display)!;

  it('shows a counted claim as such, current beside its body own total', () => {
    expect(row('the Coastal Health Ministry').claims.map((claim) => claim.label)).toEqual(['471', '14 counted']);
    expect(row('the Coastal Health Ministry').history).toEqual([]);
  });

  it('never sets a floor against a larger estimate, nor lets it pull its row\'s point down', () => {
    // 471 (of 1 May) vs the later 100–300 and 450 cannot both hold; 14 counted holds beside every
    // figure (and the 100–300 of 2 May beside the 450 of 4 May: tolls rise).
    expect(group.disagreements.map((d) => [d.a, d.b, d.ratio])).toEqual([
      ['coastal health ministry', 'western intelligence service', 2.36],
      ['coastal health ministry', 'port authority', 1.05],
    ]);
    const floorOnly = reconcile([FIGURES[1]!, killed('d3', 'the coroner', 14, 14, 'exact', 'counted')]).groups[0]!;
    expect(floorOnly.pairs).toEqual({ disagreements: 0, compatible: 1 });
  });

  it('names a floor below the range apart, never as an outlier', () => {
    const alone = reconcile([...FIGURES.slice(0, 2), killed('d3', 'the coroner', 14, 14, 'exact', 'counted'), FIGURES[3]!]).groups[0]!;
    expect(alone.digest!.outliers).toEqual([]);
    expect(alone.digest!.low).toBe(100);
    expect(alone.digest!.text).toContain('counted so far, below the range: 14 counted, the coroner');
  });

  it('still conflicts with a ceiling below it', () => {
    // The coroner's floor came first: a later "fewer than 10" cannot hold beside it.
    const ceiling = reconcile([killed('d2', 'the army', null, 10, 'at_most'), killed('d1', 'the coroner', 14, 14, 'exact', 'counted')]).groups[0]!;
    expect(ceiling.pairs.disagreements).toBe(1);
  });
});
