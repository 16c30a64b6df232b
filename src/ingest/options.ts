// Ingest options as the caller gives them, and the checked settings the readers use.

import { extname } from 'node:path';

export type InputFormat = 'text' | 'csv' | 'tsv' | 'ndjson';
export type Encoding = 'utf8' | 'utf16le' | 'utf16be' | 'latin1' | 'cp1252';

export interface IngestOptions {
  /** Else from the extension: .csv, .tsv/.tab, .ndjson/.jsonl/.json; anything else is text. */
  inputFormat?: InputFormat;
  /** Text: blank-line separated paragraphs are one report (default: each non-empty line). */
  paragraphs?: boolean;
  /** CSV/TSV column or NDJSON key holding the text; default: the first of DEFAULT_TEXT_COLUMNS. */
  textColumn?: string;
  /** Record id column; default: the line the record starts on (CSV, NDJSON). */
  idColumn?: string;
  /** Who published the report (goes to Report.source). */
  sourceColumn?: string;
  /** Report date (goes to Report.date, as yyyy-mm-dd when it parses simply). */
  dateColumn?: string;
  /** CSV field delimiter; default: detected among , ; tab | from the header line. */
  delimiter?: string;
  /** utf8 | utf16le | utf16be | latin1 | cp1252; default: detected (BOM, UTF-8, else cp1252). */
  encoding?: string;
  /** Longest line, field or record in bytes; longer ones are skipped. Default 16 MiB. */
  maxRecordSize?: number;
  /** CSV/TSV columns or NDJSON keys copied into Report.columns (a CSV without one of them fails). */
  keepColumns?: readonly string[];
  /**
   * A CSV/NDJSON record's doc is `FILE#ID` rather than the bare id (or row number), so that records
   * of different inputs never share one: set when several inputs are read (--same-ids leaves it off).
   */
  qualifyDocs?: boolean;
  /** Told the size of each chunk as it is read, for progress reporting. */
  onBytes?: (bytes: number) => void;
  /** False reads every CSV record with csv-parse, not the fast scan of the common case (for tests that compare the two). */
  fastCsv?: boolean;
}

export const DEFAULT_TEXT_COLUMNS = ['text', 'notes', 'description', 'body', 'content', 'headline', 'title'];
/** Columns of these names are used for the report's id, outlet and date unless a flag names another. */
export const DEFAULT_COLUMNS = {
  id: ['id', 'event_id', 'doc', 'doc_id'],
  source: ['source', 'outlet', 'publisher', 'author'],
  date: ['date', 'published', 'event_date', 'date_published'],
} as const;
export const DEFAULT_MAX_RECORD_SIZE = 16 * 1024 * 1024;

const FORMATS: readonly InputFormat[] = ['text', 'csv', 'tsv', 'ndjson'];

const FORMAT_BY_EXTENSION: Record<string, InputFormat> = {
  csv: 'csv',
  tsv: 'tsv',
  tab: 'tsv',
  ndjson: 'ndjson',
  jsonl: 'ndjson',
  json: 'ndjson',
};

const ENCODING_ALIASES: Record<string, Encoding> = {
  utf8: 'utf8',
  utf16le: 'utf16le',
  utf16be: 'utf16be',
  latin1: 'latin1',
  iso88591: 'latin1',
  cp1252: 'cp1252',
  windows1252: 'cp1252',
};

export interface Settings {
  format: InputFormat;
  paragraphs: boolean;
  /** null: detect from the data. */
  encoding: Encoding | null;
  /** undefined: detect from the header line. */
  delimiter: string | undefined;
  textColumn: string | undefined;
  idColumn: string | undefined;
  sourceColumn: string | undefined;
  dateColumn: string | undefined;
  maxRecordSize: number;
  keepColumns: readonly string[];
  qualifyDocs: boolean;
  /** The line the bytes given to a reader start on: 1, or later for a segment of the input (see segments.ts). */
  firstLine: number;
  /**
   * True for a segment after the first: its problems with the CSV header (given again before it) or
   * with the start of an NDJSON input were reported with the first segment.
   */
  continuation: boolean;
  fastCsv: boolean;
}

/** A record's doc: its id or row number, with the input's name before it when docs are qualified ("a.csv#12"). */
export function docOf(settings: Settings, file: string, id: string): string {
  return settings.qualifyDocs ? `${file}#${id}` : id;
}

export function formatFromPath(path: string): InputFormat {
  return FORMAT_BY_EXTENSION[extname(path).slice(1).toLowerCase()] ?? 'text';
}

/** Accepts the usual spellings: UTF-8, utf8, ISO-8859-1, windows-1252, ... */
export function parseEncoding(name: string): Encoding | null {
  const key = name.toLowerCase().replaceAll('-', '').replaceAll('_', '');
  return ENCODING_ALIASES[key] ?? null;
}

/** "16 MiB", "1.5 MiB", "512 KiB", "100 bytes": sizes as a person reads them. */
export function formatSize(bytes: number): string {
  for (const [unit, size] of [['MiB', 1024 * 1024], ['KiB', 1024]] as const) {
    if (bytes >= size) {
      const value = bytes / size;
      return `${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`;
    }
  }
  return `${bytes} bytes`;
}

/** Checks the options against the input path; a string is the reason they cannot be used. */
export function resolveOptions(path: string, options: IngestOptions): Settings | string {
  const format = options.inputFormat ?? (path === '-' ? 'text' : formatFromPath(path));
  if (!FORMATS.includes(format)) {
    return `unknown input format "${format}"; use text, csv, tsv or ndjson`;
  }
  const encoding = options.encoding === undefined ? null : parseEncoding(options.encoding);
  if (options.encoding !== undefined && encoding === null) {
    return `unknown encoding "${options.encoding}"; use utf8, utf16le, utf16be, latin1 or cp1252`;
  }
  const delimiter = options.delimiter === '\\t' || options.delimiter === 'tab' ? '\t' : options.delimiter;
  if (delimiter !== undefined && delimiter.length !== 1) {
    return `delimiter must be one character, got "${options.delimiter}"`;
  }
  const maxRecordSize = options.maxRecordSize ?? DEFAULT_MAX_RECORD_SIZE;
  if (!Number.isSafeInteger(maxRecordSize) || maxRecordSize <= 0) {
    return `max record size must be a positive whole number of bytes, got ${options.maxRecordSize}`;
  }
  return {
    format,
    paragraphs: options.paragraphs ?? false,
    encoding,
    delimiter: delimiter ?? (format === 'tsv' ? '\t' : undefined),
    textColumn: options.textColumn,
    idColumn: options.idColumn,
    sourceColumn: options.sourceColumn,
    dateColumn: options.dateColumn,
    maxRecordSize,
    keepColumns: options.keepColumns ?? [],
    qualifyDocs: options.qualifyDocs ?? false,
    firstLine: 1,
    continuation: false,
    fastCsv: options.fastCsv ?? true,
  };
}
