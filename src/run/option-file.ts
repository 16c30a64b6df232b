// Files named by options (--aliases): small by nature, so read whole but only up to a limit, which
// a device or a FIFO (/dev/zero, /dev/urandom) reaches at once instead of growing memory without end.
import { open } from 'node:fs/promises';
import { formatSize } from '../ingest/options.js';
import { systemErrorWords } from '../problems.js';

/** An alias file is a few kilobytes; the built-in registry is well under 1 MiB. */
export const OPTION_FILE_LIMIT = 8 * 1024 * 1024;

export type OptionFile = { text: string } | { tooLarge: string } | { unreadable: string };

/** The file's text, or why it was not read: larger than `limit` bytes, or a system error in words. */
export async function readOptionFile(path: string, limit = OPTION_FILE_LIMIT): Promise<OptionFile> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    return { unreadable: systemErrorWords(error) };
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) return { unreadable: 'is a directory' };
    if (stat.isFile() && stat.size > limit) return { tooLarge: formatSize(limit) };
    // Read to one byte past the limit: a file that grows, or a device, is stopped there.
    const buffer = Buffer.alloc(Math.min(limit + 1, stat.isFile() ? stat.size + 1 : limit + 1));
    let filled = 0;
    for (;;) {
      if (filled === buffer.length) break;
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, null);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    if (filled > limit) return { tooLarge: formatSize(limit) };
    return { text: buffer.toString('utf8', 0, filled) };
  } catch (error) {
    return { unreadable: systemErrorWords(error) };
  } finally {
    await handle.close();
  }
}
