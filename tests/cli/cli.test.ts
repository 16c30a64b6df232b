// Commands, stdin, formats and exit codes, through the built bin.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ndjson, toll } from './helpers.js';

const SAMPLE = 'Floods killed 12 people on Sunday, police said.\nThe army said about 40 soldiers were wounded.\n';

describe('extract', () => {
  it('reads stdin when no file is given and prints the NDJSON contract', () => {
    const result = toll(['extract', '--format', 'ndjson'], { input: SAMPLE });
    expect(result.status).toBe(0);
    const [first, second] = ndjson(result.stdout);
    expect(first).toMatchObject({
      doc: '<stdin>:1', category: 'killed', low: 12, high: 12, qualifier: 'exact', actor: 'people', source: 'police',
      quote: '12', file: '<stdin>', line: 1,
    });
    expect(second).toMatchObject({ doc: '<stdin>:2', category: 'wounded', low: 40, high: 40, qualifier: 'approx', source: 'The army', line: 2 });
  });

  it('reads "-" as stdin among other files', () => {
    const result = toll(['extract', '--format', 'ndjson', '--quiet', '-', 'data/reports.txt'], { input: SAMPLE });
    const docs = ndjson(result.stdout).map((f) => String(f.doc));
    expect(docs[0]).toBe('<stdin>:1');
    expect(docs.some((d) => d.startsWith('data/reports.txt:'))).toBe(true);
  });

  it('uses the id and text columns of a CSV', () => {
    const dir = mkdtempSync(join(tmpdir(), 'toll-cli-'));
    const file = join(dir, 'items.csv');
    writeFileSync(file, 'id,body\nx1,"Rebels said 7 fighters were killed, 3 captured."\n');
    const figures = ndjson(toll(['extract', '--format', 'ndjson', '--quiet', '--text-column', 'body', '--id-column', 'id', file]).stdout);
    expect(figures.map((f) => [f.doc, f.category, f.low])).toEqual([['x1', 'killed', 7], ['x1', 'captured', 3]]);
    expect(figures[0].line).toBe(2);
  });

  it('falls back to the source column when the text names no claimant', () => {
    const dir = mkdtempSync(join(tmpdir(), 'toll-cli-'));
    const file = join(dir, 'items.csv');
    writeFileSync(file, 'text,outlet\nFloods killed 12 people.,Valley Gazette\n');
    const [figure] = ndjson(toll(['extract', '--format', 'ndjson', '--quiet', '--source-column', 'outlet', file]).stdout);
    expect(figure.source).toBe('Valley Gazette');
  });

  it.each(['table', 'json', 'csv', 'markdown'])('prints %s', (format) => {
    const result = toll(['extract', '--format', format, '--quiet'], { input: SAMPLE });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(format === 'json' ? '"category": "killed"' : 'killed');
  });

  it('filters by --min-confidence', () => {
    const all = ndjson(toll(['extract', '--format', 'ndjson', '--quiet', 'data/reports.txt']).stdout);
    const strict = ndjson(toll(['extract', '--format', 'ndjson', '--quiet', '--min-confidence', '0.95', 'data/reports.txt']).stdout);
    expect(strict.length).toBeLessThan(all.length);
    expect(all.every((f) => typeof f.confidence === 'number' && (f.confidence as number) > 0 && (f.confidence as number) <= 1)).toBe(true);
  });
});

describe('reconcile', () => {
  it('is the default command and prints JSON with groups and conflict flags', () => {
    const result = toll(['--format', 'json', '--quiet', 'data/reports.txt']);
    const json = JSON.parse(result.stdout) as { schema: string; groups: { conflict: boolean }[] };
    expect(json.schema).toBe('toll.reconcile/1');
    expect(json.groups.some((g) => g.conflict)).toBe(true);
  });

  it('prints ndjson, one group per line', () => {
    const lines = ndjson(toll(['reconcile', '--format', 'ndjson', '--quiet', 'data/reports.txt']).stdout);
    expect(lines).toHaveLength(3);
  });

  it('exits 1 with --fail-on-conflict when sources disagree, 0 otherwise', () => {
    expect(toll(['--fail-on-conflict', '--quiet', 'data/reports.txt']).status).toBe(1);
    expect(toll(['--fail-on-conflict', '--quiet'], { input: SAMPLE }).status).toBe(0);
  });

  it('widens approximate figures by --tolerance', () => {
    const input = 'Police said about 100 people were killed.\nMedics said 108 people were killed.\n';
    expect(toll(['--fail-on-conflict', '--quiet', '--tolerance', '0.05'], { input }).status).toBe(1);
    expect(toll(['--fail-on-conflict', '--quiet', '--tolerance', '0.1'], { input }).status).toBe(0);
  });

  it('merges sources through --aliases', () => {
    const dir = mkdtempSync(join(tmpdir(), 'toll-cli-'));
    const aliases = join(dir, 'aliases.json');
    writeFileSync(aliases, JSON.stringify({ 'Valley Police': ['the valley constabulary'] }));
    const input = 'Valley Police said 12 people were killed.\nThe valley constabulary said 12 people were killed.\n';
    const groups = (JSON.parse(toll(['--format', 'json', '--quiet', '--aliases', aliases], { input }).stdout) as { groups: { rows: unknown[] }[] }).groups;
    expect(groups[0].rows).toHaveLength(1);
  });

  it('writes -o FILE atomically and leaves no temporary file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'toll-cli-'));
    const out = join(dir, 'out.json');
    expect(toll(['--format', 'json', '--quiet', '-o', out, 'data/reports.txt']).status).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).schema).toBe('toll.reconcile/1');
    expect(readdirSync(dir)).toEqual(['out.json']);
  });
});

describe('usage and errors', () => {
  it('exits 2 on an unknown option, with one line naming it', () => {
    const result = toll(['--frobnicate', 'data/reports.txt']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^toll: unknown option '--frobnicate'/);
  });

  it('exits 2 on a bad --format', () => {
    expect(toll(['--format', 'xml', 'data/reports.txt']).status).toBe(2);
  });

  it('prints help with examples and exits 0', () => {
    const result = toll(['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Examples:');
  });

  it('exits 2 for a missing file but still processes the others', () => {
    const result = toll(['extract', '--format', 'ndjson', 'no-such-file.txt', 'data/reports.txt']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('toll: no-such-file.txt: FILE_NOT_FOUND: no such file');
    expect(ndjson(result.stdout)).toHaveLength(7);
  });

  it('writes a summary on stderr, which --quiet suppresses', () => {
    expect(toll(['data/reports.txt']).stderr).toBe('toll: 1 file, 12 records read: 5 with figures, 7 without, 0 skipped; 7 figures\n');
    expect(toll(['data/reports.txt', '--quiet']).stderr).toBe('');
  });
});
