// The data path the commands share: inputs -> ingest -> extract, problems to stderr, counts for the
// summary, and one output sink with the handling of --strict, closed pipes and -o cleanup.
import { statSync } from 'node:fs';
import { extractStream } from '../extract/parallel.js';
import type { Figure, InputProblem, Report } from '../figure.js';
import { readReports, type IngestOptions, type Skipped } from '../ingest/index.js';
import type { ReportContext } from '../report/context.js';
import { decideColor } from './color.js';
import type { Io } from './io.js';
import { countProblem, errorLine, internalErrorLines, problemLine, summaryLine, type RunCounts } from './messages.js';
import type { CommonOptions } from './options.js';
import { ClosedPipe, Output, OutputError } from './output.js';
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
    io.stderr.write('toll: no input files (give FILE... or pipe text into toll; see toll --help)\n');
    return null;
  }
  return ['-'];
}

function ingestOptions(options: CommonOptions): IngestOptions {
  const { inputFormat, paragraphs, textColumn, idColumn, sourceColumn, dateColumn, delimiter, encoding, maxRecordSize } = options;
  return {
    inputFormat: inputFormat === 'figures' ? undefined : inputFormat, paragraphs, textColumn, idColumn, sourceColumn,
    dateColumn, delimiter, encoding, maxRecordSize,
  };
}

/** What a command adds to the shared path: columns to keep, and figures it derives from each report itself. */
export interface ExtractHooks {
  keepColumns?: readonly string[];
  /** Figures beside the extracted ones (a dataset's own coded figure, see presets.ts); problems go to `onProblem`. */
  derivedFigures?: (report: Report, onProblem: (problem: InputProblem) => void) => Figure[];
}

/** Reads every input and hands each figure to `onFigure`; returns whether any input error occurred. */
export async function extractAll(
  files: string[], options: CommonOptions, io: Io, counts: RunCounts, onFigure: (figure: Figure) => Promise<void>,
  hooks: ExtractHooks = {},
): Promise<boolean> {
  let failed = false;
  const onProblem = (problem: InputProblem, skipped?: Skipped) => {
    if (problem.severity === 'error') failed = true;
    countProblem(counts, problem, skipped);
    if (problem.severity === 'error' || !options.quiet) io.stderr.write(problemLine(problem));
    if (problem.severity === 'error' && options.strict) throw new StrictStop();
  };
  const progress = io.stderr.isTTY && !options.quiet ? new Progress(io.stderr, totalSize(files)) : null;
  const ingest = { ...ingestOptions(options), keepColumns: hooks.keepColumns, onBytes: progress ? (n: number) => progress.read(n) : undefined };
  async function* reports(): AsyncGenerator<Report> {
    for (const file of files) {
      counts.files += 1;
      for await (const report of readReports(file, ingest, onProblem, io.stdin)) {
        counts.records += 1;
        yield report;
      }
    }
  }
  // Figure streams (the NDJSON of toll extract) skip extraction: reconcile becomes a reduce over shards.
  const extracted: AsyncIterable<{ report?: Report; figures: Figure[] }> = options.inputFormat === 'figures' ? readFigureFiles(files, options, io, counts, onProblem)
    : extractStream(reports(), {
      jobs: options.jobs, minConfidence: options.minConfidence,
      onWarning: ({ file, line, message }) => onProblem({ file, line, message, severity: 'warning' }),
    });
  try {
    for await (const item of extracted) {
      const derived = item.report && hooks.derivedFigures ? hooks.derivedFigures(item.report, onProblem) : [];
      const figures = derived.length > 0 ? [...item.figures, ...derived] : item.figures;
      progress?.record(figures.length);
      if (figures.length > 0) counts.recordsWithFigures += 1;
      for (const figure of figures) {
        counts.figures += 1;
        await onFigure(figure);
      }
    }
  } finally {
    progress?.finish();
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
): AsyncGenerator<{ figures: Figure[] }> {
  const { readFigures } = await import('../ingest/figures.js');
  for (const file of files) {
    counts.files += 1;
    const input = { encoding: options.encoding, maxRecordSize: options.maxRecordSize };
    for await (const figure of readFigures(file, input, onProblem, io.stdin)) {
      counts.records += 1;
      if (figure.confidence >= options.minConfidence) yield { figures: [figure] };
    }
  }
}

function openOutput(options: CommonOptions, io: Io): Output {
  return options.output ? Output.toFile(options.output) : Output.toStream(io.stdout);
}

export function reportContext(options: CommonOptions, io: Io): ReportContext {
  const isTTY = options.output ? false : io.stdout.isTTY;
  return { color: decideColor(options.color, io.env, isTTY), escapeFormulas: options.escapeFormulas };
}

/** Runs one command body with the shared handling of --strict, closed pipes and -o cleanup. */
export async function withOutput(
  options: CommonOptions, io: Io, counts: RunCounts, body: (output: Output) => Promise<number>,
): Promise<number> {
  let output: Output;
  try {
    output = openOutput(options, io);
  } catch (error) {
    if (!(error instanceof OutputError)) throw error;
    io.stderr.write(errorLine(error.message));
    return 2;
  }
  // Ctrl-C, kill or a closed terminal: no partial -o file is left behind; the exit status is 128 + signal.
  const interrupt = (signal: NodeJS.Signals) => {
    output.abandon();
    process.exit(128 + (SIGNALS[signal] ?? 2));
  };
  for (const signal of Object.keys(SIGNALS)) process.once(signal, interrupt);
  try {
    const code = await body(output);
    await output.finish();
    if (!options.quiet) io.stderr.write(summaryLine(counts));
    return code;
  } catch (error) {
    output.abandon();
    if (error instanceof ClosedPipe) return 0;
    if (error instanceof StrictStop) return 2;
    if (error instanceof OutputError) {
      io.stderr.write(errorLine(error.message));
      return 2;
    }
    return internalError(error, Boolean(options.debug), io);
  } finally {
    for (const signal of Object.keys(SIGNALS)) process.off(signal, interrupt);
  }
}

