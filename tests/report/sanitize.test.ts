import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sanitizeText } from '../../src/report/sanitize.js';
import { toll } from '../cli/helpers.js';

describe('sanitizeText', () => {
  it.each([
    ['SGR colour', 'red \x1b[31mALERT\x1b[0m text', 'red ALERT text'],
    ['C1 CSI', 'a\x9b2Jb', 'ab'],
    ['cursor movement and erase', 'x\x1b[2K\x1b[1A\x1b[?25ly', 'xy'],
    ['OSC title with BEL', 'a\x1b]0;pwned\x07b', 'ab'],
    ['OSC 8 hyperlink with ST', '\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\', 'click'],
    ['C1 OSC with C1 ST', 'a\x9d0;t\x9cb', 'ab'],
    ['DCS', 'a\x1bPq#0;2\x1b\\b', 'ab'],
    ['two-byte escape (terminal reset)', 'a\x1bcb', 'ab'],
    ['an unterminated OSC loses its introducer', 'a\x1b]0;title', 'a0;title'],
    ['C0 controls, DEL and C1 controls', 'a\x00b\x07c\x08d\x7fe\x85f\x90g', 'abcde fg'],
    ['line breaks and tabs become spaces', 'one\ntwo\r\nthree\tfour\u2028five', 'one two  three four five'],
    ['bidi overrides and isolates', 'abc\u202edcba\u202c \u2066x\u2069 \u202a\u202b\u202d\u2067\u2068', 'abcdcba x '],
  ])('removes %s', (_, input, output) => {
    expect(sanitizeText(input)).toBe(output);
  });

  it('keeps ordinary text, including non-Latin scripts and symbols', () => {
    const text = 'Ukraine’s — ≈300 ≥300 · 北朝鮮 · شهداء · Zelenskyy';
    expect(sanitizeText(text)).toBe(text);
  });

  it('takes linear time on adversarial input', () => {
    const hostile = ['\x1b]'.repeat(50_000), '\x9d'.repeat(100_000) + 'x', '\x1b['.repeat(50_000) + '1'.repeat(100_000)];
    const started = performance.now();
    for (const text of hostile) sanitizeText(text);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('output is inert in every format (one sanitiser)', () => {
  // A C1 CSI, a bidi override, a zero-width space, a BOM, a word joiner and an escape, in a quote.
  const HOSTILE = 'a\x9b2Jb\u202ec\u200bd\ufeffe\u2060f\x1bg';

  it('table and markdown: removed', async () => {
    const { sanitizeText } = await import('../../src/report/sanitize.js');
    // The CSI takes its parameters with it; ESC g is a two-byte escape sequence.
    expect(sanitizeText(HOSTILE)).toBe('abcdef');
  });

  it('JSON and NDJSON: \\uXXXX escapes, the same string when parsed', async () => {
    const { escapeJsonText } = await import('../../src/report/sanitize.js');
    const json = escapeJsonText(JSON.stringify({ quote: HOSTILE }));
    expect(json).toBe('{"quote":"a\\u009b2Jb\\u202ec\\u200bd\\ufeffe\\u2060f\\u001bg"}');
    expect(/[\x7f-\x9f\u200b\u202e\u2060\ufeff]/.test(json)).toBe(false);
    expect(JSON.parse(json).quote).toBe(HOSTILE);
  });

  it('CSV: shown as visible escapes, formula prefixes still guarded', async () => {
    const { csvRecord } = await import('../../src/report/csv-cell.js');
    expect(csvRecord([HOSTILE, '=1+1', '\u202e=1+1'], true)).toBe('a\\x9b2Jb\\u202ec\\u200bd\\ufeffe\\u2060f\\x1bg,\'=1+1,\\u202e=1+1');
    expect(csvRecord(['two\nlines'], true)).toBe('"two\nlines"');
  });
});

describe('no raw control, bidi or zero-width character reaches any view in any format', () => {
  const RAW = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/;
  const dir = mkdtempSync(join(tmpdir(), 'toll-inert-'));
  writeFileSync(join(dir, 'hostile.csv'), 'id,date,source,text\n'
    + 'h1,2024-05-01,Min\u202eistry\u200b,"The Hea\u202elth Ministry said 12 soldiers were killed on Monday.\u2066"\n'
    + 'h2,2024-05-03,Wire\x1b[31m,"Police\x9b2J said 30 people were killed, up from 12."\n');
  const runs: [string, string][] = [];
  for (const command of ['reconcile', 'timeline']) for (const format of ['table', 'json', 'ndjson', 'csv', 'markdown', 'html', 'svg']) runs.push([command, format]);
  for (const format of ['table', 'json', 'ndjson', 'csv', 'markdown']) runs.push(['extract', format]);
  runs.push(['reconcile --history --explain', 'table'], ['reconcile --by source', 'markdown']);

  it.each(runs)('%s -f %s', (command, format) => {
    const result = toll([...command.split(' '), '-f', format, '--quiet', 'hostile.csv'], { cwd: dir });
    expect(result.status).toBe(0);
    expect(result.stdout.length).toBeGreaterThan(0);
    expect(RAW.test(result.stdout)).toBe(false);
  });
});
