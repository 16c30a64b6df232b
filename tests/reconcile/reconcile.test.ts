import { describe, expect, it } from 'vitest';
import { readBuiltinAliases, reconcile, type Group } from '../../src/reconcile/index.js';
import { figure, SEED_FIGURES } from './seed-figures.js';

const titles = (groups: Group[]) => groups.map((group) => `${group.actor ?? '*'} / ${group.category ?? '*'}`);

describe('reconcile: the seed acceptance', () => {
  for (const [mode, aliases] of [
    ['with the built-in registry', readBuiltinAliases()],
    ['with normalisation alone', undefined],
  ] as const) {
    describe(mode, () => {
      const { groups } = reconcile(SEED_FIGURES, { aliases });

      it('groups North Korean soldiers by category: killed, wounded, captured', () => {
        expect(titles(groups)).toEqual([
          'North Korean soldiers / killed',
          'North Korean soldiers / wounded',
          'North Korean soldiers / captured',
        ]);
      });

      it('killed: the intelligence service (≈300 and ≥300, two reports) conflicts with a news report (≈1,000)', () => {
        const killed = groups[0]!;
        expect(killed.rows.map((row) => row.display)).toEqual([
          'a news report',
          aliases ? "South Korea's National Intelligence Service (NIS)" : 'South Korea’s intelligence service',
        ]);
        const [news, intelligence] = killed.rows;
        expect(intelligence!.claims.map((claim) => claim.label)).toEqual(['≈300', '≥300']);
        expect(intelligence!.reports).toBe(2);
        expect(intelligence!.docs).toEqual(['seed-6', 'seed-12']);
        expect(intelligence!.outlets).toEqual(['Yonhap']);
        expect(news!.claims.map((claim) => claim.label)).toEqual(['≈1,000']);
        expect(killed.conflict).toBe(true);
        expect(killed.rows.every((row) => row.conflict)).toBe(true);
        expect(killed.disagreements).toEqual([{ category: 'killed', a: news!.source, b: intelligence!.source, ratio: 3.33, older: null }]);
        expect(killed.compatible).toEqual([]);
        expect(killed).toMatchObject({ side: 'North Korea', role: 'military', record: null });
        expect(killed.summary).toMatchObject({ policy: 'range', low: 300, high: 1000, label: '300–1,000' });
        expect(killed.spread).toBe(3.33);
      });

      it('wounded: 2,700 from the intelligence service, two reports, no conflict', () => {
        const wounded = groups[1]!;
        expect(wounded.rows).toHaveLength(1);
        expect(wounded.rows[0]!.claims).toMatchObject([{ label: '2,700', reports: 2, docs: ['seed-6', 'seed-12'] }]);
        expect(wounded.rows[0]!.claims[0]!.figures).toHaveLength(2);
        expect(wounded.conflict).toBe(false);
        expect(wounded.spread).toBe(1);
      });

      it('captured: 2, stated by the intelligence service and by Zelenskyy, no conflict', () => {
        const captured = groups[2]!;
        expect(captured.rows).toHaveLength(2);
        expect(captured.rows[0]!.source).toBe(groups[0]!.rows[1]!.source);
        expect(captured.rows[1]!.display).toMatch(/Zelenskyy/);
        expect(captured.rows.map((row) => row.claims.map((claim) => claim.label))).toEqual([['2'], ['2']]);
        expect(captured.conflict).toBe(false);
        expect(captured.disagreements).toEqual([]);
      });
    });
  }
});

describe('reconcile: claims and rows', () => {
  it('merges the same claim in several reports into one claim with several citations', () => {
    const figures = [1, 2, 3].map((n) =>
      figure({ doc: `d${n}`, category: 'killed', low: 40, high: 40, qualifier: 'exact', source: 'the Health Ministry' }),
    );
    const [row] = reconcile(figures).groups[0]!.rows;
    expect(row!.claims).toHaveLength(1);
    expect(row!.claims[0]).toMatchObject({ reports: 3, docs: ['d1', 'd2', 'd3'] });
  });

  it('counts a report once even when it states a claim twice', () => {
    const twice = [1, 2].map(() => figure({ doc: 'd1', category: 'killed', low: 40, high: 40, qualifier: 'exact' }));
    const [row] = reconcile(twice).groups[0]!.rows;
    expect(row!.claims[0]).toMatchObject({ reports: 1, docs: ['d1'] });
    expect(row!.claims[0]!.figures).toHaveLength(2);
  });

  it('counts a report once when its figures come back after another report\'s, on each day it was stated', () => {
    const stated = (doc: string, date: string) => figure({ doc, date, category: 'killed', low: 40, high: 40, qualifier: 'exact', source: 'the Health Ministry' });
    const figures = [stated('d1', '2024-03-01'), stated('d2', '2024-03-02'), stated('d1', '2024-03-01'), stated('d3', '2024-03-02'), stated('d2', '2024-03-02')];
    const [row] = reconcile(figures).groups[0]!.rows;
    expect(row!.claims[0]).toMatchObject({ reports: 3, docs: ['d1', 'd2', 'd3'] });
    expect(row!.claims[0]!.statements).toEqual([{ date: '2024-03-01', docs: ['d1'] }, { date: '2024-03-02', docs: ['d2', 'd3'] }]);
    expect([row!.reports, row!.docs]).toEqual([3, ['d1', 'd2', 'd3']]);
  });

  it('cites outlets by their registry name, once, and never a claimant as its own outlet', () => {
    const figures = [
      figure({ doc: 'd1', category: 'killed', low: 9, high: 9, qualifier: 'exact', source: 'NIS', outlet: 'South Korean news agency Yonhap' }),
      figure({ doc: 'd2', category: 'killed', low: 9, high: 9, qualifier: 'exact', source: 'NIS', outlet: 'Yonhap News Agency' }),
      figure({ doc: 'd3', category: 'killed', low: 9, high: 9, qualifier: 'exact', source: 'Reuters', outlet: 'Reuters' }),
    ];
    const rows = reconcile(figures, { aliases: readBuiltinAliases() }).groups[0]!.rows;
    expect(rows.map((row) => row.outlets)).toEqual([['Yonhap'], []]);
  });

  it('puts figures without a source in an "unattributed" row per estimate', () => {
    const figures = [
      figure({ doc: 'd1', category: 'killed', low: 5, high: 5, qualifier: 'exact', source: null }),
      figure({ doc: 'd2', category: 'killed', low: 5, high: 5, qualifier: 'exact', source: '  ' }),
    ];
    expect(reconcile(figures).groups[0]!.rows.map((row) => [row.source, row.display, row.reports])).toEqual([
      ['unattributed:killed|exact|5|5||', 'unattributed', 2],
    ]);
  });

  it('never lets one unattributed report revise another: a blast\'s 12 and a flood\'s 30 stay two rows that disagree', () => {
    const figures = [
      figure({ doc: 'a.csv#1', category: 'killed', low: 12, high: 12, qualifier: 'exact', source: null }),
      figure({ doc: 'b.csv#1', category: 'killed', low: 30, high: 30, qualifier: 'exact', source: null }),
    ];
    const [group] = reconcile(figures).groups;
    expect(group!.rows.map((row) => [row.display, row.claims.map((claim) => claim.label), row.history.length, row.conflict])).toEqual([
      ['unattributed', ['12'], 0, true],
      ['unattributed', ['30'], 0, true],
    ]);
    expect(group!.pairs).toEqual({ disagreements: 1, compatible: 0 });
    // A named claimant keeps its ledger: its later figure is its current one.
    const named = reconcile(figures.map((f) => ({ ...f, source: 'the ministry' }))).groups[0]!.rows;
    expect(named.map((row) => [row.claims.map((claim) => claim.label), row.history.map((claim) => claim.label)])).toEqual([[['30'], ['12']]]);
  });

  it('folds a surname into the full name that ends with it', () => {
    const figures = [
      figure({ doc: 'd1', category: 'killed', low: 5, high: 5, qualifier: 'exact', source: 'Sabo' }),
      figure({ doc: 'd2', category: 'killed', low: 5, high: 5, qualifier: 'exact', source: 'Yakubu Abubakar Sabo' }),
    ];
    const rows = reconcile(figures).groups[0]!.rows;
    expect(rows.map((row) => row.display)).toEqual(['Yakubu Abubakar Sabo']);
    expect(rows[0]!.reports).toBe(2);
  });

  it('credits a speaker named with a role to the body, and the person named alone elsewhere too', () => {
    const sources = [
      'Ashraf Khalil, a spokesman for the Coastal Health Ministry', 'Khalil', 'Ashraf Khalil',
      'Coastal Health Ministry spokesman Ashraf Khalil', 'regional police spokesman Yakubu Sabo',
    ];
    const figures = sources.map((source, i) => figure({ doc: `d${i}`, category: 'killed', low: 5, high: 5, qualifier: 'exact', source }));
    const rows = reconcile(figures).groups[0]!.rows;
    expect(rows.map((row) => [row.display, row.reports])).toEqual([['the Coastal Health Ministry', 4], ['regional police', 1]]);
    expect(rows[0]!.names.map((name) => name.how)).toEqual([
      'speaker → the body',
      'a person who speaks for the Coastal Health Ministry in these reports',
      'a person who speaks for the Coastal Health Ministry in these reports',
      'speaker → the body',
    ]);
  });

  it('credits a governor or mayor to the office, and folds a title and surname into the full name', () => {
    const sources = ['Governor Luis Ortega', "the governor's office", 'Governor Ortega', 'Mayor Ana Ruiz', 'General Omar Tell', 'General Tell'];
    const figures = sources.map((source, i) => figure({ doc: `d${i}`, category: 'killed', low: 5, high: 5, qualifier: 'exact', source }));
    const rows = reconcile(figures).groups[0]!.rows;
    expect(rows.map((row) => [row.display, row.reports])).toEqual([['Governor Luis Ortega', 3], ['Mayor Ana Ruiz', 1], ['General Omar Tell', 2]]);
    expect(rows[0]!.names.map((name) => name.how)).toEqual([
      "governor → governor's office", 'as written', "governor → governor's office",
    ]);
    // "the regional governor" names the office more fully: "the governor" joins it.
    const regional = ['the regional governor', 'the governor', 'Governor Ana Ruiz'].map((source, i) => figure({ doc: `r${i}`, category: 'killed', low: 5, high: 5, qualifier: 'exact', source }));
    expect(reconcile(regional).groups[0]!.rows.map((row) => [row.display, row.reports])).toEqual([['the regional governor', 3]]);
    // The holder named alone in another report speaks for the office.
    const alone = ['Kestrel regional governor Ana Ruiz', 'Ruiz'].map((source, i) => figure({ doc: `k${i}`, category: 'killed', low: 5, high: 5, qualifier: 'exact', source }));
    expect(reconcile(alone).groups[0]!.rows.map((row) => [row.display, row.reports])).toEqual([['Kestrel regional governor Ana Ruiz', 2]]);
  });

  it("credits a body's figures to the body", () => {
    const sources = ["the Coastal Health Ministry", "the ministry's figures", "the agency's data"];
    const figures = sources.map((source, i) => figure({ doc: `d${i}`, category: 'killed', low: 5, high: 5, qualifier: 'exact', source }));
    const rows = reconcile(figures).groups[0]!.rows;
    expect(rows.map((row) => [row.display, row.reports])).toEqual([['the Coastal Health Ministry', 2], ['the agency', 1]]);
    expect(rows[0]!.names[1]!.how).toBe('its figures → the body; the one name of these reports that contains it: the Coastal Health Ministry');
  });

  it('reads a name the registry shares between bodies in the place its sentence names', () => {
    const said = (doc: string, source: string, sentence: string) =>
      figure({ doc, source, sentence, category: 'killed', low: 40, high: 40, qualifier: 'exact', actor: 'people' });
    const figures = [
      said('d1', 'the Palestinian health ministry', 'At least 40 people were killed in Gaza City, the Palestinian health ministry said.'),
      said('d2', 'the Gaza Health Ministry', 'The Gaza Health Ministry said 40 people were killed.'),
      said('d3', 'the Palestinian health ministry', 'Forty people were killed in Jenin, the Palestinian health ministry said.'),
      said('d4', 'the Ramallah-based health ministry', 'Forty people were killed in Gaza, the Ramallah-based health ministry said.'),
    ];
    const rows = reconcile(figures, { aliases: readBuiltinAliases(), groupBy: 'category' }).groups[0]!.rows;
    expect(rows.map((row) => [row.display, row.docs])).toEqual([
      ['Gaza Health Ministry', ['d1', 'd2']],
      ['Palestinian Ministry of Health', ['d3', 'd4']],
    ]);
    expect(rows[0]!.names[0]).toEqual({ written: 'the Palestinian health ministry', how: 'in Gaza: Gaza Health Ministry; registry: Gaza Health Ministry' });
  });

  it('keeps a person who speaks for two bodies, and a person without a role, as written', () => {
    const sources = ['Ana Ruiz, a spokeswoman for the port authority', 'Ana Ruiz, an adviser to the interior ministry', 'Ruiz', 'Omar Tell'];
    const figures = sources.map((source, i) => figure({ doc: `d${i}`, category: 'killed', low: 5 + i, high: 5 + i, qualifier: 'exact', source }));
    const rows = reconcile(figures).groups[0]!.rows;
    expect(rows.map((row) => row.display)).toEqual(['the port authority', 'the interior ministry', 'Ruiz', 'Omar Tell']);
  });

  it('keeps a shared surname apart when it could be either of two people', () => {
    const figures = ['Sabo', 'Yakubu Sabo', 'Musa Sabo'].map((source, i) =>
      figure({ doc: `d${i}`, category: 'killed', low: 5, high: 5, qualifier: 'exact', source }),
    );
    expect(reconcile(figures).groups[0]!.rows.map((row) => row.display)).toEqual(['Sabo', 'Yakubu Sabo', 'Musa Sabo']);
  });

  it('does not fold generic names ("officials" is not "Gaza officials")', () => {
    const figures = ['officials', 'Gaza officials'].map((source, i) =>
      figure({ doc: `d${i}`, category: 'killed', low: 5, high: 5, qualifier: 'exact', source }),
    );
    expect(reconcile(figures).groups[0]!.rows).toHaveLength(2);
  });
});

describe('reconcile: conflicts', () => {
  const claim = (source: string, low: number | null, high: number | null, qualifier: 'exact' | 'approx' | 'at_least' | 'at_most' | 'range') =>
    figure({ doc: source, category: 'killed', low, high, qualifier, source });

  it('widens approximate figures by the tolerance before comparing', () => {
    const figures = [claim('A', 100, 100, 'approx'), claim('B', 115, 115, 'approx')];
    expect(reconcile(figures).groups[0]!.conflict).toBe(false); // 90–110 and 103–126 overlap
    expect(reconcile(figures, { tolerance: 0 }).groups[0]!.conflict).toBe(true);
  });

  it('treats at least and at most as open intervals', () => {
    expect(reconcile([claim('A', 300, null, 'at_least'), claim('B', 1000, 1000, 'exact')]).groups[0]!.conflict).toBe(false);
    expect(reconcile([claim('A', null, 500, 'at_most'), claim('B', 1000, 1000, 'exact')]).groups[0]!.conflict).toBe(true);
    expect(reconcile([claim('A', 300, 500, 'range'), claim('B', 450, 450, 'exact')]).groups[0]!.conflict).toBe(false);
  });

  it('names every disagreeing pair and flags only the rows in them', () => {
    const group = reconcile([claim('A', 10, 10, 'exact'), claim('B', 10, 10, 'exact'), claim('C', 50, 50, 'exact')]).groups[0]!;
    expect(group.disagreements.map((pair) => `${pair.a}-${pair.b}`)).toEqual(['a-c', 'b-c']);
    expect(group.rows.map((row) => row.conflict)).toEqual([true, true, true]);
    expect(group.spread).toBe(5);

    const calm = reconcile([claim('A', 10, 10, 'exact'), claim('B', 10, 60, 'range'), claim('C', 50, 50, 'exact')]).groups[0]!;
    expect(calm.rows.map((row) => row.conflict)).toEqual([true, false, true]);
  });

  it('compares a source that gave two counts in one report by the whole span of them', () => {
    const figures = [claim('A', 100, 100, 'exact'), claim('A', 200, 200, 'exact'), claim('B', 150, 150, 'exact')];
    expect(reconcile(figures).groups[0]!.conflict).toBe(false);
  });

  it('compares a source that revised its figure by its latest estimate', () => {
    const figures = [
      figure({ doc: 'a1', category: 'killed', low: 100, high: 100, qualifier: 'exact', source: 'A' }),
      figure({ doc: 'a2', category: 'killed', low: 200, high: 200, qualifier: 'exact', source: 'A' }),
      figure({ doc: 'b1', category: 'killed', low: 150, high: 150, qualifier: 'exact', source: 'B' }),
    ];
    const group = reconcile(figures).groups[0]!;
    expect(group.conflict).toBe(true);
    expect(group.disagreements).toEqual([{ category: 'killed', a: 'a', b: 'b', ratio: 1.33, older: null }]);
  });

  it('lists pairs that differ but could both hold as compatible', () => {
    const group = reconcile([claim('A', 300, null, 'at_least'), claim('B', 1000, 1000, 'approx'), claim('C', 1000, 1000, 'exact')]).groups[0]!;
    expect(group.conflict).toBe(false);
    // B and C state the same point: nothing to explain.
    expect(group.compatible).toEqual([
      { category: 'killed', a: 'a', b: 'b', ratio: 3.33, older: null },
      { category: 'killed', a: 'a', b: 'c', ratio: 3.33, older: null },
    ]);
  });

  it('gives no ratio against a count of zero', () => {
    expect(reconcile([claim('A', 0, 0, 'exact'), claim('B', 12, 12, 'exact')]).groups[0]!.disagreements[0]!.ratio).toBeNull();
  });

  it('ignores zero in the spread but not in the conflict', () => {
    const group = reconcile([claim('A', 0, 0, 'exact'), claim('B', 12, 12, 'exact')]).groups[0]!;
    expect(group.conflict).toBe(true);
    expect(group.spread).toBe(1);
  });
});

describe('reconcile: grouping and order', () => {
  const figures = [
    figure({ doc: 'd1', category: 'wounded', low: 3, high: 3, qualifier: 'exact', actor: 'civilians', source: 'X' }),
    figure({ doc: 'd2', category: 'killed', low: 10, high: 10, qualifier: 'exact', actor: 'North Korean troops', source: 'X' }),
    figure({ doc: 'd3', category: 'killed', low: 2, high: 2, qualifier: 'exact', actor: 'civilian', source: 'Y' }),
    figure({ doc: 'd4', category: 'missing', low: 4, high: 4, qualifier: 'exact', actor: 'N.K. soldiers', source: 'Y' }),
    figure({ doc: 'd5', category: 'killed', low: 7, high: 7, qualifier: 'exact', actor: null, source: 'Y' }),
  ];

  it('groups by actor, in order of first appearance, then by category order', () => {
    expect(titles(reconcile(figures).groups)).toEqual([
      'civilians / killed',
      'civilians / wounded',
      'North Korean troops / killed',
      'North Korean troops / missing',
      'people / killed',
    ]);
  });

  it('groups by category alone, or not at all', () => {
    expect(titles(reconcile(figures, { groupBy: 'category' }).groups)).toEqual(['* / killed', '* / wounded', '* / missing']);
    const [all] = reconcile(figures, { groupBy: 'none' }).groups;
    expect(all).toMatchObject({ key: 'all', actor: null, category: null });
    // Y's killed 7 replaced its killed 2; it disagrees with X's 10. Wounded and missing have nothing of their kind to meet.
    expect(all!.rows[1]!.claims.map((claim) => claim.label)).toEqual(['4', '7']);
    expect(all!.rows[1]!.history.map((claim) => claim.label)).toEqual(['2']);
    expect(all!.disagreements).toEqual([{ category: 'killed', a: 'x', b: 'y', ratio: 1.43, older: null }]);
    expect(all!.summary).toBeNull();
  });

  it('is deterministic and JSON-serialisable', () => {
    const result = reconcile(figures);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expect(reconcile([...figures])).toEqual(result);
  });

  it('rejects a bad tolerance or grouping with the value it got', () => {
    expect(() => reconcile([], { tolerance: 1.5 })).toThrow(/tolerance .* got 1.5/);
    expect(() => reconcile([], { tolerance: Number.NaN })).toThrow(/got NaN/);
    expect(() => reconcile([], { groupBy: 'source' as 'actor' })).toThrow(/groupBy must be one of actor, category, none, got source/);
  });
});
