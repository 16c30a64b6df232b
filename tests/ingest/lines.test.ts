import { describe, expect, it } from 'vitest';
import { LineSplitter, type Line } from '../../src/ingest/lines.js';

function split(chunks: Buffer[], maxBytes = 1024): Line[] {
  const splitter = new LineSplitter(maxBytes);
  return [...chunks.flatMap((chunk) => splitter.push(chunk)), ...splitter.end()];
}

/** The input cut in two at every possible offset. */
function everySplit(bytes: Buffer): Buffer[][] {
  return Array.from({ length: bytes.length + 1 }, (_, i) => [bytes.subarray(0, i), bytes.subarray(i)]);
}

describe('LineSplitter', () => {
  const input = Buffer.from('Officials said 12 were killed.\r\nKyiv — 3 wounded, «two» missing 🙁\n\nlast line', 'utf8');
  const expected: Line[] = [
    { number: 1, text: 'Officials said 12 were killed.', bytes: 30 },
    { number: 2, text: 'Kyiv — 3 wounded, «two» missing 🙁', bytes: Buffer.byteLength('Kyiv — 3 wounded, «two» missing 🙁') },
    { number: 3, text: '', bytes: 0 },
    { number: 4, text: 'last line', bytes: 9 },
  ];

  it('splits LF and CRLF lines and keeps a last line without a line break', () => {
    expect(split([input])).toEqual(expected);
  });

  it('gives the same lines wherever a chunk boundary falls, even inside a character or a CRLF', () => {
    for (const chunks of everySplit(input)) expect(split(chunks)).toEqual(expected);
  });

  it('gives the same lines when fed one byte at a time', () => {
    const bytes = [...input].map((byte) => Buffer.from([byte]));
    expect(split(bytes)).toEqual(expected);
  });

  it('ends a line at a lone CR too (classic Mac files), wherever a chunk boundary falls', () => {
    const mac = Buffer.from('Floods killed 12.\rFire killed 5.\r\rStorm\r\nlast\r', 'utf8');
    const lines = [['Floods killed 12.', 1], ['Fire killed 5.', 2], ['', 3], ['Storm', 4], ['last', 5]];
    for (const chunks of everySplit(mac)) expect(split(chunks).map((line) => [line.text, line.number])).toEqual(lines);
    expect(split([...mac].map((byte) => Buffer.from([byte]))).map((line) => line.text)).toEqual(lines.map(([text]) => text));
  });

  it('emits no extra line after a final line break', () => {
    expect(split([Buffer.from('a\nb\n')]).map((line) => line.text)).toEqual(['a', 'b']);
    expect(split([Buffer.from('')])).toEqual([]);
  });

  it('drops a line longer than the limit, across chunks, and goes on with the next', () => {
    const long = Buffer.from(`short\n${'x'.repeat(100)}\nafter\n`);
    for (const chunks of [[long], everySplit(long)[50]!, [...long].map((byte) => Buffer.from([byte]))]) {
      expect(split(chunks, 40)).toEqual([
        { number: 1, text: 'short', bytes: 5 },
        { number: 2, text: null, bytes: 100 },
        { number: 3, text: 'after', bytes: 5 },
      ]);
    }
  });

  it('keeps a line exactly at the limit', () => {
    expect(split([Buffer.from('abcd\n')], 4)[0]!.text).toBe('abcd');
  });
});
