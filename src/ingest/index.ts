// The ingest stage: input files or stdin -> Report records with provenance (file, line, doc).
// Reading streams in chunks: memory stays bounded by the chunk size and --max-record-size.
// An input is read whole (readReports), or cut into parts that are read independently (segments.ts).

import type { Report } from '../figure.js';
import type { InputFormat, IngestOptions, Settings } from './options.js';
import { Problems, type ProblemCallback } from './problems.js';
import { splitInput, type Part } from './segments.js';

export type { Encoding, InputFormat, IngestOptions, Settings } from './options.js';
export type { ProblemCallback, Skipped } from './problems.js';
export type { Part } from './segments.js';
export { makeProblem, Problems } from './problems.js';
export { splitInput } from './segments.js';
export { DEFAULT_MAX_RECORD_SIZE, DEFAULT_TEXT_COLUMNS, formatFromPath, parseEncoding } from './options.js';

type Reader = (chunks: AsyncIterable<Buffer>, settings: Settings, problems: Problems) => AsyncGenerator<Report>;

// Readers load on demand: plain text never pays for the CSV parser.
const READERS: Record<InputFormat, () => Promise<Reader>> = {
  text: async () => (await import('./text.js')).readText,
  csv: async () => (await import('./csv.js')).readCsv,
  tsv: async () => (await import('./csv.js')).readCsv,
  ndjson: async () => (await import('./ndjson.js')).readNdjson,
};

/** The reports of one part of an input; its problems go to `problems`. */
export async function* readPart(part: Part, problems: Problems): AsyncGenerator<Report> {
  const read = await READERS[part.settings.format]();
  yield* read(partChunks(part), part.settings, problems);
}

async function* partChunks(part: Part): AsyncGenerator<Buffer> {
  if (part.header !== null) yield part.header;
  if (part.kind === 'segment') yield part.bytes;
  else yield* part.chunks;
}

/**
 * Yields the reports of one input (`-` is stdin, shown as `<stdin>`), read in one pass. Problems go
 * to `onProblem`, never thrown: a bad record is reported and skipped, a bad file is reported and
 * ends the generator.
 */
export async function* readReports(
  path: string,
  options: IngestOptions,
  onProblem: ProblemCallback,
  stdin?: NodeJS.ReadableStream,
): AsyncGenerator<Report> {
  const problems = new Problems(displayName(path), onProblem);
  let count = 0;
  for await (const part of splitInput(path, options, problems, { segmentBytes: Infinity, stdin: () => stdin ?? process.stdin, onBytes: options.onBytes })) {
    for await (const report of readPart(part, problems)) {
      count++;
      yield report;
    }
  }
  if (count === 0) noRecords(problems);
}

export function displayName(path: string): string {
  return path === '-' ? '<stdin>' : path;
}

/** The warning for an input without records, unless its errors or a stop have explained why already. */
export function noRecords(problems: Problems): void {
  if (!problems.stopped && problems.errors === 0) problems.warn(null, 'FILE_NO_RECORDS');
}
