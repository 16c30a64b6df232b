// What the charts of the HTML and SVG reports draw, as plain data drawn from a reconciliation:
// a forest row per claimant (its current estimate as an interval) and each claimant's dated
// statements. No drawing here, so the rules (outlier, pick, open and vague ends) are tested alone.
import {
  outliersOf, rowBounds, shareRows, timeline, type Claim, type Group, type PartyFlag, type Policy, type Reconciliation,
  type TimelineEntry,
} from '../../reconcile/index.js';
import type { Category } from '../../figure.js';
import { sanitizeText } from '../sanitize.js';
import { groupTitle, partyMark } from '../labels.js';

/** One claimant's current estimate of one category, as the forest plot draws it. */
export interface ForestRow {
  /** The claimant as shown (sanitised); with the category in front when the group mixes categories. */
  name: string;
  source: string;
  category: Category;
  /** "≈300, ≥300" */
  label: string;
  low: number;
  /** null: open upwards ("at least"). */
  high: number | null;
  /** Open downwards: every claim is "at most". */
  openLow: boolean;
  /** Some claim is a vague quantity ("dozens"): drawn dashed. */
  vague: boolean;
  point: number;
  party: PartyFlag | null;
  outlier: boolean;
  /** The policy's summary rests on this row (not marked when it rests on every row). */
  pick: boolean;
  /** "pick · party, enemy · outlier": the marks as words, so colour never carries them alone. */
  marks: string;
}

export interface PickLine {
  policy: Policy;
  low: number | null;
  high: number | null;
  point: number | null;
  label: string;
}

/** One statement of a claimant, for the step line: the ledger of issue 13 can replace `status` later. */
export interface LedgerPoint {
  source: string;
  name: string;
  date: string;
  category: Category;
  low: number | null;
  high: number | null;
  point: number;
  label: string;
  /** current, or earlier (since changed). */
  status: string;
}

export interface GroupModel {
  /** Anchor id: g1, g2, … */
  id: string;
  title: string;
  group: Group;
  rows: ForestRow[];
  pick: PickLine | null;
  /** Dated statements, oldest first; empty when nothing in the group is dated. */
  ledger: LedgerPoint[];
}

export function groupModels(reconciliation: Reconciliation): GroupModel[] {
  const dated = timeline(reconciliation).groups;
  return reconciliation.groups.map((group, i) => {
    const summary = group.summary;
    const pickSources = summary && summary.sources.length < group.rows.length ? new Set(summary.sources) : new Set<string>();
    return {
      id: `g${i + 1}`,
      title: sanitizeText(groupTitle(group)),
      group,
      rows: forestRows(group, pickSources),
      pick: summary && { policy: summary.policy, low: summary.low, high: summary.high, point: summary.point, label: sanitizeText(summary.label) },
      ledger: dated[i]!.sources.flatMap((source) => source.entries.filter(hasDate).map((entry) => ledgerPoint(source, entry, group))),
    };
  });
}

function hasDate(entry: TimelineEntry): entry is TimelineEntry & { date: string } {
  return entry.date !== null;
}

function ledgerPoint(source: { source: string; display: string }, entry: TimelineEntry & { date: string }, group: Group): LedgerPoint {
  const { date, category, low, high, label } = entry;
  const name = sanitizeText(group.category === null ? `${source.display} — ${category}` : source.display);
  return { source: source.source, name, date, category, low, high, point: middle(low, high), label, status: entry.current ? 'current' : 'earlier' };
}

function middle(low: number | null, high: number | null): number {
  return low !== null && high !== null ? Math.round((low + high) / 2) : low ?? high ?? 0;
}

function forestRows(group: Group, pickSources: ReadonlySet<string>): ForestRow[] {
  const outliers = outlierSources(group);
  return group.rows.flatMap((row) => {
    // A group of mixed categories gets a row per claimant and category: a count of wounded is no rival of one of killed.
    const byCategory = new Map<Category, Claim[]>();
    for (const claim of row.claims) byCategory.set(claim.category, [...(byCategory.get(claim.category) ?? []), claim]);
    return [...byCategory].map(([category, claims]): ForestRow => {
      const bounds = rowBounds(claims);
      const outlier = outliers.has(`${category}\n${row.source}`);
      const pick = pickSources.has(row.source);
      const marks = [pick && 'pick', partyMark(row.party).replace(/^⚑ /, ''), outlier && 'outlier'].filter(Boolean).join(' · ');
      return {
        name: sanitizeText(group.category === null ? `${row.display} — ${category}` : row.display),
        source: row.source,
        category,
        label: sanitizeText(claims.map((claim) => claim.label).join(', ')),
        low: bounds.low,
        high: bounds.high,
        openLow: claims.every((claim) => claim.qualifier === 'at_most'),
        vague: claims.some((claim) => claim.qualifier === 'vague'),
        point: medianPoint(claims),
        party: row.party,
        outlier,
        pick,
        marks,
      };
    });
  });
}

function medianPoint(claims: readonly Claim[]): number {
  const sorted = claims.map((claim) => claim.point).sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
}

/**
 * Outliers: with three or more claimants of a category, the rows whose estimate cannot hold beside
 * more than half of the others' (reconcile's disagreements). Two claimants that differ are a dispute,
 * not an outlier and a truth. Keys are "category\nsource".
 */
export function outlierSources(group: Group): Set<string> {
  return new Set(outliersOf(group.rows, group.actorKey === null, group.actorKey === null ? shareRows(group.rows) : undefined).map(({ category, source }) => `${category}\n${source}`));
}

/** "a news report ≈1,000 (outlier); NIS ≈300, ≥300 (pick)": the chart in words, for its text alternative. */
export function forestDescription(model: GroupModel): string {
  const rows = model.rows.map((row) => `${row.name}: ${row.label}${row.marks ? ` (${row.marks})` : ''}`).join('; ');
  const pick = model.pick ? ` The ${model.pick.policy} policy gives ${model.pick.label}.` : '';
  return `Current estimates of ${model.title} by claimant. ${rows}.${pick}`;
}

export function ledgerDescription(model: GroupModel): string {
  const steps = model.ledger.map((point) => `${point.date} ${point.name} ${point.label}${point.status === 'current' ? '' : ` (${point.status})`}`).join('; ');
  return `Estimates of ${model.title} over statement dates: ${steps}.`;
}
