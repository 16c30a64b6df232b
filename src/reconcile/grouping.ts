// Builds groups (who was counted × category) of rows (claimants) of claims (distinct intervals),
// in input order; conflicts are added afterwards by index.ts.
import { CATEGORIES, type Category, type Figure } from '../figure.js';
import { actorKey } from './actors.js';
import { comparableBounds, estimateLabel } from './intervals.js';
import type { SourceIdentity } from './sources.js';
import type { Claim, GroupBy } from './types.js';

/** A claim being collected; docs is a Set so that each figure costs constant time. */
export type DraftClaim = Omit<Claim, 'reports' | 'docs'> & { docs: Set<string> };

export interface DraftRow {
  identity: SourceIdentity;
  claims: Map<string, DraftClaim>;
  docs: Set<string>;
  /** Outlet key → display name. */
  outlets: Map<string, string>;
}

/** Who states each figure and who carried it: `claimants[i]` and `outlets[i]` belong to `figures[i]`. */
export interface Attribution {
  claimants: readonly SourceIdentity[];
  outlets: readonly (SourceIdentity | null)[];
}

export interface DraftGroup {
  key: string;
  actor: string | null;
  actorKey: string | null;
  category: Category | null;
  /** Sort position: first appearance of the actor, then category order. */
  order: [number, number];
  rows: Map<string, DraftRow>;
}

export function draftGroups(figures: readonly Figure[], attribution: Attribution, groupBy: GroupBy, tolerance: number): DraftGroup[] {
  const groups = new Map<string, DraftGroup>();
  const actorOf = actorTracker();
  figures.forEach((figure, i) => {
    const actor = groupBy === 'actor' ? actorOf(figure.actor) : null;
    const category = groupBy === 'none' ? null : figure.category;
    const key = [actor?.key, category].filter((part) => part != null).join('/') || 'all';
    const group = groups.get(key) ?? newGroup(key, actor, category);
    groups.set(key, group);
    addFigure(group, figure, attribution.claimants[i]!, attribution.outlets[i]!, tolerance);
  });
  return [...groups.values()].sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1]);
}

/** An actor key with its first appearance: where, and how it was written there. */
interface ActorSeen {
  key: string;
  position: number;
  display: string;
}

// Reports repeat the same actors, so each spelling is normalised once.
function actorTracker(): (actor: string | null) => ActorSeen {
  const byKey = new Map<string, ActorSeen>();
  const bySpelling = new Map<string | null, ActorSeen>();
  return (actor) => {
    const known = bySpelling.get(actor);
    if (known) return known;
    const key = actorKey(actor);
    const seen = byKey.get(key) ?? { key, position: byKey.size, display: actor?.trim() || key };
    byKey.set(key, seen);
    bySpelling.set(actor, seen);
    return seen;
  };
}

function newGroup(key: string, actor: ActorSeen | null, category: Category | null): DraftGroup {
  return {
    key,
    actor: actor?.display ?? null,
    actorKey: actor?.key ?? null,
    category,
    order: [actor?.position ?? 0, category === null ? 0 : CATEGORIES.indexOf(category)],
    rows: new Map(),
  };
}

function addFigure(group: DraftGroup, figure: Figure, claimant: SourceIdentity, outlet: SourceIdentity | null, tolerance: number): void {
  const row = group.rows.get(claimant.key) ?? { identity: claimant, claims: new Map(), docs: new Set(), outlets: new Map() };
  group.rows.set(claimant.key, row);
  row.docs.add(figure.doc);
  // A claimant is not its own outlet ("Reuters, via Reuters").
  if (outlet && outlet.key !== claimant.key && !row.outlets.has(outlet.key)) row.outlets.set(outlet.key, outlet.display);

  // The same category and stated interval in several reports is one claim with several citations.
  const claimKey = [figure.category, figure.qualifier, figure.low, figure.high].join('|');
  const claim = row.claims.get(claimKey) ?? newClaim(figure, tolerance);
  row.claims.set(claimKey, claim);
  claim.figures.push(figure);
  claim.docs.add(figure.doc);
}

function newClaim(figure: Figure, tolerance: number): DraftClaim {
  return {
    category: figure.category,
    qualifier: figure.qualifier,
    low: figure.low,
    high: figure.high,
    label: estimateLabel(figure),
    bounds: comparableBounds(figure, tolerance),
    docs: new Set(),
    figures: [],
  };
}
