// CSV and TSV through csv-parse in streaming mode. The first record is the header. A record's id,
// unless a column gives one, is the line it starts on: the row number a spreadsheet shows for it.

import { Readable } from 'node:stream';
import type { CsvError } from 'csv-parse';
import { countLineBreaks, scanCsv } from './csv-fast.js';
import type { Report } from '../figure.js';
import { chooseColumns, type Columns } from './columns.js';
import { normalizeDate } from '../calendar.js';
import { detectDelimiter, peekFirstLine } from './delimiter.js';
import { hasText } from './lines.js';
import { docOf, formatSize, type Settings } from './options.js';
import { Problems } from './problems.js';
import { groupThousands } from '../thousands.js';

/** What csv-parse yields with `info` on. */
interface RecordWithInfo {
  record: string[];
  info: { lines: number; bytes: number };
}

interface ParseFailure {
  error: CsvError | undefined;
  /** How many records csv-parse had emitted before the error. */
  recordsBefore: number;
}

/** A record lost to a quoting fault: where its quote opened, and where reading starts again. */
interface Fault {
  line: number;
  /** Lines after the opening one that the quote ran over. */
  swallowed: number;
  toEnd: boolean;
  /** The byte offset to read on from: the line after the one the quote opened on (-1: past the input). */
  resume: number;
  /** csv-parse's error, when the fault is not a quote (a record too long, another error). */
  error?: CsvError | undefined;
}

/**
 * Reads the records of a CSV input. csv-parse cannot resume after an error, and with relax_quotes
 * it silently reads an unclosed quote on into the following lines; so each record that spans lines
 * is checked, and at a quoting fault (or any parse error) the record where it starts is reported
 * and skipped, and a new parser starts on the line after it: no other record is lost.
 */
export async function* readCsv(chunks: AsyncIterable<Buffer>, settings: Settings, problems: Problems): AsyncGenerator<Report> {
  const peeked = await peekFirstLine(chunks);
  const delimiter = settings.delimiter ?? detectDelimiter(peeked.firstLine);
  const window = new ByteWindow(peeked.chunks[Symbol.asyncIterator]());
  let start = 0;
  let firstLine = settings.firstLine;
  let columns: Columns | null = null;
  let kept: KeptColumn[] = [];
  let headerLength = 0;
  /** Takes one record: the header, or a report (null: none); 'stop' when the input cannot be read on. */
  const take = (record: string[], line: number): Report | null | 'stop' => {
    if (columns === null) {
      headerLength = record.length;
      // A segment's header was checked, and its problems reported, with the first segment.
      const headerProblems = settings.continuation ? new Problems(problems.file, () => {}) : problems;
      columns = chooseColumns(record, line, settings, headerProblems);
      const found = columns && keptColumns(record, line, settings.keepColumns, headerProblems);
      if (!found) return 'stop';
      kept = found;
      return null;
    }
    if (record.length === 1 && !hasText(record[0]!)) return null;
    return toReport(record, headerLength, columns, kept, line, settings, problems);
  };
  try {
    if (settings.fastCsv) {
      // The common case without csv-parse (csv-fast.ts); from the first record that is not, csv-parse reads on.
      const delimiterCode = delimiter.charCodeAt(0);
      let wanted = FAST_SCAN_BYTES;
      fast: for (;;) {
        while (window.end - start < wanted && (await window.pull()));
        const base = start;
        const scan = scanCsv(window.slice(base, window.end), 0, firstLine, window.done, delimiterCode, settings.maxRecordSize);
        for (const record of scan.records) {
          if (record.spans && columns !== null && record.fields.length > headerLength) {
            // A quote closed at one meant for another field: csv-parse's path finds and reports it.
            start = base + record.begin;
            firstLine = record.line;
            break fast;
          }
          const report = take(record.fields, record.line);
          if (report === 'stop') return;
          if (report !== null) yield report;
        }
        start = base + scan.stop;
        firstLine = scan.line;
        window.release(start);
        if (scan.reason === 'end') return;
        if (scan.reason === 'other') break;
        // A record runs past the bytes held: hold twice as many, so that a long record is scanned a few times, not once per chunk.
        wanted = Math.max(FAST_SCAN_BYTES, 2 * (window.end - start));
      }
    }
    // Loaded only now: most inputs are read to the end by the fast scan.
    const { parse } = await import('csv-parse');
    for (;;) {
      const { source, parser, failures, stop } = startParser(parse, window, start, delimiter, settings.maxRecordSize);
      const lines = new RecordLines(firstLine);
      /** Where the last record read ends, and the line after it. */
      let recordEnd = start;
      let fault: Fault | null = null;
      let records = 0;
      try {
        for await (const { record, info } of parser as AsyncIterable<RecordWithInfo>) {
          // Records after an error are pieces of the broken one: ignore them.
          if (failures.length > 0 && records >= failures[0]!.recordsBefore) break;
          records++;
          const begin = recordEnd;
          const beginLine = lines.next;
          recordEnd = start + info.bytes;
          const line = lines.startOf(record, info.lines);
          if (spansLines(record)) {
            const expected = columns === null ? null : headerLength;
            fault = findQuoteFault(window, begin, recordEnd, beginLine, delimiter, expected, record.length);
            if (fault !== null) break;
          }
          window.release(recordEnd);
          const report = take(record, line);
          if (report === 'stop') return;
          if (report !== null) yield report;
        }
      } finally {
        stop();
        source.destroy();
      }
      if (fault === null && failures.length > 0) {
        // Every record before the failing one was read: it starts at `recordEnd`, on `lines.next`.
        const { error } = failures[0]!;
        await window.fill(recordEnd, settings.maxRecordSize);
        const unclosed = error?.code === 'CSV_QUOTE_NOT_CLOSED' ? findQuoteFault(window, recordEnd, window.end, lines.next, delimiter, null, 0, true) : null;
        fault = unclosed ?? { ...lineFault(window, recordEnd, lines.next), error };
      }
      if (fault === null) return;
      reportFault(fault, settings.maxRecordSize, problems);
      if (fault.resume < 0) return;
      start = await window.skipTo(fault.resume);
      firstLine = fault.line + 1;
      if (start < 0) return;
    }
  } finally {
    await window.close();
  }
}

/** Bytes the fast scan looks at in one go (more when a record is longer). */
const FAST_SCAN_BYTES = 64 * 1024;

/**
 * Starts csv-parse on the window's bytes from `start`. Its first error ends the parse but must not
 * discard the records parsed before it, as an error destroying the stream would: so errors are
 * "skipped" and kept in `failures`, and the parser is cut off.
 */
function startParser(parse: typeof import('csv-parse').parse, window: ByteWindow, start: number, delimiter: string, maxRecordSize: number) {
  const failures: ParseFailure[] = [];
  let alive = true;
  const source = Readable.from(window.from(start, () => alive));
  const parser = parse({
    delimiter,
    // info.lines: the line each record ends on; info.bytes: the offset where it ends.
    info: true,
    relax_column_count: true,
    // A stray quote inside an unquoted field is kept as text rather than failing the file.
    relax_quotes: true,
    skip_empty_lines: true,
    max_record_size: maxRecordSize,
    record_delimiter: ['\r\n', '\n', '\r'],
    skip_records_with_error: true,
    on_skip: (error) => {
      if (failures.length > 0) return undefined;
      failures.push({ error, recordsBefore: parser.info.records });
      // After an error csv-parse cannot resume; fed on, it rebuilds the whole error for every chunk.
      process.nextTick(() => {
        source.unpipe(parser);
        parser.end();
      });
      return undefined;
    },
  });
  // A reader's own problems never throw; anything else is a bug and should surface.
  source.on('error', (error) => parser.destroy(error));
  source.pipe(parser);
  return { source, parser, failures, stop: () => { alive = false; } };
}

function spansLines(record: readonly string[]): boolean {
  return record.some((field) => field.includes('\n') || field.includes('\r'));
}

const QUOTE = 0x22;
const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/**
 * Checks the bytes of one record (from `begin`, on line `beginLine`, to `end`) for a quote that
 * swallowed lines: a quoted field that runs over a line break and then ends in a quote followed by
 * text (csv-parse, with relax_quotes, reads it on as text), or never ends (`toEnd`); or, when the
 * record has more fields than the header, any quoted field over a line break (it closed at a quote
 * meant for another field). Null when the record is sound.
 */
function findQuoteFault(
  window: ByteWindow, begin: number, end: number, beginLine: number, delimiter: string,
  headerLength: number | null, fieldCount: number, toEnd = false,
): Fault | null {
  const bytes = window.slice(begin, end);
  const delim = delimiter.charCodeAt(0);
  let multiline = -1;
  let i = 0;
  while (i < bytes.length && (bytes[i] === LINE_FEED || bytes[i] === CARRIAGE_RETURN)) i++;
  for (;;) {
    if (bytes[i] === QUOTE) {
      const open = i;
      let closed = false;
      for (i++; ; ) {
        const quote = bytes.indexOf(QUOTE, i);
        const spans = lineBreakIn(bytes, open, quote === -1 ? bytes.length : quote);
        if (quote === -1) return spans || toEnd ? quoteFault(bytes, open, begin, beginLine, true) : null;
        const next = quote + 1 < bytes.length ? bytes[quote + 1] : -1;
        if (next === QUOTE) {
          i = quote + 2;
          continue;
        }
        if (next === -1 || next === delim || next === LINE_FEED || next === CARRIAGE_RETURN) {
          if (spans && multiline === -1) multiline = open;
          closed = true;
          i = quote + 1;
          break;
        }
        if (spans) return quoteFault(bytes, open, begin, beginLine, false);
        // A stray quote on one line: relax_quotes keeps it as text, and so does toll.
        i = quote + 1;
        break;
      }
      if (!closed) i = skipUnquoted(bytes, i, delim);
    } else {
      i = skipUnquoted(bytes, i, delim);
    }
    if (i < bytes.length && bytes[i] === delim) {
      i++;
      continue;
    }
    break;
  }
  if (multiline !== -1 && headerLength !== null && fieldCount > headerLength) return quoteFault(bytes, multiline, begin, beginLine, false);
  return null;
}

function skipUnquoted(bytes: Buffer, from: number, delim: number): number {
  let i = from;
  while (i < bytes.length && bytes[i] !== delim && bytes[i] !== LINE_FEED && bytes[i] !== CARRIAGE_RETURN) i++;
  return i;
}

function lineBreakIn(bytes: Buffer, from: number, to: number): boolean {
  const lf = bytes.indexOf(LINE_FEED, from);
  const cr = bytes.indexOf(CARRIAGE_RETURN, from);
  return (lf !== -1 && lf < to) || (cr !== -1 && cr < to);
}

/** The fault of a quote opened at `open` in `bytes` (which start at offset `begin`, on line `beginLine`). */
function quoteFault(bytes: Buffer, open: number, begin: number, beginLine: number, toEnd: boolean): Fault {
  const line = beginLine + countLineBreaks(bytes, 0, open);
  const after = lineBreakAfter(bytes, open);
  // The lines after the opening one that the quote took: to the end of the record, or of the input.
  const swallowed = countLineBreaks(bytes, open, toEnd ? bytes.length : trimLineBreak(bytes)) - (toEnd && after !== -1 ? 1 : 0);
  return { line, swallowed: Math.max(0, swallowed), toEnd, resume: after === -1 ? -1 : begin + after };
}

/** A record that failed without a quote to blame (too long, say): skipped up to its first line break. */
function lineFault(window: ByteWindow, begin: number, beginLine: number): Fault {
  const bytes = window.slice(begin, window.end);
  let i = 0;
  let line = beginLine;
  while (i < bytes.length && (bytes[i] === LINE_FEED || bytes[i] === CARRIAGE_RETURN)) {
    if (!(bytes[i] === CARRIAGE_RETURN && bytes[i + 1] === LINE_FEED)) line++;
    i++;
  }
  const after = lineBreakAfter(bytes, i);
  return { line, swallowed: 0, toEnd: false, resume: after === -1 ? (window.done ? -1 : window.end) : begin + after };
}

/** The offset just after the first line break at or after `from` (a CRLF is one), or -1. */
function lineBreakAfter(bytes: Buffer, from: number): number {
  for (let i = from; i < bytes.length; i++) {
    if (bytes[i] === LINE_FEED) return i + 1;
    if (bytes[i] === CARRIAGE_RETURN) return bytes[i + 1] === LINE_FEED ? i + 2 : i + 1;
  }
  return -1;
}

/** The length of `bytes` without the line break that ends them. */
function trimLineBreak(bytes: Buffer): number {
  let end = bytes.length;
  if (end > 0 && bytes[end - 1] === LINE_FEED) end--;
  if (end > 0 && bytes[end - 1] === CARRIAGE_RETURN) end--;
  return end;
}

/**
 * The input's bytes from the start of the record being read on: a parse that has to start again
 * finds them here, even those a parser took and dropped. Memory: from the last record read to what
 * the parser has taken, which --max-record-size bounds.
 */
class ByteWindow {
  private chunks: Buffer[] = [];
  /** The offset of chunks[0] in the input. */
  private base = 0;
  /** The offset after the last byte taken from the source. */
  end = 0;
  done = false;
  private pending: Promise<boolean> | null = null;

  constructor(private readonly source: AsyncIterator<Buffer>) {}

  /** Takes one more chunk from the source; false at its end. */
  pull(): Promise<boolean> {
    if (this.done) return Promise.resolve(false);
    this.pending ??= this.source.next().then((next) => {
      this.pending = null;
      if (next.done) {
        this.done = true;
        return false;
      }
      this.chunks.push(next.value);
      this.end += next.value.length;
      return true;
    });
    return this.pending;
  }

  /** The bytes from `offset` on, as the source gives them, while `alive()`. */
  async *from(offset: number, alive: () => boolean): AsyncGenerator<Buffer> {
    let position = offset;
    while (alive()) {
      if (position < this.end) {
        const bytes = this.slice(position, this.end);
        position = this.end;
        yield bytes;
      } else if (!(await this.pull())) return;
    }
  }

  /** Reads on until `limit` bytes after `offset` are held, or the input ends. */
  async fill(offset: number, limit: number): Promise<void> {
    while (this.end - offset <= limit && (await this.pull()));
  }

  /**
   * Where reading resumes: `offset`, or when that is past what is held (a record too long without
   * a line break), the offset after the next line break, read through and dropped. -1: none is left.
   */
  async skipTo(offset: number): Promise<number> {
    if (offset < this.end || (offset === this.end && this.done)) return offset < this.end ? offset : -1;
    this.release(this.end);
    for (;;) {
      const from = this.end;
      if (!(await this.pull())) return -1;
      const bytes = this.slice(from, this.end);
      const after = lineBreakAfter(bytes, 0);
      if (after !== -1) return from + after;
      this.release(this.end);
    }
  }

  slice(from: number, to: number): Buffer {
    const pieces: Buffer[] = [];
    let offset = this.base;
    for (const chunk of this.chunks) {
      const chunkEnd = offset + chunk.length;
      if (chunkEnd > from && offset < to) pieces.push(chunk.subarray(Math.max(0, from - offset), Math.min(chunk.length, to - offset)));
      offset = chunkEnd;
    }
    return pieces.length === 1 ? pieces[0]! : Buffer.concat(pieces);
  }

  /** Forgets the bytes before `offset`. */
  release(offset: number): void {
    while (this.chunks.length > 0 && this.base + this.chunks[0]!.length <= offset) {
      this.base += this.chunks.shift()!.length;
    }
  }

  async close(): Promise<void> {
    await this.pending?.catch(() => false);
    await this.source.return?.();
  }
}

/** A column asked for with keepColumns: the name as asked and its index. */
type KeptColumn = [name: string, index: number];

function keptColumns(header: string[], line: number, names: readonly string[], problems: Problems): KeptColumn[] | null {
  const lower = header.map((name) => name.trim().toLowerCase());
  const kept: KeptColumn[] = [];
  for (const name of names) {
    const index = lower.indexOf(name.toLowerCase());
    if (index === -1) {
      problems.fail(line, 'CSV_NO_COLUMN', { name, columns: header.map((h) => h.trim()).join(', ') });
      return null;
    }
    kept.push([name, index]);
  }
  return kept;
}

function toReport(
  record: string[], headerLength: number, columns: Columns, kept: readonly KeptColumn[], line: number, settings: Settings,
  problems: Problems,
): Report | null {
  const text = record[columns.text];
  if (record.length !== headerLength) {
    const counts = { fields: fieldCount(record.length), header: headerLength };
    if (text === undefined) {
      problems.error(line, 'CSV_ROW_NO_TEXT', counts);
      return null;
    }
    problems.warn(line, 'CSV_FIELD_COUNT', counts);
  }
  if (text === undefined || !hasText(text)) {
    problems.emptyRecord();
    return null;
  }
  const cell = (index: number | null): string | null => {
    const value = index === null ? undefined : record[index];
    return value === undefined || value.trim() === '' ? null : value;
  };
  const id = cell(columns.id);
  const report: Report = {
    file: problems.file,
    line,
    doc: docOf(settings, problems.file, id ?? String(line)),
    text,
    source: cell(columns.source),
    date: normalizeDate(cell(columns.date)),
  };
  if (id !== null) report.idGiven = true;
  if (kept.length > 0) report.columns = Object.fromEntries(kept.map(([name, index]) => [name, record[index] ?? '']));
  return report;
}

function fieldCount(count: number): string {
  return count === 1 ? '1 field' : `${count} fields`;
}

function reportFault(fault: Fault, maxBytes: number, problems: Problems): void {
  const resume = fault.resume < 0 ? 'the end of the input' : `line ${groupThousands(fault.line + 1)}`;
  switch (fault.error?.code) {
    case undefined:
    case 'CSV_QUOTE_NOT_CLOSED': {
      const lines = `${groupThousands(fault.swallowed)} line${fault.swallowed === 1 ? '' : 's'}`;
      const swallowed = fault.toEnd ? `the ${lines} to the end of the input` : lines;
      problems.error(fault.line, 'CSV_QUOTE_NOT_CLOSED', { swallowed, resume });
      break;
    }
    case 'CSV_MAX_RECORD_SIZE':
      problems.error(fault.line, 'RECORD_TOO_LONG', { limit: formatSize(maxBytes) }, `reading resumes at ${resume}`);
      break;
    default:
      problems.error(fault.line, 'CSV_PARSE_ERROR', { reason: fault.error!.message, resume });
  }
}

/**
 * Finds the line where each record starts from csv-parse's `info.lines`, the line it ends on.
 * csv-parse counts each CR and each LF inside a quoted field as a line break, so a CRLF there counts
 * twice: the excess is tracked and taken off. (Its `raw` option would give the text to count in,
 * but doubles the memory a long record takes.)
 */
class RecordLines {
  /** The line after the last record read. */
  next: number;
  private excess = 0;

  /** `firstLine`: the line csv-parse's line 1 is in the input. */
  constructor(private readonly firstLine: number) {
    this.next = firstLine;
  }

  startOf(fields: string[], endLine: number): number {
    let counted = 0;
    let crlfs = 0;
    for (const field of fields) {
      if (!field.includes('\n') && !field.includes('\r')) continue;
      counted += occurrences(field, '\n') + occurrences(field, '\r');
      crlfs += occurrences(field, '\r\n');
    }
    const start = endLine + this.firstLine - 1 - counted - this.excess;
    this.excess += crlfs;
    this.next = start + counted - crlfs + 1;
    return start;
  }
}

function occurrences(text: string, part: string): number {
  let count = 0;
  for (let i = text.indexOf(part); i !== -1; i = text.indexOf(part, i + part.length)) count++;
  return count;
}
