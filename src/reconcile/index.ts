// reconcile: figures from many reports → groups (who was counted × category) → one row per
// claimant → its current estimate and history, with conflicts where claimants' figures cannot
// both hold and a summary line per group. Pure: no I/O, no colour; src/report renders the result.
import type { Figure } from '../figure.js';
import { sideKey } from './actors.js';
import { NO_ALIASES } from './aliases.js';
import { compareRows, spreadOf } from './conflicts.js';
import { statedDays } from './dates.js';
import { draftGroups, type DraftClaim, type DraftGroup, type DraftRow } from './grouping.js';
import { inTimeOrder, splitHistory } from './history.js';
import { DEFAULT_TOLERANCE } from './intervals.js';
import { finishParts } from './parts.js';
import { summarise, type Recency } from './policies.js';
import { partyJudge, type PartyJudge } from './sides.js';
import { identifyEach, resolveSources } from './sources.js';
import { POLICIES, type Claim, type Group, type GroupBy, type Policy, type ReconcileOptions, type Reconciliation, type SourceRow } from './types.js';

export type * from './types.js';
export { POLICIES } from './types.js';
export { AliasFileError, SOURCE_KINDS, NO_ALIASES, aliasTable, loadAliases, mergeAliases } from './aliases.js';
export type { AliasTable, ConflictEntry, SourceEntry, SourceKind } from './aliases.js';
export { readBuiltinAliases } from './registry.js';
export { sourceKey, type SourceIdentity } from './sources.js';
export { actorKey, describeActor, type ActorIdentity, type Role } from './actors.js';
export type { PartyFlag } from './sides.js';
export { reportDay, statedDays } from './dates.js';
export { timeline } from './timeline.js';
export type { Change, Timeline, TimelineEntry, TimelineGroup, TimelineSource } from './timeline.js';
export { DEFAULT_TOLERANCE, estimateLabel, formatCount, type Bounds } from './intervals.js';
export { rowBounds } from './conflicts.js';
export { excessNote } from './parts.js';

const GROUP_BY: readonly GroupBy[] = ['actor', 'category', 'none'];

/** Throws RangeError for a tolerance outside [0, 1), an unknown groupBy or policy. */
export function reconcile(figures: readonly Figure[], options: ReconcileOptions = {}): Reconciliation {
  const tolerance = options.tolerance ?? DEFAULT_TOLERANCE;
  const groupBy = options.groupBy ?? 'actor';
  const policy = options.policy ?? 'range';
  const perRecord = options.perRecord ?? false;
  if (typeof tolerance !== 'number' || !(tolerance >= 0 && tolerance < 1)) {
    throw new RangeError(`tolerance must be a fraction from 0 up to (not including) 1, got ${String(tolerance)}`);
  }
  if (!GROUP_BY.includes(groupBy)) throw new RangeError(`groupBy must be one of ${GROUP_BY.join(', ')}, got ${String(groupBy)}`);
  if (!POLICIES.includes(policy)) throw new RangeError(`policy must be one of ${POLICIES.join(', ')}, got ${String(policy)}`);

  const aliases = options.aliases ?? NO_ALIASES;
  const attribution = {
    claimants: resolveSources(figures.map((figure) => figure.source), aliases),
    outlets: identifyEach(figures.map((figure) => figure.outlet), aliases),
    days: statedDays(figures),
  };
  const judge = partyJudge(aliases.conflicts);
  const sides = new Map(aliases.conflicts.flatMap((conflict) => conflict.sides.flat()).map((name) => [sideKey(name), name]));
  const groups = draftGroups(figures, attribution, { groupBy, perRecord, tolerance, sides }).map((draft) => finishGroup(draft, policy, judge));
  return { tolerance, groupBy, perRecord, policy, groups };
}

function finishGroup(draft: DraftGroup, policy: Policy, judge: PartyJudge): Group {
  const side = draft.identity?.side ?? null;
  const drafts = [...draft.rows.values()];
  const rows = drafts.map((row) => finishRow(row, judge(row.identity.side, side)));
  const { disagreements, compatible } = compareRows(rows);
  const inConflict = new Set(disagreements.flatMap((pair) => [pair.a, pair.b]));
  return {
    key: draft.key,
    record: draft.record,
    actor: draft.actor,
    actorKey: draft.identity?.key ?? null,
    side,
    role: draft.identity?.role ?? null,
    category: draft.category,
    scope: draft.scope,
    rows: rows.map((row) => ({ ...row, conflict: inConflict.has(row.source) })),
    conflict: disagreements.length > 0,
    spread: spreadOf(rows.flatMap((row) => row.claims)),
    disagreements,
    compatible,
    summary: draft.category === null ? null : summarise(rows, policy, recencyOf(drafts)),
  };
}

/** When each row's current estimate was last stated: for a policy that prefers the latest figure. */
function recencyOf(rows: readonly DraftRow[]): Recency {
  return new Map(rows.map((row) => {
    const { current } = splitHistory(inTimeOrder([...row.claims.values()]));
    const day = current.reduce<string | null>((latest, claim) => (claim.lastDay !== null && (latest === null || claim.lastDay > latest) ? claim.lastDay : latest), null);
    return [row.identity.key, { day, seen: Math.max(...current.map((claim) => claim.lastSeen)) }];
  }));
}

function finishRow(draft: DraftRow, party: SourceRow['party']): SourceRow {
  const { identity } = draft;
  const { current, history } = splitHistory(inTimeOrder([...draft.claims.values()]));
  const docs = [...draft.docs].filter((doc) => current.some((claim) => claim.docs.has(doc)));
  return {
    source: identity.key,
    display: identity.display,
    kind: identity.kind,
    side: identity.side,
    claims: current.map(finishClaim),
    history: history.map(finishClaim),
    reports: docs.length,
    docs,
    outlets: [...draft.outlets.values()],
    conflict: false,
    party,
    parts: finishParts([...draft.parts.values()], (whole) => draft.claims.get(claimKeyOf(draft, whole))?.label ?? String(whole.low ?? whole.high)),
  };
}

/** The key of the row's claim that holds `whole`. */
function claimKeyOf(row: DraftRow, whole: Figure): string {
  for (const [key, claim] of row.claims) if (claim.figures.includes(whole)) return key;
  return '';
}

function finishClaim(draft: DraftClaim): Claim {
  const { category, qualifier, low, high, label, bounds, point, docs, days, figures, kind } = draft;
  // Dated days in order, the undated last.
  const statements = [...days.entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b)))
    .map(([date, stated]) => ({ date, docs: [...stated] }));
  return { category, qualifier, low, high, label, bounds, point, reports: docs.size, docs: [...docs], statements, figures, kind };
}
