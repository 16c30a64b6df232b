// Parts and wholes: a breakdown ("killing 23, including 9 children and 4 women") is a sub-row of
// its total and checked against it; it is never a rival estimate of the total.
import type { Figure } from '../figure.js';
import { describeActor } from './actors.js';
import { formatCount } from './intervals.js';
import type { Claim, Part, SourceRow } from './types.js';

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
  // Summed per whole figure: two reports of one claim break it down twice ("4 more bodies" raised it to 11
  // in one, "3 Germans, 2 French climbers and 6 guides" among its 11 in the other; dossier round 9).
  const sums = new Map<Figure, number>();
  for (const draft of drafts) sums.set(draft.whole, (sums.get(draft.whole) ?? 0) + (draft.claim.low ?? 0));
  return drafts.map((draft) => {
    const high = draft.whole.high;
    return { actor: draft.actor, claim: draft.claim, of: wholeLabel(draft.whole), exceeds: high !== null && sums.get(draft.whole)! > high };
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

/** People counted by who counts them: "members of its community", "its own men", "their members". */
const OWN_PEOPLE = /\b(?:its|their|our)\s+(?:own\s+)?[\p{L}-]+|\bown\s+[\p{L}-]+/iu;
/** "troops had freed 40 students", "rescued another 12": captives freed, before the count. */
const FREED_BEFORE = /\b(?:freed|released|rescued|liberated|freeing|releasing|rescuing)\s+(?:(?:about|some|another|a further|at least|more than|over|nearly|the|all)\s+)*$/i;
/** "40 students were freed", "12 of the hostages had been released": captives freed, after the count. */
const FREED_AFTER = /^(?:\s+[\p{L}'’-]+){0,4}?\s+(?:were|was|have been|had been|has been|are|being)\s+(?:freed|released|rescued|liberated)\b/iu;

/**
 * Dossier round 11: a count of captives freed (captured, as the guideline counts hostages whose release is
 * reported) is some of the captives, not a count of those still held: a floor of the captured, as a share.
 */
function freedCaptives(figure: Figure): boolean {
  if (figure.category !== 'captured') return false;
  const at = figure.sentence.indexOf(figure.quote);
  if (at < 0) return false;
  return FREED_BEFORE.test(figure.sentence.slice(Math.max(0, at - 40), at)) || FREED_AFTER.test(figure.sentence.slice(at + figure.quote.length, at + figure.quote.length + 60));
}

/**
 * What a count taken "of the dead" names: "17 of the dead were Morevian nationals", "9 of the victims were
 * children", "3 of those killed were police officers" (dossier round 10): the claimant counts some of the dead.
 */
const OF_THE_DEAD = /^ of (?:the|those) (?:dead|deceased|victims|killed|people killed|bodies|fatalities)\b/i;

/** Whether the figure's number is said to count some "of the dead" (OF_THE_DEAD) where its sentence states it. */
function isSomeOfTheDead(figure: Pick<Figure, 'sentence' | 'quote' | 'partOf'>): boolean {
  if (figure.partOf != null || figure.quote === '') return false;
  for (let at = figure.sentence.indexOf(figure.quote); at !== -1; at = figure.sentence.indexOf(figure.quote, at + 1)) {
    // The whole number or word ("17", "Seventeen"), never one inside another ("117", "someone").
    if (at > 0 && /[\p{L}\d]/u.test(figure.sentence[at - 1]!)) continue;
    if (OF_THE_DEAD.test(figure.sentence.slice(at + figure.quote.length, at + figure.quote.length + 40))) return true;
  }
  return false;
}

/** The actor key of everyone, which no share names. */
const EVERYONE = describeActor(null).key;

/**
 * Rows of a group of every actor (--group-by category, the presets' grouping) that count only some of
 * its people: a kind another row lists as a part of its total ("The German foreign office … the 3
 * Germans killed" where the tourism department lists "3 Germans" among its 11 dead), or the claimant's
 * own people ("36 members of its community", "30 of its own men"). Such a count is a floor of the
 * toll, never a rival of it (dossier round 9).
 */
export function shareRows(rows: readonly (Pick<SourceRow, 'source' | 'claims' | 'parts'> & Partial<Pick<SourceRow, 'party'>>)[]): Set<string> {
  const shares = new Set<string>();
  const keys = new Map<string, string>();
  const keyOf = (actor: string) => {
    let key = keys.get(actor);
    if (key === undefined) keys.set(actor, key = describeActor(actor).key);
    return key;
  };
  const partKeys = new Set<string>();
  for (const row of rows) for (const part of row.parts) if (part.actor !== null && keyOf(part.actor) !== EVERYONE) partKeys.add(keyOf(part.actor));
  for (const row of rows) {
    if (row.claims.length === 0) continue;
    const ownParts = new Set(row.parts.flatMap((part) => (part.actor === null ? [] : [keyOf(part.actor)])));
    // Dossier round 10: a party's count of its enemy's fighters ("killing 12 fighters of the Helm Liberation Front")
    // counts the fighters among the dead, not everyone another row counts.
    const enemyFighters = row.party === 'enemy_losses';
    const some = row.claims.every((claim) => claim.figures.every((figure) => freedCaptives(figure) || isSomeOfTheDead(figure)
      || (enemyFighters && figure.actor !== null && describeActor(figure.actor.split(/ (?:of|in|from) /)[0]!).role === 'military') || (figure.actor !== null
      && (OWN_PEOPLE.test(figure.actor) || (partKeys.has(keyOf(figure.actor)) && !ownParts.has(keyOf(figure.actor)))))));
    if (some) shares.add(row.source);
  }
  // Shares only beside a count of everyone: where every row counts some, they are the group's counts.
  return shares.size < rows.filter((row) => row.claims.length > 0).length ? shares : new Set();
}
