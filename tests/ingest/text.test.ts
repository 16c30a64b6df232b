import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { chunkedStream, describeProblems, fixture, randomCuts, read } from './helpers.js';

const LINES = [
  'Officials said 12 people were killed in the flood.',
  '   ',
  'Rescuers reported 4 missing after the landslide.',
  '',
  'The ministry said 30 soldiers were wounded.',
].join('\n');

describe('text input', () => {
  it('makes one report per non-blank line, with FILE:LINE ids', async () => {
    const path = fixture('lines.txt', `${LINES}\n`);
    const { reports, problems } = await read(path);
    expect(reports).toEqual([
      { file: path, line: 1, doc: `${path}:1`, text: 'Officials said 12 people were killed in the flood.', source: null, date: null },
      { file: path, line: 3, doc: `${path}:3`, text: 'Rescuers reported 4 missing after the landslide.', source: null, date: null },
      { file: path, line: 5, doc: `${path}:5`, text: 'The ministry said 30 soldiers were wounded.', source: null, date: null },
    ]);
    expect(problems).toEqual([]);
  });

  it('handles CRLF line breaks and a UTF-8 BOM', async () => {
    const path = fixture('crlf.txt', `\uFEFF${LINES.replaceAll('\n', '\r\n')}\r\n`);
    const { reports, problems } = await read(path);
    expect(reports.map((r) => [r.line, r.text])).toEqual([
      [1, 'Officials said 12 people were killed in the flood.'],
      [3, 'Rescuers reported 4 missing after the landslide.'],
      [5, 'The ministry said 30 soldiers were wounded.'],
    ]);
    expect(problems).toEqual([]);
  });

  it('makes one report per paragraph, at the paragraph\'s first line', async () => {
    const text = '\nFirst paragraph, line one:\n2 people were killed.\n \r\nSecond paragraph: 7 wounded.\r\n\n\n';
    const path = fixture('paragraphs.txt', text);
    const { reports } = await read(path, { paragraphs: true });
    expect(reports.map((r) => [r.line, r.doc, r.text])).toEqual([
      [2, `${path}:2`, 'First paragraph, line one:\n2 people were killed.'],
      [5, `${path}:5`, 'Second paragraph: 7 wounded.'],
    ]);
  });

  it('reads stdin for "-", named <stdin>', async () => {
    const stdin = Readable.from([Buffer.from('One report: 3 killed.\nTwo reports')]);
    const { reports } = await read('-', {}, stdin);
    expect(reports).toEqual([
      { file: '<stdin>', line: 1, doc: '<stdin>:1', text: 'One report: 3 killed.', source: null, date: null },
      { file: '<stdin>', line: 2, doc: '<stdin>:2', text: 'Two reports', source: null, date: null },
    ]);
  });

  it('reads stdin given as strings', async () => {
    const { reports } = await read('-', {}, Readable.from(['5 were hurt.\n', '6 died.\n']));
    expect(reports.map((r) => r.text)).toEqual(['5 were hurt.', '6 died.']);
  });

  it('gives identical reports however stdin is chunked', async () => {
    const bytes = Buffer.from(`${LINES}\r\nNaïve café — 9 killed 🙁\r\n`.repeat(20));
    const whole = await read('-', {}, chunkedStream(bytes, []));
    for (const seed of [1, 2, 3]) {
      const chunked = await read('-', {}, chunkedStream(bytes, randomCuts(bytes.length, 40, seed)));
      expect(chunked).toEqual(whole);
    }
    const paragraphs = await read('-', { paragraphs: true }, chunkedStream(bytes, []));
    const oneByte = await read('-', { paragraphs: true }, chunkedStream(bytes, [...bytes.keys()]));
    expect(oneByte).toEqual(paragraphs);
  });

  it('skips a line over --max-record-size with an error and reads on', async () => {
    const path = fixture('long-line.txt', `Before: 1 killed.\n${'a'.repeat(5_000_000)}\nAfter: 2 killed.\n`);
    const { reports, problems } = await read(path, { maxRecordSize: 1024 * 1024 });
    expect(reports.map((r) => [r.line, r.text])).toEqual([
      [1, 'Before: 1 killed.'],
      [3, 'After: 2 killed.'],
    ]);
    expect(problems).toEqual([
      { file: path, line: 2, message: 'record exceeds --max-record-size (1 MiB); skipped', severity: 'error' },
    ]);
  });

  it('skips a paragraph over --max-record-size', async () => {
    const long = `${'word '.repeat(100)}\n`.repeat(5);
    const stdin = Readable.from([`Short: 1 killed.\n\n${long}\nLast: 2 killed.\n`]);
    const { reports, problems } = await read('-', { paragraphs: true, maxRecordSize: 1000 }, stdin);
    expect(reports.map((r) => r.line)).toEqual([1, 9]);
    expect(describeProblems(problems)).toEqual(['error 3: record exceeds --max-record-size (1000 bytes); skipped']);
  });

  it('keeps memory bounded on a line far over the limit', async () => {
    const total = 2048; // 128 MiB in one line, in fresh chunks: holding them would show in RSS
    let sent = 0;
    let peak = 0;
    const before = process.memoryUsage().rss;
    const stdin = new Readable({
      read() {
        peak = Math.max(peak, process.memoryUsage().rss - before);
        if (sent === total) this.push(Buffer.from('\nAfter: 2 killed.\n'));
        this.push(sent++ < total ? Buffer.alloc(64 * 1024, 'x') : null);
      },
    });
    const { reports, problems } = await read('-', { maxRecordSize: 1024 * 1024 }, stdin);
    peak = Math.max(peak, process.memoryUsage().rss - before);
    expect(reports.map((r) => r.text)).toEqual(['After: 2 killed.']);
    expect(describeProblems(problems)).toEqual(['error 1: record exceeds --max-record-size (1 MiB); skipped']);
    expect(peak).toBeLessThan(100 * 1024 * 1024);
  });
});
