// Families of the open dossier cases fixed at stop 31 on the reconcile side (docs/reconcile.md, "Open cases,
// stop 31"), with invented reports.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/extract/index.js';
import type { Figure } from '../../src/figure.js';
import { loadAliases, mergeAliases, readBuiltinAliases, reconcile } from '../../src/reconcile/index.js';

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
    // Dossier round 10: a figure named by its owner's possessive after "denied", no other figure beside it.
    ['The institute denied the rights group\'s figure of 45 deaths.', 'The institute: [] denied 45'],
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

describe('a count of some "of the dead" is a floor of the toll, never its rival or latest', () => {
  const reports: [string, string, string][] = [
    ['r1', 'Wire A', 'The fire service said 38 people had died in the blaze.'],
    ['r2', 'Wire B', 'Morevia\'s foreign ministry said 17 of the dead were Morevian nationals.'],
  ];

  it('sets no conflict and keeps the toll the latest', () => {
    const [group] = reconcile(figuresOf(reports), { groupBy: 'category' }).groups;
    expect(group!.disagreements).toEqual([]);
    expect(group!.digest?.text ?? '').toMatch(/latest: 38/);
  });

  it('still compares a count of everyone with the toll', () => {
    const [group] = reconcile(figuresOf([reports[0]!, ['r2', 'Wire B', 'The rights group said 17 people had died in the blaze.']]), { groupBy: 'category' }).groups;
    expect(group!.disagreements).toHaveLength(1);
  });
});

describe('a district collector or magistrate speaks for the district administration', () => {
  it.each([
    'District Collector Anika Rao said the death toll had risen to 17.',
    'District Magistrate Omar Shah said the death toll had risen to 17.',
  ])('%s', (text) => {
    const reports: [string, string, string][] = [
      ['r1', 'Wire A', 'The district administration said at least 9 people had been killed.'],
      ['r2', 'Wire B', text],
    ];
    const [group] = reconcile(figuresOf(reports), { groupBy: 'category' }).groups;
    expect(group!.rows.map((row) => [row.display, row.claims.map((c) => c.label)])).toEqual([['The district administration', ['17']]]);
  });

  it('keeps a collector apart where no district administration speaks, and other titles apart', () => {
    const reports: [string, string, string][] = [
      ['r1', 'Wire A', 'The district administration said at least 9 people had been killed.'],
      ['r2', 'Wire B', 'Tax Collector Ravi Menon said 17 people had died.'],
      ['r3', 'Wire B', 'Magistrate Ines Ruiz said 12 people had died.'],
    ];
    const [group] = reconcile(figuresOf(reports), { groupBy: 'category' }).groups;
    expect(group!.rows.map((row) => row.display)).toContain('Magistrate Ines Ruiz');
  });
});

describe('a party\'s count of its enemy\'s fighters is no toll of everyone', () => {
  const aliases = mergeAliases(readBuiltinAliases(), loadAliases({
    version: 1,
    sources: [{ name: 'Tarsian Army', kind: 'military', side: 'Tarsia', aliases: ['the army'] }, { name: 'Kolvan Front', kind: 'party', side: 'Kolvan Front' }],
    conflicts: [{ name: 'Kolvan insurgency', sides: [['Tarsia'], ['Kolvan Front']] }],
  }));
  const reports: [string, string, string][] = [
    ['r1', 'Wire A', 'A village elder said 25 people had been killed at the market.'],
    ['r2', 'Wire B', 'The army said its strike on the market had killed 9 fighters of the Kolvan Front.'],
  ];

  it('sets the fighters below the toll, never the latest nor a rival', () => {
    const [group] = reconcile(figuresOf(reports), { groupBy: 'category', aliases }).groups;
    expect(group!.rows.find((row) => /army/i.test(row.display))?.party).toBe('enemy_losses');
    expect(group!.disagreements).toEqual([]);
    expect(group!.digest?.text ?? '').toMatch(/latest: 25/);
  });
});
