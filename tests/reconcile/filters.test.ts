// Filters for big inputs: groups by conflict, claimants, category, actor, rank; figures by date.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/extract/index.js';
import type { Figure } from '../../src/figure.js';
import { figuresWithin, filterGroups } from '../../src/reconcile/filters.js';
import { reconcile } from '../../src/reconcile/index.js';
import { toll } from '../cli/helpers.js';

const LINES = [
  ['2025-03-01', 'Medics said 40 soldiers were killed in the raid.'],
  ['2025-03-02', 'The army said 12 soldiers were killed in the raid.'],
  ['2025-03-03', 'Officials said 300 civilians were wounded.'],
  ['2025-03-04', 'Police said 300 civilians were wounded.'],
  [null, 'A charity said 9 aid workers are missing.'],
] as const;
const figures: Figure[] = LINES.flatMap(([date, text], i) => extractFigures({ text, doc: `r${i + 1}`, file: 'f', line: i + 1, source: null, date }));
const result = reconcile(figures);
const keys = (r: ReturnType<typeof reconcile>) => r.groups.map((group) => group.key);

describe('filterGroups', () => {
  it('passes everything without filters', () => {
    expect(filterGroups(result, {})).toEqual({ result, dropped: 0 });
    expect(keys(result)).toEqual(['soldier/killed', 'civilian/wounded', 'aid worker/missing']);
  });

  it('keeps only conflicts, groups with enough claimants, chosen categories, matching actors', () => {
    expect(keys(filterGroups(result, { conflictsOnly: true }).result)).toEqual(['soldier/killed']);
    expect(keys(filterGroups(result, { minSources: 2 }).result)).toEqual(['soldier/killed', 'civilian/wounded']);
    expect(keys(filterGroups(result, { categories: ['missing', 'wounded'] }).result)).toEqual(['civilian/wounded', 'aid worker/missing']);
    expect(keys(filterGroups(result, { actor: 'AID workers' }).result)).toEqual(['aid worker/missing']);
    expect(filterGroups(result, { actor: 'aid soldiers' }).dropped).toBe(3);
  });

  it('ranks the top N by spread or by size', () => {
    expect(keys(filterGroups(result, { top: 1, topBy: 'spread' }).result)).toEqual(['soldier/killed']);
    expect(keys(filterGroups(result, { top: 2, topBy: 'size' }).result)).toEqual(['civilian/wounded', 'soldier/killed']);
  });
});

describe('figuresWithin', () => {
  it('keeps figures stated within the days, inclusive, and drops undated ones only when a date filter is given', () => {
    expect(figuresWithin(figures, {}).kept).toHaveLength(5);
    const { kept, dropped } = figuresWithin(figures, { since: '2025-03-02', until: '2025-03-03' });
    expect(kept.map((figure) => figure.doc)).toEqual(['r2', 'r3']);
    expect(dropped).toBe(3);
  });
});

describe('the filter options', () => {
  const input = `id,date,text\n${LINES.map(([date, text], i) => `r${i + 1},${date ?? ''},${text}`).join('\n')}\n`;
  const run = (args: string[]) => toll(['--input-format', 'csv', '--date-column', 'date', '--id-column', 'id', ...args], { input });

  it('apply to every format and say on stderr what they left out', () => {
    const table = run(['--conflicts-only', '--color', 'never']);
    expect(table.stdout).toContain('soldiers — killed');
    expect(table.stdout).not.toContain('civilians');
    expect(table.stderr).toContain('toll: showing 1 of 3 groups (--conflicts-only)\n');
    const json = JSON.parse(run(['--category', 'missing', '--format', 'json']).stdout);
    expect(json.groups.map((group: { key: string }) => group.key)).toEqual(['aid worker/missing']);
    const csv = run(['--top', '1', '--top-by', 'size', '--format', 'csv']).stdout;
    expect(csv).toContain('civilians');
    expect(csv).not.toContain('soldiers');
    const timeline = toll(['timeline', '--input-format', 'csv', '--date-column', 'date', '--since', '2025-03-03', '--color', 'never'], { input });
    expect(timeline.stdout).toContain('civilians');
    expect(timeline.stdout).not.toContain('soldiers');
    expect(timeline.stderr).toContain('toll: 3 figures stated outside --since 2025-03-03 or undated, left out\n');
  });

  it('refuse values they cannot use', () => {
    expect(run(['--category', 'dead']).stderr).toContain('unknown category "dead"');
    expect(run(['--since', '3 March']).stderr).toContain('expected a date as YYYY-MM-DD, got "3 March"');
    expect(run(['--top', '0']).status).toBe(2);
    expect(run(['--top-by', 'width']).status).toBe(2);
  });

  it('stay silent with --quiet', () => {
    expect(run(['--conflicts-only', '--quiet']).stderr).toBe('');
  });
});
