// Cuts one input into parts that can be read independently, for extraction on worker threads:
// segments of whole records (about `segmentBytes` each), each knowing the line it starts on, so that
// line numbers and the ids made of them come out as in one pass. Where a cut is not certain to fall
// between records (no record boundary within MAX_SEGMENT_FACTOR segments, a CSV quote that csv-parse
// would reject), the rest of the input becomes one part read as a stream, as in one pass.

import { openInput } from './open.js';
import { utf8Chunks } from './decode.js';
import { detectDelimiter } from './delimiter.js';
import { resolveOptions, type IngestOptions, type Settings } from './options.js';
import type { Problems } from './problems.js';

const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const QUOTE = 0x22;
/** A segment without a record boundary may grow to this many times the segment size before the rest is streamed. */
const MAX_SEGMENT_FACTOR = 8;

/** One part of an input: UTF-8 bytes of whole records, read with `settings` (which give its first line). */
export type Part =
  | { kind: 'segment'; settings: Settings; bytes: Buffer; header: Buffer | null }
  | { kind: 'stream'; settings: Settings; chunks: AsyncIterable<Buffer>; header: Buffer | null };

export interface SplitOptions {
  /** Target segment size in bytes; Infinity reads the whole input as one stream. */
  segmentBytes: number;
  /** Standard input, asked for only when the input is `-`. */
  stdin: () => NodeJS.ReadableStream;
  onBytes?: (bytes: number) => void;
}

/**
 * The parts of one input, in order. Problems (open, encoding, binary data) go to `problems`; a
 * part's `header` (CSV) is to be read before its bytes, its records are not.
 */
export async function* splitInput(path: string, options: IngestOptions, problems: Problems, split: SplitOptions): AsyncGenerator<Part> {
  const resolved = resolveOptions(path, options);
  if (typeof resolved === 'string') {
    problems.fail(null, 'OPTION_INVALID', { reason: resolved });
    return;
  }
  const bytes = await openInput(path, split.stdin, problems, split.onBytes);
  if (bytes === null) return;
  const chunks = utf8Chunks(bytes, resolved.encoding, problems)[Symbol.asyncIterator]();
  const first = await chunks.next();
  if (first.done) return;
  if (split.segmentBytes === Infinity) {
    yield { kind: 'stream', settings: resolved, chunks: prepend([first.value], chunks), header: null };
    return;
  }
  const isCsv = resolved.format === 'csv' || resolved.format === 'tsv';
  // Every segment is read with the same delimiter: the one of the header line.
  const settings = isCsv ? { ...resolved, delimiter: resolved.delimiter ?? detectDelimiter(firstLine(first.value)) } : resolved;
  const boundaries = isCsv ? new CsvBoundaries(settings.delimiter!.charCodeAt(0), settings.maxRecordSize)
    : settings.format === 'text' && settings.paragraphs ? new ParagraphBoundaries() : new LineBoundaries();
  yield* cutSegments(first.value, chunks, settings, boundaries, split.segmentBytes);
}

async function* cutSegments(
  first: Buffer, chunks: AsyncIterator<Buffer>, base: Settings, boundaries: Boundaries, segmentBytes: number,
): AsyncGenerator<Part> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  /** Where the last record boundary in `pending` is (the offset after it), -1 when none is. */
  let lastCut = -1;
  /** The line `pending` starts on. */
  let line = base.firstLine;
  let header: Buffer | null = null;
  let parts = 0;
  /** The settings of the part starting at `line`: a header given before it takes the lines before. */
  const settings = (): Settings => ({
    ...base,
    firstLine: line - (header === null ? 0 : countLineFeeds(header)),
    continuation: parts++ > 0,
  });
  const take = (cut: number): Buffer => {
    const joined = Buffer.concat(pending, pendingBytes);
    // The rest is copied: the segment's memory is handed to a worker whole.
    const rest = Buffer.from(joined.subarray(cut));
    pending = rest.length > 0 ? [rest] : [];
    pendingBytes = rest.length;
    lastCut = lastCut > cut ? lastCut - cut : -1;
    const taken = joined.subarray(0, cut);
    line += countLineFeeds(taken);
    return taken;
  };
  let streamRest = false;
  for (let next: IteratorResult<Buffer> = { done: false, value: first }; !next.done; next = await chunks.next()) {
    const chunk = next.value;
    const cut = boundaries.lastIn(chunk);
    if (cut !== -1) lastCut = pendingBytes + cut;
    pending.push(chunk);
    pendingBytes += chunk.length;
    if (boundaries.irregular) {
      streamRest = true;
      break;
    }
    if (header === null && boundaries instanceof CsvBoundaries) {
      // The header goes first as a part of its own, and again before every later part.
      if (boundaries.headerEnd === -1) {
        if (pendingBytes <= segmentBytes) continue;
        streamRest = true;
        break;
      }
      const headerSettings = settings();
      header = Buffer.from(take(boundaries.headerEnd));
      yield { kind: 'segment', settings: headerSettings, bytes: header, header: null };
      continue;
    }
    if (pendingBytes < segmentBytes) continue;
    if (lastCut > 0) {
      const partSettings = settings();
      yield { kind: 'segment', settings: partSettings, bytes: take(lastCut), header };
    } else if (pendingBytes > segmentBytes * MAX_SEGMENT_FACTOR) {
      streamRest = true;
      break;
    }
  }
  if (streamRest) {
    // No safe cut ahead: the rest is read as one stream from the last boundary on.
    yield { kind: 'stream', settings: settings(), chunks: prepend(pending, chunks), header };
  } else if (pendingBytes > 0) {
    yield { kind: 'segment', settings: settings(), bytes: Buffer.concat(pending, pendingBytes), header };
  }
}

async function* prepend(head: Buffer[], tail: AsyncIterator<Buffer>): AsyncGenerator<Buffer> {
  try {
    yield* head;
    for (let next = await tail.next(); !next.done; next = await tail.next()) yield next.value;
  } finally {
    await tail.return?.();
  }
}

function firstLine(bytes: Buffer): string {
  const end = bytes.indexOf(LINE_FEED);
  return bytes.toString('utf8', 0, end === -1 ? bytes.length : end);
}

function countLineFeeds(bytes: Buffer): number {
  let count = 0;
  for (let i = bytes.indexOf(LINE_FEED); i !== -1; i = bytes.indexOf(LINE_FEED, i + 1)) count++;
  return count;
}

/** Finds where records end, chunk after chunk of one input. */
interface Boundaries {
  /** The offset just after the last record boundary in `chunk`, or -1; chunks are given in order. */
  lastIn(chunk: Buffer): number;
  /** True once the input holds something that cannot be cut safely. */
  readonly irregular: boolean;
}

/**
 * A lone CR ends a line for the readers (lines.ts, csv-parse), but segments are cut and their first
 * lines counted at line feeds: an input with one is read in one pass from the last cut, so that the
 * output never depends on --jobs.
 */
class LoneCarriageReturns {
  private previous = LINE_FEED;
  private seenBytes = 0;

  in(chunk: Buffer): boolean {
    if (this.previous === CARRIAGE_RETURN && this.seenBytes > 0 && chunk.length > 0 && chunk[0] !== LINE_FEED) return true;
    for (let cr = chunk.indexOf(CARRIAGE_RETURN); cr !== -1 && cr < chunk.length - 1; cr = chunk.indexOf(CARRIAGE_RETURN, cr + 1)) {
      if (chunk[cr + 1] !== LINE_FEED) return true;
    }
    if (chunk.length > 0) this.previous = chunk[chunk.length - 1]!;
    this.seenBytes += chunk.length;
    return false;
  }
}

/** Lines (text, NDJSON): every line feed ends a record. */
class LineBoundaries implements Boundaries {
  irregular = false;
  private readonly loneCarriageReturns = new LoneCarriageReturns();

  lastIn(chunk: Buffer): number {
    if (this.loneCarriageReturns.in(chunk)) {
      this.irregular = true;
      return -1;
    }
    const end = chunk.lastIndexOf(LINE_FEED);
    return end === -1 ? -1 : end + 1;
  }
}

/** Paragraphs: an empty line ends one. (One split across two chunks is missed, which only delays the cut.) */
class ParagraphBoundaries implements Boundaries {
  irregular = false;
  private readonly loneCarriageReturns = new LoneCarriageReturns();

  lastIn(chunk: Buffer): number {
    if (this.loneCarriageReturns.in(chunk)) {
      this.irregular = true;
      return -1;
    }
    const lf = chunk.lastIndexOf('\n\n');
    const crlf = chunk.lastIndexOf('\n\r\n');
    return Math.max(lf === -1 ? -1 : lf + 2, crlf === -1 ? -1 : crlf + 3);
  }
}

/**
 * CSV records end at a line break outside quotes. As csv-parse reads with relax_quotes, a quote
 * opens a quoted field only at the start of a field; elsewhere it is text. Inside a quoted field, a
 * quote is doubled, or closes the field before a delimiter or line break; any other quote is an
 * error csv-parse reports, so the input is marked irregular and read in one pass from there.
 *
 * The reader (csv.ts) also skips a record whose quoted field runs over a line break when the record
 * has more fields than the header (the quote closed at one meant for another field) or is longer
 * than --max-record-size, and reads on from the line after the quote opened: its records then end
 * elsewhere than here. Such a record marks the input irregular too.
 */
class CsvBoundaries implements Boundaries {
  irregular = false;
  /** The offset in the input just after the header record, -1 until it has been read. */
  headerEnd = -1;
  private quoted = false;
  /** The two bytes before the chunk being scanned; the input starts as if after a line break. */
  private previous = LINE_FEED;
  private beforePrevious = LINE_FEED;
  /** A quote inside a quoted field was the last byte of a chunk: the next byte tells what it was. */
  private quoteAtEnd = false;
  /** Bytes of the input before the chunk being scanned. */
  private offset = 0;
  private seenContent = false;
  private readonly loneCarriageReturns = new LoneCarriageReturns();
  /** The header's fields, -1 until it has been read. */
  private headerFields = -1;
  /** The record being read: where it starts in the input, its fields so far, and whether a quoted field ran over a line break. */
  private recordStart = 0;
  private fields = 1;
  private spans = false;
  private readonly lineFeeds = new NextByte(LINE_FEED);
  private readonly delimiters: NextByte;

  constructor(private readonly delimiter: number, private readonly maxRecordSize: number) {
    this.delimiters = new NextByte(delimiter);
  }

  lastIn(chunk: Buffer): number {
    let last = -1;
    let i = 0;
    // csv-parse ends a record at a lone CR too, and counts it as a line; segments count line feeds.
    // An input with a lone CR is read in one pass from the last cut: the output never depends on --jobs.
    if (this.loneCarriageReturns.in(chunk)) {
      this.irregular = true;
      return -1;
    }
    this.lineFeeds.reset(chunk);
    this.delimiters.reset(chunk);
    if (this.quoteAtEnd && chunk.length > 0) {
      this.quoteAtEnd = false;
      i = this.afterQuote(chunk, -1);
    }
    while (i < chunk.length && !this.irregular) {
      if (this.quoted) {
        const quote = chunk.indexOf(QUOTE, i);
        // (A lone CR makes the input irregular, so a line break inside a field holds a line feed.)
        if (!this.spans) this.spans = this.lineFeeds.before(i, quote === -1 ? chunk.length : quote);
        if (quote === -1) break;
        if (quote === chunk.length - 1) {
          this.quoteAtEnd = true;
          break;
        }
        i = this.afterQuote(chunk, quote);
        continue;
      }
      const quote = chunk.indexOf(QUOTE, i);
      const end = quote === -1 ? chunk.length : quote;
      if (this.headerEnd === -1) this.findHeaderEnd(chunk, i, end);
      this.countFields(chunk, i, end);
      const cut = this.lastRecordEnd(chunk, i, end);
      if (cut !== -1) last = cut;
      if (quote === -1) break;
      this.seenContent = true;
      const before = quote > 0 ? chunk[quote - 1]! : this.previous;
      if (before === this.delimiter || before === LINE_FEED || before === CARRIAGE_RETURN) this.quoted = true;
      i = quote + 1;
    }
    if (chunk.length > 0) {
      this.beforePrevious = chunk.length > 1 ? chunk[chunk.length - 2]! : this.previous;
      this.previous = chunk[chunk.length - 1]!;
    }
    this.offset += chunk.length;
    return last;
  }

  /**
   * Counts the fields of the records in chunk[from, to), which holds no quote. Only the record that
   * was open before it can have spanned lines, and only the header's count is kept of the rest.
   */
  private countFields(chunk: Buffer, from: number, to: number): void {
    let lineFeed = this.lineFeeds.from(from);
    if (lineFeed === -1 || lineFeed >= to) {
      this.fields += this.delimiters.count(from, to);
      return;
    }
    this.endRecord(chunk, this.fields + this.delimiters.count(from, lineFeed), lineFeed);
    while (this.headerFields === -1) {
      const start = lineFeed + 1;
      lineFeed = this.lineFeeds.from(start);
      if (lineFeed === -1 || lineFeed >= to) break;
      this.endRecord(chunk, 1 + this.delimiters.count(start, lineFeed), lineFeed);
    }
    const lastLineFeed = chunk.lastIndexOf(LINE_FEED, to - 1);
    this.recordStart = this.offset + lastLineFeed + 1;
    this.fields = 1 + this.delimiters.count(lastLineFeed + 1, to);
  }

  /** The record open since `recordStart` ends at the line feed at `lineFeed`, with `fields` fields. */
  private endRecord(chunk: Buffer, fields: number, lineFeed: number): void {
    const length = this.offset + lineFeed - this.recordStart;
    const empty = length === 0 || (length === 1 && this.byteAt(chunk, lineFeed - 1) === CARRIAGE_RETURN);
    if (!empty) {
      if (this.headerFields === -1) this.headerFields = fields;
      else if (this.spans && (fields > this.headerFields || length + 1 > this.maxRecordSize)) this.irregular = true;
    }
    this.recordStart = this.offset + lineFeed + 1;
    this.spans = false;
  }

  /**
   * The offset after the last line feed in chunk[from, to) that ends a line with content, or -1.
   * Empty lines go with the record after them, as in one pass: csv-parse skips them, and a parse
   * error is placed on the line after the last record read.
   */
  private lastRecordEnd(chunk: Buffer, from: number, to: number): number {
    for (let lineFeed = to > from ? chunk.lastIndexOf(LINE_FEED, to - 1) : -1; lineFeed >= from; lineFeed = lineFeed > 0 ? chunk.lastIndexOf(LINE_FEED, lineFeed - 1) : -1) {
      const before = this.byteAt(chunk, lineFeed - 1);
      const empty = before === LINE_FEED || before === CARRIAGE_RETURN && this.byteAt(chunk, lineFeed - 2) === LINE_FEED;
      if (!empty) return lineFeed + 1;
    }
    return -1;
  }

  /** The byte at `index` of the chunk, reaching back into the previous chunk for -1 and -2. */
  private byteAt(chunk: Buffer, index: number): number {
    if (index >= 0) return chunk[index]!;
    return index === -1 ? this.previous : this.beforePrevious;
  }

  /** Handles the quote at `quote` inside a quoted field (-1: the previous chunk's last byte); returns where to go on. */
  private afterQuote(chunk: Buffer, quote: number): number {
    const next = chunk[quote + 1]!;
    if (next === QUOTE) return quote + 2;
    if (next === this.delimiter || next === LINE_FEED || next === CARRIAGE_RETURN) {
      this.quoted = false;
      return quote + 1;
    }
    this.irregular = true;
    return chunk.length;
  }

  /** The header ends at the first line feed outside quotes after some content (csv-parse skips empty lines). */
  private findHeaderEnd(chunk: Buffer, from: number, to: number): void {
    for (let i = from; i < to; i++) {
      const byte = chunk[i]!;
      if (byte === LINE_FEED && this.seenContent) {
        this.headerEnd = this.offset + i + 1;
        return;
      }
      if (byte !== LINE_FEED && byte !== CARRIAGE_RETURN) this.seenContent = true;
    }
  }
}

/** Where a byte next occurs in one chunk, for positions that only grow: each byte is searched once. */
class NextByte {
  private chunk: Buffer = Buffer.alloc(0);
  /** The next occurrence at or after the last position asked for; -1: none; -2: not looked for. */
  private next = -2;

  constructor(private readonly byte: number) {}

  reset(chunk: Buffer): void {
    this.chunk = chunk;
    this.next = -2;
  }

  /** The first occurrence at or after `position`, or -1. */
  from(position: number): number {
    if (this.next === -2 || (this.next !== -1 && this.next < position)) this.next = this.chunk.indexOf(this.byte, position);
    return this.next;
  }

  /** Whether the byte occurs in [from, to). */
  before(from: number, to: number): boolean {
    const next = this.from(from);
    return next !== -1 && next < to;
  }

  /** How many times the byte occurs in [from, to). */
  count(from: number, to: number): number {
    let count = 0;
    for (let next = this.from(from); next !== -1 && next < to; next = this.from(next + 1)) count++;
    return count;
  }
}
