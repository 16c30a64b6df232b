// Detects the CSV delimiter from the header line: the candidate that occurs most often outside quotes.

import { SNIFF_SIZE } from './sniff.js';

/** In order of preference when counts tie. */
const CANDIDATES = [',', '\t', ';', '|'];
const LINE_FEED = 0x0a;

export function detectDelimiter(headerLine: string): string {
  const counts = new Map(CANDIDATES.map((candidate) => [candidate, 0]));
  let quoted = false;
  for (const char of headerLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  let best = CANDIDATES[0]!;
  for (const candidate of CANDIDATES) if (counts.get(candidate)! > counts.get(best)!) best = candidate;
  return best;
}

/**
 * Reads chunks until the first line is complete (or SNIFF_SIZE bytes are in), and returns that
 * line with all the chunks, the peeked ones included, still to be read.
 */
export async function peekFirstLine(chunks: AsyncIterable<Buffer>): Promise<{ firstLine: string; chunks: AsyncIterable<Buffer> }> {
  const iterator = chunks[Symbol.asyncIterator]();
  const peeked: Buffer[] = [];
  let size = 0;
  let done = false;
  let lineComplete = false;
  while (!lineComplete && size < SNIFF_SIZE) {
    const next = await iterator.next();
    if (next.done === true) {
      done = true;
      break;
    }
    peeked.push(next.value);
    size += next.value.length;
    lineComplete = next.value.includes(LINE_FEED);
  }
  const head = Buffer.concat(peeked);
  const end = head.indexOf(LINE_FEED);
  async function* all(): AsyncGenerator<Buffer> {
    try {
      yield* peeked;
      if (!done) for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
    } finally {
      await iterator.return?.();
    }
  }
  return { firstLine: head.toString('utf8', 0, end === -1 ? head.length : end), chunks: all() };
}
