import { chmodSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatFromPath, readReports } from '../../src/ingest/index.js';
import { describeProblems, fixture, fixtureDirectory, read } from './helpers.js';

describe('file-level problems', () => {
  it('reports a missing file', async () => {
    const path = join(fixtureDirectory, 'nowhere.txt');
    expect(await read(path)).toEqual({ reports: [], problems: [{ file: path, line: null, message: 'no such file', severity: 'error' }], codes: ['FILE_NOT_FOUND'], notes: [] });
  });

  it('reports a directory', async () => {
    const path = join(fixtureDirectory, 'a-directory.csv');
    mkdirSync(path, { recursive: true });
    expect(await read(path)).toEqual({ reports: [], problems: [{ file: path, line: null, message: 'is a directory', severity: 'error' }], codes: ['FILE_IS_DIRECTORY'], notes: [] });
  });

  it.skipIf(process.getuid?.() === 0)('reports an unreadable file', async () => {
    const path = fixture('secret.txt', 'One killed.\n');
    chmodSync(path, 0o000);
    expect(describeProblems((await read(path)).problems)).toEqual(['error -: permission denied']);
  });

  it('warns about an empty file and a file with no reports', async () => {
    expect(describeProblems((await read(fixture('empty.txt', ''))).problems)).toEqual(['warning -: empty file']);
    expect(describeProblems((await read(fixture('blank.txt', '\n  \r\n\t\n'))).problems)).toEqual(['warning -: no records with text']);
    expect(describeProblems((await read(fixture('bom-only.txt', '\uFEFF'))).problems)).toEqual(['warning -: no records with text']);
  });

  it('reports unusable options once, without reading', async () => {
    const path = fixture('any.txt', 'One killed.\n');
    const cases: Array<[object, string]> = [
      [{ encoding: 'ebcdic' }, 'unknown encoding "ebcdic"; use utf8, utf16le, utf16be, latin1 or cp1252'],
      [{ delimiter: ';;' }, 'delimiter must be one character, got ";;"'],
      [{ maxRecordSize: 0 }, 'max record size must be a positive whole number of bytes, got 0'],
      [{ inputFormat: 'xml' }, 'unknown input format "xml"; use text, csv, tsv or ndjson'],
    ];
    for (const [options, message] of cases) {
      expect(await read(path, options)).toEqual({ reports: [], problems: [{ file: path, line: null, message, severity: 'error' }], codes: ['OPTION_INVALID'], notes: [] });
    }
  });

  it('stops reading when the consumer stops early', async () => {
    const path = fixture('many.txt', 'A report: 1 killed.\n'.repeat(100_000));
    let count = 0;
    for await (const report of readReports(path, {}, () => {})) {
      expect(report.line).toBe(++count);
      if (count === 3) break;
    }
    expect(count).toBe(3);
  });
});

describe('formatFromPath', () => {
  it.each([
    ['a.csv', 'csv'],
    ['A.CSV', 'csv'],
    ['a.tsv', 'tsv'],
    ['a.tab', 'tsv'],
    ['a.ndjson', 'ndjson'],
    ['a.jsonl', 'ndjson'],
    ['a.json', 'ndjson'],
    ['a.txt', 'text'],
    ['dir.csv/notes', 'text'],
    ['README', 'text'],
  ])('%s is %s', (path, format) => {
    expect(formatFromPath(path)).toBe(format);
  });
});
