// Reconcile as NDJSON: one group per line, the same objects as the "groups" of the JSON format.
import type { Reconciliation } from '../reconcile/index.js';
import { escapeJsonText } from './sanitize.js';
import { groupRecord } from './records.js';

export function formatNdjson(reconciliation: Reconciliation): string {
  return [...ndjsonChunks(reconciliation)].join('');
}

/** A line at a time, for outputs too long for one string. */
export function* ndjsonChunks(reconciliation: Reconciliation): Generator<string> {
  for (const group of reconciliation.groups) yield `${escapeJsonText(JSON.stringify(groupRecord(group)))}\n`;
}
