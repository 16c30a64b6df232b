// Figure streams: the NDJSON that `toll extract --format ndjson` prints, read back so that
// reconciliation can run as a reduce over the figures of many shards (--input-format figures).
import { CATEGORIES, hasFigureKeys, QUALIFIERS, REVISIONS, type Figure, type InputProblem } from '../figure.js';
import { utf8Chunks } from './decode.js';
import { hasText, lineBatches } from './lines.js';
import { FigureStore } from './figure-store.js';
import { openInput } from './open.js';
import { DEFAULT_MAX_RECORD_SIZE, formatSize, parseEncoding } from './options.js';
import { Problems } from './problems.js';

export { FigureStore } from './figure-store.js';

export interface FigureInputOptions {
  encoding?: string;
  maxRecordSize?: number;
}

export async function* readFigures(
  path: string, options: FigureInputOptions, onProblem: (problem: InputProblem) => void,
  stdin: NodeJS.ReadableStream = process.stdin, store = new FigureStore(),
): AsyncGenerator<Figure> {
  const problems = new Problems(path === '-' ? '<stdin>' : path, onProblem);
  const maxBytes = options.maxRecordSize ?? DEFAULT_MAX_RECORD_SIZE;
  const bytes = await openInput(path, () => stdin, problems);
  if (bytes === null) return;
  const encoding = options.encoding === undefined ? null : parseEncoding(options.encoding);
  let doc = '';
  for await (const lines of lineBatches(utf8Chunks(bytes, encoding, problems), maxBytes)) {
    for (const { number, text } of lines) {
      if (text === null) {
        problems.error(number, 'RECORD_TOO_LONG', { limit: formatSize(maxBytes) });
        continue;
      }
      if (!hasText(text)) continue;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        problems.error(number, 'JSON_MALFORMED', {}, 'figure streams are the NDJSON of toll extract --format ndjson');
        continue;
      }
      const figure = toFigure(value);
      if (typeof figure === 'string') problems.error(number, 'FIGURE_LINE_INVALID', { reason: figure });
      else {
        // Consecutive figures of one report share its doc.
        if (figure.doc !== doc) doc = figure.doc;
        yield store.add(doc, figure);
      }
    }
  }
}

/** A line that is one figure of `toll extract --format ndjson`. */
export function isFigureLine(line: string): boolean {
  if (!line.trimStart().startsWith('{')) return false;
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === 'object' && value !== null && !Array.isArray(value) && hasFigureKeys(value);
  } catch {
    return false;
  }
}

const isCount = (v: unknown): v is number | null => v === null || (Number.isSafeInteger(v) && (v as number) >= 0);
const textOr = (v: unknown, fallback: string | null) => (typeof v === 'string' ? v : fallback);

/** A figure checked against the extract contract, or what is wrong with it. */
export function toFigure(value: unknown): Figure | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'line is not a figure object';
  const f = value as Record<string, unknown>;
  if (!(CATEGORIES as readonly unknown[]).includes(f.category)) return `unknown category ${JSON.stringify(f.category)}`;
  if (!(QUALIFIERS as readonly unknown[]).includes(f.qualifier)) return `unknown qualifier ${JSON.stringify(f.qualifier)}`;
  if (!isCount(f.low) || !isCount(f.high)) return 'low and high must be whole numbers or null';
  if (f.low !== null && f.high !== null && (f.low as number) > (f.high as number)) return 'low is above high';
  if (typeof f.doc !== 'string' && typeof f.doc !== 'number') return 'no doc id';
  return {
    doc: String(f.doc), file: textOr(f.file, '')!, line: Number.isSafeInteger(f.line) ? (f.line as number) : 0,
    category: f.category as Figure['category'], low: f.low, high: f.high, qualifier: f.qualifier as Figure['qualifier'],
    actor: textOr(f.actor, null), source: textOr(f.source, null), outlet: textOr(f.outlet, null),
    quote: textOr(f.quote, '')!, start: Number(f.start) || 0, end: Number(f.end) || 0, sentence: textOr(f.sentence, '')!,
    date: textOr(f.date, null), confidence: typeof f.confidence === 'number' ? f.confidence : 1,
    ...optionalFields(f),
  };
}

/** Scope, parts, kinds, events and revisions as toll extract writes them; anything else is left out. */
function optionalFields(f: Record<string, unknown>): Partial<Figure> {
  const found: Partial<Figure> = {};
  if (typeof f.scope === 'object' && f.scope !== null && !Array.isArray(f.scope)) {
    const scope = f.scope as Record<string, unknown>;
    found.scope = Object.fromEntries(
      ['period', 'place', 'incident', 'deaths', 'cumulative'].filter((key) => ['string', 'boolean'].includes(typeof scope[key])).map((key) => [key, scope[key]]),
    ) as Figure['scope'];
  }
  if (Number.isSafeInteger(f.partOf)) found.partOf = f.partOf as number;
  if (f.kind === 'counted' || f.kind === 'estimated') found.kind = f.kind;
  const interval = f.interval as Record<string, unknown> | null | undefined;
  if (interval && isCount(interval.low) && isCount(interval.high) && interval.low !== null && interval.high !== null) found.interval = { low: interval.low, high: interval.high };
  if (typeof f.event === 'string') found.event = f.event;
  // "raised the toll to 84 from 64": the 64 stays superseded when shards are reconciled.
  if ((REVISIONS as readonly unknown[]).includes(f.revision)) found.revision = f.revision as Figure['revision'];
  return found;
}
