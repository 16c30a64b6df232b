// Opens a file or stdin as a stream of byte chunks, turning OS errors into coded problems in plain words.

import { open } from 'node:fs/promises';
import { SYSTEM_ERRORS, systemErrorCode, systemErrorWords } from '../problems.js';
import type { Problems } from './problems.js';

/** Bigger reads cost fewer round trips through the stream machinery; 64 KiB is also the sniff size. */
const READ_SIZE = 64 * 1024;

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
      problems.fail(null, 'FILE_IS_DIRECTORY');
      return null;
    }
    return readChunks(handle.createReadStream({ highWaterMark: READ_SIZE }), problems, onBytes);
  } catch (error) {
    failWith(problems, error);
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
    failWith(problems, error);
  }
}

/** The input's problem for a system error: its own code when it has one, else FILE_UNREADABLE with the reason in words. */
function failWith(problems: Problems, error: unknown): void {
  const code = SYSTEM_ERRORS[systemErrorCode(error)]?.input ?? 'FILE_UNREADABLE';
  if (code === 'FILE_UNREADABLE') problems.fail(null, code, { reason: systemErrorWords(error) });
  else problems.fail(null, code);
}
