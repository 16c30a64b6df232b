// The common case of CSV, read without csv-parse: fields plain or quoted (a quoted field may hold
// delimiters, doubled quotes and line breaks), records ending at LF, CRLF or a lone CR, empty lines
// skipped. That is most of what toll reads, and csv-parse, which looks at every character in
// JavaScript, spends more time on it than extraction does. Anything else stops the scan at the
// record where it is met — a quote inside a plain field, text after a closing quote, a quote left
// open, a record longer than --max-record-size — and csv-parse reads on from there, so that every
// fault is found, reported and recovered from as before (csv.ts). A property test holds the records
// and lines read here to be those csv-parse reads.

const QUOTE = 0x22;
const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;

export interface ScannedRecord {
  fields: string[];
  /** The line the record starts on. */
  line: number;
  /** Offsets in the scanned bytes: where the record starts (after any empty lines) and where the next one may. */
  begin: number;
  end: number;
  /** A quoted field holds a line break. */
  spans: boolean;
}

export interface Scan {
  records: ScannedRecord[];
  /** Where scanning stopped (the start of a record, or of empty lines before one), and its line. */
  stop: number;
  line: number;
  /** 'more': the bytes end inside a record; 'other': csv-parse must read on from `stop`; 'end': all read. */
  reason: 'more' | 'other' | 'end';
}

/**
 * Scans whole records of `bytes` from `from` (on line `line`). `done`: no bytes follow these. Never
 * returns a record that csv-parse could read otherwise.
 */
export function scanCsv(bytes: Buffer, from: number, line: number, done: boolean, delimiter: number, maxRecordSize: number): Scan {
  const records: ScannedRecord[] = [];
  let at = from;
  let atLine = line;
  for (;;) {
    // Empty lines are skipped; they end nothing.
    let begin = at;
    let beginLine = atLine;
    while (begin < bytes.length && (bytes[begin] === LINE_FEED || bytes[begin] === CARRIAGE_RETURN)) {
      begin += bytes[begin] === CARRIAGE_RETURN && bytes[begin + 1] === LINE_FEED ? 2 : 1;
      // A CR that ends the bytes may be the first half of a CRLF: wait for the next byte.
      if (bytes[begin - 1] === CARRIAGE_RETURN && begin === bytes.length && !done) return { records, stop: at, line: atLine, reason: 'more' };
      beginLine++;
    }
    if (begin >= bytes.length) return { records, stop: done ? begin : at, line: done ? beginLine : atLine, reason: done ? 'end' : 'more' };
    const record = scanRecord(bytes, begin, beginLine, done, delimiter);
    if (record === 'more' || record === 'other') {
      // A record that has outgrown the limit is csv-parse's to report.
      const reason = record === 'more' && bytes.length - begin <= maxRecordSize ? 'more' : 'other';
      return { records, stop: at, line: atLine, reason };
    }
    if (record.end - begin > maxRecordSize) return { records, stop: at, line: atLine, reason: 'other' };
    records.push(record);
    at = record.end;
    atLine = record.line + record.breaks;
  }
}

/** One record from `begin`, or 'more' (it runs past the bytes) or 'other' (not the common case). */
function scanRecord(bytes: Buffer, begin: number, line: number, done: boolean, delimiter: number): (ScannedRecord & { breaks: number }) | 'more' | 'other' {
  const fields: string[] = [];
  let i = begin;
  let breaks = 0;
  let spans = false;
  for (;;) {
    if (bytes[i] === QUOTE) {
      let text = '';
      let from = i + 1;
      for (;;) {
        const quote = bytes.indexOf(QUOTE, from);
        if (quote === -1) return done ? 'other' : 'more';
        if (quote + 1 === bytes.length && !done) return 'more';
        if (bytes[quote + 1] === QUOTE) {
          text += bytes.toString('utf8', from, quote + 1);
          from = quote + 2;
          continue;
        }
        text += bytes.toString('utf8', from, quote);
        const inside = countLineBreaks(bytes, i + 1, quote);
        if (inside > 0) {
          breaks += inside;
          spans = true;
        }
        i = quote + 1;
        break;
      }
      fields.push(text);
      if (i === bytes.length) break;
      const next = bytes[i];
      if (next === delimiter) {
        i++;
        continue;
      }
      if (next === LINE_FEED || next === CARRIAGE_RETURN) break;
      return 'other';
    }
    let end = i;
    while (end < bytes.length) {
      const byte = bytes[end];
      if (byte === delimiter || byte === LINE_FEED || byte === CARRIAGE_RETURN) break;
      if (byte === QUOTE) return 'other';
      end++;
    }
    if (end === bytes.length && !done) return 'more';
    fields.push(bytes.toString('utf8', i, end));
    i = end;
    if (i < bytes.length && bytes[i] === delimiter) {
      i++;
      continue;
    }
    break;
  }
  // The record's line break: a CR at the end of the bytes may be the first half of a CRLF.
  if (i < bytes.length) {
    if (bytes[i] === CARRIAGE_RETURN) {
      if (i + 1 === bytes.length && !done) return 'more';
      i += bytes[i + 1] === LINE_FEED ? 2 : 1;
    } else i++;
    breaks++;
  }
  return { fields, line, begin, end: i, spans, breaks };
}

/** Line breaks in bytes[from, to): LF, CRLF and a lone CR each count once. */
export function countLineBreaks(bytes: Buffer, from: number, to: number): number {
  const field = bytes.subarray(from, to);
  if (field.indexOf(LINE_FEED) === -1 && field.indexOf(CARRIAGE_RETURN) === -1) return 0;
  let count = 0;
  for (let i = from; i < to; i++) {
    const byte = bytes[i];
    if (byte === LINE_FEED) count++;
    else if (byte === CARRIAGE_RETURN && bytes[i + 1] !== LINE_FEED) count++;
  }
  return count;
}
