// How reconcile output is written for people, shared by table, markdown and csv.
import { formatCount, type Claim, type Group, type SourceRow } from '../reconcile/index.js';

export const CONFLICT_MARK = '⚠ CONFLICT';

/** Table views list this many doc ids and count the rest; json and csv list them all. */
const DOCS_SHOWN = 5;

/** "North Korean soldiers — killed"; "killed" when grouped by category; "all figures" when not grouped. */
export function groupTitle(group: Group): string {
  if (group.category === null) return 'all figures';
  return group.actor === null ? group.category : `${group.actor} — ${group.category}`;
}

/** "⚠ CONFLICT, spread 3.3×" for a conflict, else "". */
export function conflictNote(group: Group): string {
  return group.conflict ? `${CONFLICT_MARK}, spread ${spreadLabel(group.spread)}` : '';
}

function spreadLabel(spread: number): string {
  return `${spread < 100 ? spread.toFixed(1) : formatCount(Math.round(spread))}×`;
}

/** "≈300, ≥300"; with the category in front when the group mixes categories. */
export function estimates(row: SourceRow, group: Group): string {
  const label = (claim: Claim) => (group.category === null ? `${claim.category} ${claim.label}` : claim.label);
  return row.claims.map(label).join(', ');
}

/** The claimant, with the outlets that carried it: "South Korean intelligence (via Yonhap)". */
export function sourceName(row: SourceRow): string {
  return row.outlets.length === 0 ? row.display : `${row.display} (via ${row.outlets.join(', ')})`;
}

export function docList(docs: readonly string[]): string {
  const shown = docs.slice(0, DOCS_SHOWN).join(', ');
  return docs.length > DOCS_SHOWN ? `${shown}, … +${docs.length - DOCS_SHOWN} more` : shown;
}
