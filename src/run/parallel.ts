// Extraction over inputs, on worker threads when there is enough work for them. Each input is cut
// into segments of whole records (ingest/segments.ts); a segment goes to a worker as bytes and comes
// back as the lines of the output format (or as figures). This thread reads, cuts, writes and takes
// one segment in N itself, so --jobs N runs N threads. Results are taken in the order the segments
// were cut, so the output of --jobs N is
// identical to --jobs 1. At most two segments per worker are in flight: memory is bounded by the
// segment size, not the input.
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Worker } from 'node:worker_threads';
import { displayName, noRecords, Problems, splitInput, type IngestOptions, type Part } from '../ingest/index.js';
import type { CodedDataset } from './coded.js';
import { boundHeapGrowth, HEAP_FLAGS, LARGE_RUN_BYTES } from './heap.js';
import { extractPart, problemEvent, type Emit, type PartEnd, type PartEvent, type PartJob, type ProblemEvent } from './part.js';

// worker_threads, v8 and vm are required when first used: loading them costs every short run
// (one that extracts on this thread) a few milliseconds of start-up.
const require = createRequire(import.meta.url);

export interface ExtractInputsOptions {
  /** Worker threads; 1 reads and extracts on this thread, each input in one pass. */
  jobs: number;
  ingest: IngestOptions;
  /** Standard input, asked for only when an input is `-`. */
  stdin: () => NodeJS.ReadableStream;
  emit: Emit;
  minConfidence: number;
  coded: CodedDataset | null;
  /** The column naming each record's event (--event-column), or null. */
  eventColumn?: string | null;
  /** Hand back each record's id from the input's id column (RecordBatch.ids). */
  ids?: boolean;
  /** Target segment size in bytes. */
  segmentBytes?: number;
  /** How much of the input is extracted on this thread before workers start (default: one segment). */
  inlineBytes?: number;
  /**
   * Whether this thread takes its share of the segments after that (default true): --jobs N is then
   * this thread and N - 1 workers, as many threads as cores, where N workers beside a reading thread
   * would be one more. False: every later segment goes to the N workers.
   */
  shareThisThread?: boolean;
  workerLimits?: WorkerLimits;
}

/** Events in input order; `input` marks the start of each input. */
export type InputEvent = PartEvent | { kind: 'input' };

/** What a worker sends back for one segment. */
export interface PartResult {
  id: number;
  events?: PartEvent[];
  end?: PartEnd;
  error?: string;
}

/** Big enough that handing a segment over costs little beside extracting it, small enough to keep workers' heaps small. */
const DEFAULT_SEGMENT_BYTES = 256 * 1024;
const SEGMENTS_IN_FLIGHT_PER_WORKER = 2;
/**
 * A worker's heap. It holds a segment or two at a time, and a segment is at most a few MB (see
 * segments.ts; longer records are read on the main thread): even one dense with figures needs a
 * fraction of this. Without a cap V8 lets each heap grow lazily to hundreds of MB.
 */
export interface WorkerLimits {
  maxYoungGenerationSizeMb: number;
  maxOldGenerationSizeMb: number;
}

const WORKER_LIMITS: WorkerLimits = { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 128 };
/** Buffers smaller than this may share Node's pool of small allocations: copied, never handed over. */
const TRANSFER_MIN_BYTES = 64 * 1024;

interface InputState {
  name: string;
  /** This thread's problems with the input (opening, decoding), queued until their place in the output. */
  problems: Problems;
  queued: ProblemEvent[];
  records: number;
  errors: number;
  stopped: boolean;
}

/** One place in the output: an input's start or end, or one of its parts (done, in flight, or to stream). */
interface Entry {
  input: InputState;
  kind: 'start' | 'part' | 'end';
  before: ProblemEvent[];
  result?: Promise<PartResult>;
  stream?: PartJob;
}

export async function* extractInputs(files: readonly string[], options: ExtractInputsOptions): AsyncGenerator<InputEvent> {
  const segmentBytes = options.jobs <= 1 ? Infinity : options.segmentBytes ?? DEFAULT_SEGMENT_BYTES;
  const shareThisThread = options.shareThisThread ?? true;
  const workers = shareThisThread ? options.jobs - 1 : options.jobs;
  const pool = new WorkerPool(Math.max(1, workers), options.workerLimits ?? WORKER_LIMITS);
  const queue: Entry[] = [];
  const collector = new BufferCollector();
  // The first segment's worth of input is extracted here: small inputs never pay for starting workers.
  const inlineLimit = options.inlineBytes ?? segmentBytes;
  let inlineBytes = 0;
  let dealt = 0;
  // Set before the heap grows (V8 shrinks a grown young generation rarely); stdin, of unknown size, once it is large.
  if (filesSize(files) >= LARGE_RUN_BYTES) boundHeapGrowth();
  let read = 0;
  const onBytes = (bytes: number) => {
    options.ingest.onBytes?.(bytes);
    if ((read += bytes) >= LARGE_RUN_BYTES) boundHeapGrowth();
  };
  const dispatch = (input: InputState, part: Part): Entry => {
    const job: PartJob = { part, file: input.name, emit: options.emit, minConfidence: options.minConfidence, coded: options.coded, eventColumn: options.eventColumn ?? null, ids: options.ids ?? false };
    const entry: Entry = { input, kind: 'part', before: input.queued.splice(0) };
    if (part.kind === 'stream') entry.stream = job;
    else if (inlineBytes < inlineLimit) {
      inlineBytes += part.bytes.length;
      entry.result = collect(0, job);
    } else if (shareThisThread && dealt++ % options.jobs === 0) entry.result = collect(0, job);
    else entry.result = pool.run(job);
    return entry;
  };
  try {
    for (const file of files) {
      const input: InputState = { name: displayName(file), problems: null!, queued: [], records: 0, errors: 0, stopped: false };
      input.problems = new Problems(input.name, (problem, skipped) => input.queued.push(problemEvent(problem, skipped)));
      queue.push({ input, kind: 'start', before: [] });
      const split = { segmentBytes, stdin: options.stdin, onBytes };
      for await (const part of splitInput(file, options.ingest, input.problems, split)) {
        queue.push(dispatch(input, part));
        // A streamed part holds the reading of its input: it is read to the end now.
        const keep = part.kind === 'stream' ? 0 : options.jobs * SEGMENTS_IN_FLIGHT_PER_WORKER;
        if (part.kind === 'segment') collector.passed(part.bytes.length);
        while (queue.length > keep) yield* emit(queue.shift()!);
        if (input.stopped) break;
      }
      queue.push({ input, kind: 'end', before: [] });
    }
    while (queue.length > 0) yield* emit(queue.shift()!);
  } finally {
    await pool.close();
  }
}

/** The summed size of the input files that can be stat'ed. */
function filesSize(files: readonly string[]): number {
  let total = 0;
  for (const file of files) {
    if (file === '-') continue;
    try {
      total += statSync(file).size;
    } catch {
      // reported when the file is opened
    }
  }
  return total;
}

async function* emit(entry: Entry): AsyncGenerator<InputEvent> {
  const { input } = entry;
  if (entry.kind === 'start') {
    yield { kind: 'input' };
    return;
  }
  // After an error that stops an input (a CSV parse error), nothing more of it is read in one pass.
  if (input.stopped) return;
  yield* entry.before;
  let end: PartEnd | undefined;
  if (entry.result) {
    const result = await entry.result;
    if (result.error !== undefined) throw new Error(result.error);
    yield* result.events!;
    end = result.end;
  } else if (entry.stream) {
    end = yield* extractPart(entry.stream);
  }
  if (end) {
    input.records += end.records;
    input.errors += end.errors;
    input.stopped ||= end.stopped;
  }
  if (entry.kind === 'end') {
    if (input.records === 0 && input.errors === 0 && !input.stopped) noRecords(input.problems);
    yield* input.queued.splice(0);
  }
}

/** A part's events gathered whole, as a worker answers. */
export async function collect(id: number, job: PartJob): Promise<PartResult> {
  const events: PartEvent[] = [];
  const iterator = extractPart(job);
  for (let next = await iterator.next(); ; next = await iterator.next()) {
    if (next.done === true) return { id, events, end: next.value };
    events.push(next.value);
  }
}

/** Worker threads, started on first use; each segment goes to the one with the fewest in hand. */
class WorkerPool {
  private workers: Worker[] = [];
  private inHand: number[] = [];
  private waiting = new Map<number, { resolve: (result: PartResult) => void; reject: (error: Error) => void }>();
  private nextId = 1;
  private exits: Promise<unknown>[] = [];
  private failed = false;

  constructor(private readonly size: number, private readonly limits: WorkerLimits) {}

  run(job: PartJob): Promise<PartResult> {
    if (this.workers.length === 0) for (let w = 0; w < this.size; w++) this.start(w);
    const w = this.inHand.indexOf(Math.min(...this.inHand));
    const id = this.nextId++;
    this.inHand[w]! += 1;
    // The segment's memory is handed over, not copied (copying costs as much as reading it); small
    // buffers may share Node's pool of small allocations, so they are copied.
    const bytes = job.part.kind === 'segment' ? job.part.bytes : null;
    const transfer = bytes !== null && bytes.byteOffset === 0 && bytes.buffer.byteLength >= TRANSFER_MIN_BYTES ? [bytes.buffer as ArrayBuffer] : [];
    this.workers[w]!.postMessage({ id, job }, transfer);
    return new Promise<PartResult>((resolve, reject) => this.waiting.set(id, { resolve, reject }));
  }

  /**
   * Idle workers are told to close, so that they end on their own and write their code cache
   * (bin/worker.js); after a failure, or with answers still awaited (a run stopped early), they are
   * terminated.
   */
  async close(): Promise<void> {
    const idle = !this.failed && this.waiting.size === 0;
    for (const worker of this.workers) {
      if (idle) worker.postMessage('close');
      else void worker.terminate();
    }
    await Promise.all(this.exits);
  }

  private start(w: number): void {
    const { Worker } = require('node:worker_threads') as typeof import('node:worker_threads');
    // bin/worker.js runs the worker's bundle with V8's code cache (this file, built or bundled, is two
    // levels below the package root). It sets the heap's flags before it compiles: V8 takes a cache
    // only under the flags it was made under, and the worker makes its cache after setting them.
    // With them, the flag BufferCollector sets on this thread at a moment that races with the worker's start.
    const workerData = { v8Flags: [...HEAP_FLAGS, EXPOSE_GC] };
    const worker = new Worker(new URL('../../bin/worker.js', import.meta.url), { resourceLimits: this.limits, workerData });
    this.exits[w] = new Promise((resolve) => worker.once('exit', resolve));
    worker.on('message', (result: PartResult) => {
      this.inHand[w]! -= 1;
      this.waiting.get(result.id)?.resolve(result);
      this.waiting.delete(result.id);
    });
    // Settles every answer still awaited: a worker that died cannot be told from one that is slow.
    worker.on('error', (error: NodeJS.ErrnoException) => {
      const failure = error.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? new Error(`a worker thread ran out of memory (${this.limits.maxOldGenerationSizeMb} MB); run with --jobs 1`)
        : error;
      this.failed = true;
      for (const entry of this.waiting.values()) entry.reject(failure);
      this.waiting.clear();
    });
    this.workers[w] = worker;
    this.inHand[w] = 0;
  }
}

const EXPOSE_GC = '--expose-gc';

/**
 * This thread allocates little on the JS heap but passes large buffers through: the input it reads,
 * the lines workers send back. V8 frees a buffer's memory only when it collects the Buffer object,
 * and with so little allocation to prompt it, lets some 64 MB of finished buffers pile up first. A
 * minor collection every few MB of input (under a millisecond each) frees them as they are done
 * with. (The way to reach V8's gc() without a command-line flag is jest-leak-detector's.)
 */
class BufferCollector {
  private static readonly EVERY_BYTES = 1024 * 1024;
  private minorGc: (() => void) | null = null;
  private bytes = 0;

  /** Told of each segment read. */
  passed(bytes: number): void {
    this.bytes += bytes;
    if (this.bytes < BufferCollector.EVERY_BYTES) return;
    this.bytes = 0;
    if (this.minorGc === null) {
      (require('node:v8') as typeof import('node:v8')).setFlagsFromString(EXPOSE_GC);
      const gc = (require('node:vm') as typeof import('node:vm')).runInNewContext('gc') as (options: { type: 'minor' }) => void;
      this.minorGc = () => gc({ type: 'minor' });
    }
    this.minorGc();
  }
}
