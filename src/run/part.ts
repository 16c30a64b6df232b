// Extraction of one part of an input (ingest/segments.ts), the same on a worker thread as on the
// main one: its reports are read, their figures extracted (with a preset's coded figures), and
// written in the output's line format, or kept as figures for a command that needs them whole.
// Problems come out in order between the records, as in one pass.

import type { Figure, InputProblem } from '../figure.js';
import { Problems, readPart, type Part, type Skipped } from '../ingest/index.js';
import { CODINGS, type CodedDataset } from './coded.js';
import type { ExtractWarning } from '../extract/index.js';
import { readReport, type UnreadItem } from '../extract/unread.js';
import { PROBLEMS } from '../problems.js';

/**
 * ndjson or csv: figures come back as the lines of that format; figures: as Figure objects;
 * unread: no figures, the sentences and numbers left unread instead (toll extract --unread).
 */
export type Emit = { format: 'ndjson' } | { format: 'csv'; escapeFormulas: boolean } | { format: 'figures' } | { format: 'unread' };

export interface PartJob {
  part: Part;
  /** The input's name as messages show it. */
  file: string;
  emit: Emit;
  minConfidence: number;
  /** With a preset: the dataset whose coded figure is added for each record. */
  coded: CodedDataset | null;
  /** With --event-column: the kept column whose value is each figure's event. */
  eventColumn: string | null;
  /** Whether to hand back the ids records have from the input's id column (RecordBatch.ids). */
  ids: boolean;
}

/**
 * Records read one after another, with their figures as lines of text (line formats; UTF-8 bytes
 * when they come from a worker) or as objects.
 */
export interface RecordBatch {
  kind: 'records';
  records: number;
  withFigures: number;
  figures: number;
  text: string | Uint8Array;
  found: Figure[];
  /** Sentences with numbers near harm words that gave no figure, and number tokens refused (for the summary). */
  unreadSentences: number;
  unreadNumbers: number;
  /** The unread items themselves, with emit unread only. */
  unread: UnreadItem[];
  /** With PartJob.ids: where each record with an id of the input's own was read, to tell repeated ids. */
  ids: GivenId[];
}

/** A record's id from the input's id column, and the line of the record. */
export interface GivenId {
  file: string;
  doc: string;
  line: number;
}

export interface ProblemEvent {
  kind: 'problem';
  problem: InputProblem;
  skipped?: Skipped;
}

export function problemEvent(problem: InputProblem, skipped?: Skipped): ProblemEvent {
  return skipped === undefined ? { kind: 'problem', problem } : { kind: 'problem', problem, skipped };
}

export type PartEvent = RecordBatch | ProblemEvent;

/** How the part ended: its records and errors, and whether reading its input had to stop (the rest of the input is void). */
export interface PartEnd {
  records: number;
  errors: number;
  stopped: boolean;
}

/** Marks, among the queued problems, a record read without text. */
const EMPTY_RECORD = 'empty-record';

/** A batch is handed on at this many characters of text, so that a streamed part is written as it goes. */
const BATCH_TEXT = 64 * 1024;
const BATCH_UNREAD = 256;

/** The events of one part, in order; the generator's return value tells how it ended. */
export async function* extractPart(job: PartJob): AsyncGenerator<PartEvent, PartEnd> {
  // Problems and records without text, in the order the reader met them.
  const queued: Array<ProblemEvent | typeof EMPTY_RECORD> = [];
  const problems = new Problems(job.file, (problem, skipped) => queued.push(problemEvent(problem, skipped)), () => queued.push(EMPTY_RECORD));
  const onWarning = (warning: ExtractWarning) => problems.warn(warning.line, extractCode(warning), { quote: shortQuote(warning.quote) });
  const format = await lineFormat(job.emit);
  const coding = job.coded === null ? null : CODINGS[job.coded];
  let batch = newBatch();
  let text = '';
  let records = 0;
  /** The batch so far, handed on; the next one starts empty. */
  const take = (): RecordBatch => {
    const taken = { ...batch, text };
    batch = newBatch();
    text = '';
    return taken;
  };
  /** Hands on the queued problems in order; a record without text counts where it was read. */
  function* drain(): Generator<PartEvent> {
    for (const item of queued.splice(0)) {
      if (item === EMPTY_RECORD) {
        // Read too: a record without figures, for the conservation law.
        batch.records += 1;
        continue;
      }
      if (batch.records > 0) yield take();
      yield item;
    }
  }
  for await (const report of readPart(job.part, problems)) {
    const { figures, unread } = readReport(report, { minConfidence: job.minConfidence, onWarning });
    if (coding !== null) figures.push(...coding.figures(report, (problem) => queued.push(problemEvent(problem))));
    if (job.eventColumn !== null) {
      const event = report.columns?.[job.eventColumn]?.trim() || null;
      for (const figure of figures) figure.event = event;
    }
    // What went wrong reading or extracting this record is told before its figures.
    yield* drain();
    records += 1;
    batch.records += 1;
    for (const item of unread) {
      if (item.kind === 'sentence') batch.unreadSentences += 1;
      else batch.unreadNumbers += 1;
    }
    if (job.emit.format === 'unread') batch.unread.push(...unread);
    if (figures.length > 0) batch.withFigures += 1;
    batch.figures += figures.length;
    if (job.ids && report.idGiven) batch.ids.push({ file: report.file, doc: report.doc, line: report.line });
    if (job.emit.format === 'figures') batch.found.push(...figures);
    else if (format !== null) for (const figure of figures) text += format(figure);
    if (text.length >= BATCH_TEXT || batch.unread.length >= BATCH_UNREAD) yield take();
  }
  yield* drain();
  if (batch.records > 0) yield take();
  return { records, errors: problems.errors, stopped: problems.stopped };
}

type ExtractCode = 'FIGURE_IMPOSSIBLE' | 'NUMBER_UNREADABLE';

/** The code extraction gave a warning; an uncoded one is the original kind, an impossible figure. */
function extractCode(warning: ExtractWarning): ExtractCode {
  const code = (warning as { code?: string }).code;
  return code !== undefined && code in PROBLEMS && PROBLEMS[code as keyof typeof PROBLEMS].area === 'extract' ? code as ExtractCode : 'FIGURE_IMPOSSIBLE';
}

function shortQuote(quote: string): string {
  return quote.length > 40 ? `${quote.slice(0, 40)}…` : quote;
}

function newBatch(): RecordBatch {
  return { kind: 'records', records: 0, withFigures: 0, figures: 0, text: '', found: [], unreadSentences: 0, unreadNumbers: 0, unread: [], ids: [] };
}

/** The line writer of a line format, loaded alone; null keeps figures as objects. */
async function lineFormat(emit: Emit): Promise<((figure: Figure) => string) | null> {
  switch (emit.format) {
    case 'figures':
    case 'unread':
      return null;
    case 'ndjson': {
      const { figureToNdjsonLine } = await import('../report/figures-ndjson.js');
      return (figure) => `${figureToNdjsonLine(figure)}\n`;
    }
    case 'csv': {
      const { figureToCsvRecord } = await import('../report/figures-csv.js');
      const ctx = { color: false, escapeFormulas: emit.escapeFormulas };
      return (figure) => `${figureToCsvRecord(figure, ctx)}\n`;
    }
  }
}
