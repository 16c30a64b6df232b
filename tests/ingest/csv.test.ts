import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chunkedStream, describeProblems, fixture, randomCuts, read } from './helpers.js';

const UCDP = '/work/shared/conflict-exports/peacerep_ukraine-map__UCDP-Ukraine.csv';

describe('CSV input', () => {
  it('reads the text, id, source and date columns, matching names case-insensitively', async () => {
    const path = fixture('basic.csv', [
      'ID,Outlet,Published,Text',
      'a1,Daily Example,2024-03-05,Officials said 12 people were killed in the flood.',
      'a2,,5 March 2024,"Rescuers said 4 were missing, 2 wounded."',
      ',Evening Example,03/05/2024,The ministry said 30 soldiers were wounded.',
    ].join('\n'));
    const { reports, problems } = await read(path, { idColumn: 'id', sourceColumn: 'outlet', dateColumn: 'published' });
    expect(reports).toEqual([
      { file: path, line: 2, doc: 'a1', text: 'Officials said 12 people were killed in the flood.', source: 'Daily Example', date: '2024-03-05', idGiven: true },
      { file: path, line: 3, doc: 'a2', text: 'Rescuers said 4 were missing, 2 wounded.', source: null, date: '2024-03-05', idGiven: true },
      { file: path, line: 4, doc: '4', text: 'The ministry said 30 soldiers were wounded.', source: 'Evening Example', date: '03/05/2024' },
    ]);
    expect(problems).toEqual([]);
  });

  it('uses columns with well-known names without flags, and says once which it read', async () => {
    const path = fixture('known.csv', [
      'event_id,publisher,body,published,notes_extra',
      'e1,Daily Example,Officials said 12 people were killed.,2024-03-05,x',
      'e2,,Rescuers said 4 were missing.,2024-03-06,y',
    ].join('\n'));
    const { reports, notes } = await read(path);
    expect(reports.map((r) => [r.doc, r.source, r.date, r.text])).toEqual([
      ['e1', 'Daily Example', '2024-03-05', 'Officials said 12 people were killed.'],
      ['e2', null, '2024-03-06', 'Rescuers said 4 were missing.'],
    ]);
    expect(notes).toEqual(['1: columns read: text=body, id=event_id, source=publisher, date=published']);
  });

  it('lets a flag name another column than the well-known one, and is silent when flags name them all', async () => {
    const path = fixture('named.csv', 'id,doc,source,outlet,date,text\n1,d1,Wire,Daily,2024-03-05,Floods killed 3.\n');
    const chosen = await read(path, { idColumn: 'doc', sourceColumn: 'outlet' });
    expect(chosen.reports.map((r) => [r.doc, r.source, r.date])).toEqual([['d1', 'Daily', '2024-03-05']]);
    expect(chosen.notes).toEqual(['1: columns read: text=text, id=doc, source=outlet, date=date']);
    const all = await read(path, { textColumn: 'text', idColumn: 'id', sourceColumn: 'source', dateColumn: 'date' });
    expect(all.notes).toEqual([]);
  });

  it('finds a default text column; without an id column a record is known by the line it starts on', async () => {
    const path = fixture('notes.csv', 'when,Notes\n2024-01-02,First: 1 killed.\n2024-01-03,Second: 2 killed.\n');
    const { reports } = await read(path);
    expect(reports.map((r) => [r.line, r.doc, r.text])).toEqual([
      [2, '2', 'First: 1 killed.'],
      [3, '3', 'Second: 2 killed.'],
    ]);
  });

  it('starts each record at its first line when quoted fields hold line breaks', async () => {
    const csv = [
      'id,text',
      '1,"Officials said:\n12 people were killed."',
      '',
      '2,"A CRLF\r\ninside, and ""quotes""."',
      '   ',
      '3,Plain row.',
    ].join('\r\n');
    const path = fixture('multiline.csv', `${csv}\r\n`);
    const { reports, problems } = await read(path, { idColumn: 'id' });
    expect(reports.map((r) => [r.line, r.doc, r.text])).toEqual([
      [2, '1', 'Officials said:\n12 people were killed.'],
      [5, '2', 'A CRLF\r\ninside, and "quotes".'],
      [8, '3', 'Plain row.'],
    ]);
    expect(problems).toEqual([]);
  });

  it('counts lone CR line breaks (classic Mac files)', async () => {
    const { reports } = await read(fixture('mac.csv', 'id,text\r1,"Two\rlines: 1 killed."\r2,Last.\r'));
    expect(reports.map((r) => [r.line, r.text])).toEqual([
      [2, 'Two\rlines: 1 killed.'],
      [4, 'Last.'],
    ]);
  });

  it('names the physical line of invalid UTF-8 inside a multi-line record', async () => {
    const path = fixture('bad-byte.csv', Buffer.concat([
      Buffer.from('id,text\n1,"«Two»\nlines: '),
      Buffer.from([0xff]),
      Buffer.from(' 1 killed."\n2,Fine.\n'),
    ]));
    const { reports, problems } = await read(path);
    expect(reports.map((r) => [r.line, r.text])).toEqual([
      [2, '«Two»\nlines: \uFFFD 1 killed.'],
      [4, 'Fine.'],
    ]);
    expect(describeProblems(problems)).toEqual(['warning 3: invalid UTF-8 replaced with U+FFFD']);
  });

  it('gives identical records however the input is chunked', async () => {
    const rows = ['1;"Line one\nline two: 5 killed — «ok»"', '2;Café: 🙁 3 wounded', '', '3;"x;y\r\nz\r\n"'];
    const bytes = Buffer.from(`\uFEFFid;text\r\n${rows.join('\r\n')}\r\n${`${rows.join('\n')}\n`.repeat(3)}`);
    const whole = await read('-', { inputFormat: 'csv' }, chunkedStream(bytes, []));
    expect(whole.reports.map((r) => r.line)).toEqual([2, 4, 6, 9, 11, 13, 16, 18, 20, 23, 25, 27]);
    for (const seed of [1, 2, 3]) {
      expect(await read('-', { inputFormat: 'csv' }, chunkedStream(bytes, randomCuts(bytes.length, 25, seed)))).toEqual(whole);
    }
    expect(await read('-', { inputFormat: 'csv' }, chunkedStream(bytes, [...bytes.keys()]))).toEqual(whole);
  });

  it('detects ; and tab delimiters from the header, and reads .tsv as tab-separated', async () => {
    const semicolon = await read(fixture('semi.csv', 'id;text\n1;Officials: 3 killed, 2 wounded.\n'));
    expect(semicolon.reports.map((r) => r.text)).toEqual(['Officials: 3 killed, 2 wounded.']);
    const tabInCsv = await read(fixture('tabbed.csv', 'id\ttext\n1\tSix killed, officials said.\n'));
    expect(tabInCsv.reports.map((r) => r.text)).toEqual(['Six killed, officials said.']);
    const tsv = await read(fixture('data.tsv', 'text\tid\nHe said "7 killed", then left.\t9\n'), { idColumn: 'id' });
    expect(tsv.reports.map((r) => [r.doc, r.text])).toEqual([['9', 'He said "7 killed", then left.']]);
    const piped = await read(fixture('piped.txt', 'text|id\nEight hurt.|1\n'), { inputFormat: 'csv', delimiter: '|' });
    expect(piped.reports.map((r) => r.text)).toEqual(['Eight hurt.']);
  });

  it('warns about ragged rows and uses them while the text field exists', async () => {
    const path = fixture('ragged.csv', 'id,text,source\n1,Two killed.,X,extra,more\n2\n3,Four killed.\n');
    const { reports, problems } = await read(path, { idColumn: 'id' });
    expect(reports.map((r) => [r.line, r.text])).toEqual([
      [2, 'Two killed.'],
      [4, 'Four killed.'],
    ]);
    expect(problems).toEqual([
      { file: path, line: 2, message: 'row has 5 fields, header has 3', severity: 'warning' },
      { file: path, line: 3, message: 'row has 1 field, header has 3: no text field; skipped', severity: 'error' },
      { file: path, line: 4, message: 'row has 2 fields, header has 3', severity: 'warning' },
    ]);
  });

  it('warns about duplicate column names and uses the first', async () => {
    const path = fixture('dupes.csv', 'text,id,Text\nFirst text: 1 killed.,1,second text\n');
    const { reports, problems } = await read(path);
    expect(reports.map((r) => r.text)).toEqual(['First text: 1 killed.']);
    expect(describeProblems(problems)).toEqual(['warning 1: duplicate column name "Text"; using the first']);
  });

  it('stops at a missing configured column, listing the columns', async () => {
    const path = fixture('columns.csv', 'id,date,text\n1,2024-01-01,One killed.\n');
    for (const option of ['textColumn', 'idColumn', 'sourceColumn', 'dateColumn']) {
      const { reports, problems } = await read(path, { [option]: 'txt' });
      expect(reports).toEqual([]);
      expect(problems).toEqual([{ file: path, line: 1, message: 'no column "txt"; columns are: id, date, text', severity: 'error' }]);
    }
  });

  it('stops when no default text column exists', async () => {
    const { problems } = await read(fixture('notext.csv', 'id,summary\n1,One killed.\n'));
    expect(problems).toEqual([
      expect.objectContaining({ line: 1, message: 'no text column; columns are: id, summary', hint: 'name one with --text-column', severity: 'error' }),
    ]);
  });

  it('warns "no records" for a header-only CSV and "empty file" for an empty one', async () => {
    expect(describeProblems((await read(fixture('header.csv', 'id,text\r\n'))).problems)).toEqual(['warning -: no records with text']);
    expect(describeProblems((await read(fixture('blank-rows.csv', 'id,text\n\n,\n'))).problems)).toEqual(['warning -: no records with text']);
    expect(describeProblems((await read(fixture('empty.csv', ''))).problems)).toEqual(['warning -: empty file']);
  });

  it('reports an unclosed quote at the line where it opened, skips that record and reads on', async () => {
    const path = fixture('unclosed.csv', 'id,text\n1,Fine: 1 killed.\n2,"Never closed: 2 killed.\n3,More text\n');
    const { reports, problems, codes } = await read(path);
    expect(reports.map((r) => r.text)).toEqual(['Fine: 1 killed.', 'More text']);
    expect(codes).toEqual(['CSV_QUOTE_NOT_CLOSED']);
    expect(describeProblems(problems)).toEqual([
      'error 3: the quote opened on this line is not closed (it would swallow the 1 line to the end of the input); record skipped, reading resumes at line 4',
    ]);
  });

  it('an unclosed quote that relax_quotes would read on into later lines: each record kept apart (issue example)', async () => {
    const path = fixture('relaxed.csv', 'id,text\n1,"5 killed\n2,"open quote\n3,"9 people were killed"\n');
    const { reports, problems, codes } = await read(path);
    expect(reports.map((r) => [r.line, r.text])).toEqual([[4, '9 people were killed']]);
    expect(codes).toEqual(['CSV_QUOTE_NOT_CLOSED', 'CSV_QUOTE_NOT_CLOSED']);
    expect(describeProblems(problems)).toEqual([
      'error 2: the quote opened on this line is not closed (it would swallow 1 line); record skipped, reading resumes at line 3',
      'error 3: the quote opened on this line is not closed (it would swallow 1 line); record skipped, reading resumes at line 4',
    ]);
  });

  it('a quoted field over lines that closes on a quote meant for a later field: more fields than the header, so a fault', async () => {
    const path = fixture('late-close.csv', 'id,text\n1,"Storm: 2 killed\n2,fine\n3,",x\n4,Fire: 5 killed.\n');
    const { reports, codes } = await read(path);
    // Line 4 then opens a quote of its own that runs to the end.
    expect(reports.map((r) => r.line)).toEqual([3, 5]);
    expect(codes).toEqual(['CSV_QUOTE_NOT_CLOSED', 'CSV_QUOTE_NOT_CLOSED']);
  });

  it('a quoted field over lines that is well formed is one record, whatever the line ends', async () => {
    const path = fixture('multiline.csv', 'id,text\n1,"Storm:\r\n2 killed ""here"""\n2,ok\r3,"a\rb"\n');
    const { reports, problems } = await read(path);
    expect(reports.map((r) => [r.line, r.text])).toEqual([[2, 'Storm:\r\n2 killed "here"'], [4, 'ok'], [5, 'a\rb']]);
    expect(problems).toEqual([]);
  });

  it('skips a record over --max-record-size without holding it whole, and reads on', async () => {
    const path = fixture('huge-field.csv', `id,text\n1,Fine: 1 killed.\n2,"${'a'.repeat(5_000_000)}"\n3,After.\n`);
    const { reports, problems } = await read(path, { maxRecordSize: 1024 * 1024 });
    expect(reports.map((r) => r.text)).toEqual(['Fine: 1 killed.', 'After.']);
    expect(problems).toEqual([{
      file: path, line: 3, message: 'record exceeds --max-record-size (1 MiB); skipped', hint: 'reading resumes at line 4', severity: 'error',
    }]);
  });

  it.skipIf(!existsSync(UCDP))('reads the real cp1252 UCDP export', async () => {
    const { reports, problems } = await read(UCDP, {
      textColumn: 'source_headline',
      idColumn: 'id',
      sourceColumn: 'source_office',
      dateColumn: 'date_start',
    });
    expect(problems).toEqual([{ file: UCDP, line: null, message: 'decoded as cp1252; use --encoding to choose', severity: 'warning' }]);
    expect(reports).toHaveLength(3883);
    const apostrophe = reports.find((r) => r.doc === '153151')!;
    expect(apostrophe).toMatchObject({ line: 19, source: 'ITAR-TASS World Service', date: '05/04/2014 00:00' });
    expect(apostrophe.text).toBe('Casualty toll climbs in Ukraine’s southeast as bloody clashes continue');
    // Record 154408 spans lines 51-52 (a line break inside a quoted field).
    expect(reports.filter((r) => r.doc === '154408' || r.doc === '154409').map((r) => r.line)).toEqual([51, 53]);
  });
});
