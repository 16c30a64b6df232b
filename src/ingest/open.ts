// Opens a file or stdin as a stream of byte chunks, turning OS errors into coded problems in plain words.
// A file is read with plain fs calls: node:fs/promises and the stream classes cost a short run more
// to load than its whole read.

import { close, fstat, open, read } from 'node:fs';
import { SYSTEM_ERRORS, systemErrorCode, systemErrorWords } from '../problems.js';
import type { Problems } from './problems.js';

/** Bigger reads cost fewer calls into the file system; 64 KiB is also the sniff size. */
const READ_SIZE = 64 * 1024;

/** The input's bytes, or null when it cannot be opened (the problem is already reported). */
export async function openInput(
  path: string,
  stdin: () => NodeJS.ReadableStream,
  problems: Problems,
  onBytes?: (bytes: number) => void,
): Promise<AsyncIterable<Buffer> | null> {
  if (path === '-') return readChunks(stdin(), problems, onBytes);
  let fd: number | undefined;
  try {
    fd = await new Promise<number>((resolve, reject) => open(path, 'r', (error, opened) => (error ? reject(error) : resolve(opened))));
    const opened = fd;
    // Opening a directory read-only succeeds on Linux; only reading it fails.
    const stats = await new Promise<{ isDirectory(): boolean }>((resolve, reject) => fstat(opened, (error, found) => (error ? reject(error) : resolve(found))));
    if (stats.isDirectory()) {
      close(opened, () => {});
      problems.fail(null, 'FILE_IS_DIRECTORY');
      return null;
    }
    return readFile(opened, problems, onBytes);
  } catch (error) {
    if (fd !== undefined) close(fd, () => {});
    failWith(problems, error);
    return null;
  }
}

/** The file's chunks; it is closed when they end, fail or are no longer wanted. */
async function* readFile(fd: number, problems: Problems, onBytes?: (bytes: number) => void): AsyncGenerator<Buffer> {
  try {
    for (;;) {
      const buffer = Buffer.allocUnsafeSlow(READ_SIZE);
      const bytes = await new Promise<number>((resolve, reject) => read(fd, buffer, 0, READ_SIZE, null, (error, count) => (error ? reject(error) : resolve(count))));
      if (bytes === 0) return;
      // A short read (a pipe, the end of the file) is copied out, not held with all of its buffer.
      const chunk = bytes === READ_SIZE ? buffer : Buffer.from(buffer.subarray(0, bytes));
      onBytes?.(bytes);
      yield chunk;
    }
  } catch (error) {
    failWith(problems, error);
  } finally {
    close(fd, () => {});
  }
}

async function* readChunks(stream: NodeJS.ReadableStream, problems: Problems, onBytes?: (bytes: number) => void): AsyncGenerator<Buffer> {
  try {
    for await (const chunk of stream) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      onBytes?.(buffer.length);
      yield buffer;
    }
  } catch (error) {
    failWith(problems, error);
  }
}

/** The input's problem for a system error: its own code when it has one, else FILE_UNREADABLE with the reason in words. */
function failWith(problems: Problems, error: unknown): void {
  const code = SYSTEM_ERRORS[systemErrorCode(error)]?.input ?? 'FILE_UNREADABLE';
  if (code === 'FILE_UNREADABLE') problems.fail(null, code, { reason: systemErrorWords(error) });
  else problems.fail(null, code);
}
