// The conservation law (docs/problems.md): records read = records with figures + records without
// figures + records skipped, every skipped record with a located error; and the output of a run
// does not depend on how its inputs are cut for worker threads. Generated CSV, NDJSON and text with
// quoting faults, every line ending, BOMs, empty lines and bad bytes. Bounded: a few seconds.
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { InputFormat } from '../../src/ingest/index.js';
import { extractInputs } from '../../src/run/parallel.js';

const RUNS = Number(process.env.TOLL_PROPERTY_RUNS ?? 1000);

interface Outcome {
  read: number;
  withFigures: number;
  skipped: number;
  /** True when the input as a whole was refused (binary, a JSON document): its records are not read. */
  refused: boolean;
  /** Every problem as its stderr words would place it. */
  problems: string[];
  output: string;
}

async function outcome(bytes: Buffer, format: InputFormat, jobs: number, segmentBytes: number, chunk: number): Promise<Outcome> {
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += chunk) chunks.push(bytes.subarray(i, i + chunk));
  const result: Outcome = { read: 0, withFigures: 0, skipped: 0, refused: false, problems: [], output: '' };
  for await (const event of extractInputs(['-'], {
    jobs, segmentBytes, inlineBytes: Infinity, ingest: { inputFormat: format }, stdin: () => Readable.from(chunks),
    emit: { format: 'ndjson' }, minConfidence: 0, coded: null,
  })) {
    if (event.kind === 'records') {
      result.read += event.records;
      result.withFigures += event.withFigures;
      result.output += typeof event.text === 'string' ? event.text : Buffer.from(event.text).toString('utf8');
    } else if (event.kind === 'problem') {
      result.problems.push(`${event.problem.line}:${event.problem.code}`);
      if (event.skipped === 'file') result.refused = true;
      if (event.skipped === 'record') {
        result.skipped += 1;
        result.read += 1;
        // Located: a skipped record names its line.
        expect(event.problem.line).not.toBeNull();
      }
    }
  }
  return result;
}

const END = fc.constantFrom('\n', '\r\n', '\r');
const TEXT = fc.constantFrom('Floods killed 12 people.', 'About 30 were wounded', 'police said so', 'a "stray quote', 'é — 👍', '4 soldiers died');
// Not a BOM at the start of a file (FF FE would be read as UTF-16, rightly).
const BAD_BYTES = Buffer.from([0x80, 0xff, 0xc3]);

/** A file as rows, each known to be one record (or none: a blank line), with what it must count as. */
interface Generated {
  format: InputFormat;
  bytes: Buffer;
  /** Records the rows make: what `read` must come to. */
  records: number;
}

function assemble(format: InputFormat, head: string, rows: [string, string][], bom: boolean, badRow: number, records: number): Generated {
  const parts: Buffer[] = [Buffer.from(bom ? `\ufeff${head}` : head, 'utf8')];
  rows.forEach(([row, end], i) => {
    parts.push(Buffer.from(row, 'utf8'));
    if (i === badRow) parts.push(BAD_BYTES);
    parts.push(Buffer.from(end, 'utf8'));
  });
  return { format, bytes: Buffer.concat(parts), records };
}

// CSV rows on one line each: plain, quoted, empty text, or a quote left open (a fault: one record skipped).
const csvRow = fc.tuple(fc.integer({ min: 1, max: 99 }), TEXT, fc.constantFrom('plain', 'quoted', 'empty', 'open'))
  .map(([id, text, kind]) => {
    const clean = text.replaceAll('"', '');
    if (kind === 'quoted') return `${id},"${clean}, ""so"""`;
    if (kind === 'empty') return `${id},`;
    if (kind === 'open') return `${id},"${clean}`;
    return `${id},${clean}`;
  });

const csv = fc.tuple(fc.array(fc.tuple(csvRow, END), { maxLength: 10 }), fc.boolean(), fc.integer({ min: -1, max: 9 }), END)
  .map(([rows, bom, bad, headEnd]) => assemble('csv', `id,text${headEnd}`, rows, bom, bad, rows.length));

// NDJSON and text rows end with a line feed or CRLF; a blank line is no record.
const LF_END = fc.constantFrom('\n', '\r\n');
const ndjsonRow = fc.oneof(TEXT.map((text) => JSON.stringify({ text })), fc.constantFrom('{oops', '[1]', '{"title": 3}', '{"text": ""}', ''));
const ndjson = fc.tuple(fc.array(fc.tuple(ndjsonRow, LF_END), { maxLength: 12 }), fc.boolean(), fc.integer({ min: -1, max: 11 }))
  .map(([rows, bom, bad]) => assemble('ndjson', '', rows, bom, bad, rows.filter(([row], i) => row !== '' || i === bad).length));
// A lone CR inside a text row ends a line too (classic Mac files), as csv-parse counts it: two records.
const textRow = fc.oneof(TEXT, fc.constant(''), TEXT.map((text) => `${text}\r${text}`));
const text = fc.tuple(fc.array(fc.tuple(textRow, LF_END), { maxLength: 12 }), fc.boolean(), fc.integer({ min: -1, max: 11 }))
  .map(([rows, bom, bad]) => assemble('text', '', rows, bom, bad,
    rows.reduce((sum, [row], i) => sum + (row === '' ? (i === bad ? 1 : 0) : row.split('\r').length), 0)));

describe('every record accounted for', () => {
  it('records read = with figures + without + skipped, as many as written; --jobs does not change the output', async () => {
    await fc.assert(fc.asyncProperty(fc.oneof(csv, ndjson, text), fc.integer({ min: 1, max: 64 }), fc.integer({ min: 1, max: 97 }),
      async (generated, segmentBytes, chunk) => {
        const one = await outcome(generated.bytes, generated.format, 1, Infinity, chunk);
        if (!one.refused) expect(one.read).toBe(generated.records);
        expect(one.withFigures).toBeLessThanOrEqual(one.read - one.skipped);
        const split = await outcome(generated.bytes, generated.format, 4, segmentBytes, chunk);
        expect(split).toEqual(one);
      }), { numRuns: RUNS });
  }, 60_000);

  it('the issue example: three records read, two skipped with their lines, one with figures', async () => {
    const bytes = Buffer.from('id,text\n1,"5 killed\n2,"open quote\n3,"9 people were killed"\n');
    const result = await outcome(bytes, 'csv', 1, Infinity, 7);
    expect(result).toMatchObject({ read: 3, withFigures: 1, skipped: 2, problems: ['1:CSV_COLUMNS', '2:CSV_QUOTE_NOT_CLOSED', '3:CSV_QUOTE_NOT_CLOSED'] });
  });

  it('a CR-only CSV gives the same output under any cut (issue: read twice under --jobs)', async () => {
    const rows = Array.from({ length: 200 }, (_, i) => `${i},Floods killed ${i + 1} people.`).join('\r');
    const bytes = Buffer.from(`id,text\r${rows}\r\nlast,Fire killed 5 people.\n`);
    const one = await outcome(bytes, 'csv', 1, Infinity, 64);
    expect(one.read).toBe(201);
    for (const segmentBytes of [16, 100, 1000]) expect(await outcome(bytes, 'csv', 4, segmentBytes, 64)).toEqual(one);
  });
});
