// Shares with no total stated: where all actors share a group, "two soldiers and three civilians
// were killed" is its claimant's total of 5 with the shares as parts. The expected tables come first.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/extract/index.js';
import type { Figure } from '../../src/figure.js';
import { reconcile, type Reconciliation } from '../../src/reconcile/index.js';

function figuresOf(reports: [doc: string, source: string, text: string][]): Figure[] {
  return reports.flatMap(([doc, source, text], i) => extractFigures({ doc, file: 'dossier.csv', line: i + 2, text, source, date: '2025-06-11' }));
}

function table(result: Reconciliation): string[] {
  return result.groups.flatMap((group) => [
    `${group.category}${group.conflict ? ' ⚠' : ''}`,
    ...group.rows.flatMap((row) => [
      `${row.display}: ${row.claims.map((claim) => claim.label).join(', ')}`,
      ...row.parts.map((part) => `  ↳ of ${part.of}: ${part.actor}: ${part.claim.label}`),
    ]),
  ]);
}

describe('shares of one sentence under one group', () => {
  const reports: [string, string, string][] = [
    ['r1', 'Valley Herald', 'Two soldiers and three civilians were killed in the shelling of Dorvik, the governor said.'],
    ['r2', 'Morning Wire', 'Five people were killed in the shelling of Dorvik, the mayor said.'],
  ];

  it('makes the shares parts of their total, which agrees with another body\'s count', () => {
    expect(table(reconcile(figuresOf(reports), { groupBy: 'category' }))).toEqual([
      'killed',
      'the governor: 5',
      '  ↳ of 5: soldiers: 2',
      '  ↳ of 5: civilians: 3',
      'the mayor: 5',
    ]);
  });

  it('keeps every share a claim of its own group when grouped by actor', () => {
    const groups = reconcile(figuresOf(reports), { groupBy: 'actor' }).groups;
    expect(groups.map((group) => [group.actor, group.rows.map((row) => row.claims.map((claim) => claim.label).join())])).toEqual([
      ['soldiers', ['2']], ['civilians', ['3']], ['people', ['5']],
    ]);
  });

  it('sums bounds and qualifiers, "others" being a group of its own', () => {
    const figures = figuresOf([['r1', 'Wire', 'At least four police officers and 12 others were wounded, officials said.']]);
    const group = reconcile(figures, { groupBy: 'none' }).groups[0]!;
    expect(group.rows[0]!.claims.map((claim) => claim.label)).toEqual(['≥16']);
    const total = group.rows[0]!.claims[0]!.figures[0]!;
    expect([total.shares, total.actor, total.quote]).toEqual([2, 'police officers and others', 'At least four + 12']);
  });

  it('leaves a total and its breakdown, a bare count of people and one group counted twice as they were', () => {
    const figures = figuresOf([
      ['r1', 'Wire', 'The raid killed 23 people, including 9 children, the council said.'],
      ['r2', 'Wire', 'Twelve people and three soldiers were killed, residents said.'],
      ['r3', 'Wire', 'The toll of soldiers rose to 7 from 5, the army said.'],
    ]);
    const shares = reconcile(figures, { groupBy: 'category' }).groups.flatMap((group) => group.rows.flatMap((row) => row.claims.flatMap((claim) => claim.figures)))
      .filter((figure) => figure.shares !== undefined);
    expect(shares).toEqual([]);
  });
});
