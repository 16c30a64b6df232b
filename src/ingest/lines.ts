// Splits UTF-8 chunks into lines with bounded memory. Works on bytes: a line break (0x0a) never
// occurs inside a multi-byte character, so a character cut by a chunk boundary is simply rejoined.

export interface Line {
  /** 1-based. */
  number: number;
  /** The line without its line break (LF or CRLF); null when it exceeded the limit and was dropped. */
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
  private nextNumber: number;

  constructor(private readonly maxBytes: number, firstLine = 1) {
    this.nextNumber = firstLine;
  }

  push(chunk: Buffer): Line[] {
    const lines: Line[] = [];
    let start = 0;
    for (let end = chunk.indexOf(LINE_FEED); end !== -1; end = chunk.indexOf(LINE_FEED, start)) {
      lines.push(this.take(chunk, start, end));
      start = end + 1;
    }
    this.hold(chunk.subarray(start));
    return lines;
  }

  /** The last line, when the input does not end with a line break. */
  end(): Line[] {
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
