// The ingest stage: input files or stdin -> Report records with provenance (file, line, doc).
// Reading streams in chunks: memory stays bounded by the chunk size and --max-record-size.

import type { Report } from '../figure.js';
import { utf8Chunks } from './decode.js';
import { openInput } from './open.js';
import { resolveOptions, type IngestOptions, type InputFormat, type Settings } from './options.js';
import { Problems, type ProblemCallback } from './problems.js';

export type { Encoding, InputFormat, IngestOptions } from './options.js';
export type { ProblemCallback, Skipped } from './problems.js';
export { DEFAULT_MAX_RECORD_SIZE, DEFAULT_TEXT_COLUMNS, formatFromPath, parseEncoding } from './options.js';

type Reader = (chunks: AsyncIterable<Buffer>, settings: Settings, problems: Problems) => AsyncGenerator<Report>;

// Readers load on demand: plain text never pays for the CSV parser.
const READERS: Record<InputFormat, () => Promise<Reader>> = {
  text: async () => (await import('./text.js')).readText,
  csv: async () => (await import('./csv.js')).readCsv,
  tsv: async () => (await import('./csv.js')).readCsv,
  ndjson: async () => (await import('./ndjson.js')).readNdjson,
};

/**
 * Yields the reports of one input (`-` is stdin, shown as `<stdin>`). Problems go to `onProblem`,
 * never thrown: a bad record is reported and skipped, a bad file is reported and ends the generator.
 */
export async function* readReports(
  path: string,
  options: IngestOptions,
  onProblem: ProblemCallback,
  stdin: NodeJS.ReadableStream = process.stdin,
): AsyncGenerator<Report> {
  const problems = new Problems(path === '-' ? '<stdin>' : path, onProblem);
  const settings = resolveOptions(path, options);
  if (typeof settings === 'string') {
    problems.fail(null, settings);
    return;
  }
  const bytes = await openInput(path, stdin, problems, options.onBytes);
  if (bytes === null) return;
  let count = 0;
  const read = await READERS[settings.format]();
  for await (const report of read(utf8Chunks(bytes, settings.encoding, problems), settings, problems)) {
    count++;
    yield report;
  }
  // An input whose records were all skipped has had its errors reported already.
  if (count === 0 && !problems.stopped && problems.errors === 0) problems.warn(null, 'no records');
}
