// A claimant's figures over time: its latest claim is its current estimate, together with the
// claims just before it that agree with it ("≈300" and "≥300" are one estimate put two ways) or
// that the same report states beside it. Anything before the first claim that fits neither is a
// figure the claimant has since changed: its history. A claim the text itself marks as replaced
// ("up from 45"), denied or retracted is history whatever its date (extract/refiners/revision.ts).
import type { EstimateKind, Revision } from '../figure.js';
import { assertedBounds, intersect, type Bounds } from './intervals.js';
import type { ClaimStatus } from './types.js';

export interface Timed {
  bounds: Bounds;
  /** A counted floor ("identified 14 of the dead") is not revised by a larger total. */
  kind: EstimateKind | null;
  /** The claim's reports: asked whether it holds one, and listed. */
  docs: { has(doc: string): boolean } & Iterable<string>;
  /** Input position of the latest figure, and the latest day stated (null when undated). */
  lastSeen: number;
  lastDay: string | null;
  /** The revision mark of the claim's latest figure. */
  lastRevision: Revision | null;
}

const TAKEN_BACK: ReadonlySet<Revision | null> = new Set(['superseded', 'denied', 'retracted']);

type TakenBack = 'denied' | 'retracted';

/** A claim's place in the ledger once split: its own mark when taken back (or the mark of the later
 * retraction that took it back), else current or superseded. */
export function statusOf(claim: Timed, current: boolean, withdrawn?: ReadonlyMap<Timed, TakenBack>): ClaimStatus {
  if (claim.lastRevision === 'denied' || claim.lastRevision === 'retracted') return claim.lastRevision;
  return withdrawn?.get(claim) ?? (current ? 'current' : 'superseded');
}

/**
 * Time order: by the day last stated when every claim has one, else by input order — a claim
 * without a date cannot be placed among dated ones, and reports usually come in the order written.
 */
export function inTimeOrder<T extends Timed>(claims: readonly T[]): T[] {
  const allDated = claims.every((claim) => claim.lastDay !== null);
  // "raised the toll to 51 from 34": the figure the text marks as replaced came first.
  const replaced = (claim: T) => (claim.lastRevision === 'superseded' ? 0 : 1);
  return [...claims].sort((a, b) => (allDated ? a.lastDay!.localeCompare(b.lastDay!) : 0) || replaced(a) - replaced(b) || a.lastSeen - b.lastSeen);
}

/**
 * Splits claims in time order into the current estimate and the history before it, per category
 * (a group of all figures mixes them: a count of the missing does not revise one of the dead).
 */
export function splitHistory<T extends Timed & { category: string }>(ordered: readonly T[]): { current: T[]; history: T[]; withdrawn: Map<T, TakenBack> } {
  const withdrawn = withdrawnEarlier(ordered);
  const earlier = new Set<T>([...ordered.filter((claim) => TAKEN_BACK.has(claim.lastRevision)), ...withdrawn.keys(), ...beforeRetraction(ordered)]);
  const live = ordered.filter((claim) => !earlier.has(claim));
  for (const category of new Set(live.map((claim) => claim.category))) {
    for (const claim of splitOne(live.filter((c) => c.category === category)).history) earlier.add(claim);
  }
  return { current: ordered.filter((claim) => !earlier.has(claim)), history: ordered.filter((claim) => earlier.has(claim)), withdrawn };
}

/**
 * "The administrator retracted his earlier figure of 50 dead": the claimant's own earlier claims of
 * that figure ("at least 50 were killed") are taken back with it. A claim states the figure when it
 * names the same number as a bound, or is an estimate close around it ("about 50").
 */
function withdrawnEarlier<T extends Timed & { category: string }>(ordered: readonly T[]): Map<T, TakenBack> {
  const withdrawn = new Map<T, TakenBack>();
  ordered.forEach((taken, at) => {
    if (taken.lastRevision !== 'denied' && taken.lastRevision !== 'retracted') return;
    for (const claim of ordered.slice(0, at)) {
      if (claim.category === taken.category && !TAKEN_BACK.has(claim.lastRevision) && statesFigure(claim.bounds, taken.bounds)) withdrawn.set(claim, taken.lastRevision);
    }
  });
  return withdrawn;
}

/**
 * "The ministry withdrew its figure of 19 dead": a claimant that takes its figure back stands by none
 * of what it said before, so its earlier figure (the 4 it had raised to 19) does not come back as
 * current. Claims of the retracting report itself stay ("retracted its figure of 50, saying 12 bodies
 * had been recovered").
 */
function beforeRetraction<T extends Timed & { category: string }>(ordered: readonly T[]): T[] {
  const before: T[] = [];
  ordered.forEach((taken, at) => {
    if (taken.lastRevision !== 'retracted') return;
    for (const claim of ordered.slice(0, at)) {
      const sameReport = [...claim.docs].some((doc) => taken.docs.has(doc));
      const earlierDay = claim.lastDay === null || taken.lastDay === null || claim.lastDay < taken.lastDay;
      if (claim.category === taken.category && !sameReport && earlierDay) before.push(claim);
    }
  });
  return before;
}

/** Largest spread (high over low) of an estimate still read as stating the one number inside it. */
const CLOSE_AROUND = 1.5;

function statesFigure(claim: Bounds, figure: Bounds): boolean {
  if (claim.low > figure.low || figure.low > (claim.high ?? Infinity)) return false;
  return claim.low === figure.low || (claim.high !== null && (claim.high === figure.high || claim.high <= CLOSE_AROUND * claim.low));
}

/**
 * "At least 16" on Saturday, "23" on Monday: a floor stated on an earlier day below the later
 * figure is the toll as it stood then, not the same estimate put another way ("≥300" beside "≈300").
 */
function risenSince(earlier: Timed, latest: Timed): boolean {
  // A counted floor too: "312 deaths confirmed", then "raised its count of confirmed deaths to 455".
  const floor = assertedBounds(earlier);
  if (floor.high !== null || earlier.lastDay === null || latest.lastDay === null || earlier.lastDay >= latest.lastDay) return false;
  return floor.low < assertedBounds(latest).low;
}

/** "The ministry raised its count to 455": a figure marked as the revision replaces a different one stated before. */
function revisedSince(earlier: Timed, latest: Timed): boolean {
  return latest.lastRevision === 'revised' && (earlier.bounds.low !== latest.bounds.low || earlier.bounds.high !== latest.bounds.high);
}

/** The split of claims of one category: the current estimate is a suffix. */
function splitOne<T extends Timed>(ordered: readonly T[]): { current: T[]; history: T[] } {
  // One claim (most categories of a row): nothing to split, and no Set of its reports to make.
  if (ordered.length <= 1) return { current: [...ordered], history: [] };
  let common: Bounds = assertedBounds(ordered.at(-1)!);
  const docs = new Set(ordered.at(-1)!.docs);
  let start = ordered.length - 1;
  // "The ministry said 30 were killed. The ministry later raised the toll to 35.": a figure its own
  // report marks as the revision replaces the other figures that report gave before it.
  const latest = ordered.at(-1)!;
  const revised = latest.lastRevision === 'revised';
  while (start > 0) {
    const earlier = ordered[start - 1]!;
    const agreed = intersect(common, assertedBounds(earlier));
    const sameReport = [...earlier.docs].some((doc) => docs.has(doc));
    if (agreed === null && (!sameReport || revised)) break;
    if (!sameReport && (risenSince(earlier, latest) || revisedSince(earlier, latest))) break;
    common = agreed ?? common;
    for (const doc of earlier.docs) docs.add(doc);
    start -= 1;
  }
  return { current: ordered.slice(start), history: ordered.slice(0, start) };
}
