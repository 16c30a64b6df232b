// Two inputs are two sets of reports: the same row or id in both is two reports, and figures that
// name no claimant are never read as one body revising its count.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toll } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'toll-apart-'));
writeFileSync(join(dir, 'a.csv'), 'id,text\n1,A blast at the depot killed 12 people.\n');
writeFileSync(join(dir, 'b.csv'), 'id,text\n1,A flood in the valley killed 30 people.\n');

interface Row { source: string; reports: number; docs: string[]; claims: { label: string }[]; history: unknown[] }

function rows(args: string[]): Row[] {
  const result = toll(['--format', 'json', ...args], { cwd: dir });
  expect(result.status).toBe(0);
  return (JSON.parse(result.stdout) as { groups: { rows: Row[] }[] }).groups.flatMap((group) => group.rows);
}

describe('reports from different files', () => {
  it('stay two reports, each with its own figure and a doc id that names its file', () => {
    const found = rows(['a.csv', 'b.csv']);
    expect(found.map((row) => [row.claims.map((claim) => claim.label), row.history, row.docs])).toEqual([
      [['12'], [], ['a.csv#1']],
      [['30'], [], ['b.csv#1']],
    ]);
  });

  it('show the two unattributed figures as a conflict in the table, not one revised from the other', () => {
    const result = toll(['a.csv', 'b.csv'], { cwd: dir });
    expect(result.stdout).toContain('✗ unattributed (12) vs unattributed (30): 2.5× apart, cannot both hold');
    expect(result.stdout).not.toContain('was 12');
  });

  it('are one report with --same-ids, when the user says the ids name the same record', () => {
    const found = rows(['--same-ids', 'a.csv', 'b.csv']);
    expect(found.flatMap((row) => row.docs)).toEqual(['1', '1']);
  });
});

// Within one input, records that share an id are one report (a story split over rows is common), but
// two different reports filed under one id would then count once: toll says so, at the first repeat.
describe('records of one input that share an id', () => {
  const csv = 'id,outlet,text\n7,Wire A,"Ten people were killed, police said."\n8,Wire C,"Ten people were killed, police said."\n7,Wire B,"Ten people were killed, police said."\n7,Wire D,"Ten people were killed, police said."\n8,Wire E,"Ten people were killed, police said."\n';
  const args = ['--input-format', 'csv', '--source-column', 'outlet', '--format', 'json'];

  it('are one report, with a warning at the first repeat naming the earlier line (exit 0)', () => {
    const result = toll(['reconcile', ...args], { input: csv });
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('toll: <stdin>:4: ID_REPEATED: id "7" is also the id of line 2: records with one id are read as one report');
    expect(result.stderr.match(/ID_REPEATED:/g)).toHaveLength(1);
    expect(result.stderr).toContain('"problems":{"ID_REPEATED":1}');
    const [row] = (JSON.parse(result.stdout) as { groups: { rows: Row[] }[] }).groups[0].rows;
    expect([row.reports, row.docs]).toEqual([2, ['7', '8']]);
  });

  it('are told the same way when the input is cut into parts for worker threads', () => {
    // About 900 kB: segments of 256 kB, the repeat far from its first use, read by another thread.
    const rows = Array.from({ length: 12000 }, (_, i) => `r${i},Wire ${i % 7},"Report ${i}: ten people were killed in the blast, police said."\n`);
    const big = `id,outlet,text\n${rows.join('')}r5,Wire X,"Another report: five people were killed."\n`;
    writeFileSync(join(dir, 'big.csv'), big);
    const result = toll(['reconcile', 'big.csv', ...args.slice(2), '--jobs', '2'], { cwd: dir });
    expect(result.stderr.match(/ID_REPEATED: id "r5" is also the id of line 7/g)).toHaveLength(1);
    expect(result.stderr).toContain('big.csv:12002: ID_REPEATED');
  });

  it('are not told where ids are line numbers, or in extract, whose figures keep their own lines', () => {
    expect(toll(['reconcile', '--input-format', 'csv', '--format', 'json'], { input: 'text\nTen people were killed.\nTen people were killed.\n' }).stderr).not.toContain('ID_REPEATED');
    expect(toll(['extract', ...args], { input: csv }).stderr).not.toContain('ID_REPEATED');
  });

  it('in NDJSON too', () => {
    const ndjson = '{"id":"a1","text":"Five people died."}\n{"id":"a1","text":"Six people died."}\n';
    expect(toll(['reconcile', '--input-format', 'ndjson', '--id-column', 'id', '--format', 'json'], { input: ndjson }).stderr).toContain('<stdin>:2: ID_REPEATED: id "a1" is also the id of line 1');
  });
});
