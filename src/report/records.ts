// Plain records for the machine-readable formats, with keys in a stable order whatever order
// the producer built its objects in.
import type { Figure } from '../figure.js';
import type { Claim, Group } from '../reconcile/index.js';

// An object rather than a list so that the compiler checks it names every key of Figure, and no other.
const FIELD_ORDER = {
  doc: true, category: true, low: true, high: true, qualifier: true, actor: true, source: true, outlet: true,
  quote: true, file: true, line: true, start: true, end: true, confidence: true, date: true, sentence: true,
  revision: true,
  // sourceVia (how the claimant was resolved) is for --explain, not a column of the machine formats.
} satisfies Record<Exclude<keyof Figure, 'sourceVia'>, true>;

/** Every key of Figure, in output order. */
export const FIGURE_FIELDS = Object.keys(FIELD_ORDER) as Exclude<keyof Figure, 'sourceVia'>[];

export function figureRecord(figure: Figure): Record<string, unknown> {
  // Optional keys are written as null, so that every record has every key.
  return Object.fromEntries(FIGURE_FIELDS.map((field) => [field, figure[field] ?? null]));
}

/** A group with its figures' keys ordered. */
export function groupRecord(group: Group): unknown {
  const claimRecord = (claim: Claim) => ({ ...claim, figures: claim.figures.map(figureRecord) });
  return {
    ...group,
    rows: group.rows.map((row) => ({ ...row, claims: row.claims.map(claimRecord), history: row.history.map(claimRecord) })),
  };
}
