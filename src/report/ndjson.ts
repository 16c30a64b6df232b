// Reconcile as NDJSON: one group per line, the same objects as the "groups" of the JSON format.
import type { Reconciliation } from '../reconcile/index.js';
import { groupJsonPieces } from './group-json.js';

export function formatNdjson(reconciliation: Reconciliation): string {
  return [...ndjsonChunks(reconciliation)].join('');
}

/** In pieces of a group's rows, for outputs (and lines) too long for one string. */
export function* ndjsonChunks(reconciliation: Reconciliation): Generator<string> {
  for (const group of reconciliation.groups) {
    yield* groupJsonPieces(group, 0);
    yield '\n';
  }
}
