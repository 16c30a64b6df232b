// The output of reconcile: plain, JSON-serialisable data (no Map, no Infinity), in a stable order.
// src/report renders it; `toll reconcile --format json` prints it under schema "toll.reconcile/1",
// documented key by key in docs/json-schema.md.
import type { Category, EstimateKind, Figure, Qualifier } from '../figure.js';
import type { Role } from './actors.js';
import type { AliasTable, SourceKind } from './aliases.js';
import type { Bounds } from './intervals.js';
import type { PartyFlag } from './sides.js';

/** actor: a group per actor and category; category: per category, actors together; none: one group. */
export type GroupBy = 'actor' | 'category' | 'none';

/** How a group's summary line is drawn from its sources' estimates (see policies.ts). */
export const POLICIES = ['range', 'conservative', 'best'] as const;
export type Policy = (typeof POLICIES)[number];

export interface ReconcileOptions {
  /** How far an approximate figure may be off, as a fraction: 0.1 lets ≈300 stand for 270–330. */
  tolerance?: number;
  /** Known claimants, their aliases and the conflicts they are parties to (see readBuiltinAliases, loadAliases, mergeAliases). */
  aliases?: AliasTable;
  groupBy?: GroupBy;
  /** Groups per record (doc) too: for exports whose rows are separate events (ACLED, UCDP). Figures with an `event` are grouped per event instead. */
  perRecord?: boolean;
  policy?: Policy;
}

/** The reports that state a claim on one day; `date` null for reports with no date. */
export interface Statement {
  date: string | null;
  docs: string[];
}

/**
 * Where a claim stands in its claimant's ledger: `current` (its present estimate), `superseded`
 * (replaced by a later figure, or read as such: "up from 45"), `denied` or `retracted` (taken back:
 * never compared, never summarised).
 */
export type ClaimStatus = 'current' | 'superseded' | 'denied' | 'retracted';

/** A name written for a claimant in the reports and how it was read ("minister → ministry"). */
export interface ClaimantName {
  written: string;
  how: string;
}

/** One distinct claim of a source: the same category and stated interval in every report that makes it. */
export interface Claim {
  category: Category;
  qualifier: Qualifier;
  /** As stated (null = open on that side). */
  low: number | null;
  high: number | null;
  /** As an analyst writes it: "≈300", "≥300", "2,700", "300–500". */
  label: string;
  /** The counts the claim allows after widening approximations by the tolerance. */
  bounds: Bounds;
  /** The one number that stands for the claim: the stated number, or the middle of a range. */
  point: number;
  /** Number of distinct reports (docs) stating the claim. */
  reports: number;
  docs: string[];
  /** The days the claim was stated (yyyy-mm-dd), earliest first, undated reports last. */
  statements: Statement[];
  /** Days of the event the claim's sentences name ("killed on Tuesday"), earliest first: never the day stated. */
  events: string[];
  status: ClaimStatus;
  /** Every figure behind the claim, in input order. */
  figures: Figure[];
  /** counted when a figure behind it says the dead were counted (identified, confirmed), estimated for a model or survey; else null. */
  kind: EstimateKind | null;
}

/** A breakdown of a row's claim ("including 9 children"): shown under its total, never compared with it. */
export interface Part {
  /** Who the part counts, as written ("children"). */
  actor: string | null;
  /** The part's estimate, with the figures behind it. */
  claim: Claim;
  /** The label of the claim it is a part of ("23"). */
  of: string;
  /** The parts of that total, in one report, add up to more than it allows: a finding, not a conflict. */
  exceeds: boolean;
}

/** One claimant within a group. */
export interface SourceRow {
  /** The normalised claimant key ("unattributed" for figures without a source). */
  source: string;
  /** The claimant's name as shown: the registry's canonical name, else as first written (the longer name when one was folded into another). */
  display: string;
  kind: SourceKind | null;
  /** The state or armed group the registry says the source speaks for. */
  side: string | null;
  /** The claimant's current estimate: its latest claim and the claims that agree with it, in time order; empty when all it said is taken back. */
  claims: Claim[];
  /** Earlier claims the claimant has since changed, denied or retracted, oldest first: its ledger before `claims`. */
  history: Claim[];
  /** The names written for the claimant, with how each was resolved to it. */
  names: ClaimantName[];
  /** Number of distinct reports (docs) behind the current claims. */
  reports: number;
  docs: string[];
  /** Outlets that carried the claims (Figure.outlet, by registry name where known), as citations: "Yonhap". */
  outlets: string[];
  /** True when the row is one side of a disagreement in its group. */
  conflict: boolean;
  /** A party to a registered conflict counting people of its own side or of the enemy; null otherwise. */
  party: PartyFlag | null;
  /** Breakdowns of the row's claims (current and earlier), in input order. */
  parts: Part[];
}

/** Two rows whose current estimates on one category differ. */
export interface Disagreement {
  category: Category;
  /** Row `source` keys, `a` listed before `b`. */
  a: string;
  b: string;
  /** The larger of the two rows' points over the smaller, to 2 decimals; null when the smaller is 0. */
  ratio: number | null;
  /** When the two could both hold only because the lower toll was stated days before the other (tolls rise), or
   * because two counts of the missing or captured were stated on different days (they change); else null. */
  older: { source: string; days: number } | null;
}

/** A group's summary line under a policy. */
export interface Summary {
  policy: Policy;
  /** The single figure the policy picks (conservative, best); null for range. */
  point: number | null;
  low: number | null;
  high: number | null;
  /** As printed: "300–1,000", "300 (South Korea's NIS)", "650 (300–1,000)". */
  label: string;
  /** Row `source` keys the summary rests on. */
  sources: string[];
  /** How the point was chosen, in words: "lowest count or floor of a named non-party source". */
  rule: string;
}

/** The analyst's answer for a group (digest.ts): latest figure, range of current estimates, outliers. */
export interface Digest {
  /** The current claim stated last; null when no claim is dated. */
  latest: { source: string; display: string; label: string; point: number; date: string | null } | null;
  /** Lowest and highest number stated by current estimates other than the outliers. */
  low: number | null;
  high: number | null;
  /** Rows whose estimate lies 3× or more off the median of all, with whose figure it is. */
  outliers: { source: string; label: string; why: string }[];
  /** Claims denied or retracted. */
  withdrawn: number;
  /** As printed: "latest: 212 (Health Ministry, 9 May 2024); range of current estimates 190–212; …". */
  text: string;
}

export interface Group {
  /** Stable id of the group: "north korea soldier/killed", "killed", "all", prefixed "RECORD/" per record. */
  key: string;
  /** The record (doc) the group is drawn from when grouping per record, else null. */
  record: string | null;
  /** Who was counted, as first written; null unless grouped by actor. */
  actor: string | null;
  actorKey: string | null;
  /** The side (nationality or armed group) of the people counted, when the actor names one. */
  side: string | null;
  /** military, civilian or unspecified; null unless grouped by actor. */
  role: Role | null;
  /** null when grouped by nothing (groupBy "none"). */
  category: Category | null;
  /** What the figures cover when the text narrows it ("24 hours", "elsewhere", "separate attack"), joined by " · "; null: the event as a whole. Groups of other scopes are never compared with it. */
  scope: string | null;
  /** One row per claimant, in order of first appearance. */
  rows: SourceRow[];
  conflict: boolean;
  /** Largest stated count / smallest positive one (the largest over categories), to 2 decimals; 1 when only one count. */
  spread: number;
  /** Pairs of rows whose estimates cannot both hold, even with the tolerance: the first 100 in row order. */
  disagreements: Disagreement[];
  /** Pairs of rows whose estimates differ but could both hold ("≥300" and "≈1,000"): the first 100 in row order. */
  compatible: Disagreement[];
  /** How many pairs of each kind the group has, listed or not. */
  pairs: { disagreements: number; compatible: number };
  /** The policy's summary line; null when the group mixes categories or no row has a current estimate. */
  summary: Summary | null;
  /** The analyst's answer line; null when the group mixes categories or no row has a current estimate. */
  digest: Digest | null;
}

export interface Reconciliation {
  tolerance: number;
  groupBy: GroupBy;
  perRecord: boolean;
  policy: Policy;
  /** By record, then by actor in order of first appearance, then by category: killed, wounded, casualties, captured, missing. */
  groups: Group[];
}
