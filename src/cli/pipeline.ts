// The data path the commands share: inputs -> ingest -> extract, problems to stderr, counts for the
// summary, and one output sink with the handling of --strict, closed pipes and -o cleanup.
import { statSync } from 'node:fs';
import { extractStream } from '../extract/parallel.js';
import type { Figure, InputProblem, Report } from '../figure.js';
import { readReports, type IngestOptions } from '../ingest/index.js';
import type { ReportContext } from '../report/context.js';
import { decideColor } from './color.js';
import type { Io } from './io.js';
import { problemLine, summaryLine, type RunCounts } from './messages.js';
import type { CommonOptions } from './options.js';
import { ClosedPipe, Output } from './output.js';
import { Progress } from './progress.js';

class StrictStop extends Error {}

export function internalError(error: unknown, debug: boolean, io: Io): number {
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`toll: internal error: ${message}${debug ? '' : ' (run with --debug for details)'}\n`);
  if (debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
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
  return {
    inputFormat: options.inputFormat === 'figures' ? undefined : options.inputFormat, paragraphs: options.paragraphs, textColumn: options.textColumn,
    idColumn: options.idColumn, sourceColumn: options.sourceColumn, dateColumn: options.dateColumn,
    delimiter: options.delimiter, encoding: options.encoding, maxRecordSize: options.maxRecordSize,
  };
}

/** Reads every input and hands each figure to `onFigure`; returns whether any input error occurred. */
export async function extractAll(
  files: string[], options: CommonOptions, io: Io, counts: RunCounts, onFigure: (figure: Figure) => Promise<void>,
): Promise<boolean> {
  let failed = false;
  const onProblem = (problem: InputProblem) => {
    if (problem.severity === 'error') {
      failed = true;
      if (problem.line !== null) {
        const reason = problem.message.split(/[:;(]/)[0].trim();
        counts.skipped.set(reason, (counts.skipped.get(reason) ?? 0) + 1);
      }
    }
    if (problem.severity === 'error' || !options.quiet) io.stderr.write(problemLine(problem));
    if (problem.severity === 'error' && options.strict) throw new StrictStop();
  };
  const progress = io.stderr.isTTY && !options.quiet ? new Progress(io.stderr, totalSize(files)) : null;
  const ingest = { ...ingestOptions(options), onBytes: progress ? (n: number) => progress.read(n) : undefined };
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
  const extracted = options.inputFormat === 'figures' ? readFigureFiles(files, options, io, counts, onProblem)
    : extractStream(reports(), {
      jobs: options.jobs, minConfidence: options.minConfidence,
      onWarning: ({ file, line, message }) => onProblem({ file, line, message, severity: 'warning' }),
    });
  try {
    for await (const { figures } of extracted) {
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
  const output = openOutput(options, io);
  const interrupt = () => {
    output.abandon();
    process.exit(130);
  };
  process.once('SIGINT', interrupt);
  try {
    const code = await body(output);
    await output.finish();
    if (!options.quiet) io.stderr.write(summaryLine(counts));
    return code;
  } catch (error) {
    output.abandon();
    if (error instanceof ClosedPipe) return 0;
    if (error instanceof StrictStop) return 2;
    return internalError(error, Boolean(options.debug), io);
  } finally {
    process.off('SIGINT', interrupt);
  }
}

