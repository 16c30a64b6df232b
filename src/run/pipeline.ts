// The data path the commands share: inputs -> ingest -> extract, problems to stderr, counts for the
// summary, and one output sink with the handling of --strict, closed pipes and -o cleanup.
import { statSync } from 'node:fs';
import { CODINGS, type CodedDataset } from './coded.js';
import type { Figure, InputProblem } from '../figure.js';
import type { IngestOptions, Skipped } from '../ingest/index.js';
import { makeProblem } from '../ingest/problems.js';
import type { UnreadItem } from '../extract/unread.js';
import type { SeriesOptions } from '../ingest/series.js';
import type { ReportContext } from '../report/context.js';
import { decideColor } from './color.js';
import { boundHeapGrowth, LARGE_RUN_BYTES, LARGE_RUN_FIGURES } from './heap.js';
import type { Io } from './io.js';
import { countProblem, internalErrorLines, problemLine, runProblemLine, summaryJson, summaryLine, type RunCounts } from './messages.js';
import { problemMessage } from '../problems.js';
import type { RunOptions as CommonOptions } from './options.js';
import { ClosedPipe, Output, OutputError } from './output.js';
import { pagerCommand, startPager, type Pager } from './pager.js';
import { Progress } from './progress.js';

class StrictStop extends Error {}

/** The signals that end a run, and their numbers (exit status 128 + n). */
const SIGNALS: Partial<Record<NodeJS.Signals, number>> = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };

export function internalError(error: unknown, debug: boolean, io: Io): number {
  io.stderr.write(internalErrorLines(error, debug));
  return 2;
}

/** The input files; none means stdin when it is piped, and help when it is a terminal. */
export function inputFiles(files: string[], io: Io): string[] | null {
  if (files.length > 0) return files;
  if (io.stdin.isTTY) {
    io.stderr.write(runProblemLine(null, 'NO_INPUT', problemMessage('NO_INPUT', {})));
    return null;
  }
  return ['-'];
}

function ingestOptions(options: CommonOptions, files: readonly string[]): IngestOptions {
  const { inputFormat, paragraphs, textColumn, idColumn, sourceColumn, dateColumn, delimiter, encoding, maxRecordSize } = options;
  return {
    inputFormat: inputFormat === 'figures' ? undefined : inputFormat, paragraphs, textColumn, idColumn, sourceColumn,
    dateColumn, delimiter, encoding, maxRecordSize,
    // A report is known by file and id: the same id in two inputs is two reports, unless --same-ids.
    // One input keeps its bare ids, as the extract contract and the scorer have them.
    qualifyDocs: files.length > 1 && !options.sameIds,
  };
}

/** What a command adds to the shared path: a preset's coded figure for each record. */
export interface ExtractHooks {
  coded?: CodedDataset;
  /** --event-column: each figure's event is read from this column. */
  eventColumn?: string;
  /** With no --input-format, read inputs that are all figure streams (the NDJSON of toll extract) as figures. */
  figureStreams?: boolean;
  /** Tell records of one input that share an id (reconcile reads them as one report). */
  repeatedIds?: boolean;
  /** Dated series read beside the reports, as claims of the body that publishes them (--series). */
  series?: { files: readonly string[]; options: SeriesOptions };
}

/**
 * Where extracted figures go: to `onFigure` one by one, or, for the line formats, already written
 * as lines (by whichever thread extracted them) to `onText`.
 */
export type FigureSink =
  | { emit: 'figures'; onFigure: (figure: Figure) => Promise<void> }
  | { emit: 'ndjson' | 'csv'; onText: (text: string | Uint8Array) => Promise<void> }
  | { emit: 'unread'; onUnread: (items: readonly UnreadItem[]) => Promise<void> };

/** Reads every input and hands its figures to `sink`; returns whether any input error occurred. */
export async function extractAll(
  files: string[], options: CommonOptions, io: Io, counts: RunCounts, sink: FigureSink, hooks: ExtractHooks = {},
): Promise<boolean> {
  let failed = false;
  let progress: Progress | null = null;
  const onProblem = (problem: InputProblem, skipped?: Skipped) => {
    if (problem.severity === 'note') {
      if (!options.quiet) {
        progress?.clear();
        io.stderr.write(problemLine(problem));
      }
      return;
    }
    if (problem.severity === 'error') failed = true;
    countProblem(counts, problem, skipped);
    if (problem.severity === 'error' || options.strict || !options.quiet) {
      progress?.clear();
      io.stderr.write(problemLine(problem));
    }
    // --strict: any problem, a warning too, ends the run with exit 2.
    if (options.strict) throw new StrictStop();
  };
  // Reconciling with no --input-format: inputs that are all the NDJSON of toll extract are read as figures
  // (`toll extract -f ndjson a.txt | toll reconcile`), never as report text.
  let figureInput = options.inputFormat === 'figures';
  if (hooks.figureStreams && sink.emit === 'figures' && options.inputFormat === undefined) {
    const { detectFigureStreams } = await import('./figure-streams.js');
    const detected = await detectFigureStreams(files, io);
    io = detected.io;
    figureInput = detected.figures;
    if (detected.stdinJson) options = { ...options, inputFormat: 'ndjson' };
  }
  // Figure streams (the NDJSON of toll extract) skip extraction: reconcile becomes a reduce over shards.
  if (figureInput) {
    if (sink.emit !== 'figures') throw new Error('figure input is only reconciled');
    // Set before the heap grows, as for extraction (parallel.ts): V8 rarely shrinks a grown young generation.
    if ((totalSize(files) ?? 0) >= LARGE_RUN_BYTES) boundHeapGrowth();
    for await (const figure of readFigureFiles(files, options, io, counts, onProblem)) {
      counts.figures += 1;
      if (counts.figures === LARGE_RUN_FIGURES) boundHeapGrowth();
      await sink.onFigure(figure);
    }
    return failed;
  }
  progress = io.stderr.isTTY && !options.quiet ? new Progress(io.stderr, totalSize(files)) : null;
  const { extractInputs } = await import('./parallel.js');
  const events = extractInputs(files, {
    jobs: options.jobs,
    ingest: { ...ingestOptions(options, files), keepColumns: [...(hooks.coded ? CODINGS[hooks.coded].columns : []), ...(hooks.eventColumn ? [hooks.eventColumn] : [])], onBytes: progress ? (n: number) => progress.read(n) : undefined },
    stdin: () => io.stdin,
    emit: sink.emit === 'csv' ? { format: 'csv', escapeFormulas: options.escapeFormulas } : { format: sink.emit },
    minConfidence: options.minConfidence,
    coded: hooks.coded ?? null,
    eventColumn: hooks.eventColumn ?? null,
    ids: hooks.repeatedIds ?? false,
  });
  // Records of one input that share an id are one report to reconcile: said once per input, at the
  // first repeat (null once said: the rest of the input's ids need no keeping).
  let firstLineOfId: Map<string, number> | null = new Map();
  try {
    for await (const event of events) {
      if (event.kind === 'input') {
        counts.files += 1;
        firstLineOfId = new Map();
      } else if (event.kind === 'problem') onProblem(event.problem, event.skipped);
      else {
        for (const { file, doc, line } of firstLineOfId === null ? [] : event.ids) {
          const first = firstLineOfId!.get(doc);
          if (first === undefined) {
            firstLineOfId!.set(doc, line);
            continue;
          }
          onProblem(makeProblem(file, line, 'ID_REPEATED', { id: doc, first: String(first) }));
          firstLineOfId = null;
          break;
        }
        counts.records += event.records;
        counts.recordsWithFigures += event.withFigures;
        counts.figures += event.figures;
        counts.unreadSentences += event.unreadSentences;
        counts.unreadNumbers += event.unreadNumbers;
        progress?.extracted(event.records, event.figures);
        if (sink.emit === 'figures') for (const figure of event.found) await sink.onFigure(figure);
        else if (sink.emit === 'unread') {
          if (event.unread.length > 0) await sink.onUnread(event.unread);
        } else if (event.text.length > 0) await sink.onText(event.text);
      }
    }
  } finally {
    progress?.finish();
  }
  if (hooks.series && sink.emit === 'figures') {
    const { readSeries } = await import('../ingest/series.js');
    const onRecord = (found: number) => {
      counts.records += 1;
      if (found > 0) counts.recordsWithFigures += 1;
    };
    for (const file of hooks.series.files) {
      counts.files += 1;
      for await (const figure of readSeries(file, { maxBytes: options.maxRecordSize, ...hooks.series.options, onRecord }, onProblem, io.stdin)) {
        counts.figures += 1;
        await sink.onFigure(figure);
      }
    }
  }
  return failed;
}

/** The summed size of the input files, for the progress bar; null when stdin or a file's size is unknown. */
function totalSize(files: readonly string[]): number | null {
  let total = 0;
  for (const file of files) {
    if (file === '-') return null;
    try {
      total += statSync(file).size;
    } catch {
      return null;
    }
  }
  return total;
}

async function* readFigureFiles(
  files: string[], options: CommonOptions, io: Io, counts: RunCounts, onProblem: (problem: InputProblem) => void,
): AsyncGenerator<Figure> {
  const { readFigures, FigureStore } = await import('../ingest/figures.js');
  // One store for every file: their figures share one table of texts.
  const store = new FigureStore();
  for (const file of files) {
    counts.files += 1;
    const input = { encoding: options.encoding, maxRecordSize: options.maxRecordSize };
    for await (const figure of readFigures(file, input, onProblem, io.stdin, store)) {
      // Each line of a figure stream is a record holding one figure (or none that is kept).
      counts.records += 1;
      if (figure.confidence < options.minConfidence) continue;
      counts.recordsWithFigures += 1;
      yield figure;
    }
  }
}

function openOutput(options: CommonOptions, io: Io, inputs: readonly string[], pager: Pager | null): Output {
  if (!options.output) return Output.toStream(pager ? pager.stdin : io.stdout);
  // Checked before anything is read: writing over an input would destroy what is being read.
  if (isOneOf(options.output, inputs)) {
    throw new OutputError(options.output, 'OUTPUT_IS_INPUT', problemMessage('OUTPUT_IS_INPUT', {}));
  }
  return Output.toFile(options.output);
}

/** True when `path` is the same file as one of `inputs` (by device and inode, so links count too). */
function isOneOf(path: string, inputs: readonly string[]): boolean {
  let target;
  try {
    target = statSync(path);
  } catch {
    return false;
  }
  if (!target.isFile()) return false;
  return inputs.some((input) => {
    if (input === '-') return false;
    try {
      const stat = statSync(input);
      return stat.dev === target.dev && stat.ino === target.ino;
    } catch {
      return false;
    }
  });
}

export function reportContext(options: CommonOptions, io: Io): ReportContext {
  const isTTY = options.output ? false : io.stdout.isTTY;
  const ctx: ReportContext = { color: decideColor(options.color, io.env, isTTY), escapeFormulas: options.escapeFormulas };
  const width = terminalWidth(io, isTTY);
  if (width !== undefined) ctx.width = width;
  return ctx;
}

/** COLUMNS when set (also when piped: the user asked), else the terminal's width; none for a pipe or file. */
function terminalWidth(io: Io, isTTY: boolean | undefined): number | undefined {
  const columns = Number(io.env.COLUMNS);
  if (Number.isInteger(columns) && columns >= 20) return columns;
  const tty = (io.stdout as { columns?: number }).columns;
  return isTTY && typeof tty === 'number' && tty >= 20 ? tty : undefined;
}

/** Runs one command body with the shared handling of --strict, closed pipes and -o cleanup. */
export async function withOutput(
  options: CommonOptions, io: Io, counts: RunCounts, inputs: readonly string[], body: (output: Output) => Promise<number>,
): Promise<number> {
  let output: Output | null = null;
  // Ctrl-C, kill or a closed terminal: no partial -o file is left behind; the exit status is 128 + signal.
  // Listened for before the temporary file exists, so that no signal can come between the two.
  const interrupt = (signal: NodeJS.Signals) => {
    output?.abandon();
    process.exit(128 + (SIGNALS[signal] ?? 2));
  };
  for (const signal of Object.keys(SIGNALS)) process.once(signal, interrupt);
  const pagerCmd = pagerCommand(io.env, { isTTY: io.stdout.isTTY, pager: options.pager !== false, format: options.format, toFile: Boolean(options.output) });
  const pager = pagerCmd ? startPager(pagerCmd, io.env) : null;
  try {
    output = openOutput(options, io, inputs, pager);
  } catch (error) {
    for (const signal of Object.keys(SIGNALS)) process.off(signal, interrupt);
    await pager?.close();
    if (!(error instanceof OutputError)) throw error;
    io.stderr.write(runProblemLine(error.subject, error.code, error.message));
    return 2;
  }
  try {
    const code = await body(output);
    await output.finish();
    await pager?.close();
    if (!options.quiet) io.stderr.write(options.format === 'json' ? summaryJson(counts) : summaryLine(counts));
    return code;
  } catch (error) {
    if (error instanceof StrictStop) {
      await output.stopEarly();
      return 2;
    }
    output.abandon();
    if (error instanceof ClosedPipe) return 0;
    if (error instanceof OutputError) {
      io.stderr.write(runProblemLine(error.subject, error.code, error.message));
      return 2;
    }
    return internalError(error, Boolean(options.debug), io);
  } finally {
    for (const signal of Object.keys(SIGNALS)) process.off(signal, interrupt);
    // Whatever happened, the pager gets the end of its input and the user quits it before toll ends.
    await pager?.close();
  }
}

