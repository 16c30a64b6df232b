// Where data goes: stdout, or -o FILE written to a temporary file beside it and renamed into place
// at the end, so an interrupted run never leaves a partial file. Writes respect backpressure, and a
// closed pipe (`toll extract big.csv | head -1`) ends the run quietly. An output that cannot be
// written is an OutputError, reported as `toll: FILE: cannot write (reason)`, not an internal error;
// the temporary file is opened before any input is read, so a bad -o fails at once.
import { createWriteStream, fchmodSync, openSync, realpathSync, renameSync, rmSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { problemMessage, systemErrorCode, systemErrorWords, type ProblemCode } from '../problems.js';

export class ClosedPipe extends Error {}

/** The output cannot be written: `subject` names it, reported as "toll: out.json: OUTPUT_UNWRITABLE: cannot write (permission denied)". */
export class OutputError extends Error {
  constructor(readonly subject: string, readonly code: ProblemCode, message: string) {
    super(message);
  }
}

/** Where the output is to go, a missing path is a missing directory. */
const DIRECTORY_ERRORS = new Set(['ENOENT', 'ENOTDIR']);

function cannotWrite(target: string, error: unknown): OutputError {
  const reason = DIRECTORY_ERRORS.has(systemErrorCode(error)) ? 'no such directory' : systemErrorWords(error);
  return new OutputError(target, 'OUTPUT_UNWRITABLE', problemMessage('OUTPUT_UNWRITABLE', { reason }));
}

const FLUSH_AT = 64 * 1024;

export class Output {
  private buffered: string[] = [];
  private bufferedLength = 0;
  private closed = false;
  private failure: Error | null = null;

  private constructor(
    private readonly stream: Writable,
    /** What messages call the output: "<stdout>" or the path given. */
    private readonly name: string,
    /** A regular file is written here and renamed to `finalPath` at the end. */
    private readonly temporaryPath: string | null,
    /** The file written, null for stdout (which is never ended). */
    private readonly finalPath: string | null,
  ) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE' && temporaryPath === null) this.closed = true;
      else this.failure = cannotWrite(name, error);
    });
  }

  static toStream(stream: Writable): Output {
    return new Output(stream, '<stdout>', null, null);
  }

  /** Opens the temporary file now; throws OutputError when FILE cannot be written. */
  static toFile(path: string): Output {
    const existing = statOrNull(path);
    if (existing?.isDirectory()) throw new OutputError(path, 'OUTPUT_UNWRITABLE', problemMessage('OUTPUT_UNWRITABLE', { reason: 'is a directory' }));
    if (existing && !existing.isFile()) {
      // A device or FIFO (-o /dev/null, -o /dev/stderr): written in place, never replaced by a file.
      return new Output(createWriteStream(path, { fd: openOrThrow(path, path) }), path, null, path);
    }
    // A symlink stays a symlink: the file it points to is the one replaced.
    const target = existing ? realpathSync(path) : path;
    const temporary = join(dirname(target), `.${basename(target)}.toll-${process.pid}.tmp`);
    const fd = openOrThrow(temporary, path);
    try {
      // Replacing a file keeps its permissions.
      if (existing) fchmodSync(fd, existing.mode & 0o7777);
    } catch {
      // Not ours to chmod: the new file keeps the default mode.
    }
    return new Output(createWriteStream(temporary, { fd }), path, temporary, target);
  }

  /** Writes, waiting for the stream to drain when its buffer is full. Throws ClosedPipe when the reader left. */
  async write(chunk: string | Uint8Array): Promise<void> {
    if (chunk.length === 0) return;
    if (typeof chunk !== 'string') {
      // Bytes come in big pieces (a worker's lines): written as they are, after what is gathered.
      await this.flush();
      await this.send(chunk);
      return;
    }
    // Streaming formats write a line per figure: gather them, so the stream sees 64 kB writes.
    this.buffered.push(chunk);
    this.bufferedLength += chunk.length;
    if (this.bufferedLength >= FLUSH_AT) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.bufferedLength === 0) return;
    const chunk = this.buffered.join('');
    this.buffered = [];
    this.bufferedLength = 0;
    await this.send(chunk);
  }

  private async send(chunk: string | Uint8Array): Promise<void> {
    this.check();
    if (!this.stream.write(chunk)) {
      await new Promise<void>((resolve) => {
        const done = () => { this.stream.off('drain', done); this.stream.off('error', done); this.stream.off('close', done); resolve(); };
        this.stream.on('drain', done).on('error', done).on('close', done);
      });
      this.check();
    }
  }

  /** Flushes; a file output is renamed into place only now. */
  async finish(): Promise<void> {
    await this.flush();
    this.check();
    if (this.finalPath === null) return;
    try {
      await new Promise<void>((resolve, reject) => this.stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
      this.check();
      if (this.temporaryPath !== null) renameSync(this.temporaryPath, this.finalPath!);
    } catch (error) {
      throw error instanceof OutputError ? error : cannotWrite(this.name, error);
    }
  }

  /**
   * Ends a run stopped by --strict: what was found before the error is written out to a stream, and
   * a file is not written at all (abandoned), as after any failed run.
   */
  async stopEarly(): Promise<void> {
    if (this.temporaryPath !== null) {
      this.abandon();
      return;
    }
    try {
      await this.flush();
    } catch {
      // The reader left or the disk is full: the error that stopped the run is the one to report.
    }
  }

  /** Removes the temporary file of an unfinished run. Synchronous: safe in a signal handler before exit. */
  abandon(): void {
    if (this.temporaryPath === null) return;
    this.stream.destroy();
    // Unlinked now, even while destroy() is still closing it.
    rmSync(this.temporaryPath, { force: true });
  }

  private check(): void {
    if (this.closed) throw new ClosedPipe('output closed');
    if (this.failure) throw this.failure;
  }
}

function openOrThrow(path: string, name: string): number {
  try {
    return openSync(path, 'w', 0o666);
  } catch (error) {
    throw cannotWrite(name, error);
  }
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}
