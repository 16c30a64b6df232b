// Dated series (--series): each record's mapped fields become dated claims of the series' publisher.
import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Figure, InputProblem } from '../../src/figure.js';
import { parseSeriesFields, readSeries, type SeriesOptions } from '../../src/ingest/series.js';
import { ROOT, toll } from '../cli/helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'toll-series-'));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

async function read(path: string, options: Partial<SeriesOptions> = {}): Promise<{ figures: Figure[]; problems: InputProblem[] }> {
  const problems: InputProblem[] = [];
  const figures: Figure[] = [];
  const all: SeriesOptions = { fields: parseSeriesFields('killed=killed_cum,wounded=injured_cum'), source: 'Health Ministry', kind: 'cumulative', ...options };
  for await (const figure of readSeries(path, all, (problem) => problems.push(problem))) figures.push(figure);
  return { figures, problems };
}

const CUMULATIVE = `[
  {"report_date": "2025-04-01", "killed_cum": 40, "injured_cum": 90},
  {"report_date": "2025-04-02", "killed_cum": 52},
  {"report_date": "2025-04-03", "killed_cum": null, "injured_cum": "n/a"}
]
`;

describe('readSeries', () => {
  it('reads a cumulative JSON series as dated claims, with the line of each record', async () => {
    const { figures, problems } = await read(file('cum.json', CUMULATIVE));
    expect(figures.map((f) => [f.date, f.category, f.low, f.high, f.qualifier, f.line])).toEqual([
      ['2025-04-01', 'killed', 40, 40, 'exact', 2],
      ['2025-04-01', 'wounded', 90, 90, 'exact', 2],
      ['2025-04-02', 'killed', 52, 52, 'exact', 3],
    ]);
    expect(figures[0]).toMatchObject({ source: 'Health Ministry', actor: 'people', doc: `${join(dir, 'cum.json')}#2025-04-01`, quote: 'killed_cum 40' });
    // A gap (null, missing) says nothing; a value that is no count is a warning naming it.
    expect(problems).toEqual([{ file: join(dir, 'cum.json'), line: 4, message: 'injured_cum "n/a" is not a whole number; no figure for 2025-04-03', severity: 'warning' }]);
  });

  it('sums a daily series into running totals', async () => {
    const path = file('daily.json', '[{"date":"2025-04-01","killed":3},{"date":"2025-04-02","killed":4},{"date":"2025-04-03"},{"date":"2025-04-04","killed":0}]');
    const { figures } = await read(path, { kind: 'daily', fields: parseSeriesFields('killed=killed') });
    expect(figures.map((f) => [f.date, f.low])).toEqual([['2025-04-01', 3], ['2025-04-02', 7], ['2025-04-04', 7]]);
    expect(figures[1].quote).toBe('killed summed to 2025-04-02: 7');
  });

  it('follows dotted paths, reads a "<field>*" qualifier, and a named date field', async () => {
    const path = file('nested.json', '[{"day":"x","when":"2025-05-01T10:00:00Z","verified":{"killed_cum":12},"verified.killed_cum*":"about"}]');
    const { figures } = await read(path, { fields: parseSeriesFields('killed=verified.killed_cum'), dateField: 'when' });
    expect(figures.map((f) => [f.date, f.low, f.qualifier])).toEqual([['2025-05-01', 12, 'approx']]);
  });

  it('reads CSV series with their line numbers', async () => {
    const path = file('series.csv', 'date,killed_cum\n2025-04-01,40\n\n2025-04-02,52\n');
    const { figures } = await read(path);
    expect(figures.map((f) => [f.date, f.low, f.line])).toEqual([['2025-04-01', 40, 2], ['2025-04-02', 52, 4]]);
  });

  it('skips records without a date with an error, and reports malformed JSON and size', async () => {
    const undated = await read(file('undated.json', '[{"killed_cum": 3}, 5]'));
    expect(undated.figures).toEqual([]);
    expect(undated.problems.map((p) => [p.line, p.severity, p.message])).toEqual([
      [1, 'error', 'series element is not an object; skipped'],
      [1, 'error', 'no date (date, report_date, day, event_date: null); record skipped'],
    ]);
    expect((await read(file('bad.json', '[{"date": '))).problems[0].message).toMatch(/^malformed JSON/);
    expect((await read(file('big.json', `[${'{"date":"2025-01-01"},'.repeat(100)}{}]`), { maxBytes: 100 })).problems[0].message).toBe('series larger than 100 bytes; not read');
  });

  it('parses the field map, refusing what it cannot read', () => {
    expect(parseSeriesFields(' killed = a , missing=b ')).toEqual([{ category: 'killed', path: 'a' }, { category: 'missing', path: 'b' }]);
    expect(() => parseSeriesFields('dead=a')).toThrow('unknown category "dead"');
    expect(() => parseSeriesFields('killed')).toThrow('expected CATEGORY=FIELD pairs, got "killed"');
    expect(() => parseSeriesFields('')).toThrow('expected CATEGORY=FIELD pairs');
  });
});

describe('toll --series', () => {
  const series = file('ministry.json', '[{"date":"2025-04-01","killed_cum":40},{"date":"2025-04-03","killed_cum":52}]');
  const reports = file('reports.csv', 'id,date,text\nr1,2025-04-02,A rights group said at least 70 people were killed in the city.\n');
  const args = ['--series', series, '--series-fields', 'killed=killed_cum', '--series-source', 'Health Ministry', '--date-column', 'date', '--id-column', 'id', '--quiet'];

  it('reconciles the series beside the reports: the ministry by its latest figure, its earlier one in the ledger', () => {
    const result = toll([reports, ...args, '--history', '--format', 'json']);
    expect(result.status).toBe(0);
    const group = JSON.parse(result.stdout).groups[0];
    const rows = group.rows as { display: string; claims: { label: string }[] }[];
    expect(rows.map((row) => [row.display, row.claims.map((claim) => claim.label)])).toEqual(expect.arrayContaining([
      ['A rights group', ['≥70']],
      ['Health Ministry', expect.arrayContaining(['52'])],
    ]));
  });

  it('shows both in the timeline', () => {
    const result = toll(['timeline', reports, ...args, '--color', 'never']);
    expect(result.stdout).toContain('Health Ministry');
    expect(result.stdout).toMatch(/2025-04-03 +│ 52/);
    expect(result.stdout).toContain('≥70');
  });

  it('needs --series-fields and --series-source', () => {
    expect(toll([reports, '--series', series, '--series-source', 'X']).stderr).toBe('toll: --series needs --series-fields (e.g. killed=killed_cum)\n');
    const noSource = toll([reports, '--series', series, '--series-fields', 'killed=k']);
    expect(noSource.status).toBe(2);
    expect(noSource.stderr).toBe('toll: --series needs --series-source (who publishes the series)\n');
    expect(toll([reports, '--series', series, '--series-fields', 'dead=k', '--series-source', 'X']).stderr).toContain('unknown category "dead"');
  });

  const shared = join(ROOT, '../shared/conflict-exports/PetroIvaniuk_2022-Ukraine-Russia-War-Dataset__russia_losses_personnel.json');
  it.skipIf(!existsSync(shared))('reads a real daily series of running totals, "about" values approximate', () => {
    const result = toll(['--series', shared, '--series-fields', 'killed=personnel,captured=POW', '--series-source', 'Ukrainian General Staff',
      '--series-actor', 'Russian soldiers', '--format', 'json']);
    expect(result.status).toBe(0);
    const groups = JSON.parse(result.stdout).groups as { category: string; rows: { source: string }[] }[];
    expect(groups.map((g) => g.category).sort()).toEqual(['captured', 'killed']);
    expect(groups[0].rows).toHaveLength(1);
    expect(result.stderr).toMatch(/toll: 1 file, [\d,]{4,} records/);
  });
});
