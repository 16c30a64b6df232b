// Where data goes: stdout, or -o FILE written to a temporary file beside it and renamed into place
// at the end, so an interrupted run never leaves a partial file. Writes respect backpressure, and a
// closed pipe (`toll extract big.csv | head -1`) ends the run quietly.
import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';

export class ClosedPipe extends Error {}

export class Output {
  private closed = false;
  private failure: Error | null = null;

  private constructor(
    private readonly stream: Writable,
    private readonly finalPath: string | null,
    private readonly temporaryPath: string | null,
  ) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') this.closed = true;
      else this.failure = error;
    });
  }

  static toStream(stream: Writable): Output {
    return new Output(stream, null, null);
  }

  static toFile(path: string): Output {
    const temporary = join(dirname(path), `.${basename(path)}.toll-${process.pid}.tmp`);
    return new Output(createWriteStream(temporary), path, temporary);
  }

  /** Writes, waiting for the stream to drain when its buffer is full. Throws ClosedPipe when the reader left. */
  async write(chunk: string): Promise<void> {
    if (chunk === '') return;
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
    this.check();
    if (this.finalPath === null) return;
    await new Promise<void>((resolve, reject) => this.stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
    renameSync(this.temporaryPath!, this.finalPath);
  }

  /** Removes the temporary file of an unfinished run. */
  abandon(): void {
    if (this.temporaryPath === null) return;
    this.stream.destroy();
    rmSync(this.temporaryPath, { force: true });
  }

  private check(): void {
    if (this.closed) throw new ClosedPipe('output closed');
    if (this.failure) throw this.failure;
  }
}
