// Families found by the second blind dossier round (tests/cli/dossier-round2.test.ts), each with
// invented positive and negative phrases: reconcile side (claimants, ledger, missing counts, outliers).
import { describe, expect, it } from 'vitest';
import { reconcile, resolveClaimants } from '../../src/reconcile/index.js';
import { NO_ALIASES } from '../../src/reconcile/aliases.js';
import { figure } from './seed-figures.js';

const displays = (names: (string | null)[]) => resolveClaimants(names, NO_ALIASES).map((c) => c.identity.display);

describe('claimants: a person, a rank, an acronym, a work', () => {
  it('joins a person under an office title to the body the run names the person for', () => {
    expect(new Set(displays(['Tomas Vell, head of the regional military administration', 'Governor Vell', 'the regional military administration'])))
      .toEqual(new Set(['the regional military administration']));
    // Named for no body elsewhere, the governor stays the governor's office.
    expect(displays(['Governor Vell', 'the harbour authority'])).toEqual(['Governor Vell', 'the harbour authority']);
  });

  it('reads a rank before a name as the force it serves in', () => {
    expect(new Set(displays(['police', 'Police superintendent Arun Kale', 'police inspector Mira Dane']))).toEqual(new Set(['police']));
    expect(resolveClaimants(['army colonel Ivo Dario'], NO_ALIASES)[0]!.how).toBe('speaker → the body');
  });

  it('heads a row with the body a spokesman names by its own name, not with the spokesman', () => {
    expect(displays(['Kestrel Mining spokesman Pavel Orlov', 'KMC director Ana Pell'])).toEqual(['Kestrel Mining', 'KMC']);
    // A field ("health") still only joins a fuller name; one capitalised word may be no name at all.
    expect(displays(['health spokesman Pavel Orlov', 'Rebel spokesman Idris Kanu'])).toEqual(['health spokesman Pavel Orlov', 'Rebel spokesman Idris Kanu']);
  });

  it('keeps a bracketed acronym in the name and joins the acronym alone, and "the institute", to it', () => {
    expect(new Set(displays(['the National Prison Institute (INAP)', 'INAP', 'The institute']))).toEqual(new Set(['the National Prison Institute (INAP)']));
    // An acronym the run spells out for another body stays apart.
    expect(displays(['the Regional Relief Office (RRO)', 'INAP'])).toEqual(['the Regional Relief Office (RRO)', 'INAP']);
  });

  it('credits a study, survey or tally to whoever made it', () => {
    expect(displays(['A study by the Centre for Migration Research'])).toEqual(['the Centre for Migration Research']);
    expect(displays(['a tally by the Valley Monitor'])).toEqual(['the Valley Monitor']);
    expect(displays(['A household survey'])).toEqual(['A household survey']);
  });
});

type Stated = { doc: string; date: string; low: number; high?: number | null; qualifier?: 'exact' | 'at_least'; source?: string; category?: 'killed' | 'missing'; kind?: 'counted' };
const stated = ({ doc, date, low, high = low, qualifier = 'exact', source = 'the Harbour Authority', category = 'killed', kind }: Stated) =>
  ({ ...figure({ doc, date, category, low, high, qualifier, source, sentence: '' }), ...(kind ? { kind } : {}) });
const labels = (claims: { label: string }[]) => claims.map((claim) => claim.label);

describe('ledger: a floor of an earlier day is where the toll stood then', () => {
  it('puts "at least 16" of Saturday in the history of Monday\'s 23', () => {
    const row = reconcile([stated({ doc: 'a', date: '2025-03-01', low: 16, high: null, qualifier: 'at_least' }), stated({ doc: 'b', date: '2025-03-03', low: 23 })]).groups[0]!.rows[0]!;
    expect([labels(row.claims), labels(row.history)]).toEqual([['23'], ['≥16']]);
  });

  it('keeps a floor of the same day, or one the later figure does not exceed, beside it', () => {
    const sameDay = reconcile([stated({ doc: 'a', date: '2025-03-01', low: 16, high: null, qualifier: 'at_least' }), stated({ doc: 'b', date: '2025-03-01', low: 23 })]).groups[0]!.rows[0]!;
    expect(labels(sameDay.claims)).toEqual(['≥16', '23']);
    const equal = reconcile([stated({ doc: 'a', date: '2025-03-01', low: 30, high: null, qualifier: 'at_least' }), stated({ doc: 'b', date: '2025-03-03', low: 30 })]).groups[0]!.rows[0]!;
    expect(labels(equal.claims)).toEqual(['≥30', '30']);
  });
});

describe('counts of the missing stated on different days', () => {
  it('could both hold: people are found, or newly reported missing', () => {
    const group = reconcile([
      stated({ doc: 'a', date: '2026-02-10', low: 16, category: 'missing', source: 'the governor' }),
      stated({ doc: 'b', date: '2026-02-13', low: 15, category: 'missing', source: 'the emergencies ministry' }),
    ]).groups[0]!;
    expect(group.disagreements).toEqual([]);
    expect(group.compatible[0]).toMatchObject({ older: { days: 3 } });
  });

  it('cannot both hold when stated the same day', () => {
    const group = reconcile([
      stated({ doc: 'a', date: '2026-02-10', low: 16, category: 'missing', source: 'the governor' }),
      stated({ doc: 'b', date: '2026-02-10', low: 9, category: 'missing', source: 'the emergencies ministry' }),
    ]).groups[0]!;
    expect(group.disagreements).toHaveLength(1);
  });
});

describe('outliers: a floor never moves the median, the latest risen toll is no outlier', () => {
  it('names no outlier when the far figure is the toll stated last', () => {
    const group = reconcile([
      stated({ doc: 'a', date: '2026-02-10', low: 4, source: 'the governor', kind: 'counted' }),
      stated({ doc: 'b', date: '2026-02-11', low: 7, source: 'the mining company' }),
      stated({ doc: 'c', date: '2026-02-13', low: 22, source: 'the emergencies ministry' }),
    ]).groups[0]!;
    expect(group.digest?.outliers).toEqual([]);
  });

  it('still names a far figure stated before the others', () => {
    const group = reconcile([
      stated({ doc: 'a', date: '2026-02-10', low: 900, source: 'a blogger' }),
      stated({ doc: 'b', date: '2026-02-11', low: 20, source: 'the mining company' }),
      stated({ doc: 'c', date: '2026-02-13', low: 22, source: 'the emergencies ministry' }),
    ]).groups[0]!;
    expect(group.digest?.outliers.map((outlier) => outlier.label)).toEqual(['900']);
  });
});
