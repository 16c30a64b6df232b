// What the CLI touches of the outside world, injected so tests run it without a process.
import type { Readable, Writable } from 'node:stream';

export interface Io {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

export function processIo(): Io {
  // Help and version text: a reader that leaves early (`toll --help | head -1`) is no error, what it
  // did not read is dropped. Figure output listens for its own errors (output.ts) and reports them.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || process.stdout.listenerCount('error') > 1) return;
    process.stderr.write(`toll: cannot write to standard output (${error.code ?? error.message})\n`);
    process.exitCode = 2;
  });
  return {
    // Made when first used: a run that reads only files never builds the stdin stream (start-up).
    get stdin() {
      return process.stdin;
    },
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
  };
}
