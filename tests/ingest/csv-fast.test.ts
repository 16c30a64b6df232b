// The fast scan of common CSV: what it reads itself, and where it stops for csv-parse. That its
// records and lines are csv-parse's is a property in tests/run/parallel.test.ts.
import { describe, expect, it } from 'vitest';
import { scanCsv, type Scan } from '../../src/ingest/csv-fast.js';

const COMMA = 0x2c;

function scan(text: string, done = true, maxRecordSize = 1 << 20): Scan {
  return scanCsv(Buffer.from(text, 'utf8'), 0, 1, done, COMMA, maxRecordSize);
}

const rows = (result: Scan) => result.records.map((record) => [record.line, ...record.fields]);

describe('scanCsv', () => {
  it('reads plain and quoted fields, doubled quotes, delimiters and line breaks inside quotes', () => {
    const result = scan('id,text\n1,"Floods killed 12, police said ""at least"" 12."\n2,"two\r\nlines"\n3,plain text\n');
    expect(result.reason).toBe('end');
    expect(rows(result)).toEqual([
      [1, 'id', 'text'],
      [2, '1', 'Floods killed 12, police said "at least" 12.'],
      [3, '2', 'two\r\nlines'],
      [5, '3', 'plain text'],
    ]);
    expect(result.records[2]!.spans).toBe(true);
    expect(result.line).toBe(6);
  });

  it('ends records at LF, CRLF or a lone CR, skips empty lines and counts them', () => {
    const result = scan('a,b\r\n\r\n1,x\r2,y\n\n\n3,"é"');
    expect(rows(result)).toEqual([[1, 'a', 'b'], [3, '1', 'x'], [4, '2', 'y'], [7, '3', 'é']]);
  });

  it('reads empty fields and a record without a final line break', () => {
    expect(rows(scan('a,,"",\n,'))).toEqual([[1, 'a', '', '', ''], [2, '', '']]);
  });

  it('waits for more bytes inside a record, or after a CR or a quote that may be half of a pair', () => {
    for (const tail of ['3,"open', '3,plain', '3,"x"', '3,x\r', '3,"a""']) {
      const result = scan(`1,a\n2,b\n${tail}`, false);
      expect(result.reason, tail).toBe('more');
      expect(rows(result)).toEqual([[1, '1', 'a'], [2, '2', 'b']]);
      expect(result.stop).toBe(8);
      expect(result.line).toBe(3);
    }
  });

  it('stops for csv-parse at a quote inside a plain field, text after a closing quote, a quote never closed', () => {
    for (const [text, stop] of [['1,a\n2,5" of rain\n', 4], ['1,a\n2,"quoted" on\n', 4], ['1,a\n2,"never closed\n3,b\n', 4]] as const) {
      const result = scan(text);
      expect(result.reason, text).toBe('other');
      expect(result.stop).toBe(stop);
      expect(result.line).toBe(2);
    }
  });

  it('stops for csv-parse at a record longer than --max-record-size, whole or still growing', () => {
    expect(scan('1,a\n2,a long record here\n', true, 10)).toMatchObject({ reason: 'other', stop: 4 });
    expect(scan('1,a\n2,"a long quoted record', false, 10)).toMatchObject({ reason: 'other', stop: 4 });
  });

  it('reads a delimiter of its own: semicolons, tabs', () => {
    const result = scanCsv(Buffer.from('a;b\n"x;y";2\n'), 0, 1, true, 0x3b, 100);
    expect(rows(result)).toEqual([[1, 'a', 'b'], [2, 'x;y', '2']]);
  });
});
