// The output of reconcile: plain, JSON-serialisable data (no Map, no Infinity), in a stable order.
// src/report renders it; `toll reconcile --format json` prints it under schema "toll.reconcile/1".
import type { Category, Figure, Qualifier } from '../figure.js';
import type { AliasTable, SourceKind } from './aliases.js';
import type { Bounds } from './intervals.js';

/** actor: a group per actor and category; category: per category, actors together; none: one group. */
export type GroupBy = 'actor' | 'category' | 'none';

export interface ReconcileOptions {
  /** How far an approximate figure may be off, as a fraction: 0.1 lets ≈300 stand for 270–330. */
  tolerance?: number;
  /** Known claimants and their aliases (see readBuiltinAliases, loadAliases, mergeAliases). */
  aliases?: AliasTable;
  groupBy?: GroupBy;
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
  /** Number of distinct reports (docs) stating the claim. */
  reports: number;
  docs: string[];
  /** Every figure behind the claim, in input order. */
  figures: Figure[];
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
  /** Distinct claims in order of first appearance. */
  claims: Claim[];
  /** Number of distinct reports (docs) behind the row's claims. */
  reports: number;
  docs: string[];
  /** Outlets that carried the claims (Figure.outlet, by registry name where known), as citations: "Yonhap". */
  outlets: string[];
  /** True when the row is one side of a disagreement in its group. */
  conflict: boolean;
}

/** Two rows whose claims on one category cannot both hold, even with the tolerance. */
export interface Disagreement {
  category: Category;
  /** Row `source` keys, `a` listed before `b`. */
  a: string;
  b: string;
}

export interface Group {
  /** Stable id of the group: "north korea soldier/killed", "killed", or "all". */
  key: string;
  /** Who was counted, as first written; null unless grouped by actor. */
  actor: string | null;
  actorKey: string | null;
  /** null when grouped by nothing (groupBy "none"). */
  category: Category | null;
  /** One row per claimant, in order of first appearance. */
  rows: SourceRow[];
  conflict: boolean;
  /** Largest stated count / smallest positive one (the largest over categories), to 2 decimals; 1 when only one count. */
  spread: number;
  disagreements: Disagreement[];
}

export interface Reconciliation {
  tolerance: number;
  groupBy: GroupBy;
  /** By actor in order of first appearance, then by category: killed, wounded, casualties, captured, missing. */
  groups: Group[];
}
