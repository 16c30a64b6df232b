// Where sources disagree: two rows conflict when what each currently asserts on a category cannot
// both hold; rows whose estimates differ but overlap are listed as compatible. Either way the
// ratio of their points says by how much they differ.
import { CATEGORIES, type Category } from '../figure.js';
import { describeActor } from './actors.js';
import { assertedBounds, hull, intersect, median, overlaps, type Bounds } from './intervals.js';
import type { Claim, Disagreement } from './types.js';

const NO_SHARES: ReadonlySet<string> = new Set();

type RowClaims = { source: string; claims: readonly Claim[]; party?: 'own_losses' | 'enemy_losses' | null };

/**
 * What a row asserts: the counts all its claims allow at once (≈300 and ≥300 → 300–330; a counted
 * floor allows more, assertedBounds), or the stated range that holds all the others. Claims
 * that cannot all hold (one report giving two different counts) assert the whole span of them.
 */
export function rowBounds(claims: readonly Claim[]): Bounds {
  const all = claims.map(assertedBounds);
  const [first, ...rest] = all;
  // "best 10" beside "low 8, high 12": a stated range holding every other claim is the estimate,
  // and the numbers inside it are its best guesses, not a narrower claim.
  const range = all.find((bounds) => bounds.high !== null && bounds.high > bounds.low && all.every((other) => other.low >= bounds.low && other.high !== null && other.high <= bounds.high!));
  if (range && all.length > 1) return range;
  const common = rest.reduce<Bounds | null>((acc, bounds) => acc && intersect(acc, bounds), first!);
  return common ?? rest.reduce(hull, first!);
}

/**
 * The numbers a row states, as the reports give them (no tolerance): the counts all its claims
 * allow at once as stated (≈300 and ≥300 → 300), else the span of them (12 and 15 → 12–15); null
 * on a side the claims leave open ("≥300" states no highest count, "≤500" no lowest).
 */
export function statedBounds(claims: readonly Claim[]): { low: number | null; high: number | null } {
  const lows = claims.map((claim) => claim.low ?? -Infinity);
  const highs = claims.map((claim) => claim.high ?? Infinity);
  let low = lows.reduce((a, b) => Math.max(a, b), -Infinity);
  let high = highs.reduce((a, b) => Math.min(a, b), Infinity);
  if (low > high) {
    low = lows.reduce((a, b) => Math.min(a, b), Infinity);
    high = highs.reduce((a, b) => Math.max(a, b), -Infinity);
  }
  return { low: Number.isFinite(low) ? low : null, high: Number.isFinite(high) ? high : null };
}

/** The number that stands for a row: the median of its claims' points, counted floors left out beside an estimate. */
export function rowPoint(claims: readonly Claim[]): number {
  const estimates = claims.filter((claim) => claim.kind !== 'counted');
  return median((estimates.length > 0 ? estimates : claims).map((claim) => claim.point))!;
}

/** Pairs listed per group and kind; `counts` tells how many there are in all. */
export const PAIRS_LISTED = 100;
/** Pair checks spent on listing (counting is O(n log n)): a group of thousands of rows lists what it found by then. */
const LISTING_BUDGET = 4_000_000;

export interface Comparison {
  /** Pairs that cannot both hold: the first PAIRS_LISTED in row order. */
  disagreements: Disagreement[];
  /** Pairs whose points differ but whose bounds overlap: the first PAIRS_LISTED in row order. */
  compatible: Disagreement[];
  /** How many pairs of each kind there are, listed or not. */
  counts: { disagreements: number; compatible: number };
  /** The rows in at least one pair that cannot both hold. */
  inConflict: Set<string>;
}

interface Stated {
  source: string;
  /** Civilians only or fighters only: rows of the two kinds count different people and are never compared (null: people of no one kind). */
  kind: 'civilian' | 'military' | null;
  bounds: Bounds;
  point: number;
  /** The day the row last stated its estimate, when the comparison is in time ('' when it is not). */
  day: string;
  /** A count of the missing or the captured, in time: it moves both ways, so only a day's counts are compared. */
  changing: boolean;
}

/** Tolls of the dead and the wounded only grow as bodies are found and the hurt are counted; the
 * missing and the captured fall as people are found or freed. */
export const RISING: ReadonlySet<Category> = new Set(['killed', 'wounded']);
// Counts that move both ways as people are found, freed, or newly reported.
const CHANGING: ReadonlySet<Category> = new Set(['missing', 'captured']);
const DAY_MS = 86_400_000;

/**
 * Every pair of rows, per category, whose estimates differ, counted; the first of them listed in
 * row order. Counting and the conflict marks are O(n log n), so a group of thousands of rows (one
 * row per unattributed estimate over a whole corpus) costs no more than sorting it.
 */
/** `everyActor`: the group holds every actor (--group-by category or none), so rows may count different kinds of people. */
/** `shares`: rows that count only some of the group's people (parts.ts, shareRows): floors of the toll. */
export function compareRows(rows: readonly RowClaims[], everyActor = false, shares: ReadonlySet<string> = NO_SHARES): Comparison {
  const comparison: Comparison = { disagreements: [], compatible: [], counts: { disagreements: 0, compatible: 0 }, inConflict: new Set() };
  for (const category of CATEGORIES) {
    const stated = statedOf(rows, category, everyActor, shares);
    if (stated.length < 2) continue;
    const against = againstComparable(stated);
    const disjoint = against.reduce((sum, n) => sum + n, 0) / 2;
    stated.forEach((row, i) => {
      if (against[i]! > 0) comparison.inConflict.add(row.source);
    });
    const comparable = comparablePairs(stated);
    comparison.counts.disagreements += disjoint;
    comparison.counts.compatible += comparable.pairs - disjoint - comparable.agreeing;
    listPairs(stated, category, comparison);
  }
  return comparison;
}

/**
 * Each row's estimate of a category. Tolls of the dead and wounded are compared in time when every
 * row is dated: a toll stated on an earlier day is a floor by the later one, so the Red Cross's
 * 100 of Wednesday can hold beside the ministry's 171 of the Monday after, but not beside a later
 * 80. An undated figure cannot be placed before another: then all are compared as stated.
 */
function statedOf(rows: readonly RowClaims[], category: Category, everyActor: boolean, shares: ReadonlySet<string>): Stated[] {
  // A count of some of the people ("the 3 Germans killed") allows the toll its number or more.
  const boundsOf = (row: RowClaims & { claims: readonly Claim[] }) => {
    const bounds = rowBounds(row.claims);
    return shares.has(row.source) ? { low: bounds.low, high: null } : bounds;
  };
  const stated = rows
    .map((row) => ({ source: row.source, claims: row.claims.filter((claim) => claim.category === category) }))
    .filter((row) => row.claims.length > 0)
    .map((row) => ({ source: row.source, kind: everyActor ? kindOf(row.claims) : null, bounds: boundsOf(row), point: rowPoint(row.claims), day: lastDayStated(row.claims) }));
  // Two parties to a war counting one side's losses (its own army's "none", the enemy's "at least 20"
  // the day after) dispute one count: their tolls are not a count in progress, and are compared as stated.
  const disputed = RISING.has(category) && rows.some((row) => row.party === 'own_losses') && rows.some((row) => row.party === 'enemy_losses');
  const inTime = (RISING.has(category) || CHANGING.has(category)) && !disputed && stated.every((row) => row.day !== null);
  return stated.map((row) => ({ ...row, day: inTime ? row.day! : '', changing: inTime && CHANGING.has(category) }));
}

/**
 * The one kind of people all the row's claims count, civilians or fighters, or null. In a group of
 * every actor (--group-by category) the health ministry's 40 civilians and the army's 200 enemy
 * soldiers are two counts of different people, not rival estimates.
 */
export function kindOf(claims: readonly Claim[]): 'civilian' | 'military' | null {
  let kind: 'civilian' | 'military' | undefined;
  // A row's figures mostly repeat one spelling of their people: each spelling is described once in a run.
  let spelling: string | null | undefined;
  for (const claim of claims) {
    for (const figure of claim.figures) {
      if (kind !== undefined && figure.actor === spelling) continue;
      spelling = figure.actor;
      const role = describeActor(spelling).role;
      if (role === 'unspecified' || (kind !== undefined && role !== kind)) return null;
      kind = role;
    }
  }
  return kind ?? null;
}

/** Rows that count different people: one civilians only, the other fighters only. */
function apart(a: Stated, b: Stated): boolean {
  return a.kind !== null && b.kind !== null && a.kind !== b.kind;
}

/** The last day the row's estimate was stated (its counted floors aside, as in rowPoint); null when undated. */
function lastDayStated(claims: readonly Claim[]): string | null {
  const estimates = claims.filter((claim) => claim.kind !== 'counted');
  return lastDayOf(estimates.length > 0 ? estimates : claims);
}

/** The last day any of these claims was stated; null when one is undated. */
export function lastDayOf(claims: readonly Claim[]): string | null {
  let last = '';
  for (const claim of claims) {
    for (const statement of claim.statements) {
      if (statement.date === null) return null;
      if (statement.date > last) last = statement.date;
    }
  }
  return last === '' ? null : last;
}

/** Cannot both hold: disjoint, or (in time) the older toll's lowest count above the newer's highest. */
function cannotBothHold(a: Stated, b: Stated): boolean {
  if (a.changing) return a.day === b.day && !overlaps(a.bounds, b.bounds);
  if (a.day < b.day) return a.bounds.low > (b.bounds.high ?? Infinity);
  if (b.day < a.day) return b.bounds.low > (a.bounds.high ?? Infinity);
  return !overlaps(a.bounds, b.bounds);
}

/** The first pairs in row order, while the lists have room and the budget lasts. */
function listPairs(stated: readonly Stated[], category: Category, comparison: Comparison): void {
  let budget = LISTING_BUDGET;
  for (let i = 0; i < stated.length; i++) {
    const a = stated[i]!;
    for (let j = i + 1; j < stated.length; j++) {
      if (budget-- <= 0) return;
      const b = stated[j]!;
      if (apart(a, b)) continue;
      const conflict = cannotBothHold(a, b);
      const list = conflict ? comparison.disagreements : a.point !== b.point ? comparison.compatible : null;
      if (list === null || list.length >= PAIRS_LISTED) continue;
      const pair: Disagreement = { category, a: a.source, b: b.source, ratio: ratio(a.point, b.point), older: null };
      // Held together only because the lower toll is older: say so, and how much older.
      if (!conflict && !overlaps(a.bounds, b.bounds)) {
        const [older, newer] = a.day < b.day ? [a, b] : [b, a];
        pair.older = { source: older.source, days: Math.round((Date.parse(newer.day) - Date.parse(older.day)) / DAY_MS) };
      }
      list.push(pair);
      if (comparison.disagreements.length >= PAIRS_LISTED && comparison.compatible.length >= PAIRS_LISTED) return;
    }
  }
}

/**
 * For each row, how many others it cannot hold beside (cannotBothHold): rows of its day or older
 * whose lowest count is above its highest, and rows of its day or newer whose highest is below its
 * lowest. Two sweeps over the rows in day order, counting with a Fenwick tree of the bounds.
 */
function againstEach(stated: readonly Stated[]): number[] {
  if (stated[0]?.changing) return againstOnItsDay(stated);
  const values = [...new Set(stated.flatMap((row) => [row.bounds.low, row.bounds.high ?? Infinity]))].sort((a, b) => a - b);
  const rank = (value: number) => countUpTo(values, value, false);
  const against = stated.map(() => 0);
  const byDay = stated.map((_, i) => i).sort((a, b) => (stated[a]!.day < stated[b]!.day ? -1 : stated[a]!.day > stated[b]!.day ? 1 : 0));
  // Older and same-day rows whose lowest count is above this row's highest.
  sweep(byDay, values.length, stated, (row) => rank(row.bounds.low), (row, tree) => tree.total - tree.upTo(rank(row.bounds.high ?? Infinity)), against);
  // Newer and same-day rows whose highest count is below this row's lowest.
  sweep([...byDay].reverse(), values.length, stated, (row) => rank(row.bounds.high ?? Infinity), (row, tree) => tree.upTo(rank(row.bounds.low) - 1), against);
  return against;
}

/**
 * againstEach, leaving out the pairs of rows that count different people (apart): for a row of one
 * kind, the rows of the other kind it cannot hold beside are those it cannot hold beside among the
 * two kinds' rows, less those among its own kind's.
 */
function againstComparable(stated: readonly Stated[]): number[] {
  const against = againstEach(stated);
  const kinded = stated.map((_, i) => i).filter((i) => stated[i]!.kind !== null);
  const kinds = new Set(kinded.map((i) => stated[i]!.kind));
  if (kinds.size < 2) return against;
  const amongKinded = againstEach(kinded.map((i) => stated[i]!));
  for (const kind of kinds) {
    const own = kinded.filter((i) => stated[i]!.kind === kind);
    const amongOwn = againstEach(own.map((i) => stated[i]!));
    own.forEach((i, k) => (against[i]! -= amongKinded[kinded.indexOf(i)]! - amongOwn[k]!));
  }
  return against;
}

/** How many pairs of rows are compared (not apart), and how many of those state the same point. */
function comparablePairs(stated: readonly Stated[]): { pairs: number; agreeing: number } {
  const count = (rows: readonly Stated[]) => {
    const samePoint = new Map<number, number>();
    for (const row of rows) samePoint.set(row.point, (samePoint.get(row.point) ?? 0) + 1);
    return { pairs: (rows.length * (rows.length - 1)) / 2, agreeing: [...samePoint.values()].reduce((sum, k) => sum + (k * (k - 1)) / 2, 0) };
  };
  const all = count(stated);
  const civilian = stated.filter((row) => row.kind === 'civilian');
  const military = stated.filter((row) => row.kind === 'military');
  if (civilian.length === 0 || military.length === 0) return all;
  // The pairs across the two kinds, and their same points: all pairs of both, less each kind's own.
  const both = count([...civilian, ...military]);
  const [c, m] = [count(civilian), count(military)];
  return { pairs: all.pairs - (both.pairs - c.pairs - m.pairs), agreeing: all.agreeing - (both.agreeing - c.agreeing - m.agreeing) };
}

/** Counts of the missing or the captured: each row against the rows of its own day only. */
function againstOnItsDay(stated: readonly Stated[]): number[] {
  const against = stated.map(() => 0);
  const byDay = new Map<string, number[]>();
  stated.forEach((row, i) => {
    const indices = byDay.get(row.day);
    if (indices) indices.push(i);
    else byDay.set(row.day, [i]);
  });
  for (const indices of byDay.values()) {
    if (indices.length < 2) continue;
    const counts = againstEach(indices.map((i) => ({ ...stated[i]!, day: '', changing: false })));
    indices.forEach((i, k) => (against[i] = counts[k]!));
  }
  return against;
}

/** Visits rows day by day in the given order: a day's rows are all added before any of them is counted. */
function sweep(
  order: readonly number[], size: number, stated: readonly Stated[],
  slot: (row: Stated) => number, count: (row: Stated, tree: Fenwick) => number, into: number[],
): void {
  const tree = new Fenwick(size);
  for (let start = 0; start < order.length;) {
    let end = start;
    while (end < order.length && stated[order[end]!]!.day === stated[order[start]!]!.day) tree.add(slot(stated[order[end++]!]!));
    for (let k = start; k < end; k++) into[order[k]!]! += count(stated[order[k]!]!, tree);
    start = end;
  }
}

/** Counts of values by rank, with prefix sums in O(log n). */
class Fenwick {
  private readonly sums: Int32Array;
  total = 0;
  constructor(size: number) {
    this.sums = new Int32Array(size + 1);
  }
  add(rank: number): void {
    this.total += 1;
    for (let i = rank + 1; i < this.sums.length; i += i & -i) this.sums[i]! += 1;
  }
  /** How many values have a rank at most `rank` (none when it is negative). */
  upTo(rank: number): number {
    let sum = 0;
    for (let i = rank + 1; i > 0; i -= i & -i) sum += this.sums[i]!;
    return sum;
  }
}

/**
 * Per category, the sources whose current estimate cannot hold beside more than half of the other
 * rows' (with three or more rows): the outliers of a group, however many pairs it has.
 */
export function outliersOf(rows: readonly RowClaims[], everyActor = false, shares: ReadonlySet<string> = NO_SHARES): { category: Category; source: string }[] {
  const found: { category: Category; source: string }[] = [];
  for (const category of CATEGORIES) {
    const stated = statedOf(rows, category, everyActor, shares);
    if (stated.length < 3) continue;
    const ofKind = { civilian: 0, military: 0 };
    for (const row of stated) if (row.kind !== null) ofKind[row.kind] += 1;
    const others = stated.map((row) => stated.length - 1 - (row.kind === null ? 0 : ofKind[row.kind === 'civilian' ? 'military' : 'civilian']));
    againstComparable(stated).forEach((n, i) => {
      if (others[i]! >= 2 && n > others[i]! / 2) found.push({ category, source: stated[i]!.source });
    });
  }
  return found;
}

/** How many of the sorted values are below `limit` (or at most `limit`, when `inclusive`). */
function countUpTo(sorted: readonly number[], limit: number, inclusive: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < limit || (inclusive && sorted[mid] === limit)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function ratio(a: number, b: number): number | null {
  const [small, large] = a < b ? [a, b] : [b, a];
  if (small === 0) return large === 0 ? 1 : null;
  return Math.round((large / small) * 100) / 100;
}

/** Largest stated count over the smallest positive one, per category; the largest ratio wins, to 2 decimals. */
export function spreadOf(claims: readonly Claim[]): number {
  const ratios = CATEGORIES.map((category) => {
    const counts = claims
      .filter((claim) => claim.category === category)
      .flatMap((claim) => [claim.low, claim.high])
      .filter((n): n is number => n !== null && n > 0);
    // reduce, not Math.max(...counts): a spread of a huge array would overflow the stack.
    return counts.length === 0 ? 1 : counts.reduce(larger) / counts.reduce(smaller);
  });
  return Math.round(ratios.reduce(larger) * 100) / 100;
}

const larger = (a: number, b: number) => Math.max(a, b);
const smaller = (a: number, b: number) => Math.min(a, b);
