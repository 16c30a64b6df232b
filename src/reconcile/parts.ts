// Parts and wholes: a breakdown ("killing 23, including 9 children and 4 women") is a sub-row of
// its total and checked against it; it is never a rival estimate of the total.
import type { Figure } from '../figure.js';
import { formatCount } from './intervals.js';
import type { Claim, Part } from './types.js';

/** Each part figure → the figure it breaks down (same report, Figure.partOf = its start). */
export function wholesOf(figures: readonly Figure[]): Map<Figure, Figure> {
  const wholes = new Map<Figure, Figure>();
  // Only the reports that hold a part are looked through (an archive holds a million figures).
  const byDoc = new Map<string, Figure[]>();
  for (const figure of figures) if (figure.partOf !== undefined) byDoc.set(figure.doc, []);
  if (byDoc.size === 0) return wholes;
  for (const figure of figures) byDoc.get(figure.doc)?.push(figure);
  for (const figure of figures) {
    if (figure.partOf === undefined) continue;
    // The last figure of the report (and file) that starts where the part points.
    const ofDoc = byDoc.get(figure.doc)!;
    let whole: Figure | undefined;
    for (let i = ofDoc.length - 1; i >= 0 && whole === undefined; i--) {
      const candidate = ofDoc[i]!;
      if (candidate.start === figure.partOf && candidate.file === figure.file) whole = candidate;
    }
    if (whole && whole !== figure) wholes.set(figure, whole);
  }
  return wholes;
}

/** A part being collected: its claim, and the whole figure it breaks down. */
export interface DraftPart {
  actor: string | null;
  claim: Claim;
  whole: Figure;
}

/**
 * Parts with their check: the parts of one whole, in one report, whose lowest counts add up to more
 * than the whole's highest ("9 children and 20 women" of "23") exceed it.
 */
export function finishParts(drafts: readonly DraftPart[], wholeLabel: (whole: Figure) => string): Part[] {
  const sums = new Map<string, number>();
  const labelled = drafts.map((draft) => ({ draft, of: wholeLabel(draft.whole) }));
  for (const { draft, of } of labelled) sums.set(of, (sums.get(of) ?? 0) + (draft.claim.low ?? 0));
  return labelled.map(({ draft, of }) => {
    const high = draft.whole.high;
    return { actor: draft.actor, claim: draft.claim, of, exceeds: high !== null && sums.get(of)! > high };
  });
}

/** "parts add up to 29, more than 23": the finding shown under a row, or null. */
export function excessNote(parts: readonly Part[]): string | null {
  const over = parts.filter((part) => part.exceeds);
  if (over.length === 0) return null;
  const byWhole = new Map<string, number>();
  for (const part of over) byWhole.set(part.of, (byWhole.get(part.of) ?? 0) + (part.claim.low ?? 0));
  return [...byWhole].map(([of, sum]) => `parts add up to ${formatCount(sum)}, more than ${of}`).join('; ');
}
