// Filters for big inputs: which groups a reconciliation shows, and which figures it is drawn from.
// Pure; the CLI reports what they left out.
import type { Category, Figure } from '../figure.js';
import type { Group, Reconciliation } from './types.js';

export const TOP_BY = ['spread', 'size'] as const;
export type TopBy = (typeof TOP_BY)[number];

export interface GroupFilters {
  conflictsOnly?: boolean;
  /** Groups with at least this many claimants (rows). */
  minSources?: number;
  categories?: readonly Category[];
  /** Case-insensitive words that must all occur in who was counted (actor, its key or side). */
  actor?: string;
  /** Keep the first N groups ranked by `topBy`, in that order. */
  top?: number;
  topBy?: TopBy;
}

export interface DateFilters {
  /** Statement dates, YYYY-MM-DD, inclusive. */
  since?: string;
  until?: string;
}

/** The figures stated within the dates; an undated figure cannot be placed, so a date filter drops it. */
export function figuresWithin(figures: readonly Figure[], { since, until }: DateFilters): { kept: readonly Figure[]; dropped: number } {
  if (!since && !until) return { kept: figures, dropped: 0 };
  const kept = figures.filter((figure) => {
    const day = figure.date?.slice(0, 10);
    if (!day) return false;
    return (!since || day >= since) && (!until || day <= until);
  });
  return { kept, dropped: figures.length - kept.length };
}

/** The groups that pass every filter; `dropped` counts the others. */
export function filterGroups(result: Reconciliation, filters: GroupFilters): { result: Reconciliation; dropped: number } {
  const words = filters.actor?.toLowerCase().split(/\s+/).filter(Boolean) ?? [];
  let groups = result.groups.filter((group) =>
    (!filters.conflictsOnly || group.conflict)
    && (filters.minSources === undefined || group.rows.length >= filters.minSources)
    && (!filters.categories || (group.category !== null && filters.categories.includes(group.category)))
    && words.every((word) => [group.actor, group.actorKey, group.side].some((name) => name?.toLowerCase().includes(word))));
  if (filters.top !== undefined) {
    const rank = filters.topBy === 'size' ? largestCount : (group: Group) => group.spread;
    groups = groups.map((group, index) => ({ group, index }))
      .sort((a, b) => rank(b.group) - rank(a.group) || a.index - b.index)
      .slice(0, filters.top)
      .map(({ group }) => group);
  }
  return { result: { ...result, groups }, dropped: result.groups.length - groups.length };
}

/** The largest count any current claim of the group states. */
function largestCount(group: Group): number {
  let largest = 0;
  for (const row of group.rows) for (const claim of row.claims) largest = Math.max(largest, claim.high ?? claim.low ?? 0, claim.point);
  return largest;
}
