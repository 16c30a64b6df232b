// The timeline view of a reconciliation: per group, per source, every estimate on the day it was
// stated, oldest first, with how it moved from that source's previous one. `toll timeline
// --format json` prints it under schema "toll.timeline/1".
import type { Category, Qualifier } from '../figure.js';
import type { SourceKind } from './aliases.js';
import type { Claim, ClaimStatus, Group, GroupBy, Reconciliation, SourceRow } from './types.js';

/** first: the source's first figure of the category; same: restated; higher, lower: changed; reworded: the same number put another way. */
export type Change = 'first' | 'same' | 'higher' | 'lower' | 'reworded';

export interface TimelineEntry {
  /** yyyy-mm-dd, or null for reports with no date (listed last). */
  date: string | null;
  category: Category;
  qualifier: Qualifier;
  low: number | null;
  high: number | null;
  label: string;
  reports: number;
  docs: string[];
  change: Change;
  /** True for the claims that make up the source's current estimate. */
  current: boolean;
  /** The claim's place in its claimant's ledger: current, superseded, denied or retracted. */
  status: ClaimStatus;
  /** Days of the event the claim's sentences name, apart from the day stated. */
  events: string[];
}

export interface TimelineSource {
  source: string;
  display: string;
  kind: SourceKind | null;
  side: string | null;
  outlets: string[];
  entries: TimelineEntry[];
}

/** The same group as in reconcile (identity fields shared), its sources' estimates in time order. */
export interface TimelineGroup extends Pick<Group, 'key' | 'record' | 'actor' | 'actorKey' | 'side' | 'role' | 'category' | 'scope'> {
  sources: TimelineSource[];
}

export interface Timeline {
  groupBy: GroupBy;
  perRecord: boolean;
  groups: TimelineGroup[];
}

export function timeline(reconciliation: Reconciliation): Timeline {
  const { groupBy, perRecord } = reconciliation;
  return { groupBy, perRecord, groups: reconciliation.groups.map(timelineGroup) };
}

function timelineGroup(group: Group): TimelineGroup {
  // The scope names the group apart in its heading, as in reconcile ("killed — since 2019").
  const { key, record, actor, actorKey, side, role, category, scope } = group;
  return { key, record, actor, actorKey, side, role, category, scope, sources: group.rows.map(timelineSource) };
}

function timelineSource(row: SourceRow): TimelineSource {
  const { source, display, kind, side, outlets } = row;
  const stated = [...row.history.map((claim) => ({ claim, current: false })), ...row.claims.map((claim) => ({ claim, current: true }))];
  // Claims are already in time order; a stable sort by day interleaves their statements.
  const entries = stated
    .flatMap(({ claim, current }) => claim.statements.map((statement) => ({ claim, current, ...statement })))
    .sort((a, b) => (a.date === b.date ? 0 : a.date === null ? 1 : b.date === null ? -1 : a.date.localeCompare(b.date)));
  const previous = new Map<Category, Claim>();
  return {
    source,
    display,
    kind,
    side,
    outlets,
    entries: entries.map(({ claim, current, date, docs }) => {
      const change = changeFrom(previous.get(claim.category), claim);
      previous.set(claim.category, claim);
      const { category, qualifier, low, high, label, status, events } = claim;
      return { date, category, qualifier, low, high, label, reports: docs.length, docs, change, current, status, events };
    }),
  };
}

function changeFrom(before: Claim | undefined, claim: Claim): Change {
  if (before === undefined) return 'first';
  if (before === claim) return 'same';
  if (claim.point !== before.point) return claim.point > before.point ? 'higher' : 'lower';
  return 'reworded';
}
