// The worked example of the README: four claimants on one count, summarised by each policy.
import { describe, expect, it } from 'vitest';
import { readBuiltinAliases, reconcile, type Policy } from '../../src/reconcile/index.js';
import { figure } from './seed-figures.js';

const killed = (
  doc: string, source: string, low: number | null, high: number | null, qualifier: 'exact' | 'approx' | 'at_least' | 'at_most' | 'range',
  actor = 'Russian soldiers',
) => figure({ doc, source, category: 'killed', low, high, qualifier, actor });

const REPORTS = [
  killed('r1', 'the Russian Defence Ministry', 12, 12, 'exact'),
  killed('r2', 'Mediazona', 100, null, 'at_least'),
  killed('r3', "Ukraine's General Staff", 500, 500, 'approx'),
  killed('r4', 'a news report', 200, 200, 'exact'),
];

const summary = (policy: Policy, figures = REPORTS) => reconcile(figures, { aliases: readBuiltinAliases(), policy }).groups[0]!.summary;

describe('policies', () => {
  it('range: lowest to highest stated number (IBC), open sides adding nothing', () => {
    expect(summary('range')).toEqual({
      policy: 'range', point: null, low: 12, high: 500, label: '12–500', sources: ['russia defense ministry', 'ukraine general staff of the armed forces'],
      rule: 'lowest to highest number stated',
    });
  });

  it('conservative: the lowest floor of a credible source (ACLED), passing over the parties to the war', () => {
    expect(summary('conservative')).toEqual({
      policy: 'conservative', point: 100, low: 100, high: 100, label: '100 (Mediazona)', sources: ['mediazona'], rule: 'lowest count or floor of a named non-party source',
    });
  });

  it('best: the latest figure of a named non-party source, with the range of all', () => {
    // The parties (r1, r3) are passed over; of Mediazona and the news report, the news report came last.
    expect(summary('best')).toMatchObject({
      policy: 'best', point: 200, low: 12, high: 500, label: '200 (a news report; 12–500)', sources: ['news report'], rule: 'latest figure of a named non-party source',
    });
  });

  it('best: latest by the day stated when the rows are dated, else by input order', () => {
    const dated = [
      figure({ doc: 'r1', source: 'Mediazona', category: 'killed', low: 300, high: 300, qualifier: 'exact', date: '2024-05-09' }),
      figure({ doc: 'r2', source: 'a news report', category: 'killed', low: 200, high: 200, qualifier: 'exact', date: '2024-05-02' }),
    ];
    expect(summary('best', dated)).toMatchObject({ point: 300, label: '300 (Mediazona; 200–300)' });
    const parties = [killed('r1', "Ukraine's General Staff", 500, 500, 'approx'), killed('r2', 'the Russian Defence Ministry', 12, 12, 'exact')];
    expect(summary('best', parties)).toMatchObject({ point: 12, rule: 'latest figure: no named non-party source' });
  });

  it('conservative takes a confirmed count ("identified 14 of the dead") before a lower estimate', () => {
    const figures = [
      figure({ doc: 'r1', source: 'Mediazona', category: 'killed', low: 10, high: 10, qualifier: 'approx', kind: 'estimated' }),
      figure({ doc: 'r2', source: 'the coroner', category: 'killed', low: 14, high: 14, qualifier: 'exact', kind: 'counted' }),
    ];
    expect(summary('conservative', figures)).toMatchObject({ point: 14, label: '14 (the coroner)', rule: 'lowest count or floor of a named non-party source' });
  });

  it('conservative falls back to every source, then to ceilings, when nothing credible states a floor', () => {
    const parties = [killed('r1', "Ukraine's General Staff", 500, 500, 'approx'), killed('r2', 'the Russian Defence Ministry', 12, 12, 'exact')];
    expect(summary('conservative', parties)).toMatchObject({ point: 12, label: '12 (Russian Ministry of Defence)' });
    const party = [killed('r1', 'the Russian Defence Ministry', 12, 12, 'exact'), killed('r2', 'X', null, 40, 'at_most')];
    expect(summary('conservative', party)).toMatchObject({ point: 12, label: '12 (Russian Ministry of Defence)' });
    const ceilings = [killed('r1', null as unknown as string, null, 40, 'at_most'), killed('r2', 'X', null, 30, 'at_most')];
    expect(summary('conservative', ceilings)).toMatchObject({ point: 30, label: '30 (X)' });
  });

  it('writes one number once', () => {
    expect(summary('range', [killed('r1', 'A', 7, 7, 'exact')])!.label).toBe('7');
    expect(summary('best', [killed('r1', 'A', 7, 7, 'exact')])!.label).toBe('7 (A)');
  });

  it('rejects an unknown policy with the value it got', () => {
    expect(() => reconcile([], { policy: 'mean' as Policy })).toThrow('policy must be one of range, conservative, best, got mean');
  });
});

describe('party to the conflict', () => {
  it('flags a party counting its own side or the enemy, from the registry conflicts', () => {
    const rows = reconcile(REPORTS, { aliases: readBuiltinAliases() }).groups[0]!.rows;
    expect(rows.map((row) => [row.display, row.side, row.party])).toEqual([
      ['Russian Ministry of Defence', 'Russia', 'own_losses'],
      ['Mediazona', null, null],
      ['General Staff of the Armed Forces of Ukraine', 'Ukraine', 'enemy_losses'],
      ['a news report', null, null],
    ]);
  });

  it('counts allies as one side: Ukraine on North Korean soldiers is the enemy, the NIS of South Korea no party', () => {
    const figures = [
      figure({ doc: 'd1', category: 'captured', low: 2, high: 2, qualifier: 'exact', source: 'Zelenskyy' }),
      figure({ doc: 'd2', category: 'captured', low: 2, high: 2, qualifier: 'exact', source: 'NIS' }),
    ];
    expect(reconcile(figures, { aliases: readBuiltinAliases() }).groups[0]!.rows.map((row) => row.party)).toEqual(['enemy_losses', null]);
  });

  it('flags nothing without the registry', () => {
    expect(reconcile(REPORTS).groups[0]!.rows.every((row) => row.party === null)).toBe(true);
  });

  it('flags parties in every grouping, from the people each figure counts', () => {
    for (const groupBy of ['category', 'none'] as const) {
      const rows = reconcile(REPORTS, { aliases: readBuiltinAliases(), groupBy }).groups[0]!.rows;
      expect(rows.map((row) => row.party)).toEqual(['own_losses', null, 'enemy_losses', null]);
    }
  });

  it('flags a ministry counting its own side in the Gaza, West Bank and Lebanon conflicts', () => {
    const figures = [
      killed('r1', 'the Gaza Health Ministry', 40, 40, 'exact', 'Palestinians'),
      killed('r2', 'the Lebanese Health Ministry', 12, 12, 'exact', 'Lebanese civilians'),
      killed('r3', 'the Palestinian Health Ministry', 3, 3, 'exact', 'Palestinians'),
      killed('r4', 'Magen David Adom', 2, 2, 'exact', 'Israelis'),
    ];
    const rows = reconcile(figures, { aliases: readBuiltinAliases(), groupBy: 'category' }).groups[0]!.rows;
    expect(rows.map((row) => [row.display, row.party])).toEqual([
      ['Gaza Health Ministry', 'own_losses'],
      ['Lebanese Ministry of Public Health', 'own_losses'],
      ['Palestinian Ministry of Health', 'own_losses'],
      ['Magen David Adom', 'own_losses'],
    ]);
  });

  it('reads whose "people" are from the places their sentence names, besides the claimant', () => {
    const people = (doc: string, source: string, sentence: string) =>
      figure({ doc, source, sentence, category: 'killed', low: 40, high: 40, qualifier: 'exact', actor: 'people' });
    const figures = [
      people('r1', 'the Israeli army', 'The Israeli army said 40 people were killed in the strike in Gaza City.'),
      people('r2', 'Hamas', 'Hamas said 40 people were killed in Gaza and in Israel.'),
      people('r3', "Ukraine's General Staff", "Ukraine's General Staff said 40 people were killed."),
      // A health ministry's "people" are its own population.
      people('r4', 'the Gaza Health Ministry', "Gaza's Health Ministry said 40 people were killed."),
    ];
    const rows = reconcile(figures, { aliases: readBuiltinAliases(), groupBy: 'category' }).groups[0]!.rows;
    expect(rows.map((row) => row.party)).toEqual(['enemy_losses', null, null, 'own_losses']);
  });
});
