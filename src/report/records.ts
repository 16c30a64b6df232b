// Plain records for the machine-readable formats, with keys in a stable order whatever order
// the producer built its objects in.
import type { Figure } from '../figure.js';
import type { Claim, Group } from '../reconcile/index.js';

/** Keys a figure has only when the text says something about them (scope, parts, kinds, events), or reconcile reckoned it (shares). */
type OptionalField = 'scope' | 'partOf' | 'kind' | 'interval' | 'event' | 'shares';

// Objects rather than lists so that the compiler checks they name every key of Figure, and no other.
const FIELD_ORDER = {
  doc: true, category: true, low: true, high: true, qualifier: true, actor: true, source: true, outlet: true,
  quote: true, file: true, line: true, start: true, end: true, confidence: true, date: true, sentence: true,
  revision: true,
  // sourceVia (how the claimant was resolved) is for --explain, not a column of the machine formats.
} satisfies Record<Exclude<keyof Figure, OptionalField | 'sourceVia'>, true>;
const OPTIONAL_ORDER = { scope: true, partOf: true, kind: true, interval: true, event: true, shares: true } satisfies Record<OptionalField, true>;

/** Every key every Figure has, in output order (the CSV columns). */
export const FIGURE_FIELDS = Object.keys(FIELD_ORDER) as Exclude<keyof Figure, OptionalField | 'sourceVia'>[];
export const OPTIONAL_FIELDS = Object.keys(OPTIONAL_ORDER) as OptionalField[];

/** The figure's keys in order; the optional ones after the rest, only when set. */
export function figureRecord(figure: Figure): Record<string, unknown> {
  // revision is written as null when absent, so that every record has every key; the optional ones only when set.
  const record: Record<string, unknown> = {};
  for (const field of FIGURE_FIELDS) record[field] = figure[field] ?? null;
  for (const field of OPTIONAL_FIELDS) if (figure[field] !== undefined && figure[field] !== null) record[field] = figure[field];
  return record;
}

/** A group with its figures' keys ordered: those of claims, of earlier claims and of parts alike. */
export function groupRecord(group: Group): unknown {
  return { ...group, rows: group.rows.map(rowRecord) };
}

/** One row of a group, as groupRecord writes it. */
export function rowRecord(row: Group['rows'][number]): unknown {
  return {
    ...row,
    claims: row.claims.map(claimRecord),
    history: row.history.map(claimRecord),
    parts: row.parts.map((part) => ({ ...part, claim: claimRecord(part.claim) })),
  };
}

function claimRecord(claim: Claim): unknown {
  return { ...claim, figures: claim.figures.map(figureRecord) };
}
