// Bad, hostile and big input through the built CLI (`npm run build` first; `npm test` does), the way
// a user meets it: for each case the exact stdout, stderr lines and exit status.
//
// The contract (README "Errors and exit codes"): one line per problem, `toll: FILE[:LINE]: message`
// (warnings say "warning:"), a closing summary on stderr unless --quiet, exit status 2 when any input
// error occurred, after all the other input was processed; --strict stops at the first error; no
// stack trace unless --debug.
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync, closeSync, existsSync, lstatSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync,
  writeFileSync, writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ndjson, toll, type Result } from '../cli/helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'toll-bad-input-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(() => {
  if (!existsSync(join(BIN, '../../dist/cli/run.js'))) throw new Error('build toll first: npm run build');
});

/** Writes a fixture into this run's directory; tests run there, so messages name it as given. */
function fixture(name: string, content: string | Buffer): string {
  writeFileSync(join(dir, name), content);
  return name;
}

/** Runs the built CLI in the fixture directory; no run may show a stack trace unless --debug. */
function run(args: string[], options: { input?: string | Buffer; env?: NodeJS.ProcessEnv } = {}): Result {
  const result = toll(args, { ...options, cwd: dir });
  if (!args.includes('--debug')) expect(result.stderr).not.toMatch(/^\s+at /m);
  return result;
}

function lines(text: string): string[] {
  return text.split('\n').filter(Boolean);
}

/** The figures of NDJSON output, with the keys the assertions look at. */
function figures(stdout: string): { doc: string; line: number; low: number | null; quote: string; sentence: string }[] {
  return ndjson(stdout) as never;
}

const OK = 'Floods killed 12 people, police said.\n';
/** OK as a CSV field: quoted, for its comma. */
const OK_FIELD = '"Floods killed 12 people, police said."\n';

describe('files that cannot be read', () => {
  it('a missing file: named, the other inputs still processed, exit 2', () => {
    fixture('ok.txt', OK);
    const result = run(['extract', '-f', 'ndjson', 'missing.txt', 'ok.txt']);
    expect(result.status).toBe(2);
    expect(figures(result.stdout).map((f) => f.doc)).toEqual(['ok.txt:1']);
    expect(lines(result.stderr)).toEqual([
      'toll: missing.txt: FILE_NOT_FOUND: no such file',
      'toll: 2 files (1 skipped), 1 record read: 1 with figures, 0 without, 0 skipped; 1 figure; problems: 1 FILE_NOT_FOUND',
    ]);
  });

  it('a directory', () => {
    mkdirSync(join(dir, 'a-directory'), { recursive: true });
    const result = run(['extract', '-f', 'ndjson', 'a-directory']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(lines(result.stderr)).toEqual([
      'toll: a-directory: FILE_IS_DIRECTORY: is a directory',
      'toll: 1 file (1 skipped), 0 records read: 0 with figures, 0 without, 0 skipped; 0 figures; problems: 1 FILE_IS_DIRECTORY',
    ]);
  });

  // chmod cannot keep root out: as root (CI containers often are) the file would simply be read.
  it.skipIf(process.getuid?.() === 0)('an unreadable file (skipped as root: permissions do not bind root)', () => {
    fixture('secret.txt', OK);
    chmodSync(join(dir, 'secret.txt'), 0o000);
    const result = run(['extract', '-f', 'ndjson', 'secret.txt']);
    expect(result.status).toBe(2);
    expect(lines(result.stderr)[0]).toBe('toll: secret.txt: FILE_PERMISSION_DENIED: permission denied');
  });

  it('an empty file is a warning, not an error', () => {
    fixture('empty.txt', '');
    const result = run(['extract', 'empty.txt']);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('No casualty figures found.\n');
    expect(lines(result.stderr)).toEqual([
      'toll: empty.txt: FILE_EMPTY: empty file',
      'toll: 1 file, 0 records read: 0 with figures, 0 without, 0 skipped; 0 figures; problems: 1 FILE_EMPTY',
    ]);
  });

  it('a header-only CSV is a warning, not an error', () => {
    fixture('header-only.csv', 'id,text,source\r\n');
    const result = run(['extract', '-f', 'ndjson', 'header-only.csv']);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    expect(lines(result.stderr)).toEqual([
      'toll: header-only.csv:1: CSV_COLUMNS: columns read: text=text, id=id, source=source',
      'toll: header-only.csv: FILE_NO_RECORDS: no records with text',
      'toll: 1 file, 0 records read: 0 with figures, 0 without, 0 skipped; 0 figures; problems: 1 FILE_NO_RECORDS',
    ]);
  });
});

describe('binary data given as text', () => {
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), Buffer.from('IHDR 12 people were killed')]);

  it.each([
    ['a PNG image named .txt', 'picture.txt', png, 'PNG image'],
    ['gzip data named .txt', 'reports.txt', gzipSync(OK.repeat(50)), 'gzip data'],
    ['gzip data named .csv', 'reports.csv', gzipSync(`text\n${OK}`), 'gzip data'],
    ['text with NUL bytes', 'nul.txt', Buffer.from(`12 people were killed\0\0\0${OK}`), 'NUL bytes'],
  ])('%s is refused with a clear message, not read for figures', (_, name, bytes, kind) => {
    fixture(name, bytes);
    const result = run(['extract', '-f', 'ndjson', name]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(lines(result.stderr)).toEqual([
      `toll: ${name}: FILE_BINARY: looks like binary data (${kind}); toll reads text, CSV and NDJSON`,
      `toll: 1 file (1 skipped), 0 records read: 0 with figures, 0 without, 0 skipped; 0 figures; problems: 1 FILE_BINARY`,
    ]);
  });

  it('binary data on stdin too', () => {
    const result = run(['extract', '-f', 'ndjson'], { input: png });
    expect(result.status).toBe(2);
    expect(lines(result.stderr)[0]).toBe('toll: <stdin>: FILE_BINARY: looks like binary data (PNG image); toll reads text, CSV and NDJSON');
  });
});

describe('encodings', () => {
  it('invalid UTF-8: decoded with U+FFFD and a warning naming FILE:LINE; all lines still read', () => {
    fixture('bad-utf8.txt', Buffer.concat([
      Buffer.from('Café owners said 3 people were killed.\n'),
      Buffer.from('Naïve '), Buffer.from([0xff, 0xfe]), Buffer.from(' bytes: 4 soldiers were killed.\n'),
      Buffer.from('Officials said 5 people died in Zürich.\n'),
    ]));
    const result = run(['extract', '-f', 'ndjson', 'bad-utf8.txt']);
    expect(result.status).toBe(0);
    const found = figures(result.stdout);
    expect(found.map((f) => [f.line, f.low])).toEqual([[1, 3], [2, 4], [3, 5]]);
    expect(found[1]!.sentence).toContain('\ufffd');
    expect(lines(result.stderr)).toEqual([
      'toll: bad-utf8.txt:2: UTF8_INVALID: invalid UTF-8 replaced with U+FFFD',
      'toll: 1 file, 3 records read: 3 with figures, 0 without, 0 skipped; 3 figures; problems: 1 UTF8_INVALID',
    ]);
  });

  it('a UTF-8 BOM is dropped: the header is found and offsets count from the text', () => {
    fixture('bom.csv', `\ufeffid,text\n1,${OK_FIELD}`);
    fixture('bom.txt', `\ufeff${OK}`);
    for (const name of ['bom.csv', 'bom.txt']) {
      const result = run(['extract', '-f', 'ndjson', name]);
      expect(result.status).toBe(0);
      expect(figures(result.stdout).map((f) => [f.quote, f.sentence])).toEqual([['12', OK.trim()]]);
      const note = name.endsWith('.csv') ? ['toll: bom.csv:1: CSV_COLUMNS: columns read: text=text, id=id'] : [];
      expect(lines(result.stderr)).toEqual([...note, 'toll: 1 file, 1 record read: 1 with figures, 0 without, 0 skipped; 1 figure']);
    }
  });

  const text = 'Floods killed 12 people in Düsseldorf.\nThe army said 40 soldiers were wounded.\n';
  const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  const utf16be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);

  it.each([['UTF-16 LE', 'le.txt', utf16le], ['UTF-16 BE', 'be.txt', utf16be]])('%s with a BOM is decoded', (_, name, bytes) => {
    fixture(name, bytes);
    const result = run(['extract', '-f', 'ndjson', name]);
    expect(result.status).toBe(0);
    expect(figures(result.stdout).map((f) => [f.line, f.low, f.sentence])).toEqual([
      [1, 12, 'Floods killed 12 people in Düsseldorf.'],
      [2, 40, 'The army said 40 soldiers were wounded.'],
    ]);
    expect(lines(result.stderr)).toEqual(['toll: 1 file, 2 records read: 2 with figures, 0 without, 0 skipped; 2 figures']);
  });

  const cp1252 = Buffer.from('Caf\xe9 attack in S\xe3o Paulo: 12 people were killed \x96 police said.\nUkraine\x92s army said 40 soldiers were wounded.\n', 'latin1');

  it('cp1252 is detected, with a warning that says how to choose', () => {
    fixture('cp1252.txt', cp1252);
    const result = run(['extract', '-f', 'ndjson', 'cp1252.txt']);
    expect(result.status).toBe(0);
    expect(figures(result.stdout).map((f) => f.sentence)).toEqual([
      'Café attack in São Paulo: 12 people were killed – police said.',
      'Ukraine’s army said 40 soldiers were wounded.',
    ]);
    expect(lines(result.stderr)).toEqual([
      'toll: cp1252.txt: ENCODING_GUESSED: decoded as cp1252; use --encoding to choose',
      'toll: 1 file, 2 records read: 2 with figures, 0 without, 0 skipped; 2 figures; problems: 1 ENCODING_GUESSED',
    ]);
  });

  it('--encoding selects cp1252 or Latin-1 without a warning', () => {
    const chosen = run(['extract', '-f', 'ndjson', '--encoding', 'windows-1252', 'cp1252.txt']);
    expect(figures(chosen.stdout)[1]!.sentence).toBe('Ukraine’s army said 40 soldiers were wounded.');
    expect(lines(chosen.stderr)).toEqual(['toll: 1 file, 2 records read: 2 with figures, 0 without, 0 skipped; 2 figures']);
    // ISO-8859-1 has C1 controls where cp1252 has punctuation: 0x92 stays U+0092.
    const latin1 = run(['extract', '-f', 'ndjson', '--encoding', 'latin1', 'cp1252.txt']);
    expect(figures(latin1.stdout)[0]!.sentence).toContain('Café attack in São Paulo');
    expect(figures(latin1.stdout)[1]!.sentence).toBe('Ukraine\u0092s army said 40 soldiers were wounded.');
    expect(lines(latin1.stderr)).toEqual(['toll: 1 file, 2 records read: 2 with figures, 0 without, 0 skipped; 2 figures']);
  });

  it('an unknown --encoding is an error naming the choices', () => {
    const result = run(['extract', '--encoding', 'klingon', 'cp1252.txt']);
    expect(result.status).toBe(2);
    expect(lines(result.stderr)[0]).toBe('toll: cp1252.txt: OPTION_INVALID: unknown encoding "klingon"; use utf8, utf16le, utf16be, latin1 or cp1252');
  });

  const UCDP = '/work/shared/conflict-exports/peacerep_ukraine-map__UCDP-Ukraine.csv';
  it.skipIf(!existsSync(UCDP))('a real UCDP export in cp1252 is detected and decoded', () => {
    const result = toll(['extract', '-f', 'ndjson', '--text-column', 'source_headline', UCDP]);
    expect(result.status).toBe(0);
    expect(lines(result.stderr)[0]).toBe(`toll: ${UCDP}: ENCODING_GUESSED: decoded as cp1252; use --encoding to choose`);
    expect(result.stdout).toContain('Ukraine’s Lvov');
    expect(result.stdout).not.toContain('\ufffd');
  });
});

describe('CSV', () => {
  it('an unclosed quote: reported where it opened, its record skipped, the records after it read', () => {
    fixture('unclosed.csv', `id,text\n1,${OK_FIELD}2,"Storm killed 4 people.\n3,Fire killed 5 people.\n`);
    const result = run(['extract', '-f', 'ndjson', 'unclosed.csv']);
    expect(result.status).toBe(2);
    expect(figures(result.stdout).map((f) => f.low)).toEqual([12, 5]);
    expect(lines(result.stderr)).toEqual([
      'toll: unclosed.csv:1: CSV_COLUMNS: columns read: text=text, id=id',
      'toll: unclosed.csv:3: CSV_QUOTE_NOT_CLOSED: the quote opened on this line is not closed (it would swallow the 1 line to the end of the input); record skipped, reading resumes at line 4',
      'toll: 1 file, 3 records read: 2 with figures, 0 without, 1 skipped; 2 figures; problems: 1 CSV_QUOTE_NOT_CLOSED',
    ]);
  });

  it('the issue example: no record vanishes silently, exit 2', () => {
    fixture('issue.csv', 'id,text\n1,"5 killed\n2,"open quote\n3,"9 people were killed"\n');
    const result = run(['extract', '-f', 'ndjson', 'issue.csv']);
    expect(result.status).toBe(2);
    expect(figures(result.stdout).map((f) => f.low)).toEqual([9]);
    expect(lines(result.stderr)).toEqual([
      'toll: issue.csv:1: CSV_COLUMNS: columns read: text=text, id=id',
      'toll: issue.csv:2: CSV_QUOTE_NOT_CLOSED: the quote opened on this line is not closed (it would swallow 1 line); record skipped, reading resumes at line 3',
      'toll: issue.csv:3: CSV_QUOTE_NOT_CLOSED: the quote opened on this line is not closed (it would swallow 1 line); record skipped, reading resumes at line 4',
      'toll: 1 file, 3 records read: 1 with figures, 0 without, 2 skipped; 1 figure; problems: 2 CSV_QUOTE_NOT_CLOSED',
    ]);
  });

  it('ragged rows: short and long rows are read with a warning; a row without its text field is skipped', () => {
    fixture('ragged.csv', [
      'id,text,source',
      '1,Floods killed 12 people.,police',
      '2,Storm killed 4 people.',
      '3',
      '4,Fire killed 5 people.,fire brigade,extra,fields',
      '',
    ].join('\n'));
    const result = run(['extract', '-f', 'ndjson', '--source-column', 'source', 'ragged.csv']);
    expect(result.status).toBe(2);
    expect(figures(result.stdout).map((f) => [f.doc, f.low])).toEqual([['1', 12], ['2', 4], ['4', 5]]);
    expect(lines(result.stderr)).toEqual([
      'toll: ragged.csv:1: CSV_COLUMNS: columns read: text=text, id=id, source=source',
      'toll: ragged.csv:3: CSV_FIELD_COUNT: row has 2 fields, header has 3',
      'toll: ragged.csv:4: CSV_ROW_NO_TEXT: row has 1 field, header has 3: no text field; skipped',
      'toll: ragged.csv:5: CSV_FIELD_COUNT: row has 5 fields, header has 3',
      'toll: 1 file, 4 records read: 3 with figures, 0 without, 1 skipped; 3 figures; problems: 2 CSV_FIELD_COUNT, 1 CSV_ROW_NO_TEXT',
    ]);
  });

  it('duplicate header names: a warning, and the first column is used', () => {
    fixture('duplicate.csv', 'text,Text,id\nFloods killed 12 people.,Storm killed 4 people.,x\n');
    const result = run(['extract', '-f', 'ndjson', 'duplicate.csv']);
    expect(result.status).toBe(0);
    expect(figures(result.stdout).map((f) => f.low)).toEqual([12]);
    expect(lines(result.stderr)).toEqual([
      'toll: duplicate.csv:1: CSV_DUPLICATE_COLUMN: duplicate column name "Text"; using the first',
      'toll: duplicate.csv:1: CSV_COLUMNS: columns read: text=text, id=id',
      'toll: 1 file, 1 record read: 1 with figures, 0 without, 0 skipped; 1 figure; problems: 1 CSV_DUPLICATE_COLUMN',
    ]);
  });

  it('a configured column that does not exist: the error lists the columns there are', () => {
    fixture('columns.csv', `id,body,outlet\n1,${OK_FIELD}`);
    for (const [option, name] of [['--text-column', 'story'], ['--source-column', 'publisher'], ['--id-column', 'key'], ['--date-column', 'when']]) {
      const result = run(['extract', '-f', 'ndjson', option!, name!, 'columns.csv']);
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expect(lines(result.stderr)).toEqual([
        `toll: columns.csv:1: CSV_NO_COLUMN: no column "${name}"; columns are: id, body, outlet`,
        `toll: 1 file (1 skipped), 0 records read: 0 with figures, 0 without, 0 skipped; 0 figures; problems: 1 CSV_NO_COLUMN`,
      ]);
    }
  });

  it('no text column by default: the error lists the columns and the option to use', () => {
    fixture('no-text.csv', `id,summary\n1,${OK_FIELD}`);
    const result = run(['extract', 'no-text.csv']);
    expect(result.status).toBe(2);
    expect(lines(result.stderr)[0]).toBe('toll: no-text.csv:1: CSV_NO_TEXT_COLUMN: no text column; columns are: id, summary (name one with --text-column)');
  });

  it('a text file with CR-only line ends: one report per line, the same under any --jobs', () => {
    const written = Array.from({ length: 3000 }, (_, i) => `Floods killed ${(i % 90) + 2} people in district ${i}.`);
    fixture('mac.txt', `${written.join('\r')}\r`);
    const one = run(['extract', '-f', 'ndjson', '--jobs', '1', 'mac.txt']);
    expect(one.status).toBe(0);
    const found = figures(one.stdout);
    expect(found).toHaveLength(3000);
    expect(found.slice(0, 2).map((f) => [f.doc, f.line, f.low])).toEqual([['mac.txt:1', 1, 2], ['mac.txt:2', 2, 3]]);
    expect(lines(one.stderr)).toEqual(['toll: 1 file, 3,000 records read: 3,000 with figures, 0 without, 0 skipped; 3,000 figures']);
    expect(run(['extract', '-f', 'ndjson', '--jobs', '2', 'mac.txt']).stdout).toBe(one.stdout);
  });

  it('CRLF line ends: no CR in the text, lines counted once', () => {
    fixture('crlf.csv', 'id,text\r\n1,Floods killed 12 people.\r\n2,"Storm\r\nkilled 4 people."\r\n3,Fire killed 5 people.\r\n');
    const result = run(['extract', '-f', 'ndjson', 'crlf.csv']);
    expect(result.status).toBe(0);
    const found = figures(result.stdout);
    expect(found.map((f) => [f.doc, f.line, f.low])).toEqual([['1', 2, 12], ['2', 4, 4], ['3', 5, 5]]);
    expect(found.every((f) => !f.sentence.endsWith('\r'))).toBe(true);
    expect(lines(result.stderr)).toEqual(['toll: crlf.csv:1: CSV_COLUMNS: columns read: text=text, id=id', 'toll: 1 file, 3 records read: 3 with figures, 0 without, 0 skipped; 3 figures']);
  });

  it.each([
    ['";" detected', 'semicolon.csv', 'id;text;source\n1;Floods killed 12 people, police said.;Gazette\n', []],
    ['";" given', 'semicolon.csv', null, ['--delimiter', ';']],
    ['tab detected in a .csv', 'tabs.csv', 'id\ttext\tsource\n1\tFloods killed 12 people, police said.\tGazette\n', []],
    ['tab given as "tab"', 'tabs.csv', null, ['--delimiter', 'tab']],
    ['tab given as "\\t"', 'tabs.csv', null, ['--delimiter', '\\t']],
    ['tab from the .tsv extension', 'tabs.tsv', 'id\ttext\tsource\n1\tFloods killed 12 people, police said.\tGazette\n', []],
  ])('delimiter %s', (_, name, content, options) => {
    if (content !== null) fixture(name, content);
    const result = run(['extract', '-f', 'ndjson', '--source-column', 'source', ...options, name]);
    expect(result.status).toBe(0);
    expect(figures(result.stdout).map((f) => [f.doc, f.line, f.low, f.quote])).toEqual([['1', 2, 12, '12']]);
    expect(lines(result.stderr)).toEqual([`toll: ${name}:1: CSV_COLUMNS: columns read: text=text, id=id, source=source`, 'toll: 1 file, 1 record read: 1 with figures, 0 without, 0 skipped; 1 figure']);
  });

  it('a delimiter of more than one character is an error', () => {
    const result = run(['extract', '--delimiter', ';;', 'semicolon.csv']);
    expect(result.status).toBe(2);
    expect(lines(result.stderr)[0]).toBe('toll: semicolon.csv: OPTION_INVALID: delimiter must be one character, got ";;"');
  });

  it('fields with embedded newlines: each figure has the line it stands on, and so do later records', () => {
    fixture('multiline.csv', [
      'id,text',
      '1,"Line one of the report.',
      'Line two.',
      'Floods killed 12 people."',
      '2,"x',
      'y"',
      '3,Fire killed 5 people.',
      '',
    ].join('\n'));
    const result = run(['extract', '-f', 'ndjson', 'multiline.csv']);
    expect(result.status).toBe(0);
    expect(figures(result.stdout).map((f) => [f.doc, f.line, f.low])).toEqual([['1', 4, 12], ['3', 7, 5]]);
  });
});

describe('NDJSON', () => {
  it('a malformed line, a line that is not an object, a missing text key: each skipped and named', () => {
    fixture('mixed.ndjson', [
      '{"text": "Floods killed 12 people."}',
      '{"text": "broken',
      '[1, 2]',
      '"a string"',
      '{"id": 5, "summary": "no text here"}',
      '{"text": 42}',
      '{"text": "Fire killed 5 people."}',
      '',
    ].join('\n'));
    const result = run(['extract', '-f', 'ndjson', 'mixed.ndjson']);
    expect(result.status).toBe(2);
    expect(figures(result.stdout).map((f) => [f.line, f.low])).toEqual([[1, 12], [7, 5]]);
    expect(lines(result.stderr)).toEqual([
      'toll: mixed.ndjson:2: JSON_MALFORMED: malformed JSON (each line must be one JSON object)',
      'toll: mixed.ndjson:3: JSON_NOT_OBJECT: line is not a JSON object (got array)',
      'toll: mixed.ndjson:4: JSON_NOT_OBJECT: line is not a JSON object (got string)',
      'toll: mixed.ndjson:5: JSON_NO_TEXT_KEY: no text key; keys are: id, summary (name one with --text-column)',
      'toll: mixed.ndjson:6: JSON_TEXT_NOT_STRING: key "text" is not a string (got number)',
      'toll: 1 file, 7 records read: 2 with figures, 0 without, 5 skipped; 2 figures; problems: 1 JSON_MALFORMED, 2 JSON_NOT_OBJECT, 1 JSON_NO_TEXT_KEY, 1 JSON_TEXT_NOT_STRING',
    ]);
  });

  it('a pretty-printed JSON document: refused with the command that converts it', () => {
    fixture('document.json', '[\n  {"text": "Floods killed 12 people."}\n]\n');
    const result = run(['extract', '-f', 'ndjson', 'document.json']);
    expect(result.status).toBe(2);
    expect(lines(result.stderr)).toEqual([
      "toll: document.json:1: JSON_DOCUMENT: looks like a JSON document, not NDJSON (one object per line) (convert it with: jq -c '.[]')",
      'toll: 1 file (1 skipped), 0 records read: 0 with figures, 0 without, 0 skipped; 0 figures; problems: 1 JSON_DOCUMENT',
    ]);
  });
});

/** Writes `size` bytes of `unit` repeated, in 1 MiB pieces: the test never holds the whole file. */
function bigFixture(name: string, head: string, unit: string, size: number, tail: string): string {
  const fd = openSync(join(dir, name), 'w');
  try {
    writeSync(fd, head);
    const piece = Buffer.from(unit.repeat(Math.ceil((1 << 20) / unit.length)).slice(0, 1 << 20));
    for (let written = 0; written < size; written += piece.length) writeSync(fd, piece, 0, Math.min(piece.length, size - written));
    writeSync(fd, tail);
  } finally {
    closeSync(fd);
  }
  return name;
}

/** Runs the CLI and measures its peak resident memory (kB): GNU time when present, else a wrapper. */
function runMeasured(args: string[]): Result & { maxRssKb: number } {
  const rssFile = join(dir, `rss-${process.hrtime.bigint()}`);
  let result;
  if (existsSync('/usr/bin/time')) {
    result = spawnSync('/usr/bin/time', ['-f', '%M', '-o', rssFile, process.execPath, BIN, ...args], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 26 });
  } else {
    const wrapper = join(dir, 'measure-rss.mjs');
    writeFileSync(wrapper, [
      "import { writeFileSync } from 'node:fs';",
      'process.on("exit", () => writeFileSync(process.env.TOLL_RSS_FILE, String(process.resourceUsage().maxRSS)));',
      `await import(${JSON.stringify(pathToFileURL(BIN).href)});`,
    ].join('\n'));
    result = spawnSync(process.execPath, [wrapper, ...args], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 26, env: { ...process.env, TOLL_RSS_FILE: rssFile } });
  }
  const maxRssKb = Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop());
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, maxRssKb };
}

describe('big input, bounded memory', () => {
  // 200 MB by default (about a second on a laptop); TOLL_BIG_LINE_MB=40 for a slower machine.
  const lineMb = Number(process.env.TOLL_BIG_LINE_MB ?? 200);
  const limitKb = 250 * 1024;

  it(`a single ${lineMb} MB line with no newline: refused with the limit message, memory stays bounded`, () => {
    bigFixture('huge-line.txt', 'Officials said ', 'killed 1,1,1 ', lineMb << 20, ' the end');
    const result = runMeasured(['extract', '-f', 'ndjson', 'huge-line.txt']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(lines(result.stderr)).toEqual([
      'toll: huge-line.txt:1: RECORD_TOO_LONG: record exceeds --max-record-size (16 MiB); skipped',
      'toll: 1 file, 1 record read: 0 with figures, 0 without, 1 skipped; 0 figures; problems: 1 RECORD_TOO_LONG',
    ]);
    expect(result.maxRssKb).toBeLessThan(limitKb);
    // The same with a small limit, as NDJSON, with a good line after it.
    rmSync(join(dir, 'huge-line.txt'));
    bigFixture('huge-line.ndjson', '{"text": "', 'killed 1,1,1 ', 8 << 20, `"}\n{"text": "${OK.trim()}"}\n`);
    const small = runMeasured(['extract', '-f', 'ndjson', '--max-record-size', '1000000', 'huge-line.ndjson']);
    expect(small.status).toBe(2);
    expect(figures(small.stdout).map((f) => [f.line, f.low])).toEqual([[2, 12]]);
    expect(lines(small.stderr)[0]).toBe('toll: huge-line.ndjson:1: RECORD_TOO_LONG: record exceeds --max-record-size (976.6 KiB); skipped');
    expect(small.maxRssKb).toBeLessThan(limitKb);
  }, 60_000);

  it('a 50 MB CSV field: refused by the default limit, read in full with a larger one', () => {
    bigFixture('huge-field.csv', `id,text\n1,${OK_FIELD}2,"`, 'word ', 50 << 20, '"\n3,Fire killed 5 people.\n');
    const refused = runMeasured(['extract', '-f', 'ndjson', 'huge-field.csv']);
    expect(refused.status).toBe(2);
    expect(figures(refused.stdout).map((f) => f.low)).toEqual([12, 5]);
    expect(lines(refused.stderr)).toEqual([
      'toll: huge-field.csv:1: CSV_COLUMNS: columns read: text=text, id=id',
      'toll: huge-field.csv:3: RECORD_TOO_LONG: record exceeds --max-record-size (16 MiB); skipped (reading resumes at line 4)',
      'toll: 1 file, 3 records read: 2 with figures, 0 without, 1 skipped; 2 figures; problems: 1 RECORD_TOO_LONG',
    ]);
    expect(refused.maxRssKb).toBeLessThan(limitKb);

    const read = runMeasured(['extract', '-f', 'ndjson', '--max-record-size', String(64 << 20), 'huge-field.csv']);
    expect(read.status).toBe(0);
    expect(figures(read.stdout).map((f) => [f.doc, f.low])).toEqual([['1', 12], ['3', 5]]);
    expect(lines(read.stderr)).toEqual(['toll: huge-field.csv:1: CSV_COLUMNS: columns read: text=text, id=id', 'toll: 1 file, 3 records read: 2 with figures, 1 without, 0 skipped; 2 figures']);
    expect(read.maxRssKb).toBeLessThan(3 * limitKb);
  }, 60_000);
});

describe('exit status, --strict, the summary, --quiet, --debug', () => {
  beforeAll(() => {
    fixture('ok.txt', OK);
    fixture('two-bad.ndjson', '{"text": "Storm killed 4 people."}\n{oops\n{"text": "Fire killed 5 people."}\n[]\n');
  });

  it('exits 2 only after all other input was processed', () => {
    const result = run(['extract', '-f', 'ndjson', 'missing.txt', 'two-bad.ndjson', 'ok.txt']);
    expect(result.status).toBe(2);
    expect(figures(result.stdout).map((f) => f.doc)).toEqual(['two-bad.ndjson#1', 'two-bad.ndjson#3', 'ok.txt:1']);
    expect(lines(result.stderr)).toEqual([
      'toll: missing.txt: FILE_NOT_FOUND: no such file',
      'toll: two-bad.ndjson:2: JSON_MALFORMED: malformed JSON (each line must be one JSON object)',
      'toll: two-bad.ndjson:4: JSON_NOT_OBJECT: line is not a JSON object (got array)',
      'toll: 3 files (1 skipped), 5 records read: 3 with figures, 0 without, 2 skipped; 3 figures; problems: 1 FILE_NOT_FOUND, 1 JSON_MALFORMED, 1 JSON_NOT_OBJECT',
    ]);
  });

  it('reconcile too: the table is printed, then exit 2', () => {
    const result = run(['--format', 'json', 'two-bad.ndjson', 'ok.txt']);
    expect(result.status).toBe(2);
    expect((JSON.parse(result.stdout) as { groups: unknown[] }).groups.length).toBeGreaterThan(0);
  });

  it('--strict stops at the first error: nothing after it is read, no summary', () => {
    const result = run(['extract', '-f', 'ndjson', '--strict', 'two-bad.ndjson', 'ok.txt']);
    expect(result.status).toBe(2);
    // Every figure found before the error is written, none after it.
    // Two inputs: docs are FILE#ID.
    expect(figures(result.stdout).map((f) => f.doc)).toEqual(['two-bad.ndjson#1']);
    expect(result.stderr).toBe('toll: two-bad.ndjson:2: JSON_MALFORMED: malformed JSON (each line must be one JSON object)\n');
  });

  it('--strict with -o writes no file at all', () => {
    const result = run(['extract', '-f', 'ndjson', '--strict', '-o', 'strict-out.ndjson', 'ok.txt', 'two-bad.ndjson']);
    expect(result.status).toBe(2);
    expect(readdirSync(dir).filter((name) => name.includes('strict-out'))).toEqual([]);
  });

  it('--strict turns a warning into exit 2 and stops there', () => {
    fixture('warned.csv', 'text,text\nFloods killed 12 people.,x\n');
    const lax = run(['extract', '-f', 'ndjson', 'warned.csv', 'ok.txt']);
    expect(lax.status).toBe(0);
    expect(figures(lax.stdout)).toHaveLength(2);
    const result = run(['extract', '-f', 'ndjson', '--strict', 'warned.csv', 'ok.txt']);
    expect(result.status).toBe(2);
    expect(lines(result.stderr)).toEqual(['toll: warned.csv:1: CSV_DUPLICATE_COLUMN: duplicate column name "text"; using the first']);
    expect(figures(result.stdout)).toEqual([]);
  });

  it('--quiet keeps the errors and drops the warnings and the summary', () => {
    fixture('cp1252-quiet.txt', Buffer.from('Ukraine\x92s army said 40 soldiers were wounded.\n', 'latin1'));
    const result = run(['extract', '-f', 'ndjson', '--quiet', 'cp1252-quiet.txt', 'two-bad.ndjson']);
    expect(result.status).toBe(2);
    expect(lines(result.stderr)).toEqual([
      'toll: two-bad.ndjson:2: JSON_MALFORMED: malformed JSON (each line must be one JSON object)',
      'toll: two-bad.ndjson:4: JSON_NOT_OBJECT: line is not a JSON object (got array)',
    ]);
  });

  it('an output that cannot be written is an error naming it, found before any input is read', () => {
    mkdirSync(join(dir, 'out-dir'), { recursive: true });
    expect(run(['extract', '-o', 'no-such-dir/out.json', 'ok.txt'])).toEqual({
      status: 2, stdout: '', stderr: 'toll: no-such-dir/out.json: OUTPUT_UNWRITABLE: cannot write (no such directory)\n',
    });
    expect(run(['extract', '-o', 'out-dir', 'ok.txt'])).toEqual({ status: 2, stdout: '', stderr: 'toll: out-dir: OUTPUT_UNWRITABLE: cannot write (is a directory)\n' });
    expect(readdirSync(join(dir, 'out-dir'))).toEqual([]);
  });

  it('-o replaces a file atomically but keeps its permissions, and a symlink stays a symlink', () => {
    const work = mkdtempSync(join(dir, 'replace-'));
    writeFileSync(join(work, 'real.ndjson'), 'previous\n', { mode: 0o640 });
    symlinkSync('real.ndjson', join(work, 'link.ndjson'));
    const result = run(['extract', '-f', 'ndjson', '-q', '-o', join(work, 'link.ndjson'), 'ok.txt']);
    expect(result.status).toBe(0);
    expect(lstatSync(join(work, 'link.ndjson')).isSymbolicLink()).toBe(true);
    expect(statSync(join(work, 'real.ndjson')).mode & 0o777).toBe(0o640);
    expect(figures(readFileSync(join(work, 'real.ndjson'), 'utf8')).map((f) => f.low)).toEqual([12]);
    expect(readdirSync(work).sort()).toEqual(['link.ndjson', 'real.ndjson']);
  });

  // A FIFO rather than /dev/null: were the fix undone, the test must not replace a device of the machine.
  it.skipIf(spawnSync('sh', ['-c', 'command -v mkfifo']).status !== 0)('-o to a FIFO (or a device such as /dev/null) writes into it and never replaces it', () => {
    const work = mkdtempSync(join(dir, 'fifo-'));
    expect(spawnSync('mkfifo', [join(work, 'pipe')]).status).toBe(0);
    const command = `cat pipe > got & "${process.execPath}" "${BIN}" extract -f ndjson -q -o pipe "${join(dir, 'ok.txt')}"; echo $? > status; wait`;
    spawnSync('sh', ['-c', command], { cwd: work, encoding: 'utf8', timeout: 30_000 });
    expect(readFileSync(join(work, 'status'), 'utf8').trim()).toBe('0');
    expect(lstatSync(join(work, 'pipe')).isFIFO()).toBe(true);
    expect(figures(readFileSync(join(work, 'got'), 'utf8')).map((f) => f.low)).toEqual([12]);
    expect(readdirSync(work).sort()).toEqual(['got', 'pipe', 'status']);
  });

  it.skipIf(!existsSync('/dev/full'))('a full disk on stdout is an error, not a crash', () => {
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" extract -f ndjson ok.txt > /dev/full`], { cwd: dir, encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('toll: <stdout>: OUTPUT_UNWRITABLE: cannot write (no space left on device)\n');
  });

  it('an internal error is one line without a stack trace; --debug adds the trace', () => {
    // A preload makes writing the output throw, as a bug would.
    const preload = join(dir, 'boom.mjs');
    writeFileSync(preload, "process.stdout.write = () => { throw new Error('simulated failure'); };\n");
    const env = { NODE_OPTIONS: `--import=${pathToFileURL(preload).href}` };
    const plain = run(['extract', 'ok.txt'], { env });
    expect(plain).toEqual({ status: 2, stdout: '', stderr: 'toll: INTERNAL_ERROR: simulated failure (run with --debug for details)\n' });
    const debug = run(['extract', '--debug', 'ok.txt'], { env });
    expect(debug.status).toBe(2);
    expect(lines(debug.stderr)[0]).toBe('toll: INTERNAL_ERROR: simulated failure');
    expect(debug.stderr).toMatch(/^Error: simulated failure\n\s+at /m);
  });
});

describe('numbers that are wrong', () => {
  it('a figure larger than any population is dropped with a warning naming its span', () => {
    fixture('absurd.txt', `${OK}Officials said 10000000000000 people were killed.\n`);
    const result = run(['extract', '-f', 'ndjson', 'absurd.txt']);
    expect(result.status).toBe(0);
    expect(figures(result.stdout).map((f) => f.low)).toEqual([12]);
    expect(lines(result.stderr)).toEqual([
      'toll: absurd.txt:2: FIGURE_IMPOSSIBLE: figure "10000000000000" is larger than any population; ignored',
      'toll: 1 file, 2 records read: 1 with figures, 1 without, 0 skipped; 1 figure; problems: 1 FIGURE_IMPOSSIBLE',
    ]);
  });

  it('10^400 never becomes Infinity in any output', () => {
    const input = `Officials said 1${'0'.repeat(400)} people were killed. Police said 7 people were killed.\n`;
    for (const format of ['ndjson', 'json', 'csv', 'table', 'markdown']) {
      for (const command of [['extract'], ['reconcile']]) {
        const result = run([...command, '-f', format], { input });
        expect(result.status).toBe(0);
        expect(result.stdout).not.toMatch(/Infinity|NaN/);
        expect(result.stdout).toContain('7');
        expect(lines(result.stderr)[0]).toMatch(/^toll: <stdin>:1: FIGURE_IMPOSSIBLE: figure "1000000000000000000000000000000000000000…" is larger than any population; ignored$/);
      }
    }
  }, 30_000);

  it('a negative number is read as its magnitude, never below zero', () => {
    const result = run(['extract', '-f', 'ndjson'], { input: 'Officials said -5 people were killed.\n' });
    expect(figures(result.stdout).every((f) => f.low === null || f.low >= 0)).toBe(true);
  });
});

describe('terminal safety', () => {
  const hostileCsv = [
    'id,text,source',
    `"\x1b]0;pwned\x07r1","Police chief \u202eXavier\u202c Smith said 12 people were killed\x7f in \x1bcTown.","\x1b[31mRed\x1b[0m Gazette"`,
    `"r2\u009b2J","The \x1b[1marmy\x1b[0m said 40 soldiers were wounded.","\u2066Iso\u2069 Press\x01"`,
    '',
  ].join('\n');
  // C0 controls except the line feed, DEL, C1 controls, bidi embeddings, overrides and isolates.
  const UNSAFE = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;

  it.each([
    ['reconcile table', []],
    ['reconcile table --explain', ['--explain']],
    ['reconcile table --by source --chart', ['--by', 'source', '--chart']],
    ['reconcile markdown --explain', ['-f', 'markdown', '--explain']],
    ['extract table', ['extract']],
    ['extract markdown', ['extract', '-f', 'markdown']],
    ['timeline table', ['timeline']],
  ])('%s: no control character, escape sequence or bidi override reaches the terminal', (_, args) => {
    fixture('hostile.csv', hostileCsv);
    const result = run([...args, '--source-column', 'source', '--id-column', 'id', 'hostile.csv']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/12|40/);
    expect(result.stdout).not.toMatch(UNSAFE);
    expect(result.stderr).not.toMatch(UNSAFE);
  });

  it('with --color always, the only escapes are toll\'s own colours', () => {
    const result = run(['--color', 'always', '--explain', '--source-column', 'source', '--id-column', 'id', 'hostile.csv']);
    expect(result.stdout).toContain('\x1b[');
    expect(result.stdout.replace(/\x1b\[[0-9;]*m/g, '')).not.toMatch(UNSAFE);
  });

  it('error messages show control characters in names as visible escapes', () => {
    fixture('evil\x1b[2Jname.csv', 'id,\x1b]0;t\x07body\u202e\n1,x\n');
    const result = run(['extract', '--text-column', 'story', 'evil\x1b[2Jname.csv', 'gone\x07.txt']);
    expect(result.status).toBe(2);
    expect(lines(result.stderr)).toEqual([
      'toll: evil\\x1b[2Jname.csv:1: CSV_NO_COLUMN: no column "story"; columns are: id, \\x1b]0;t\\x07body\\u202e',
      'toll: gone\\x07.txt: FILE_NOT_FOUND: no such file',
      'toll: 2 files (2 skipped), 0 records read: 0 with figures, 0 without, 0 skipped; 0 figures; problems: 1 CSV_NO_COLUMN, 1 FILE_NOT_FOUND',
    ]);
  });

  it('usage errors echo the offending option safely', () => {
    const result = run(['--\x1b]0;pwned\x07', 'ok.txt']);
    expect(result.status).toBe(2);
    expect(result.stderr).not.toMatch(UNSAFE);
  });
});

describe('CSV output: formula injection', () => {
  const formulas = [
    'id,text,source',
    '"=HYPERLINK(""http://evil"",""x"")","-12 people were killed, officials said.","+Gazette"',
    '"@SUM(1)","Officials said 7 people were killed.","\tTabbed"',
    '',
  ].join('\n');

  it('prefixes text cells a spreadsheet would run with \', never numbers', () => {
    fixture('formulas.csv', formulas);
    const result = run(['extract', '-f', 'csv', '--id-column', 'id', '--source-column', 'source', 'formulas.csv']);
    expect(result.status).toBe(0);
    const [header, ...rows] = lines(result.stdout);
    expect(header).toMatch(/^doc,category,low,high,/);
    expect(rows[0]).toMatch(/^"'=HYPERLINK\(""http:\/\/evil"",""x""\)",killed,12,12,exact,/);
    expect(rows[1]).toMatch(/^'@SUM\(1\),killed,7,7,exact,/);
    expect(result.stdout).not.toMatch(/(^|,)[=+@\t]/m);
  });

  it('--no-escape-formulas writes the cells as they are', () => {
    const result = run(['extract', '-f', 'csv', '--no-escape-formulas', '--id-column', 'id', 'formulas.csv']);
    const rows = lines(result.stdout).slice(1);
    expect(rows[0]).toMatch(/^"=HYPERLINK\(""http:\/\/evil"",""x""\)",killed,12,12,/);
    expect(rows[1]).toMatch(/^@SUM\(1\),killed,7,7,/);
  });

  it('reconcile CSV is guarded too', () => {
    const escaped = run(['-f', 'csv', '--id-column', 'id', '--source-column', 'source', 'formulas.csv']);
    expect(escaped.stdout).not.toMatch(/(^|,)"?[=+@\t]/m);
    const raw = run(['-f', 'csv', '--no-escape-formulas', '--id-column', 'id', '--source-column', 'source', 'formulas.csv']);
    expect(raw.stdout).toMatch(/(^|,)"?[=+@]/m);
  });
});

describe('pipes and interrupts', () => {
  beforeAll(() => {
    const rows = Array.from({ length: 50_000 }, (_, i) => `${i + 1},Floods killed ${(i % 90) + 2} people in the north.`);
    fixture('big.csv', `id,text\n${rows.join('\n')}\n`);
    fixture('medium.csv', `id,text\n${rows.slice(0, 1500).join('\n')}\n`);
    // Long enough (several seconds) that a run cannot finish before the interrupt, even on a busy machine.
    fixture('huge.csv', `id,text\n${Array.from({ length: 8 }, () => rows.join('\n')).join('\n')}\n`);
  });

  it.each([
    ['ndjson', 'big.csv', ['-f', 'ndjson']],
    ['csv', 'big.csv', ['-f', 'csv']],
    ['table', 'medium.csv', []],
  ])('`toll extract FILE -f %s | head -1` ends quietly, exit 0', (_, file, format) => {
    const command = `{ "${process.execPath}" "${BIN}" extract ${format.join(' ')} ${file}; echo $? > status-${format.join('')}; } | head -1`;
    const result = spawnSync('sh', ['-c', command], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    expect(result.stderr).toBe(`toll: ${file}:1: CSV_COLUMNS: columns read: text=text, id=id\n`);
    expect(lines(result.stdout)).toHaveLength(1);
    expect(readFileSync(join(dir, `status-${format.join('')}`), 'utf8').trim()).toBe('0');
  }, 60_000);

  it.each([['--help'], ['reconcile', '--help'], ['extract', '--help']])('`toll %s | head -1` ends quietly, exit 0', (...args) => {
    const command = `{ "${process.execPath}" "${BIN}" ${args.join(' ')}; echo $? > status-help; } | head -1`;
    const result = spawnSync('sh', ['-c', command], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    expect(result.stderr).toBe('');
    expect(lines(result.stdout)).toHaveLength(1);
    expect(readFileSync(join(dir, 'status-help'), 'utf8').trim()).toBe('0');
  });

  /** Starts toll, waits until its temporary output file exists, interrupts it, and returns how it ended. */
  async function interrupt(args: string[], cwd: string, feed?: (stdin: NodeJS.WritableStream) => void): Promise<{ code: number | null; signal: string | null; stderr: string }> {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => { stderr += chunk; });
    child.stdout.resume();
    const ended = new Promise<{ code: number | null; signal: string | null }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
    if (feed) feed(child.stdin);
    for (let waited = 0; !readdirSync(cwd).some((name) => name.endsWith('.tmp')); waited += 20) {
      if (waited > 20_000) throw new Error(`no temporary file appeared; stderr: ${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    child.kill('SIGINT');
    const { code, signal } = await ended;
    if (!feed) child.stdin.end();
    return { code, signal, stderr };
  }

  it('Ctrl-C while reading stdin with -o FILE: no output file, no temporary file, exit 130', async () => {
    const work = mkdtempSync(join(dir, 'sigint-stdin-'));
    const ended = await interrupt(['extract', '-f', 'ndjson', '-o', 'out.ndjson'], work, (stdin) => {
      stdin.write(OK.repeat(100)); // and stays open: toll is mid-run
    });
    expect(ended.code).toBe(130);
    expect(readdirSync(work)).toEqual([]);
  }, 30_000);

  it('Ctrl-C while reading a large file with -o FILE: no output file, no temporary file', async () => {
    const work = mkdtempSync(join(dir, 'sigint-file-'));
    const ended = await interrupt(['-f', 'json', '-o', 'out.json', join(dir, 'huge.csv')], work);
    expect(ended.code).toBe(130);
    expect(readdirSync(work)).toEqual([]);
  }, 30_000);

  it('an existing output file is left as it was when the run is interrupted', async () => {
    const work = mkdtempSync(join(dir, 'sigint-keep-'));
    writeFileSync(join(work, 'out.json'), 'previous\n');
    const ended = await interrupt(['-f', 'json', '-o', 'out.json', join(dir, 'huge.csv')], work);
    expect(ended.code).toBe(130);
    expect(readdirSync(work)).toEqual(['out.json']);
    expect(readFileSync(join(work, 'out.json'), 'utf8')).toBe('previous\n');
  }, 30_000);
});
