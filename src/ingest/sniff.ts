// Looks at the first bytes of an input: is it binary, which encoding is it in, is there a BOM.

import { isUtf8 } from 'node:buffer';
import type { Encoding } from './options.js';

export const SNIFF_SIZE = 64 * 1024;
const NUL_WINDOW = 8 * 1024;

const MAGIC_NUMBERS: ReadonlyArray<readonly [string, Buffer]> = [
  ['PNG image', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
  ['gzip data', Buffer.from([0x1f, 0x8b])],
  ['zip archive', Buffer.from([0x50, 0x4b, 0x03, 0x04])],
  ['PDF document', Buffer.from('%PDF-', 'latin1')],
  ['ELF executable', Buffer.from([0x7f, 0x45, 0x4c, 0x46])],
  ['JPEG image', Buffer.from([0xff, 0xd8, 0xff])],
];

const BOMS: ReadonlyArray<readonly [Encoding, Buffer]> = [
  ['utf8', Buffer.from([0xef, 0xbb, 0xbf])],
  ['utf16le', Buffer.from([0xff, 0xfe])],
  ['utf16be', Buffer.from([0xfe, 0xff])],
];

/** Bytes that windows-1252 leaves undefined: text in that encoding never has them. */
const CP1252_UNDEFINED = [0x81, 0x8d, 0x8f, 0x90, 0x9d];

export interface Sniffed {
  /** What the data looks like when it is not text ("PNG image", "NUL bytes"), else null. */
  binary: string | null;
  encoding: Encoding;
  bomLength: number;
  /** True when the encoding was guessed as cp1252 because the bytes are not UTF-8. */
  guessedCp1252: boolean;
}

/** `head` is the start of the input, at least SNIFF_SIZE bytes unless it is `wholeInput`. */
export function sniff(head: Buffer, requested: Encoding | null, wholeInput: boolean): Sniffed {
  const magic = MAGIC_NUMBERS.find(([, bytes]) => startsWith(head, bytes));
  const bom = BOMS.find(([, bytes]) => startsWith(head, bytes));
  const sample = head.subarray(0, SNIFF_SIZE);
  // A character cut at the end of the sample is not invalid UTF-8.
  const wholeCharacters = wholeInput && sample.length === head.length ? sample : sample.subarray(0, completeUtf8Length(sample));
  const guessedCp1252 = requested === null && bom === undefined && looksLikeCp1252(wholeCharacters);
  const encoding = requested ?? bom?.[0] ?? (guessedCp1252 ? 'cp1252' : 'utf8');
  const utf16 = encoding === 'utf16le' || encoding === 'utf16be';
  const hasNul = !utf16 && head.subarray(0, NUL_WINDOW).includes(0);
  return {
    binary: magic?.[0] ?? (hasNul ? 'NUL bytes' : null),
    encoding,
    bomLength: bom !== undefined && bom[0] === encoding ? bom[1].length : 0,
    guessedCp1252,
  };
}

/** The length of `bytes` without a trailing multi-byte sequence that is still missing bytes. */
export function completeUtf8Length(bytes: Buffer): number {
  const length = bytes.length;
  // A UTF-8 sequence is at most 4 bytes: its lead byte is within the last 3 if it is cut.
  for (let i = length - 1; i >= 0 && i >= length - 3; i--) {
    const byte = bytes[i]!;
    if (byte < 0x80) return length;
    if (byte >= 0xc0) return i + sequenceLength(byte) > length ? i : length;
  }
  return length;
}

function sequenceLength(leadByte: number): number {
  if (leadByte >= 0xf0) return 4;
  if (leadByte >= 0xe0) return 3;
  return 2;
}

/**
 * Not UTF-8, free of the bytes cp1252 leaves undefined, and with more invalid UTF-8 than valid
 * multi-byte characters: a UTF-8 file with a few corrupt bytes stays UTF-8.
 */
function looksLikeCp1252(bytes: Buffer): boolean {
  if (isUtf8(bytes) || CP1252_UNDEFINED.some((byte) => bytes.includes(byte))) return false;
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; i++) {
    const lead = bytes[i]!;
    if (lead < 0x80) continue;
    const length = lead >= 0xc2 && lead <= 0xf4 ? sequenceLength(lead) : 0;
    let wellFormed = length > 0 && i + length <= bytes.length;
    for (let j = 1; wellFormed && j < length; j++) wellFormed = (bytes[i + j]! & 0xc0) === 0x80;
    if (wellFormed) {
      valid++;
      i += length - 1;
    } else {
      invalid++;
    }
  }
  return invalid > valid;
}

function startsWith(bytes: Buffer, prefix: Buffer): boolean {
  return bytes.length >= prefix.length && bytes.compare(prefix, 0, prefix.length, 0, prefix.length) === 0;
}
