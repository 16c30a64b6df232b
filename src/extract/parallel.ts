// Extraction over a stream of reports, on worker threads when there is enough work for them.
// Reports go out in batches, results come back in the order the reports were read, so the output
// of --jobs N is identical to --jobs 1. At most a few batches per worker are in flight: memory is
// bounded by the batch size, not the input.
import { Worker } from 'node:worker_threads';
import type { Figure, Report } from '../figure.js';
import { extractFigures, type ExtractOptions, type ExtractWarning } from './index.js';

export interface StreamOptions extends ExtractOptions {
  /** Worker threads; 1 extracts on the calling thread. */
  jobs: number;
  /** Reports per batch sent to a worker. */
  batchSize?: number;
}

export interface Extracted {
  report: Report;
  figures: Figure[];
}

export interface BatchResult {
  id: number;
  figures?: Figure[][];
  warnings?: ExtractWarning[][];
  error?: string;
}

const DEFAULT_BATCH = 512;
const BATCHES_IN_FLIGHT_PER_WORKER = 3;
const WORKER_YOUNG_MB = 32;
const WORKER_OLD_MB = 160;

export async function* extractStream(reports: AsyncIterable<Report>, options: StreamOptions): AsyncGenerator<Extracted> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  const iterator = reports[Symbol.asyncIterator]();
  // Read the first batch on this thread: small inputs never pay for starting workers.
  const first = await readBatch(iterator, batchSize);
  if (options.jobs <= 1 || first.length < batchSize) {
    yield* inline(first, options);
    if (first.length < batchSize) return;
    for (let batch = await readBatch(iterator, batchSize); batch.length > 0; batch = await readBatch(iterator, batchSize)) {
      yield* inline(batch, options);
    }
    return;
  }
  yield* onWorkers(first, iterator, options, batchSize);
}

function* inline(batch: readonly Report[], options: ExtractOptions): Generator<Extracted> {
  for (const report of batch) yield { report, figures: extractFigures(report, options) };
}

async function readBatch(iterator: AsyncIterator<Report>, size: number): Promise<Report[]> {
  const batch: Report[] = [];
  while (batch.length < size) {
    const next = await iterator.next();
    if (next.done) break;
    batch.push(next.value);
  }
  return batch;
}

/**
 * jobs - 1 worker threads plus this one: a batch goes to the least busy worker, and when every worker
 * already has one in hand this thread extracts it itself between reads, so no core idles while this
 * thread only reads and writes.
 */
async function* onWorkers(
  first: Report[], iterator: AsyncIterator<Report>, options: StreamOptions, batchSize: number,
): AsyncGenerator<Extracted> {
  const workers = Array.from({ length: options.jobs - 1 }, () => new Worker(new URL('./worker.js', import.meta.url), {
    workerData: { minConfidence: options.minConfidence },
    // A worker holds a few batches at a time; without a cap V8 lets each heap grow lazily to hundreds of MB.
    resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB, maxOldGenerationSizeMb: WORKER_OLD_MB },
  }));
  const inFlight = workers.map(() => 0);
  const pending = new Map<number, { reports: Report[]; result: Promise<BatchResult> }>();
  // Settled by the worker's answer, or rejected when a worker dies. (Not Promise.race against one
  // long-lived "failed" promise: every race would leave a reaction on it, holding its batch forever.)
  const waiting = new Map<number, { resolve: (result: BatchResult) => void; reject: (error: Error) => void }>();
  workers.forEach((worker, w) => {
    worker.on('message', (result: BatchResult) => {
      inFlight[w] -= 1;
      waiting.get(result.id)?.resolve(result);
    });
    worker.on('error', (error: Error) => {
      for (const entry of waiting.values()) entry.reject(error);
    });
  });
  let nextId = 0;
  const send = (reports: Report[]) => {
    const id = nextId++;
    const w = inFlight.indexOf(Math.min(...inFlight));
    if (inFlight[w] >= 1) {
      pending.set(id, { reports, result: Promise.resolve(extractBatch(id, reports, options)) });
      return;
    }
    inFlight[w] += 1;
    const result = new Promise<BatchResult>((resolve, reject) => waiting.set(id, { resolve, reject }));
    workers[w].postMessage({ id, reports });
    pending.set(id, { reports, result });
  };
  try {
    send(first);
    let exhausted = false;
    for (let id = 0; !exhausted || pending.size > 0; id++) {
      while (!exhausted && pending.size < options.jobs * BATCHES_IN_FLIGHT_PER_WORKER) {
        const batch = await readBatch(iterator, batchSize);
        if (batch.length === 0) exhausted = true;
        else send(batch);
        if (batch.length < batchSize) exhausted = true;
      }
      const entry = pending.get(id);
      if (!entry) break;
      const result = await entry.result;
      pending.delete(id);
      waiting.delete(id);
      if (result.error) throw new Error(result.error);
      for (let k = 0; k < entry.reports.length; k++) {
        for (const warning of result.warnings![k]) options.onWarning?.(warning);
        yield { report: entry.reports[k], figures: result.figures![k] };
      }
    }
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

/** A batch extracted on this thread, in the shape a worker answers with. */
export function extractBatch(id: number, reports: readonly Report[], options: ExtractOptions): BatchResult {
  const warnings: ExtractWarning[][] = [];
  const figures = reports.map((report) => {
    const own: ExtractWarning[] = [];
    warnings.push(own);
    return extractFigures(report, { minConfidence: options.minConfidence, onWarning: (warning) => own.push(warning) });
  });
  return { id, figures, warnings };
}
