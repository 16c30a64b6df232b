// Opens a file or stdin as a stream of byte chunks, turning OS errors into short messages.

import { open } from 'node:fs/promises';
import type { Problems } from './problems.js';

/** Bigger reads cost fewer round trips through the stream machinery; 64 KiB is also the sniff size. */
const READ_SIZE = 64 * 1024;

const OPEN_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  ENOTDIR: 'no such file',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

/** The input's bytes, or null when it cannot be opened (the problem is already reported). */
export async function openInput(
  path: string,
  stdin: NodeJS.ReadableStream,
  problems: Problems,
  onBytes?: (bytes: number) => void,
): Promise<AsyncIterable<Buffer> | null> {
  if (path === '-') return readChunks(stdin, problems, onBytes);
  try {
    const handle = await open(path, 'r');
    // Opening a directory read-only succeeds on Linux; only reading it fails.
    if ((await handle.stat()).isDirectory()) {
      await handle.close();
      problems.fail(null, 'is a directory');
      return null;
    }
    return readChunks(handle.createReadStream({ highWaterMark: READ_SIZE }), problems, onBytes);
  } catch (error) {
    problems.fail(null, OPEN_ERRORS[errorCode(error)] ?? `cannot open (${errorCode(error)})`);
    return null;
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
    problems.fail(null, OPEN_ERRORS[errorCode(error)] ?? `read error (${errorCode(error)})`);
  }
}

function errorCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' ? code : String(error);
}
