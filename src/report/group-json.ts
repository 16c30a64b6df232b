// A group's JSON written in pieces, down to each figure: JSON.stringify(groupRecord(group)) of one
// group of a large archive is hundreds of megabytes (one claimant's row alone can hold a hundred
// thousand figures), made at once, then copied by the escaping and by the indenting. Byte for byte
// what JSON.stringify(groupRecord(group), null, space) gives, escaped.
import type { Figure } from '../figure.js';
import type { Group } from '../reconcile/index.js';
import { figureRecord } from './records.js';
import { escapeJsonText } from './sanitize.js';

/** Pieces are joined up to about this many characters before they are handed on. */
const PIECE_CHARS = 1 << 16;

type Space = 0 | 2;
/** Writes one value at `indent` (the indentation of the line it starts on). */
type Writer = (value: never, space: Space, indent: string) => Generator<string>;

/**
 * The group's JSON in pieces. `space` is 0 (one line) or 2 (indented); `indent` is the indentation
 * of the line the group opens on, which the caller has written.
 */
export function* groupJsonPieces(group: Group, space: Space, indent = ''): Generator<string> {
  let pending = '';
  for (const piece of writeGroup(group as never, space, indent)) {
    pending += piece;
    if (pending.length >= PIECE_CHARS) {
      yield pending;
      pending = '';
    }
  }
  if (pending !== '') yield pending;
}

// The shape groupRecord gives (records.ts): a figure's keys in order wherever figures are listed.
const writeFigure: Writer = function* (figure: Figure, space, indent) {
  yield valueJson(figureRecord(figure), space, indent);
};
const writeClaim = members({ figures: list(writeFigure) });
const writePart = members({ claim: writeClaim });
const writeRow = members({ claims: list(writeClaim), history: list(writeClaim), parts: list(writePart) });
const writeGroup = members({ rows: list(writeRow) });

/** An object whose members named in `writers` are written by them, the others whole. */
function members(writers: Record<string, Writer>): Writer {
  return function* (object: Record<string, unknown>, space, indent) {
    const inner = space === 0 ? '' : `${indent}  `;
    let first = true;
    yield '{';
    for (const [key, value] of Object.entries(object)) {
      if (value === undefined || typeof value === 'function' || typeof value === 'symbol') continue;
      yield `${first ? '' : ','}${space === 0 ? '' : '\n'}${inner}${JSON.stringify(key)}${space === 0 ? ':' : ': '}`;
      first = false;
      const writer = writers[key];
      if (writer === undefined || value === null) yield valueJson(value, space, inner);
      else yield* writer(value as never, space, inner);
    }
    yield first || space === 0 ? '}' : `\n${indent}}`;
  };
}

/** An array whose elements are written by `element`. */
function list(element: Writer): Writer {
  return function* (items: readonly unknown[], space, indent) {
    if (items.length === 0) {
      yield '[]';
      return;
    }
    const inner = space === 0 ? '' : `${indent}  `;
    yield '[';
    for (let i = 0; i < items.length; i++) {
      yield `${i === 0 ? '' : ','}${space === 0 ? '' : '\n'}${inner}`;
      const item = items[i];
      if (item === undefined || item === null || typeof item !== 'object') yield valueJson(item, space, inner);
      else yield* element(item as never, space, inner);
    }
    yield space === 0 ? ']' : `\n${indent}]`;
  };
}

/** One value's JSON, escaped, its lines indented to sit at `indent`. */
function valueJson(value: unknown, space: Space, indent: string): string {
  const json = escapeJsonText(JSON.stringify(value, null, space) ?? 'null');
  return space === 0 || indent === '' ? json : json.replace(/\n/g, `\n${indent}`);
}
