// Splits UTF-8 chunks into lines with bounded memory. Works on bytes: a line break (LF, CRLF or a
// lone CR, as csv-parse counts them) never occurs inside a multi-byte character, so a character
// cut by a chunk boundary is simply rejoined.

export interface Line {
  /** 1-based. */
  number: number;
  /** The line without its line break (LF, CRLF or CR); null when it exceeded the limit and was dropped. */
  text: string | null;
  /** Its length in bytes, without the line break. */
  bytes: number;
}

const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const NOTHING = Buffer.alloc(0);

export class LineSplitter {
  /** The start of a line that a chunk boundary cut, kept only while it is within the limit. */
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  /** The last chunk ended with a CR: a line ended there, and a LF that starts the next chunk is part of its break. */
  private carriageReturnEnded = false;
  private nextNumber: number;

  constructor(private readonly maxBytes: number, firstLine = 1) {
    this.nextNumber = firstLine;
  }

  push(chunk: Buffer): Line[] {
    const lines: Line[] = [];
    let start = 0;
    if (this.carriageReturnEnded) {
      // The CR that ended the last chunk ended a line; a LF right after it belongs to it (CRLF).
      this.carriageReturnEnded = false;
      lines.push(this.take(NOTHING, 0, 0));
      if (chunk[0] === LINE_FEED) start = 1;
    }
    let lineFeed = chunk.indexOf(LINE_FEED, start);
    let carriageReturn = chunk.indexOf(CARRIAGE_RETURN, start);
    while (lineFeed !== -1 || carriageReturn !== -1) {
      if (carriageReturn === -1 || (lineFeed !== -1 && lineFeed < carriageReturn)) {
        lines.push(this.take(chunk, start, lineFeed));
        start = lineFeed + 1;
        lineFeed = chunk.indexOf(LINE_FEED, start);
        continue;
      }
      // A CR ends a line alone (classic Mac files) or with the LF after it; at a chunk's end, the next chunk tells.
      if (carriageReturn === chunk.length - 1) {
        this.hold(chunk.subarray(start, carriageReturn));
        this.carriageReturnEnded = true;
        return lines;
      }
      lines.push(this.take(chunk, start, carriageReturn));
      start = chunk[carriageReturn + 1] === LINE_FEED ? carriageReturn + 2 : carriageReturn + 1;
      if (lineFeed !== -1 && lineFeed < start) lineFeed = chunk.indexOf(LINE_FEED, start);
      carriageReturn = chunk.indexOf(CARRIAGE_RETURN, start);
    }
    this.hold(chunk.subarray(start));
    return lines;
  }

  /** The last line, when the input does not end with a line break. */
  end(): Line[] {
    if (this.carriageReturnEnded) {
      this.carriageReturnEnded = false;
      return [this.take(NOTHING, 0, 0)];
    }
    return this.pendingBytes > 0 ? [this.take(NOTHING, 0, 0)] : [];
  }

  private take(chunk: Buffer, start: number, end: number): Line {
    const number = this.nextNumber++;
    const total = this.pendingBytes + end - start;
    let line: Line;
    if (total > this.maxBytes) {
      line = { number, text: null, bytes: total };
    } else if (this.pending.length === 0) {
      line = decodeLine(number, chunk, start, end);
    } else {
      const joined = Buffer.concat([...this.pending, chunk.subarray(start, end)]);
      line = decodeLine(number, joined, 0, joined.length);
    }
    this.pending = [];
    this.pendingBytes = 0;
    return line;
  }

  private hold(piece: Buffer): void {
    if (piece.length === 0) return;
    this.pendingBytes += piece.length;
    // Past the limit the line will be dropped: stop keeping its bytes, only count them.
    if (this.pendingBytes <= this.maxBytes) this.pending.push(piece);
    else this.pending = [];
  }
}

/** Decodes to a new string, so a kept report does not pin the whole chunk it was cut from. */
function decodeLine(number: number, bytes: Buffer, start: number, end: number): Line {
  if (end > start && bytes[end - 1] === CARRIAGE_RETURN) end--;
  return { number, text: bytes.toString('utf8', start, end), bytes: end - start };
}

/** Every line of the input, one chunk's worth at a time (cheaper than one await per line). */
export async function* lineBatches(chunks: AsyncIterable<Buffer>, maxBytes: number, firstLine = 1): AsyncGenerator<Line[]> {
  const splitter = new LineSplitter(maxBytes, firstLine);
  for await (const chunk of chunks) yield splitter.push(chunk);
  yield splitter.end();
}

/** Whitespace-only lines are not reports. */
export function hasText(text: string): boolean {
  return /\S/.test(text);
}
