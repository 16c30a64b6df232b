// Is an input the NDJSON of `toll extract`? `toll extract -f ndjson a.txt | toll reconcile` must reconcile
// the figures, not read their JSON as report text: reconcile looks at the first line of each input when
// no --input-format is given, and reads figure streams as figures.
import { closeSync, openSync, readSync } from 'node:fs';
import { Readable } from 'node:stream';
import { isFigureLine } from '../ingest/figures.js';
import { formatFromPath } from '../ingest/options.js';
import type { Io } from './io.js';

/** How much of an input is read to find its first line. */
const PEEK_BYTES = 64 * 1024;

/** What the inputs are, as far as their first lines tell. */
export interface DetectedInputs {
  /** Every input is a figure stream. */
  figures: boolean;
  /** Stdin is the only input and its first line is a JSON object: NDJSON of reports, not text. */
  stdinJson: boolean;
  /** `io` with stdin restored after peeking. */
  io: Io;
}

/** Files are looked at only when their extension says NDJSON (.ndjson, .jsonl, .json); stdin always. */
export async function detectFigureStreams(files: readonly string[], io: Io): Promise<DetectedInputs> {
  let restored = io;
  let all = files.length > 0;
  let stdinJson = false;
  for (const file of files) {
    let head: string | null = null;
    if (file === '-') {
      const peeked = await peekStream(io.stdin);
      head = peeked.head;
      const stdin = peeked.stream;
      restored = { ...io, get stdin() { return stdin; } };
      // Text never opens with a brace: a first line that does (even one cut short) is JSON, whose errors are told.
      stdinJson = files.length === 1 && firstLine(head).trimStart().startsWith('{');
    } else if (formatFromPath(file) === 'ndjson') {
      head = fileHead(file);
    }
    all &&= head !== null && isFigureLine(firstLine(head));
  }
  return { figures: all, stdinJson: stdinJson && !all, io: restored };
}

function firstLine(head: string): string {
  for (const line of head.split('\n')) if (line.trim() !== '') return line;
  return '';
}

/** The start of a file as text, or null when it cannot be read (reading it later says why). */
function fileHead(path: string): string | null {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const buffer = Buffer.alloc(PEEK_BYTES);
    const length = readSync(fd, buffer, 0, PEEK_BYTES, 0);
    return buffer.subarray(0, length).toString('utf8');
  } catch {
    return null;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The stream's first line (or PEEK_BYTES), and a stream that gives every byte again from the start. */
async function peekStream(stream: Io['stdin']): Promise<{ head: string; stream: Io['stdin'] }> {
  const chunks: Buffer[] = [];
  let length = 0;
  const iterator = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  let done = false;
  while (length < PEEK_BYTES) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    const chunk = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
    chunks.push(chunk);
    length += chunk.length;
    if (chunk.includes(0x0a) && Buffer.concat(chunks).toString('utf8').trim() !== '') break;
  }
  const head = Buffer.concat(chunks);
  async function* again(): AsyncGenerator<Buffer> {
    if (head.length > 0) yield head;
    if (done) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      yield typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
    }
  }
  return { head: head.toString('utf8'), stream: Readable.from(again(), { objectMode: false }) };
}
