// Extraction is a map over records, reconciliation a reduce over figures: reconciling the figure
// streams of N shards must give exactly what one run over the whole input gives.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toll } from './helpers.js';

function csvOf(rows: string[][]): string {
  return rows.map((row) => row.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(',')).join('\n') + '\n';
}

describe('sharded reconciliation', () => {
  const seed = readFileSync('data/reports.txt', 'utf8').split('\n').filter((l) => l.trim());
  const extra = [
    'Police said 14 people were killed in the market blast.',
    'The health ministry said at least 20 people were killed in the market blast.',
    'Rescuers said about 60 people were wounded.',
    'The governor said 3 fishermen are missing.',
    // A revision read back from a shard must stay a revision (the figure stream carries it).
    'The interior ministry raised the toll from the flood to 84 from 64.',
  ];
  const rows = [...seed, ...extra, ...seed.slice(0, 4)].map((text, i) => [`r${i + 1}`, text]);
  const dir = mkdtempSync(join(tmpdir(), 'toll-shards-'));
  const whole = join(dir, 'whole.csv');
  writeFileSync(whole, csvOf([['id', 'text'], ...rows]));
  const shardSize = Math.ceil(rows.length / 3);
  const shards = [0, 1, 2].map((n) => {
    const file = join(dir, `shard-${n}.csv`);
    writeFileSync(file, csvOf([['id', 'text'], ...rows.slice(n * shardSize, (n + 1) * shardSize)]));
    return file;
  });
  const figures = shards.map((file) => toll(['extract', '--format', 'ndjson', '--quiet', '--id-column', 'id', file]).stdout).join('');

  it.each(['table', 'csv', 'markdown'])('gives the same %s as one run over the whole input', (format) => {
    const once = toll(['reconcile', '--format', format, '--quiet', '--id-column', 'id', whole]);
    const reduced = toll(['reconcile', '--input-format', 'figures', '--format', format, '--quiet'], { input: figures });
    expect(once.status).toBe(0);
    expect(reduced.status).toBe(0);
    expect(reduced.stdout).toBe(once.stdout);
  });

  it('gives the same JSON but for where each figure was read', () => {
    const strip = (json: string) => JSON.stringify(JSON.parse(json), (key, value) => (key === 'file' || key === 'line' ? undefined : value));
    const once = toll(['reconcile', '--format', 'json', '--quiet', '--id-column', 'id', whole]).stdout;
    const reduced = toll(['reconcile', '--input-format', 'figures', '--format', 'json', '--quiet'], { input: figures }).stdout;
    expect(strip(reduced)).toBe(strip(once));
  });

  it('reports a figure line that breaks the contract and goes on', () => {
    const input = `${figures.split('\n')[0]}\n{"doc":"x","category":"exploded","low":1,"high":1,"qualifier":"exact"}\nnot json\n`;
    const result = toll(['reconcile', '--input-format', 'figures', '--format', 'json'], { input });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('toll: <stdin>:2: FIGURE_LINE_INVALID: unknown category "exploded"');
    expect(result.stderr).toContain('toll: <stdin>:3: JSON_MALFORMED: malformed JSON');
    expect((JSON.parse(result.stdout) as { groups: unknown[] }).groups).toHaveLength(1);
    // Each line is a record: the good one holds a figure, the two bad ones are skipped.
    expect(result.stderr).toContain('"records":{"read":3,"withFigures":1,"withoutFigures":0,"skipped":2},"figures":1');
  });

  it('counts a figure below --min-confidence as a record without figures', () => {
    const input = `${figures.split('\n')[0]}\n${JSON.stringify({ ...JSON.parse(figures.split('\n')[0]!), confidence: 0.2 })}\n`;
    const result = toll(['reconcile', '--input-format', 'figures', '--format', 'json', '--min-confidence', '0.5'], { input });
    expect(result.stderr).toContain('"records":{"read":2,"withFigures":1,"withoutFigures":1,"skipped":0},"figures":1');
  });
});
