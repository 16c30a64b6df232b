// Reconcile as one JSON document, schema "toll.reconcile/1":
// { schema, tolerance, groupBy, perRecord, policy, groups: Group[] }, every key documented in
// docs/json-schema.md (a test holds the two together). Additions keep the version; a rename or
// removal bumps it.
import type { Reconciliation } from '../reconcile/index.js';
import { groupJsonPieces } from './group-json.js';

export const RECONCILE_SCHEMA = 'toll.reconcile/1';

export function formatJson(reconciliation: Reconciliation): string {
  return [...jsonChunks(reconciliation)].join('');
}

/**
 * The same document in pieces of a group's rows: an archive's reconciliation can outgrow the longest
 * string V8 allows, so the CLI writes these pieces as they are made. Byte for byte what
 * JSON.stringify(document, null, 2) would give.
 */
export function* jsonChunks(reconciliation: Reconciliation): Generator<string> {
  const head = {
    schema: RECONCILE_SCHEMA,
    tolerance: reconciliation.tolerance,
    groupBy: reconciliation.groupBy,
    perRecord: reconciliation.perRecord,
    policy: reconciliation.policy,
  };
  const opening = JSON.stringify(head, null, 2).slice(0, -2);
  const { groups } = reconciliation;
  if (groups.length === 0) {
    yield `${opening},\n  "groups": []\n}\n`;
    return;
  }
  yield `${opening},\n  "groups": [\n`;
  for (let i = 0; i < groups.length; i++) {
    yield '    ';
    yield* groupJsonPieces(groups[i]!, 2, '    ');
    yield i < groups.length - 1 ? ',\n' : '\n';
  }
  yield '  ]\n}\n';
}
