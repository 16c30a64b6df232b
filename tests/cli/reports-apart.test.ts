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
