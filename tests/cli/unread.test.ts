// toll extract --unread: what was left unread, as a table or NDJSON, and the count in every summary.
import { describe, expect, it } from 'vitest';
import { ndjson, toll } from './helpers.js';

const INPUT = [
  'Militants killed 12 villagers on Sunday.',
  'The 3 victims of the blast were named on Monday.',
  'The attack killed 1e6 people, the leaflet claimed.',
  'Markets were calm.',
  '',
].join('\n');

describe('toll extract --unread', () => {
  it('writes NDJSON rows with a kind, FILE:LINE and the sentence', () => {
    const result = toll(['extract', '--unread', '-f', 'ndjson', '--quiet'], { input: INPUT });
    expect(result.status).toBe(0);
    expect(ndjson(result.stdout)).toEqual([
      { kind: 'sentence', file: '<stdin>', line: 2, doc: '<stdin>:2', numbers: ['3'], sentence: 'The 3 victims of the blast were named on Monday.', start: 0, end: 48 },
      { kind: 'sentence', file: '<stdin>', line: 3, doc: '<stdin>:3', numbers: ['1e6'], sentence: 'The attack killed 1e6 people, the leaflet claimed.', start: 0, end: 50 },
      { kind: 'number', file: '<stdin>', line: 3, doc: '<stdin>:3', numbers: ['1e6'], sentence: 'The attack killed 1e6 people, the leaflet claimed.', start: 18, end: 21 },
    ]);
  });

  it('writes a table with FILE:LINE, kind, numbers and sentence', () => {
    const result = toll(['extract', '--unread', '--quiet'], { input: INPUT });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Where\s+│ Kind\s+│ Numbers\s+│ Sentence/);
    expect(result.stdout).toMatch(/<stdin>:2\s+│ sentence\s+│ 3\s+│ The 3 victims of the blast were named on Monday\./);
    expect(result.stdout).toMatch(/<stdin>:3\s+│ number\s+│ 1e6\s+│/);
    expect(result.stdout).not.toContain('Militants killed 12');
  });

  it('says so when nothing was left unread', () => {
    const result = toll(['extract', '--unread', '--quiet'], { input: 'Militants killed 12 villagers.\n' });
    expect(result.stdout).toBe('Nothing left unread.\n');
  });

  it('writes JSON as one array', () => {
    const result = toll(['extract', '--unread', '-f', 'json', '--quiet'], { input: INPUT });
    expect((JSON.parse(result.stdout) as { kind: string }[]).map((row) => row.kind)).toEqual(['sentence', 'sentence', 'number']);
  });

  it('refuses a format it does not write, with exit 2', () => {
    const result = toll(['extract', '--unread', '-f', 'csv'], { input: INPUT });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('toll: OPTION_INVALID: --unread writes table, ndjson or json, not csv\n');
  });

  it('gives the same rows with one worker or several', () => {
    const big = INPUT.repeat(3000);
    const one = toll(['extract', '--unread', '-f', 'ndjson', '--quiet', '--jobs', '1'], { input: big });
    const four = toll(['extract', '--unread', '-f', 'ndjson', '--quiet', '--jobs', '4'], { input: big });
    expect(ndjson(one.stdout)).toHaveLength(9000);
    expect(four.stdout).toBe(one.stdout);
  }, 60_000);
});

describe('the run summary counts what was left unread', () => {
  it.each([['extract'], ['reconcile']])('toll %s', (command) => {
    const result = toll([command], { input: INPUT });
    expect(result.stderr).toContain('toll: <stdin>:3: NUMBER_UNREADABLE: number "1e6" cannot be read whole; ignored\n');
    expect(result.stderr).toMatch(/; 2 sentences with numbers near harm words gave no figure, 1 number could not be read: see toll extract --unread\n$/);
  });

  it('says nothing of it when all was read', () => {
    const result = toll(['extract'], { input: 'Militants killed 12 villagers.\n' });
    expect(result.stderr).toBe('toll: 1 file, 1 record read: 1 with figures, 0 without, 0 skipped; 1 figure\n');
  });
});
