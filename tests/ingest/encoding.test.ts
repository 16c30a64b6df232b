import { describe, expect, it } from 'vitest';
import { chunkedStream, describeProblems, fixture, randomCuts, read } from './helpers.js';

const TEXT = 'Officials said 12 people were killed — «naïve» report.\r\nSecond: 3 wounded 🙁\n';
const TEXTS = ['Officials said 12 people were killed — «naïve» report.', 'Second: 3 wounded 🙁'];

function utf16be(text: string): Buffer {
  return Buffer.from(text, 'utf16le').swap16();
}

describe('encodings', () => {
  it('decodes UTF-16LE and UTF-16BE with a BOM', async () => {
    for (const [name, bytes] of [
      ['le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')])],
      ['be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(TEXT)])],
    ] as const) {
      const { reports, problems } = await read(fixture(name, bytes));
      expect(reports.map((r) => r.text)).toEqual(TEXTS);
      expect(problems).toEqual([]);
    }
  });

  it('decodes UTF-16 the same however the bytes are chunked, odd cuts included', async () => {
    const bytes = Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(TEXT.repeat(10))]);
    const whole = await read('-', {}, chunkedStream(bytes, []));
    expect(whole.reports).toHaveLength(20);
    for (const seed of [4, 5, 6]) {
      expect(await read('-', {}, chunkedStream(bytes, randomCuts(bytes.length, 30, seed)))).toEqual(whole);
    }
  });

  it('reads UTF-16 without a BOM when the encoding is given', async () => {
    const { reports } = await read(fixture('le-nobom.txt', Buffer.from(TEXT, 'utf16le')), { encoding: 'UTF-16LE' });
    expect(reports.map((r) => r.text)).toEqual(TEXTS);
  });

  it('detects cp1252 when the bytes are not UTF-8, and warns once', async () => {
    const bytes = Buffer.from('The mayor\x92s office said 5 were killed \x96 \x93officially\x94.\nCaf\xe9 owner: 2 hurt.\n', 'latin1');
    const path = fixture('cp1252.csv.txt', bytes);
    const { reports, problems } = await read(path);
    expect(reports.map((r) => r.text)).toEqual(['The mayor’s office said 5 were killed – “officially”.', 'Café owner: 2 hurt.']);
    expect(problems).toEqual([
      { file: path, line: null, message: 'decoded as cp1252; use --encoding to choose', severity: 'warning' },
    ]);
  });

  it('uses the encoding given, without a warning', async () => {
    const bytes = Buffer.from('Caf\xe9 \x80 owner: 2 hurt.\n', 'latin1');
    expect((await read(fixture('given-cp1252.txt', bytes), { encoding: 'windows-1252' })).reports[0]!.text).toBe('Café € owner: 2 hurt.');
    const latin1 = await read(fixture('given-latin1.txt', bytes), { encoding: 'latin1' });
    expect(latin1.reports[0]!.text).toBe('Café \u0080 owner: 2 hurt.');
    expect(latin1.problems).toEqual([]);
  });

  it('replaces invalid UTF-8 and warns once per affected line', async () => {
    // Valid UTF-8 characters outnumber the bad bytes, so this stays UTF-8.
    const bytes = Buffer.concat([
      Buffer.from('Café — naïve: 1 killed.\n'),
      Buffer.from('Bad \xff \xfe\n', 'latin1'),
      Buffer.from('Fine: «2» wounded.\nTruncated '),
      Buffer.from([0xe2, 0x80]),
    ]);
    const path = fixture('invalid.txt', bytes);
    const { reports, problems } = await read(path);
    expect(reports.map((r) => r.text)).toEqual(['Café — naïve: 1 killed.', 'Bad \uFFFD \uFFFD', 'Fine: «2» wounded.', 'Truncated \uFFFD']);
    expect(describeProblems(problems)).toEqual([
      'warning 2: invalid UTF-8 replaced with U+FFFD',
      'warning 4: invalid UTF-8 replaced with U+FFFD',
    ]);
  });

  it('keeps UTF-8 when invalid bytes come after the first 64 KiB, naming each line', async () => {
    const valid = 'Plain line: 1 killed.\n'.repeat(4000); // 88,000 bytes
    const bytes = Buffer.concat([Buffer.from(valid), Buffer.from('Bad \xe9 byte \xe9 twice.\nGood.\nBad \x92 again.\n', 'latin1')]);
    const whole = await read('-', {}, chunkedStream(bytes, []));
    expect(whole.reports.at(-3)!.text).toBe('Bad \uFFFD byte \uFFFD twice.');
    expect(describeProblems(whole.problems)).toEqual([
      'warning 4001: invalid UTF-8 replaced with U+FFFD',
      'warning 4003: invalid UTF-8 replaced with U+FFFD',
    ]);
    for (const seed of [7, 8]) {
      expect(await read('-', {}, chunkedStream(bytes, randomCuts(bytes.length, 50, seed)))).toEqual(whole);
    }
  });

  it('decodes a multi-byte character split across chunks without a warning', async () => {
    const bytes = Buffer.from('«Ω» 🙁 — 4 killed\n');
    for (let cut = 1; cut < bytes.length; cut++) {
      const { reports, problems } = await read('-', {}, chunkedStream(bytes, [cut]));
      expect(reports[0]!.text).toBe('«Ω» 🙁 — 4 killed');
      expect(problems).toEqual([]);
    }
  });
});

describe('binary input', () => {
  const samples: Array<[string, Buffer, string]> = [
    ['image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'PNG image'],
    ['reports.txt.gz', Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x12, 0x34]), 'gzip data'],
    ['sheet.xlsx', Buffer.from('PK\x03\x04\x14\x00\x06\x00', 'latin1'), 'zip archive'],
    ['paper.pdf', Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'), 'PDF document'],
    ['tool', Buffer.from('\x7fELF\x02\x01\x01', 'latin1'), 'ELF executable'],
    ['photo.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), 'JPEG image'],
    ['data.bin', Buffer.from('looks like text\0but has a NUL\n'), 'NUL bytes'],
  ];

  it.each(samples)('refuses %s', async (name, bytes, kind) => {
    const path = fixture(name, bytes);
    const { reports, problems } = await read(path);
    expect(reports).toEqual([]);
    expect(problems).toEqual([
      { file: path, line: null, message: `looks like binary data (${kind}); toll reads text, CSV and NDJSON`, severity: 'error' },
    ]);
  });

  it('refuses binary CSV and NDJSON inputs too', async () => {
    const png = samples[0]![1];
    expect(describeProblems((await read(fixture('image.csv', png))).problems)).toEqual([
      'error -: looks like binary data (PNG image); toll reads text, CSV and NDJSON',
    ]);
    expect((await read(fixture('image.ndjson', png))).problems).toHaveLength(1);
  });
});
