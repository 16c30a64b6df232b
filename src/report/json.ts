// Reconcile as one JSON document, schema "toll.reconcile/1":
// { schema, tolerance, groupBy, groups: Group[] } with Group, SourceRow and Claim as documented in
// src/reconcile/types.ts. Additions keep the version; a rename or removal bumps it.
import type { Reconciliation } from '../reconcile/index.js';
import { groupRecord } from './records.js';

export const RECONCILE_SCHEMA = 'toll.reconcile/1';

export function formatJson(reconciliation: Reconciliation): string {
  const document = {
    schema: RECONCILE_SCHEMA,
    tolerance: reconciliation.tolerance,
    groupBy: reconciliation.groupBy,
    groups: reconciliation.groups.map(groupRecord),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
