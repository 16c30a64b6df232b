// How reconcile output is written for people, shared by table, markdown and csv.
import type { Claim, Disagreement, Group, PartyFlag, SourceKind, SourceRow } from '../reconcile/index.js';
import type { Category } from '../figure.js';
// formatCount from its own module: the reconcile index would pull the policies into every start-up.
import { formatCount } from '../reconcile/intervals.js';

export const CONFLICT_MARK = '⚠ CONFLICT';

const PARTY_MARKS: Record<PartyFlag, string> = {
  own_losses: '⚑ party, own side',
  enemy_losses: '⚑ party, enemy',
};

/** Table views list this many doc ids and count the rest; json and csv list them all. */
const DOCS_SHOWN = 5;
/** Pairs of differing sources explained under a group heading; the rest are counted. */
const PAIRS_SHOWN = 5;

/** "North Korean soldiers — killed"; "killed" when grouped by category; "all figures" when not grouped; "R12 · …" per record. */
export function groupTitle(group: Pick<Group, 'record' | 'actor' | 'category'> & { scope?: string | null }): string {
  const base = group.category === null ? 'all figures' : group.actor === null ? group.category : `${group.actor} — ${group.category}`;
  // A group of another scope is listed apart under its own heading: "killed — 24 hours".
  const title = group.scope ? `${base} — ${group.scope}` : base;
  return group.record === null ? title : `${group.record} · ${title}`;
}

/** "⚠ CONFLICT, spread 3.3×" for a conflict, else "". */
export function conflictNote(group: Group): string {
  return group.conflict ? `${CONFLICT_MARK}, spread ${ratioLabel(group.spread)}` : '';
}

function ratioLabel(ratio: number): string {
  return `${ratio < 100 ? ratio.toFixed(1) : formatCount(Math.round(ratio))}×`;
}

/** "North Korea, military": the side and role of who was counted, as far as known. */
export function whoWasCounted(group: Pick<Group, 'side' | 'role'>): string {
  return [group.side, group.role === 'unspecified' ? null : group.role].filter((part) => part !== null).join(', ');
}

/** "North Korea, military · range: 300–1,000": who was counted and the policy's summary. */
export function groupFacts(group: Group): string {
  // The rule is shown where the policy picks one figure: "best: 212 (Health Ministry), latest figure of …".
  const summary = group.summary === null ? '' : `${group.summary.policy}: ${group.summary.label}${group.summary.policy === 'range' ? '' : `, ${group.summary.rule}`}`;
  return [whoWasCounted(group), summary].filter((part) => part !== '').join(' · ');
}

// Why a count stated days apart can differ: tolls rise; the missing and captured are found, freed or newly reported.
const CHANGE: Partial<Record<Category, string>> = { missing: 'counts of the missing change', captured: 'counts of the captured change' };

/** One line per pair of sources that differ, those that cannot both hold first. */
export function pairLines(group: Group): { text: string; conflict: boolean }[] {
  const rows = new Map(group.rows.map((row) => [row.source, row]));
  const describe = (pair: Disagreement, conflict: boolean) => {
    const side = (source: string) => {
      const row = rows.get(source)!;
      return `${row.display} (${row.claims.filter((claim) => claim.category === pair.category).map((claim) => claim.label).join(', ')})`;
    };
    const by = pair.ratio === null ? 'one says none' : `${ratioLabel(pair.ratio)} apart`;
    const verdict = conflict ? 'cannot both hold'
      : pair.older ? `could both hold: ${rows.get(pair.older.source)!.display} spoke ${pair.older.days} ${pair.older.days === 1 ? 'day' : 'days'} earlier, and ${CHANGE[pair.category] ?? 'tolls rise'}`
      : 'could both hold';
    const category = group.category === null ? `${pair.category}: ` : '';
    return { text: `${conflict ? '✗' : '✓'} ${category}${side(pair.a)} vs ${side(pair.b)}: ${by}, ${verdict}`, conflict };
  };
  const lines = [...group.disagreements.map((pair) => describe(pair, true)), ...group.compatible.map((pair) => describe(pair, false))];
  const total = group.pairs.disagreements + group.pairs.compatible;
  if (total <= PAIRS_SHOWN) return lines;
  const more = total - PAIRS_SHOWN;
  return [...lines.slice(0, PAIRS_SHOWN), { text: `… and ${more} more ${more === 1 ? 'pair' : 'pairs'}`, conflict: false }];
}

/** "≈300, ≥300"; with the category in front when the group mixes categories. */
export function estimates(claims: readonly Claim[], group: Group): string {
  const label = (claim: Claim) => (group.category === null ? `${claim.category} ${claim.label}` : claim.label);
  return claims.map(label).join(', ');
}

/** The claimant, with the outlets that carried it: "South Korean intelligence (via Yonhap)". */
export function sourceName(row: SourceRow): string {
  return row.outlets.length === 0 ? row.display : `${row.display} (via ${row.outlets.join(', ')})`;
}

/** "intelligence", "UN or NGO": the registry's kind of a source as read in a heading; null when unknown. */
export function kindLabel(kind: SourceKind | null): string | null {
  return kind === 'un_ngo' ? 'UN or NGO' : kind;
}

export function partyMark(flag: PartyFlag | null): string {
  return flag === null ? '' : PARTY_MARKS[flag];
}

/** The latest day among the claims' statements, or "" when none is dated. */
export function lastStated(claims: readonly Claim[]): string {
  const days = claims.flatMap((claim) => claim.statements.map((statement) => statement.date)).filter((day) => day !== null);
  return days.reduce((a, b) => (b > a ? b : a), '');
}

export function docList(docs: readonly string[]): string {
  const shown = docs.slice(0, DOCS_SHOWN).join(', ');
  return docs.length > DOCS_SHOWN ? `${shown}, … +${docs.length - DOCS_SHOWN} more` : shown;
}

/** The event days the claims' sentences name ("killed on Tuesday"), or "" when none does. */
export function eventDays(claims: readonly Claim[]): string {
  return [...new Set(claims.flatMap((claim) => claim.events))].sort().join(', ');
}

/**
 * What the ledger says of a row beside its current estimate: "↻ was 190" when the claimant
 * replaced an earlier figure (the latest one it replaced), "✗ retracted 500", "✗ denied 300".
 */
export function ledgerMarks(row: Pick<SourceRow, 'history'>): string[] {
  const superseded = row.history.filter((claim) => claim.status === 'superseded');
  const marks = superseded.length === 0 ? [] : [`↻ was ${superseded.at(-1)!.label}`];
  for (const claim of row.history) if (claim.status === 'denied' || claim.status === 'retracted') marks.push(`✗ ${claim.status} ${claim.label}`);
  return marks;
}

/** "“Health Minister X”: minister → ministry": how each name written otherwise than the row became its claimant. */
export function nameLines(names: readonly { written: string; how: string }[]): string[] {
  return names.filter((name) => name.how !== 'as written' && name.how !== `registry: ${name.written}`).map((name) => `“${name.written}”: ${name.how}`);
}
