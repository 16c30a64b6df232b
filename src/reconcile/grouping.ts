// Builds groups ([record ×] who was counted × category) of rows (claimants) of claims (distinct
// intervals), in input order; history, conflicts and summaries are added afterwards by index.ts.
import { CATEGORIES, type Category, type Figure, type Revision } from '../figure.js';
import { describeActor, type ActorIdentity, type KnownSides } from './actors.js';
import { comparableBounds, estimateLabel, pointOf } from './intervals.js';
import type { SourceIdentity } from './sources.js';
import type { Claim, GroupBy } from './types.js';

/** A claim being collected; Sets and Maps so that each figure costs constant time. */
export type DraftClaim = Omit<Claim, 'reports' | 'docs' | 'statements' | 'status' | 'events'> & {
  docs: Set<string>;
  /** Days of the event the figures name ("killed on Tuesday"), apart from the days stated. */
  events: Set<string>;
  /** The revision mark of the latest figure (latest day, then input order): decides the claim's status. */
  lastRevision: Revision | null;
  /** Stated day (null: undated) → the reports stating the claim that day. */
  days: Map<string | null, Set<string>>;
  /** Input position of the claim's latest figure, and the latest day it was stated. */
  lastSeen: number;
  lastDay: string | null;
};

export interface DraftRow {
  identity: SourceIdentity;
  claims: Map<string, DraftClaim>;
  /** Every report behind the row, in input order. */
  docs: Set<string>;
  /** Outlet key → display name. */
  outlets: Map<string, string>;
  /** Each name written for the claimant → how it was resolved (claimants.ts). */
  names: Map<string, string>;
}

/** What is known of each figure besides itself: `claimants[i]`, `outlets[i]` and `days[i]` belong to `figures[i]`. */
export interface Attribution {
  claimants: readonly SourceIdentity[];
  outlets: readonly (SourceIdentity | null)[];
  /** The day each figure was stated (dates.ts), null when undated. */
  days: readonly (string | null)[];
  /** The day of the event each figure names, null when it names none. */
  events: readonly (string | null)[];
  /** How each figure's claimant name was resolved. */
  how: readonly string[];
}

export interface GroupingOptions {
  groupBy: GroupBy;
  perRecord: boolean;
  tolerance: number;
  /** Sides named in the registry's conflicts, which actors may name too. */
  sides: KnownSides;
}

export interface DraftGroup {
  key: string;
  record: string | null;
  actor: string | null;
  identity: ActorIdentity | null;
  category: Category | null;
  /** Sort position: first appearance of the record, then of the actor, then category order. */
  order: [number, number, number];
  rows: Map<string, DraftRow>;
}

export function draftGroups(figures: readonly Figure[], attribution: Attribution, options: GroupingOptions): DraftGroup[] {
  const groups = new Map<string, DraftGroup>();
  const actorOf = actorTracker(options.sides);
  const recordPositions = new Map<string, number>();
  figures.forEach((figure, i) => {
    const record = options.perRecord ? figure.doc : null;
    if (record !== null && !recordPositions.has(record)) recordPositions.set(record, recordPositions.size);
    const actor = options.groupBy === 'actor' ? actorOf(figure.actor) : null;
    const category = options.groupBy === 'none' ? null : figure.category;
    const within = [actor?.key, category].filter((part) => part != null).join('/') || 'all';
    const key = record === null ? within : `${record}/${within}`;
    const group = groups.get(key) ?? newGroup(key, record, recordPositions.get(record ?? '') ?? 0, actor, category);
    groups.set(key, group);
    addFigure(group, figure, i, attribution, options.tolerance);
  });
  return [...groups.values()].sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1] || a.order[2] - b.order[2]);
}

/** An actor key with its first appearance: where, how it was written there, and what it says. */
interface ActorSeen {
  key: string;
  position: number;
  display: string;
  identity: ActorIdentity;
}

// Reports repeat the same actors, so each spelling is normalised once.
function actorTracker(sides: KnownSides): (actor: string | null) => ActorSeen {
  const byKey = new Map<string, ActorSeen>();
  const bySpelling = new Map<string | null, ActorSeen>();
  return (actor) => {
    const known = bySpelling.get(actor);
    if (known) return known;
    const identity = describeActor(actor, sides);
    const seen = byKey.get(identity.key) ?? { key: identity.key, position: byKey.size, display: actor?.trim() || identity.key, identity };
    byKey.set(identity.key, seen);
    bySpelling.set(actor, seen);
    return seen;
  };
}

function newGroup(key: string, record: string | null, recordPosition: number, actor: ActorSeen | null, category: Category | null): DraftGroup {
  return {
    key,
    record,
    actor: actor?.display ?? null,
    identity: actor?.identity ?? null,
    category,
    order: [recordPosition, actor?.position ?? 0, category === null ? 0 : CATEGORIES.indexOf(category)],
    rows: new Map(),
  };
}

function addFigure(group: DraftGroup, figure: Figure, index: number, attribution: Attribution, tolerance: number): void {
  const claimant = attribution.claimants[index]!;
  const outlet = attribution.outlets[index]!;
  const row = group.rows.get(claimant.key) ?? { identity: claimant, claims: new Map(), docs: new Set(), outlets: new Map(), names: new Map() };
  group.rows.set(claimant.key, row);
  const written = figure.source?.trim() || '(none)';
  if (!row.names.has(written)) row.names.set(written, attribution.how[index]!);
  row.docs.add(figure.doc);
  // A claimant is not its own outlet ("Reuters, via Reuters").
  if (outlet && outlet.key !== claimant.key && !row.outlets.has(outlet.key)) row.outlets.set(outlet.key, outlet.display);

  // The same category and stated interval in several reports is one claim with several citations.
  const claimKey = [figure.category, figure.qualifier, figure.low, figure.high].join('|');
  const claim = row.claims.get(claimKey) ?? newClaim(figure, tolerance);
  row.claims.set(claimKey, claim);
  claim.figures.push(figure);
  claim.docs.add(figure.doc);
  const day = attribution.days[index]!;
  const sameDay = claim.days.get(day) ?? new Set();
  claim.days.set(day, sameDay.add(figure.doc));
  const event = attribution.events[index]!;
  if (event !== null) claim.events.add(event);
  // Figures come in input order: a later one on the same day or later speaks last.
  if (day === null || claim.lastDay === null || day >= claim.lastDay) claim.lastRevision = figure.revision ?? null;
  claim.lastSeen = index;
  if (day !== null && (claim.lastDay === null || day > claim.lastDay)) claim.lastDay = day;
}

function newClaim(figure: Figure, tolerance: number): DraftClaim {
  return {
    category: figure.category,
    qualifier: figure.qualifier,
    low: figure.low,
    high: figure.high,
    label: estimateLabel(figure),
    bounds: comparableBounds(figure, tolerance),
    point: pointOf(figure),
    docs: new Set(),
    events: new Set(),
    lastRevision: null,
    days: new Map(),
    lastSeen: -1,
    lastDay: null,
    figures: [],
  };
}
