// reconcile: figures from many reports → groups (who was counted × category) → one row per
// claimant → its distinct claims, with conflicts where claimants' figures cannot both hold.
// Pure: no I/O, no colour; src/report renders the result.
import type { Figure } from '../figure.js';
import { NO_ALIASES } from './aliases.js';
import { findDisagreements, spreadOf } from './conflicts.js';
import { draftGroups, type DraftClaim, type DraftGroup, type DraftRow } from './grouping.js';
import { DEFAULT_TOLERANCE } from './intervals.js';
import { identifyEach, resolveSources } from './sources.js';
import type { Claim, Group, GroupBy, ReconcileOptions, Reconciliation, SourceRow } from './types.js';

export type * from './types.js';
export { AliasFileError, SOURCE_KINDS, NO_ALIASES, aliasTable, loadAliases, mergeAliases } from './aliases.js';
export type { AliasTable, SourceEntry, SourceKind } from './aliases.js';
export { readBuiltinAliases } from './registry.js';
export { sourceKey, type SourceIdentity } from './sources.js';
export { actorKey } from './actors.js';
export { DEFAULT_TOLERANCE, estimateLabel, formatCount, type Bounds } from './intervals.js';

const GROUP_BY: readonly GroupBy[] = ['actor', 'category', 'none'];

/** Throws RangeError for a tolerance outside [0, 1) or an unknown groupBy. */
export function reconcile(figures: readonly Figure[], options: ReconcileOptions = {}): Reconciliation {
  const tolerance = options.tolerance ?? DEFAULT_TOLERANCE;
  const groupBy = options.groupBy ?? 'actor';
  if (typeof tolerance !== 'number' || !(tolerance >= 0 && tolerance < 1)) {
    throw new RangeError(`tolerance must be a fraction from 0 up to (not including) 1, got ${String(tolerance)}`);
  }
  if (!GROUP_BY.includes(groupBy)) throw new RangeError(`groupBy must be one of ${GROUP_BY.join(', ')}, got ${String(groupBy)}`);

  const aliases = options.aliases ?? NO_ALIASES;
  const attribution = {
    claimants: resolveSources(figures.map((figure) => figure.source), aliases),
    outlets: identifyEach(figures.map((figure) => figure.outlet), aliases),
  };
  const groups = draftGroups(figures, attribution, groupBy, tolerance).map(finishGroup);
  return { tolerance, groupBy, groups };
}

function finishGroup(draft: DraftGroup): Group {
  const rows = [...draft.rows.values()].map(finishRow);
  const disagreements = findDisagreements(rows);
  const inConflict = new Set(disagreements.flatMap((pair) => [pair.a, pair.b]));
  return {
    key: draft.key,
    actor: draft.actor,
    actorKey: draft.actorKey,
    category: draft.category,
    rows: rows.map((row) => ({ ...row, conflict: inConflict.has(row.source) })),
    conflict: disagreements.length > 0,
    spread: spreadOf(rows.flatMap((row) => row.claims)),
    disagreements,
  };
}

function finishRow(draft: DraftRow): SourceRow {
  const { identity } = draft;
  return {
    source: identity.key,
    display: identity.display,
    kind: identity.kind,
    side: identity.side,
    claims: [...draft.claims.values()].map(finishClaim),
    reports: draft.docs.size,
    docs: [...draft.docs],
    outlets: [...draft.outlets.values()],
    conflict: false,
  };
}

function finishClaim(draft: DraftClaim): Claim {
  const { category, qualifier, low, high, label, bounds, docs, figures } = draft;
  return { category, qualifier, low, high, label, bounds, reports: docs.size, docs: [...docs], figures };
}
