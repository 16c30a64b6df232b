// `toll extract -f ndjson … | toll reconcile`: the figures of toll extract, piped or in a .ndjson file,
// are reconciled as figures without --input-format; they are never read as report text. Stdin that
// opens with a brace is JSON, so a stream cut short is an error, not an empty table.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toll } from './helpers.js';

const REPORTS = [
  'The Coastal Health Ministry said 40 people were killed in the port explosion.',
  'The health ministry raised the toll to 96, a spokesman said.',
  'Residents told a local radio station that about 300 people had died.',
].join('\n');

const figuresOf = (text: string) => toll(['extract', '--quiet', '-f', 'ndjson', '-'], { input: text }).stdout;
const groupsOf = (stdout: string) => (JSON.parse(stdout) as { groups: { rows: { display: string; claims: { label: string }[] }[] }[] }).groups
  .map((group) => group.rows.map((row) => [row.display, row.claims.map((claim) => claim.label)]));

describe('figure streams are found by their first line', () => {
  const direct = toll(['reconcile', '--quiet', '-f', 'json', '-'], { input: REPORTS });

  it('reconciles the figures of toll extract piped in as it reconciles the reports themselves', () => {
    const piped = toll(['reconcile', '--quiet', '-f', 'json'], { input: figuresOf(REPORTS) });
    expect(piped.status).toBe(0);
    expect(groupsOf(piped.stdout)).toEqual(groupsOf(direct.stdout));
    expect(groupsOf(piped.stdout).flat().map(([who]) => who)).not.toContain('unattributed');
  });

  it('reads a .ndjson file of figures as figures', () => {
    const dir = mkdtempSync(join(tmpdir(), 'toll-figures-'));
    const file = join(dir, 'figures.ndjson');
    writeFileSync(file, figuresOf(REPORTS));
    const result = toll(['reconcile', '--quiet', '-f', 'json', file]);
    expect(result.stderr).toBe('');
    expect(groupsOf(result.stdout)).toEqual(groupsOf(direct.stdout));
  });

  it('says a figure among reports is one, and how figure streams are read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'toll-figures-'));
    const figures = join(dir, 'figures.ndjson');
    const text = join(dir, 'reports.txt');
    writeFileSync(figures, figuresOf(REPORTS));
    writeFileSync(text, REPORTS);
    const result = toll(['reconcile', '--quiet', figures, text]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`${figures}:1: JSON_NO_TEXT_KEY`);
    expect(result.stderr).toContain('a figure of toll extract: reconcile figure streams on their own, or with --input-format figures');
  });

  it('fails on a figure stream cut short instead of reading it as text', () => {
    const cut = figuresOf(REPORTS).slice(0, 120);
    const result = toll(['reconcile', '--quiet'], { input: cut });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('<stdin>:1: JSON_MALFORMED');
  });

  it('reads NDJSON reports on stdin as NDJSON, and text as text', () => {
    const json = toll(['reconcile', '--quiet', '-f', 'json'], { input: '{"text": "Police said 12 people were killed."}\n' });
    expect(groupsOf(json.stdout)).toEqual([[['Police', ['12']]]]);
    const text = toll(['reconcile', '--quiet', '-f', 'json'], { input: 'Police said 12 people were killed.\n' });
    expect(groupsOf(text.stdout)).toEqual([[['Police', ['12']]]]);
  });
});
