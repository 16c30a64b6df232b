// Dossiers written for these tests: the expected table (group heading, row, estimate) comes first,
// then what toll makes of the reports. Breakdowns are sub-rows, other scopes are groups apart, and
// neither is ever flagged as a conflict with the event's total.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/extract/index.js';
import type { Figure } from '../../src/figure.js';
import { reconcile, type Reconciliation } from '../../src/reconcile/index.js';
import { figure } from './seed-figures.js';

function figuresOf(reports: [doc: string, source: string, text: string][], event?: (doc: string) => string): Figure[] {
  return reports.flatMap(([doc, source, text], i) =>
    extractFigures({ doc, file: 'dossier.csv', line: i + 2, text, source, date: '2025-03-02' }).map((f) => (event ? { ...f, event: event(doc) } : f)));
}

/** Heading (scope after " — "), then "claimant: estimate" and "  ↳ of TOTAL: who: estimate" lines. */
function table(result: Reconciliation): string[] {
  return result.groups.flatMap((group) => [
    `${group.category}${group.scope ? ` — ${group.scope}` : ''}${group.conflict ? ' ⚠' : ''}`,
    ...group.rows.flatMap((row) => [
      `${row.display}: ${row.claims.map((claim) => claim.label).join(', ')}`,
      ...row.parts.map((part) => `  ↳ of ${part.of}: ${part.actor}: ${part.claim.label}${part.exceeds ? ' (exceeds)' : ''}`),
    ]),
  ]);
}

describe('a total and its breakdown', () => {
  it('shows the parts under the total, never as rivals', () => {
    const expected = [
      'killed',
      'the port authority: 23',
      '  ↳ of 23: children: 9',
      '  ↳ of 23: women: 4',
      'Police: 23',
      '  ↳ of 23: dock workers: 17',
    ];
    const figures = figuresOf([
      ['a1', 'Harbour Post', 'The blast at the grain terminal killed 23 people, including 9 children and 4 women, the port authority said.'],
      ['a2', 'Coast Wire', 'Police said the terminal blast killed 23 people, 17 of whom were dock workers.'],
    ]);
    expect(table(reconcile(figures, { groupBy: 'category' }))).toEqual(expected);
  });

  it('files the shares of a total by place under it, not as counts of other places', () => {
    const figures = figuresOf([
      ['d1', 'Valley Times', 'The death toll rose to 52, the disaster agency said. Of the dead, 9 died in hospital and 43 at the scene.'],
    ]);
    expect(table(reconcile(figures, { groupBy: 'category' }))).toEqual([
      'killed', 'the disaster agency: 52', '  ↳ of 52: people in hospital: 9', '  ↳ of 52: people at the scene: 43',
    ]);
  });

  it('finds parts that add up to more than their total', () => {
    const figures = [
      figure({ doc: 'b1', start: 10, category: 'killed', low: 20, high: 20, qualifier: 'exact', actor: 'people', source: 'police' }),
      figure({ doc: 'b1', start: 30, partOf: 10, category: 'killed', low: 12, high: 12, qualifier: 'exact', actor: 'children', source: 'police' }),
      figure({ doc: 'b1', start: 50, partOf: 10, category: 'killed', low: 11, high: 11, qualifier: 'exact', actor: 'women', source: 'police' }),
    ];
    const result = reconcile(figures, { groupBy: 'category' });
    expect(table(result)).toEqual(['killed', 'police: 20', '  ↳ of 20: children: 12 (exceeds)', '  ↳ of 20: women: 11 (exceeds)']);
    expect(result.groups[0]!.conflict).toBe(false);
  });

  it('files a part read before its total under the total, as when read after it', () => {
    const total = figure({ doc: 'c1', start: 40, category: 'killed', low: 23, high: 23, qualifier: 'exact', actor: 'people', source: 'police' });
    const part = figure({ doc: 'c1', start: 10, partOf: 40, category: 'killed', low: 9, high: 9, qualifier: 'exact', actor: 'children', source: 'police' });
    const expected = ['killed', 'police: 23', '  ↳ of 23: children: 9'];
    expect(table(reconcile([part, total], { groupBy: 'category' }))).toEqual(expected);
    expect(table(reconcile([total, part], { groupBy: 'category' }))).toEqual(expected);
  });
});

describe('a 24-hour count beside a cumulative total', () => {
  it('lists the day and the year apart from the event total, unflagged', () => {
    const expected = ['killed', 'the port authority: 23', 'killed — 24 hours · across the province', 'The interior ministry: 31', 'killed — since january', 'The interior ministry: 412'];
    const figures = figuresOf([
      ['a1', 'Harbour Post', 'The blast at the grain terminal killed 23 people, the port authority said.'],
      ['a3', 'Coast Wire', 'The interior ministry said 31 people died in the past 24 hours across the province, bringing the toll since January to 412.'],
    ]);
    expect(table(reconcile(figures, { groupBy: 'category' }))).toEqual(expected);
  });
});

describe('two incidents in one article', () => {
  it('keeps the other attack apart', () => {
    const expected = ['killed', 'police: 12', 'killed — separate attack', 'police: 5'];
    const figures = figuresOf([
      ['a1', 'Harbour Post', 'A car bomb killed 12 people at the market on Monday, police said. In a separate attack on a checkpoint, 5 guards were killed, police said.'],
    ]);
    expect(table(reconcile(figures, { groupBy: 'category' }))).toEqual(expected);
  });
});

describe('events (--event-column)', () => {
  it('reconciles the records of one event together, and a report given for several events apart', () => {
    const figures = figuresOf([
      ['r1', 'Wire', 'Shelling killed 4 people in the village.'],
      ['r2', 'Daily', 'Four people were killed in the shelling.'],
      ['r3', 'Wire', 'Fighting killed 10 people near the town.'],
      ['r4', 'Wire', 'Fighting killed 10 people near the town.'],
    ], (doc) => (doc === 'r4' ? 'E2' : 'E1'));
    const result = reconcile(figures, { groupBy: 'category' });
    expect(result.groups.map((group) => [group.record, group.scope, group.rows.map((row) => row.claims.map((c) => c.label).join())])).toEqual([
      ['E1', null, ['4', '4']],
      ['E1', 'report of 2 events', ['10']],
      ['E2', 'report of 2 events', ['10']],
    ]);
  });
});

describe('kinds of estimate', () => {
  it('reads an uncertainty interval as what the claim allows, its number as the point', () => {
    const figures = figuresOf([['s1', 'Journal', 'The survey estimated 412,000 deaths (95% CI 260,000–580,000).']]);
    const [claim] = reconcile(figures, { groupBy: 'category' }).groups[0]!.rows[0]!.claims;
    expect(claim).toMatchObject({ label: '≈412,000 (CI 260,000–580,000)', bounds: { low: 260000, high: 580000 }, point: 412000, kind: 'estimated' });
  });
});
