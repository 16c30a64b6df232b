// Reconcile as NDJSON: one group per line, the same objects as the "groups" of the JSON format.
import type { Reconciliation } from '../reconcile/index.js';
import { groupRecord } from './records.js';

export function formatNdjson(reconciliation: Reconciliation): string {
  return reconciliation.groups.map((group) => `${JSON.stringify(groupRecord(group))}\n`).join('');
}
