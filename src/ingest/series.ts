// Dated numeric series: an official body's daily or running counts (a JSON array of records, or a
// CSV with a header), read as dated claims by that body, so that they reconcile against what the
// reports say (`--series FILE`). Each record and mapped field gives one figure; a cumulative series
// is taken as stated, a daily one is summed into a running total, the scope reports quote.
import { CATEGORIES, type Category, type Figure, type InputProblem, type Qualifier } from '../figure.js';
import { utf8Chunks } from './decode.js';
import { openInput } from './open.js';
import { DEFAULT_MAX_RECORD_SIZE, formatSize } from './options.js';
import { Problems } from './problems.js';

export const SERIES_KINDS = ['cumulative', 'daily'] as const;
export type SeriesKind = (typeof SERIES_KINDS)[number];

export interface SeriesField {
  category: Category;
  /** A field name, or a dotted path into nested objects ("verified.killed_cum"). */
  path: string;
}

export interface SeriesOptions {
  fields: readonly SeriesField[];
  /** Who publishes the series: the claimant of every figure. */
  source: string;
  kind: SeriesKind;
  /** The date field; default the first of DATE_FIELDS a record has. */
  dateField?: string;
  /** Who was counted (default "people"). */
  actor?: string;
  /** The whole series is read at once: at most this many bytes (default --max-record-size's). */
  maxBytes?: number;
  /** Told of each record read (not skipped) and how many figures it gave, for the run's counts. */
  onRecord?: (figures: number) => void;
}

const DATE_FIELDS = ['date', 'report_date', 'day', 'event_date'];
const ISO_DAY = /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/;
/** A sibling field "<field>*" may qualify a value, as some series mark estimates. */
const QUALIFYING_WORDS: Readonly<Record<string, Qualifier>> = {
  about: 'approx', approximately: 'approx', around: 'approx', estimated: 'approx', '~': 'approx',
  'at least': 'at_least', 'more than': 'at_least', over: 'at_least', '>': 'at_least', '+': 'at_least',
};

/** "killed=killed_cum,wounded=injured_cum" → fields; throws a message for the CLI on a bad map. */
export function parseSeriesFields(map: string): SeriesField[] {
  const fields = map.split(',').map((pair) => pair.trim()).filter(Boolean).map((pair) => {
    const [category, path, extra] = pair.split('=').map((part) => part.trim());
    if (extra !== undefined || !category || !path) throw new Error(`expected CATEGORY=FIELD pairs, got "${pair}"`);
    if (!(CATEGORIES as readonly string[]).includes(category)) throw new Error(`unknown category "${category}" (one of ${CATEGORIES.join(', ')})`);
    return { category: category as Category, path };
  });
  if (fields.length === 0) throw new Error('expected CATEGORY=FIELD pairs, e.g. killed=killed_cum');
  return fields;
}

export async function* readSeries(
  path: string, options: SeriesOptions, onProblem: (problem: InputProblem) => void, stdin: NodeJS.ReadableStream = process.stdin,
): AsyncGenerator<Figure> {
  const file = path === '-' ? '<stdin>' : path;
  const problems = new Problems(file, onProblem);
  const text = await readWhole(path, options.maxBytes ?? DEFAULT_MAX_RECORD_SIZE, stdin, problems);
  if (text === null) return;
  const records = /^\s*\[/.test(text) ? jsonRecords(text, problems) : await csvRecords(text, problems);
  if (records === null) return;
  if (records.length === 0) problems.warn(null, 'FILE_NO_RECORDS');
  const totals = new Map<Category, number>();
  for (const { line, record } of records) {
    const dateField = options.dateField ?? DATE_FIELDS.find((name) => valueAt(record, name) !== undefined);
    const rawDate = dateField === undefined ? undefined : valueAt(record, dateField);
    const day = typeof rawDate === 'string' ? ISO_DAY.exec(rawDate.trim())?.[1] : undefined;
    if (!day) {
      problems.error(line, 'SERIES_NO_DATE', { field: dateField ?? DATE_FIELDS.join(', '), value: JSON.stringify(rawDate ?? null) }, 'name the date field with --series-date');
      continue;
    }
    let found = 0;
    for (const field of options.fields) {
      const value = valueAt(record, field.path);
      // Series have gaps: a field a record lacks says nothing for that day.
      if (value === undefined || value === null || value === '') continue;
      const count = typeof value === 'number' ? value : /^\s*\d+\s*$/.test(String(value)) ? Number(value) : NaN;
      if (!Number.isSafeInteger(count) || count < 0) {
        problems.warn(line, 'SERIES_NOT_A_COUNT', { field: field.path, value: JSON.stringify(value), day });
        continue;
      }
      const total = options.kind === 'daily' ? (totals.get(field.category) ?? 0) + count : count;
      totals.set(field.category, total);
      const mark = valueAt(record, `${field.path}*`);
      const qualifier = typeof mark === 'string' ? QUALIFYING_WORDS[mark.trim().toLowerCase()] ?? 'exact' : 'exact';
      const quote = options.kind === 'daily' ? `${field.path} summed to ${day}: ${total}` : `${field.path} ${count}`;
      found += 1;
      yield {
        doc: `${file}#${day}`, file, line, category: field.category,
        low: total, high: qualifier === 'at_least' ? null : total, qualifier,
        actor: options.actor ?? 'people', source: options.source, outlet: null,
        quote, start: 0, end: quote.length, sentence: `${options.source}, ${day}: ${quote}`, date: day, confidence: 1,
      };
    }
    options.onRecord?.(found);
  }
}

async function readWhole(path: string, maxBytes: number, stdin: NodeJS.ReadableStream, problems: Problems): Promise<string | null> {
  const bytes = await openInput(path, () => stdin, problems);
  if (bytes === null) return null;
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of utf8Chunks(bytes, null, problems)) {
    size += chunk.length;
    if (size > maxBytes) {
      problems.fail(null, 'SERIES_TOO_LARGE', { limit: formatSize(maxBytes) }, 'raise --max-record-size');
      return null;
    }
    parts.push(chunk);
  }
  return Buffer.concat(parts).toString('utf8');
}

interface SeriesRecord {
  line: number;
  record: Record<string, unknown>;
}

function jsonRecords(text: string, problems: Problems): SeriesRecord[] | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    problems.fail(null, 'SERIES_MALFORMED', { reason: `malformed JSON (${(error as Error).message})` });
    return null;
  }
  const lines = elementLines(text);
  const records: SeriesRecord[] = [];
  (parsed as unknown[]).forEach((value, i) => {
    const line = lines[i] ?? 1;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) problems.error(line, 'SERIES_NOT_OBJECT');
    else records.push({ line, record: value as Record<string, unknown> });
  });
  return records;
}

/** The line each element of a top-level JSON array starts on: one pass, strings skipped. */
function elementLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  let expectElement = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') line += 1;
    if (inString) {
      if (c === '\\') i += 1;
      else if (c === '"') inString = false;
      continue;
    }
    if (depth === 1 && expectElement && !/\s/.test(c) && c !== ']') {
      lines.push(line);
      expectElement = false;
    }
    if (c === '"') inString = true;
    else if (c === '[' || c === '{') {
      depth += 1;
      if (depth === 1) expectElement = true;
    } else if (c === ']' || c === '}') depth -= 1;
    else if (c === ',' && depth === 1) expectElement = true;
  }
  return lines;
}

async function csvRecords(text: string, problems: Problems): Promise<SeriesRecord[] | null> {
  // Loaded here, not with the module: the CLI's option parsing imports this module's field names at every start-up.
  const { parse } = await import('csv-parse/sync');
  try {
    const rows = parse(text, { columns: true, info: true, skip_empty_lines: true, bom: true, relax_column_count: true, trim: true }) as
      { record: Record<string, string>; info: { lines: number } }[];
    return rows.map(({ record, info }) => ({ line: info.lines, record }));
  } catch (error) {
    problems.fail((error as { lines?: number }).lines ?? null, 'SERIES_MALFORMED', { reason: `series is neither a JSON array nor a readable CSV (${(error as Error).message})` });
    return null;
  }
}

/** The value at a field name, else at a dotted path into nested objects. */
function valueAt(record: Record<string, unknown>, path: string): unknown {
  if (path in record) return record[path];
  let value: unknown = record;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}
