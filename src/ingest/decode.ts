// Turns an input's bytes into UTF-8 chunks, the one encoding the readers (and csv-parse) work in.
// UTF-8 input passes through untouched, only checked; other encodings are transcoded.

import { isUtf8 } from 'node:buffer';
import { TextDecoder } from 'node:util';
import type { Encoding } from './options.js';
import type { Problems } from './problems.js';
import { completeUtf8Length, sniff, SNIFF_SIZE } from './sniff.js';

const NEWLINE = 0x0a;

interface Transcoder {
  write(chunk: Buffer): Buffer;
  end(): Buffer;
}

export async function* utf8Chunks(
  bytes: AsyncIterable<Buffer>,
  requested: Encoding | null,
  problems: Problems,
): AsyncGenerator<Buffer> {
  const chunks = bytes[Symbol.asyncIterator]();
  try {
    const { head, wholeInput } = await readHead(chunks);
    if (problems.stopped) return;
    if (head.length === 0) {
      problems.fail(null, 'FILE_EMPTY');
      return;
    }
    const sniffed = sniff(head, requested, wholeInput);
    if (sniffed.binary !== null) {
      problems.fail(null, 'FILE_BINARY', { evidence: sniffed.binary });
      return;
    }
    if (sniffed.guessedCp1252) problems.warn(null, 'ENCODING_GUESSED');
    const transcoder = createTranscoder(sniffed.encoding, problems);
    yield transcoder.write(head.subarray(sniffed.bomLength));
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) {
      yield transcoder.write(next.value);
    }
    yield transcoder.end();
  } finally {
    await chunks.return?.();
  }
}

async function readHead(chunks: AsyncIterator<Buffer>): Promise<{ head: Buffer; wholeInput: boolean }> {
  const pieces: Buffer[] = [];
  let size = 0;
  while (size < SNIFF_SIZE) {
    const next = await chunks.next();
    if (next.done) return { head: Buffer.concat(pieces), wholeInput: true };
    pieces.push(next.value);
    size += next.value.length;
  }
  return { head: Buffer.concat(pieces), wholeInput: false };
}

function createTranscoder(encoding: Encoding, problems: Problems): Transcoder {
  switch (encoding) {
    case 'utf8':
      return new Utf8Checker(problems);
    case 'latin1':
      // TextDecoder's "latin1" is really windows-1252 (per WHATWG); Buffer's is ISO-8859-1.
      return { write: (chunk) => Buffer.from(chunk.toString('latin1'), 'utf8'), end: () => Buffer.alloc(0) };
    case 'cp1252':
      return new TextTranscoder('windows-1252');
    case 'utf16le':
      return new TextTranscoder('utf-16le');
    case 'utf16be':
      return new TextTranscoder('utf-16be');
  }
}

class TextTranscoder implements Transcoder {
  private readonly decoder: TextDecoder;

  constructor(label: string) {
    this.decoder = new TextDecoder(label, { ignoreBOM: true });
  }

  write(chunk: Buffer): Buffer {
    return Buffer.from(this.decoder.decode(chunk, { stream: true }), 'utf8');
  }

  end(): Buffer {
    return Buffer.from(this.decoder.decode(), 'utf8');
  }
}

/**
 * Passes UTF-8 through and warns once per line that holds invalid bytes; the readers decode
 * those with U+FFFD. It counts lines itself so that the warning can name the line.
 */
class Utf8Checker implements Transcoder {
  /** A character cut by the chunk boundary, checked together with the next chunk. */
  private carry: Buffer | null = null;
  /** The line that the next byte to check belongs to. */
  private line = 1;
  private lastWarnedLine = 0;

  constructor(private readonly problems: Problems) {}

  write(chunk: Buffer): Buffer {
    const bytes = this.carry === null ? chunk : Buffer.concat([this.carry, chunk]);
    const complete = completeUtf8Length(bytes);
    this.carry = complete < bytes.length ? bytes.subarray(complete) : null;
    this.check(bytes.subarray(0, complete));
    return chunk;
  }

  end(): Buffer {
    // A character still missing bytes at the end of the input is invalid.
    if (this.carry !== null) this.warn(this.line);
    return Buffer.alloc(0);
  }

  private check(bytes: Buffer): void {
    if (isUtf8(bytes)) {
      this.line += countNewlines(bytes);
      return;
    }
    let start = 0;
    for (let end = bytes.indexOf(NEWLINE); end !== -1; end = bytes.indexOf(NEWLINE, start)) {
      if (!isUtf8(bytes.subarray(start, end))) this.warn(this.line);
      this.line++;
      start = end + 1;
    }
    if (!isUtf8(bytes.subarray(start))) this.warn(this.line);
  }

  private warn(line: number): void {
    if (line === this.lastWarnedLine) return;
    this.lastWarnedLine = line;
    this.problems.warn(line, 'UTF8_INVALID');
  }
}

function countNewlines(bytes: Buffer): number {
  let count = 0;
  for (let i = bytes.indexOf(NEWLINE); i !== -1; i = bytes.indexOf(NEWLINE, i + 1)) count++;
  return count;
}
