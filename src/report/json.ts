// Reconcile as one JSON document, schema "toll.reconcile/1":
// { schema, tolerance, groupBy, perRecord, policy, groups: Group[] }, every key documented in
// docs/json-schema.md (a test holds the two together). Additions keep the version; a rename or
// removal bumps it.
import type { Reconciliation } from '../reconcile/index.js';
import { groupRecord } from './records.js';

export const RECONCILE_SCHEMA = 'toll.reconcile/1';

export function formatJson(reconciliation: Reconciliation): string {
  const document = {
    schema: RECONCILE_SCHEMA,
    tolerance: reconciliation.tolerance,
    groupBy: reconciliation.groupBy,
    perRecord: reconciliation.perRecord,
    policy: reconciliation.policy,
    groups: reconciliation.groups.map(groupRecord),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
