// Families found by the third blind dossier round (tests/cli/dossier-round3.test.ts), reconcile side,
// each with invented cases and the cases that must stay as they were.
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../src/reconcile/index.js';
import type { Revision } from '../../src/figure.js';
import { figure } from './seed-figures.js';

type Stated = { doc: string; date: string; low: number; high?: number | null; qualifier?: 'exact' | 'at_least'; source?: string; kind?: 'counted'; revision?: Revision };
const stated = ({ doc, date, low, high = low, qualifier = 'exact', source = 'the Lake Authority', kind, revision }: Stated) =>
  ({ ...figure({ doc, date, category: 'killed', low, high, qualifier, source, sentence: '' }), ...(kind ? { kind } : {}), ...(revision ? { revision } : {}) });
const ledger = (row: { claims: { label: string }[]; history: { label: string; status: string }[] }) =>
  [row.claims.map((c) => c.label), row.history.map((c) => `${c.status} ${c.label}`)];

describe('ledger: a count of an earlier day is where the count stood then', () => {
  it('puts the confirmed deaths of an earlier day in the history of a higher later count', () => {
    const row = reconcile([
      stated({ doc: 'a', date: '2025-07-20', low: 312, kind: 'counted' }),
      stated({ doc: 'b', date: '2025-07-24', low: 455, kind: 'counted' }),
    ]).groups[0]!.rows[0]!;
    expect(ledger(row)).toEqual([['455 counted'], ['superseded 312 counted']]);
  });

  it('keeps a count stated later, or the same day, beside the total', () => {
    const later = reconcile([stated({ doc: 'a', date: '2025-07-20', low: 471 }), stated({ doc: 'b', date: '2025-07-22', low: 14, kind: 'counted' })]).groups[0]!.rows[0]!;
    expect(ledger(later)).toEqual([['471', '14 counted'], []]);
    const sameDay = reconcile([stated({ doc: 'a', date: '2025-07-20', low: 20, kind: 'counted' }), stated({ doc: 'b', date: '2025-07-20', low: 31 })]).groups[0]!.rows[0]!;
    expect(ledger(sameDay)).toEqual([['20 counted', '31'], []]);
  });

  it('lets a figure marked as the revision replace a different one of an earlier day', () => {
    const row = reconcile([
      stated({ doc: 'a', date: '2025-07-20', low: 40, high: null, qualifier: 'at_least' }),
      stated({ doc: 'b', date: '2025-07-21', low: 60, high: null, qualifier: 'at_least', revision: 'revised' }),
    ]).groups[0]!.rows[0]!;
    expect(ledger(row)).toEqual([['≥60'], ['superseded ≥40']]);
  });
});

describe('ledger: a claimant that withdraws its figure stands by nothing it said before', () => {
  it('leaves the figure it had raised in the history, not current again', () => {
    const row = reconcile([
      stated({ doc: 'a', date: '2025-10-03', low: 4 }),
      stated({ doc: 'b', date: '2025-10-06', low: 19 }),
      stated({ doc: 'c', date: '2025-10-08', low: 19, revision: 'retracted' }),
    ]).groups[0]!.rows[0]!;
    expect(ledger(row)).toEqual([[], ['superseded 4', 'retracted 19']]);
  });

  it('keeps what the withdrawing report states instead, and what comes after', () => {
    const row = reconcile([
      stated({ doc: 'a', date: '2025-10-03', low: 50 }),
      { ...stated({ doc: 'b', date: '2025-10-05', low: 50, revision: 'retracted' }), start: 0 },
      { ...stated({ doc: 'b', date: '2025-10-05', low: 12, kind: 'counted' }), start: 60 },
    ]).groups[0]!.rows[0]!;
    expect(ledger(row)[0]).toEqual(['12 counted']);
  });
});
