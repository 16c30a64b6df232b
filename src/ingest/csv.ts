// CSV and TSV through csv-parse in streaming mode. The first record is the header. A record's id,
// unless a column gives one, is the line it starts on: the row number a spreadsheet shows for it.

import { Readable } from 'node:stream';
import { parse, type CsvError } from 'csv-parse';
import type { Report } from '../figure.js';
import { chooseColumns, type Columns } from './columns.js';
import { normalizeDate } from './date.js';
import { detectDelimiter, peekFirstLine } from './delimiter.js';
import { hasText } from './lines.js';
import { formatSize, type Settings } from './options.js';
import { Problems } from './problems.js';

/** What csv-parse yields with `info` on. */
interface RecordWithInfo {
  record: string[];
  info: { lines: number };
}

interface ParseFailure {
  error: CsvError | undefined;
  /** How many records csv-parse had emitted before the error. */
  recordsBefore: number;
}

export async function* readCsv(chunks: AsyncIterable<Buffer>, settings: Settings, problems: Problems): AsyncGenerator<Report> {
  const peeked = await peekFirstLine(chunks);
  const delimiter = settings.delimiter ?? detectDelimiter(peeked.firstLine);
  const { source, parser, failures } = startParser(peeked.chunks, delimiter, settings.maxRecordSize);
  const lines = new RecordLines(settings.firstLine);
  let columns: Columns | null = null;
  let kept: KeptColumn[] = [];
  let headerLength = 0;
  let records = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<RecordWithInfo>) {
      // Records after an error are pieces of the broken one: ignore them.
      if (failures.length > 0 && records >= failures[0]!.recordsBefore) break;
      records++;
      const line = lines.startOf(record, info.lines);
      if (columns === null) {
        headerLength = record.length;
        // A segment's header was checked, and its problems reported, with the first segment.
        const headerProblems = settings.continuation ? new Problems(problems.file, () => {}) : problems;
        columns = chooseColumns(record, line, settings, headerProblems);
        const found = columns && keptColumns(record, line, settings.keepColumns, headerProblems);
        if (!found) return;
        kept = found;
        continue;
      }
      if (record.length === 1 && !hasText(record[0]!)) continue;
      const report = toReport(record, headerLength, columns, kept, line, problems);
      if (report !== null) yield report;
    }
  } finally {
    source.destroy();
  }
  // Every record before the failing one has been counted, so `lines.next` is where it starts.
  if (failures.length > 0) reportParseError(failures[0]!.error, lines.next, settings.maxRecordSize, problems);
}

/**
 * Starts csv-parse on `chunks`. Its first error ends the input but must not discard the records
 * parsed before it, as an error destroying the stream would: so errors are "skipped" and kept in
 * `failures`, and the input is cut off.
 */
function startParser(chunks: AsyncIterable<Buffer>, delimiter: string, maxRecordSize: number) {
  const failures: ParseFailure[] = [];
  const source = Readable.from(chunks);
  const parser = parse({
    delimiter,
    // info.lines: the line each record ends on.
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
  return { source, parser, failures };
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
  record: string[], headerLength: number, columns: Columns, kept: readonly KeptColumn[], line: number, problems: Problems,
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
  if (text === undefined || !hasText(text)) return null;
  const cell = (index: number | null): string | null => {
    const value = index === null ? undefined : record[index];
    return value === undefined || value.trim() === '' ? null : value;
  };
  const report: Report = {
    file: problems.file,
    line,
    doc: cell(columns.id) ?? String(line),
    text,
    source: cell(columns.source),
    date: normalizeDate(cell(columns.date)),
  };
  if (kept.length > 0) report.columns = Object.fromEntries(kept.map(([name, index]) => [name, record[index] ?? '']));
  return report;
}

function fieldCount(count: number): string {
  return count === 1 ? '1 field' : `${count} fields`;
}

function reportParseError(error: CsvError | undefined, line: number, maxBytes: number, problems: Problems): void {
  switch (error?.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      problems.failRecord(line, 'CSV_QUOTE_NOT_CLOSED', { swallowed: 'the rest of the file', resume: 'the end' });
      break;
    case 'CSV_MAX_RECORD_SIZE':
      // csv-parse cannot resume after this error: it emits no more records.
      problems.failRecord(line, 'RECORD_TOO_LONG', { limit: formatSize(maxBytes) });
      break;
    default:
      problems.failRecord(line, 'CSV_PARSE_ERROR', { reason: error?.message ?? 'unknown error', resume: 'the end' });
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
