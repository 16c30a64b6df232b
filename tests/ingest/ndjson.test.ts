import { describe, expect, it } from 'vitest';
import { chunkedStream, describeProblems, fixture, randomCuts, read } from './helpers.js';

const LINES = [
  '{"id": "r1", "text": "Officials said 12 people were killed.", "outlet": "Daily Example", "published": "2024-03-05T08:00:00Z"}',
  '',
  '{"Text": "Rescuers said 4 were missing.", "id": 7, "outlet": "", "published": "March 6, 2024"}',
  '{"text": "Case and \\u00e9scapes: 3 wounded 🙁"}',
].join('\n');

describe('NDJSON input', () => {
  it('reads one object per line, with id, source and date keys', async () => {
    const path = fixture('reports.ndjson', `${LINES}\n`);
    const { reports, problems } = await read(path, { idColumn: 'id', sourceColumn: 'outlet', dateColumn: 'published' });
    expect(reports).toEqual([
      { file: path, line: 1, doc: 'r1', text: 'Officials said 12 people were killed.', source: 'Daily Example', date: '2024-03-05', idGiven: true },
      { file: path, line: 3, doc: '7', text: 'Rescuers said 4 were missing.', source: null, date: '2024-03-06', idGiven: true },
      { file: path, line: 4, doc: '4', text: 'Case and éscapes: 3 wounded 🙁', source: null, date: null },
    ]);
    expect(problems).toEqual([]);
  });

  it('uses the line number as the id by default, and .jsonl and .json as NDJSON', async () => {
    for (const name of ['reports.jsonl', 'reports.json']) {
      const { reports } = await read(fixture(name, LINES));
      expect(reports.map((r) => r.doc)).toEqual(['1', '3', '4']);
    }
  });

  it('reports bad lines by number and reads on', async () => {
    const path = fixture('bad.ndjson', [
      '{"text": "Good: 1 killed."}',
      '{"text": "unterminated',
      '["an", "array"]',
      '"a string"',
      'null',
      '{"body": "no text key"}',
      '{"text": 42}',
      '{"text": "Good again: 2 killed."}',
    ].join('\r\n'));
    const { reports, problems } = await read(path);
    expect(reports.map((r) => [r.line, r.text])).toEqual([
      [1, 'Good: 1 killed.'],
      [6, 'no text key'],
      [8, 'Good again: 2 killed.'],
    ]);
    expect(problems).toEqual([
      { file: path, line: 2, message: 'malformed JSON', hint: 'each line must be one JSON object', severity: 'error' },
      { file: path, line: 3, message: 'line is not a JSON object (got array)', severity: 'error' },
      { file: path, line: 4, message: 'line is not a JSON object (got string)', severity: 'error' },
      { file: path, line: 5, message: 'line is not a JSON object (got null)', severity: 'error' },
      { file: path, line: 7, message: 'key "text" is not a string (got number)', severity: 'error' },
    ]);
  });

  it('reports a missing text key, naming the keys there are (and no "no records" on top)', async () => {
    const path = fixture('keys.ndjson', '{"id": 1, "summary": "x"}\n{"id": 2, "story": "Five killed."}\n');
    const byDefault = await read(path);
    expect(describeProblems(byDefault.problems)).toEqual([
      'error 1: no text key; keys are: id, summary',
      'error 2: no text key; keys are: id, story',
    ]);
    const configured = await read(path, { textColumn: 'Story' });
    expect(configured.reports.map((r) => r.text)).toEqual(['Five killed.']);
    expect(describeProblems(configured.problems)).toEqual(['error 1: no key "Story"; keys are: id, summary']);
  });

  it('stops at a pretty-printed JSON document', async () => {
    const path = fixture('array.json', '[\n  {"text": "One killed."},\n  {"text": "Two killed."}\n]\n');
    const { reports, problems } = await read(path);
    expect(reports).toEqual([]);
    expect(problems).toEqual([
      {
        file: path,
        line: 1,
        message: 'looks like a JSON document, not NDJSON (one object per line)',
        hint: "convert it with: jq -c '.[]'",
        severity: 'error',
      },
    ]);
  });

  it('skips a line over --max-record-size', async () => {
    const text = `{"text": "${'a'.repeat(3000)}"}\n{"text": "Short: 1 killed."}\n`;
    const { reports, problems } = await read(fixture('long.ndjson', text), { maxRecordSize: 2048 });
    expect(reports.map((r) => r.line)).toEqual([2]);
    expect(describeProblems(problems)).toEqual(['error 1: record exceeds --max-record-size (2 KiB); skipped']);
  });

  it('gives identical records however stdin is chunked', async () => {
    const bytes = Buffer.from(`${LINES}\r\n{oops\n`.repeat(10));
    const whole = await read('-', { inputFormat: 'ndjson' }, chunkedStream(bytes, []));
    expect(whole.reports).toHaveLength(30);
    expect(whole.problems).toHaveLength(10);
    for (const seed of [1, 2]) {
      expect(await read('-', { inputFormat: 'ndjson' }, chunkedStream(bytes, randomCuts(bytes.length, 30, seed)))).toEqual(whole);
    }
  });
});
