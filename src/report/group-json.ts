// A group's JSON written in pieces, a row at a time: JSON.stringify(groupRecord(group)) of one
// group of a large archive is hundreds of megabytes, made at once, copied by the escaping and by the
// indenting. Byte for byte what JSON.stringify(groupRecord(group), null, space) gives, escaped.
import type { Group } from '../reconcile/index.js';
import { rowRecord } from './records.js';
import { escapeJsonText } from './sanitize.js';

/** Pieces are joined up to about this many characters before they are handed on. */
const PIECE_CHARS = 1 << 16;

/**
 * The group's JSON in pieces. `space` is 0 (one line) or 2 (indented); `indent` is the indentation
 * of the line the group opens on, which the caller has written.
 */
export function* groupJsonPieces(group: Group, space: 0 | 2, indent = ''): Generator<string> {
  let pending = '';
  for (const piece of groupPieces(group, space, indent)) {
    pending += piece;
    if (pending.length >= PIECE_CHARS) {
      yield pending;
      pending = '';
    }
  }
  if (pending !== '') yield pending;
}

function* groupPieces(group: Group, space: 0 | 2, indent: string): Generator<string> {
  const inner = space === 0 ? '' : `${indent}  `;
  const keyGap = space === 0 ? ':' : ': ';
  let first = true;
  yield '{';
  for (const [key, value] of Object.entries(group)) {
    if (value === undefined || typeof value === 'function' || typeof value === 'symbol') continue;
    yield `${first ? '' : ','}${space === 0 ? '' : '\n'}${inner}${JSON.stringify(key)}${keyGap}`;
    first = false;
    if (key === 'rows') yield* arrayPieces(group.rows, rowRecord, space, inner);
    else yield valueJson(value, space, inner);
  }
  yield first || space === 0 ? '}' : `\n${indent}}`;
}

function* arrayPieces<T>(items: readonly T[], record: (item: T) => unknown, space: 0 | 2, indent: string): Generator<string> {
  if (items.length === 0) {
    yield '[]';
    return;
  }
  const inner = space === 0 ? '' : `${indent}  `;
  yield '[';
  for (let i = 0; i < items.length; i++) {
    yield `${i === 0 ? '' : ','}${space === 0 ? '' : '\n'}${inner}${valueJson(record(items[i]!), space, inner)}`;
  }
  yield space === 0 ? ']' : `\n${indent}]`;
}

/** One value's JSON, escaped, its lines indented to sit at `indent`. */
function valueJson(value: unknown, space: 0 | 2, indent: string): string {
  const json = escapeJsonText(JSON.stringify(value, null, space) ?? 'null');
  return space === 0 || indent === '' ? json : json.replace(/\n/g, `\n${indent}`);
}
