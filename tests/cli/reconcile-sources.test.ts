// Claimants, outlets and parties through the built bin: the registry, --aliases in both formats,
// and claims by a party to a conflict about its own side or the enemy.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toll } from './helpers.js';

interface Row { display: string; kind: string | null; side: string | null; outlets: string[]; party: string | null; claims: { label: string }[] }
interface Group { key: string; side: string | null; rows: Row[] }

function groups(args: string[], input: string): Group[] {
  const result = toll(['--quiet', '--format', 'json', ...args], { input });
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout).groups;
}

function aliasFile(json: unknown): string {
  const path = join(mkdtempSync(join(tmpdir(), 'toll-aliases-')), 'aliases.json');
  writeFileSync(path, JSON.stringify(json));
  return path;
}

describe('claimant and outlet', () => {
  it('makes one row of the claimant, with the outlets that carried it as citations', () => {
    const input = [
      "South Korea's spy agency told lawmakers that at least 300 North Korean soldiers were killed, Yonhap reported.",
      'The NIS said 300 North Korean troops had been killed, according to Yonhap News Agency.',
    ].join('\n');
    const [killed] = groups([], input);
    expect(killed!.rows).toHaveLength(1);
    expect(killed!.rows[0]).toMatchObject({
      display: "South Korea's National Intelligence Service (NIS)", kind: 'intelligence', side: 'South Korea', outlets: ['Yonhap'],
    });
  });
});

describe('parties to a conflict', () => {
  const REGISTRY = {
    version: 1,
    sources: [
      { name: 'Valley Police', kind: 'government', side: 'Valeria', aliases: ['the valley constabulary'] },
      { name: 'Hill Brigade', kind: 'party', side: 'Hill Brigade' },
    ],
    conflicts: [{ name: 'Valley war', sides: [['Valeria'], ['Hill Brigade']] }],
  };
  const INPUT = [
    'Valley Police said 20 Hill Brigade fighters were killed.',
    'The Hill Brigade said 35 Valeria soldiers were killed.',
    'The valley constabulary said 4 Valeria soldiers were killed.',
  ].join('\n');

  it('flags claims about the enemy and about the own side when the registry names the war', () => {
    const [fighters, soldiers] = groups(['--aliases', aliasFile(REGISTRY)], INPUT);
    expect(fighters).toMatchObject({ key: 'hill brigade soldier/killed', side: 'Hill Brigade' });
    expect(fighters!.rows.map((row) => [row.display, row.party])).toEqual([['Valley Police', 'enemy_losses']]);
    expect(soldiers!.rows.map((row) => [row.display, row.party])).toEqual([['Hill Brigade', 'enemy_losses'], ['Valley Police', 'own_losses']]);
  });

  it('flags nothing without the conflict, and shows the flags in the table', () => {
    const [, soldiers] = groups(['--aliases', aliasFile({ ...REGISTRY, conflicts: [] })], INPUT);
    expect(soldiers!.rows.every((row) => row.party === null)).toBe(true);
    const table = toll(['--quiet', '--aliases', aliasFile(REGISTRY)], { input: INPUT }).stdout;
    expect(table).toContain('│ Valley Police │ 4        │       1 │ <stdin>:3 │ ⚠ CONFLICT · ⚑ party, own side │');
  });

  it('reports a malformed registry file by path and key, and exits 2', () => {
    const result = toll(['--aliases', aliasFile({ sources: [], conflicts: [{ name: 'War', sides: [['A']] }] }), 'data/reports.txt']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^toll: .*aliases\.json: ALIASES_INVALID: conflicts\[0\]\.sides: must list at least two sides, got a list\n$/);
  });
});
