// Families of the open dossier cases fixed at stop 31 on the reconcile side (docs/reconcile.md, "Open cases,
// stop 31"), with invented reports.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/extract/index.js';
import type { Figure } from '../../src/figure.js';
import { reconcile } from '../../src/reconcile/index.js';

function figuresOf(reports: [doc: string, source: string, text: string][]): Figure[] {
  return reports.flatMap(([doc, source, text], i) => extractFigures({ doc, file: 'dossier.csv', line: i + 2, text, source, date: '2025-06-11' }));
}

/** Each row as "who: [current] denied …". */
function rows(reports: [string, string, string][]): string[] {
  return reconcile(figuresOf(reports), { groupBy: 'category' }).groups.flatMap((group) => group.rows.map((row) =>
    `${row.display}: [${row.claims.map((c) => c.label).join(', ')}] ${row.history.filter((c) => c.status === 'denied').map((c) => `denied ${c.label}`).join(', ')}`));
}

describe('a denial of reports is the denial of the body the sentence opens with', () => {
  it.each([
    ['Kovar Hydro, the company that operates the dam, denied reports that more than 200 people had died, calling them exaggerated.', 'Kovar Hydro: [] denied ≥200'],
    ['The mining company denied reports that 40 workers were killed.', 'The mining company: [] denied 40'],
    ['Harbour Authority officials flatly denied media reports that 12 sailors had drowned.', 'Harbour Authority: [] denied 12'],
  ])('%s', (text, row) => {
    expect(rows([['r1', 'Wire A', text]])).toEqual([row]);
  });

  it('gives a pronoun\'s denial to the speaker of the report\'s sentence before', () => {
    const text = 'Police chief Mara Lind said 24 people had died. She denied reports that more than 100 had died.';
    expect(rows([['r1', 'Wire A', text]])).toEqual(['Police: [24] denied ≥100']);
  });

  it('leaves a pronoun with no speaker before it, and a long clause, to the outlet', () => {
    expect(rows([['r1', 'Wire A', 'He denied reports that more than 100 had died.']])).toEqual(['Wire A: [] denied ≥100']);
    expect(rows([['r1', 'Wire A', 'After a week of searching in the flooded valley villages the team denied reports that 30 had died.']]))
      .toEqual(['Wire A: [] denied 30']);
  });

  it('reads no figure from a bare "denied that"', () => {
    expect(rows([['r1', 'Wire A', 'The army denied that 40 civilians were killed.']])).toEqual([]);
  });
});
