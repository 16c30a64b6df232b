import { describe, expect, it } from 'vitest';
import { reconcile, timeline } from '../../src/reconcile/index.js';
import { figure } from './seed-figures.js';

type Stated = { doc: string; date?: string | null; low: number; high?: number | null; qualifier?: 'exact' | 'approx' | 'at_least'; source?: string; sentence?: string };

const killed = ({ doc, date = null, low, high = low, qualifier = 'exact', source = 'the Health Ministry', sentence = '' }: Stated) =>
  figure({ doc, date, category: 'killed', low, high, qualifier, source, sentence });

const rowOf = (figures: ReturnType<typeof killed>[]) => reconcile(figures).groups[0]!.rows[0]!;
const labels = (claims: { label: string }[]) => claims.map((claim) => claim.label);

describe('a claimant over time', () => {
  it('shows its latest figure; earlier ones it has since changed are its history', () => {
    const row = rowOf([killed({ doc: 'd1', date: '2024-03-02', low: 40 }), killed({ doc: 'd2', date: '2024-03-03', low: 52 })]);
    expect(labels(row.claims)).toEqual(['52']);
    expect(labels(row.history)).toEqual(['40']);
    expect([row.reports, row.docs]).toEqual([1, ['d2']]);
  });

  it('puts the figure a report marks as replaced before its replacement ("raised the toll to 51 from 34")', () => {
    const row = rowOf([
      { ...killed({ doc: 'd1', date: '2024-03-01', low: 51 }), revision: 'revised' as const },
      { ...killed({ doc: 'd1', date: '2024-03-01', low: 34 }), revision: 'superseded' as const },
      killed({ doc: 'd2', date: '2024-03-02', low: 60 }),
    ]);
    expect(labels(row.claims)).toEqual(['60']);
    expect(labels(row.history)).toEqual(['34', '51']);
  });

  it('orders by the day stated, not by input order, when every claim is dated', () => {
    const row = rowOf([killed({ doc: 'd2', date: '2024-03-03', low: 52 }), killed({ doc: 'd1', date: '2024-03-02', low: 40 })]);
    expect(labels(row.claims)).toEqual(['52']);
  });

  it('dates a claim by the day the sentence names, relative to the report date', () => {
    // Both reports are of Wednesday 25 December; the first quotes a statement of Saturday the 21st.
    const row = rowOf([
      killed({ doc: 'd1', date: '2024-12-25', low: 52, sentence: 'The ministry said on Saturday that 52 were killed.' }),
      killed({ doc: 'd2', date: '2024-12-25', low: 40, sentence: 'The ministry said on Monday that 40 were killed.' }),
    ]);
    expect(labels(row.claims)).toEqual(['40']);
    expect(row.history[0]!.statements).toEqual([{ date: '2024-12-21', docs: ['d1'] }]);
  });

  it('keeps input order when some claim has no date', () => {
    const row = rowOf([killed({ doc: 'd2', date: '2024-03-03', low: 52 }), killed({ doc: 'd1', low: 40 })]);
    expect(labels(row.claims)).toEqual(['40']);
  });

  it('keeps claims that agree with the latest one in the current estimate: ≈300 and ≥300', () => {
    const row = rowOf([
      killed({ doc: 'd1', low: 100 }),
      killed({ doc: 'd2', low: 300, qualifier: 'approx' }),
      killed({ doc: 'd3', low: 300, high: null, qualifier: 'at_least' }),
    ]);
    expect(labels(row.claims)).toEqual(['≈300', '≥300']);
    expect(labels(row.history)).toEqual(['100']);
  });

  it('takes a figure its own report marks as the revision for one: "said 30 … later raised the toll to 35"', () => {
    const row = rowOf([killed({ doc: 'd1', low: 30 }), { ...killed({ doc: 'd1', low: 35 }), revision: 'revised' as const }]);
    expect(labels(row.claims)).toEqual(['35']);
    expect(labels(row.history)).toEqual(['30']);
  });

  it('never takes two counts of one report for a revision', () => {
    const row = rowOf([killed({ doc: 'd1', low: 12 }), killed({ doc: 'd1', low: 4 })]);
    expect(labels(row.claims)).toEqual(['12', '4']);
    expect(row.history).toEqual([]);
  });

  it('counts a restated claim as stated again: a repeat moves it to the front', () => {
    const row = rowOf([killed({ doc: 'd1', low: 40 }), killed({ doc: 'd2', low: 52 }), killed({ doc: 'd3', low: 40 })]);
    expect(labels(row.claims)).toEqual(['40']);
    expect(row.claims[0]!.docs).toEqual(['d1', 'd3']);
    expect(labels(row.history)).toEqual(['52']);
  });

  it('lists the days each claim was stated, undated reports last', () => {
    const row = rowOf([killed({ doc: 'd1', low: 40 }), killed({ doc: 'd2', date: '2024-03-03', low: 40 }), killed({ doc: 'd3', date: '2024-03-01', low: 40 })]);
    expect(row.claims[0]!.statements).toEqual([
      { date: '2024-03-01', docs: ['d3'] },
      { date: '2024-03-03', docs: ['d2'] },
      { date: null, docs: ['d1'] },
    ]);
  });
});

describe('a figure taken back', () => {
  it('takes back the claimant\'s earlier claim of the number it retracts ("retracted his earlier figure of 50")', () => {
    const row = rowOf([
      killed({ doc: 'd1', date: '2024-07-02', low: 50, high: null, qualifier: 'at_least', source: 'the district administrator' }),
      { ...killed({ doc: 'd2', date: '2024-07-05', low: 50, source: 'the district administrator' }), revision: 'retracted' as const },
    ]);
    expect(row.claims).toEqual([]);
    expect(row.history.map((claim) => [claim.label, claim.status])).toEqual([['≥50', 'retracted'], ['50', 'retracted']]);
  });

  it('takes back an estimate close around the number, and nothing else the claimant said', () => {
    const row = rowOf([
      killed({ doc: 'd1', date: '2024-07-01', low: 12 }),
      killed({ doc: 'd2', date: '2024-07-02', low: 300, qualifier: 'approx' }),
      { ...killed({ doc: 'd3', date: '2024-07-05', low: 300 }), revision: 'denied' as const },
    ]);
    expect(row.history.map((claim) => [claim.label, claim.status])).toEqual([['≈300', 'denied'], ['300', 'denied']]);
    expect(labels(row.claims)).toEqual(['12']);
  });

  it('leaves a claim of a later date, or of another claimant, current', () => {
    const figures = [
      { ...killed({ doc: 'd1', date: '2024-07-01', low: 50 }), revision: 'retracted' as const },
      killed({ doc: 'd2', date: '2024-07-03', low: 50 }),
      killed({ doc: 'd3', date: '2024-07-01', low: 50, source: 'the Red Crescent' }),
    ];
    const rows = reconcile(figures).groups[0]!.rows;
    expect(rows.map((row) => [row.display, labels(row.claims)])).toEqual([['the Health Ministry', ['50']], ['the Red Crescent', ['50']]]);
  });
});

describe('per record', () => {
  it('groups each record apart, in input order, with the record in the key', () => {
    const figures = [killed({ doc: 'e2', low: 3 }), killed({ doc: 'e1', low: 5 }), killed({ doc: 'e2', low: 3, source: 'ACLED' })];
    const groups = reconcile(figures, { perRecord: true, groupBy: 'category' }).groups;
    expect(groups.map((group) => [group.key, group.record, group.rows.length])).toEqual([['e2/killed', 'e2', 2], ['e1/killed', 'e1', 1]]);
  });
});

describe('timeline', () => {
  it('lists each source\'s estimates in time order with how each moved', () => {
    const figures = [
      killed({ doc: 'd1', date: '2024-03-01', low: 40 }),
      killed({ doc: 'd2', date: '2024-03-02', low: 40 }),
      killed({ doc: 'd3', date: '2024-03-03', low: 52 }),
      killed({ doc: 'd4', date: '2024-03-04', low: 52, high: null, qualifier: 'at_least' }),
      killed({ doc: 'd5', date: '2024-03-02', low: 30, source: 'Reuters' }),
    ];
    const [group] = timeline(reconcile(figures)).groups;
    expect(group!.sources.map((source) => [source.display, source.entries.map((e) => `${e.date} ${e.label} ${e.change}${e.current ? ' *' : ''}`)])).toEqual([
      ['the Health Ministry', ['2024-03-01 40 first', '2024-03-02 40 same', '2024-03-03 52 higher *', '2024-03-04 ≥52 reworded *']],
      ['Reuters', ['2024-03-02 30 first *']],
    ]);
  });
});
