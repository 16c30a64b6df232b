// The line that answers an analyst's first question about a group: what is the latest figure, who
// gave it and when; how far the current estimates lie apart; which estimate stands far off the
// others and whose it is. "latest: 212 (Health Ministry, 9 May 2024); range of current estimates
// 190–212; 1 outlier (4,000, a reporter's figure) — see --explain"
import { kindOf, lastDayOf, RISING, rowPoint } from './conflicts.js';
import { formatCount, median } from './intervals.js';
import type { Claim, Digest, SourceRow } from './types.js';
import { isUnattributed } from './sources.js';

/** A row's point this many times the median of the others' (or that many times below) stands out. */
const OUTLIER_RATIO = 3;
/** Outliers need others to stand apart from. */
const OUTLIER_MIN_ROWS = 3;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

type Row = Pick<SourceRow, 'source' | 'display' | 'kind' | 'party' | 'claims' | 'history'>;

/** null when no row has a current estimate (all taken back). */
/** `everyActor`: the group holds every actor, so rows may count different kinds of people. */
/** `shares`: rows that count only some of the group's people (parts.ts, shareRows): never latest, in the range or an outlier beside the others. */
export function digestOf(rows: readonly Row[], everyActor = false, shares: ReadonlySet<string> = new Set()): Digest | null {
  const live = rows.filter((row) => row.claims.length > 0);
  if (live.length === 0) return null;
  const whole = live.filter((row) => !shares.has(row.source));
  const outliers = outlierRows(whole.length > 0 ? whole : live, everyActor);
  const outlying = new Set(outliers);
  const kept = (whole.length > 0 ? whole : live).filter((row) => !outlying.has(row));
  // An unattributed figure is latest only when no one named states a dated figure.
  // A count of the dead so far is where the count stood, not the latest estimate of the toll: the
  // latest is an estimate where a named row states one ("35" on Thursday before "34 identified" on Friday).
  const named = kept.filter((row) => !isUnattributed(row.source));
  const estimate = (claim: Claim) => claim.kind !== 'counted';
  // Not an estimate a later count has passed ("41 died" on Sunday, then 58 and 61 bodies counted):
  // the count is then where the toll stands.
  const latestEstimate = latestOf(named, estimate);
  const passed = latestEstimate !== null && named.some((row) => row.claims.some((claim) => claim.kind === 'counted'
    && claim.low !== null && claim.low > latestEstimate.point && lastStated(claim) !== null && lastStated(claim)! > latestEstimate.date!));
  const latest = (passed ? null : latestEstimate) ?? latestOf(named) ?? latestOf(kept);
  // A count of the dead identified so far is a floor, not an estimate of all of them: it is named
  // apart rather than stretching the range down ("identified 14" beside estimates of 300).
  const claims = kept.flatMap((row) => row.claims.map((claim) => ({ row, claim })));
  const estimates = claims.some(({ claim }) => claim.kind !== 'counted') ? claims.filter(({ claim }) => claim.kind !== 'counted') : claims;
  const numbers = estimates.flatMap(({ claim }) => [claim.low, claim.high]).filter((n) => n !== null);
  const low = numbers.length === 0 ? null : numbers.reduce((a, b) => Math.min(a, b));
  const high = numbers.length === 0 ? null : numbers.reduce((a, b) => Math.max(a, b));
  const floors = claims.filter(({ claim }) => claim.kind === 'counted' && low !== null && claim.point < low);
  const withdrawn = rows.flatMap((row) => row.history.filter((claim) => claim.status === 'denied' || claim.status === 'retracted'));
  const digest: Omit<Digest, 'text'> = {
    latest,
    low,
    high,
    outliers: outliers.map((row) => ({ source: row.source, label: row.claims.map((claim) => claim.label).join(', '), why: whose(row) })),
    withdrawn: withdrawn.length,
  };
  return { ...digest, text: digestText(digest, floors.map(({ row, claim }) => `${claim.label}, ${row.display}`)) };
}

/** Outliers named in the line; --explain and JSON list them all. */
const OUTLIERS_NAMED = 5;

/** "" when the line would only repeat the range: nothing dated, no outlier, nothing taken back. */
function digestText(digest: Omit<Digest, 'text'>, floors: readonly string[]): string {
  if (digest.latest === null && digest.outliers.length === 0 && digest.withdrawn === 0 && floors.length === 0) return '';
  const parts: string[] = [];
  if (digest.latest) {
    const when = digest.latest.date === null ? '' : `, ${dayLabel(digest.latest.date)}`;
    parts.push(`latest: ${digest.latest.label} (${digest.latest.display}${when})`);
  }
  if (digest.low !== null && digest.high !== null && digest.low !== digest.high) {
    parts.push(`range of current estimates ${formatCount(digest.low)}–${formatCount(digest.high)}`);
  }
  if (digest.outliers.length > 0) {
    const shown = digest.outliers.slice(0, OUTLIERS_NAMED).map((outlier) => `${outlier.label}, ${outlier.why}`);
    const more = digest.outliers.length - shown.length;
    const listed = [...shown, ...(more > 0 ? [`and ${more} more`] : [])].join('; ');
    parts.push(`${digest.outliers.length} ${digest.outliers.length === 1 ? 'outlier' : 'outliers'} (${listed})`);
  }
  if (floors.length > 0) parts.push(`counted so far, below the range: ${floors.join('; ')}`);
  if (digest.withdrawn > 0) parts.push(`${digest.withdrawn} taken back (denied or retracted)`);
  const text = parts.join('; ');
  return digest.outliers.length > 0 || digest.withdrawn > 0 ? `${text} — see --explain` : text;
}

/** Rows whose point lies OUTLIER_RATIO times or more off the median of all rows' points; never half the rows or more. */
function outlierRows<T extends Row>(rows: readonly T[], everyActor: boolean): T[] {
  // A counted floor is what was counted so far, not an estimate: it neither moves the median nor stands out.
  // (A floor far above the estimates still stands out: it asserts more than any of them allows.)
  const floor = (row: T) => row.claims.every((claim) => claim.kind === 'counted');
  if (rows.length < OUTLIER_MIN_ROWS) return [];
  // Civilians counted by some rows and fighters by others (a group of every actor): no one median stands for both.
  const kinds = everyActor ? new Set(rows.map((row) => kindOf(row.claims))) : null;
  if (kinds?.has('civilian') && kinds.has('military')) return [];
  const points = rows.map((row) => rowPoint(row.claims));
  const estimated = points.filter((_, i) => !floor(rows[i]!));
  const middle = median(estimated.length > 0 ? estimated : points)!;
  if (middle <= 0) return [];
  const lastDays = rows.map((row) => lastDayOf(row.claims));
  const far = rows.filter((row, i) => {
    if (points[i]! * OUTLIER_RATIO <= middle) {
      // A toll stated before every row far above it is where the count stood then (Minerco's 7 two days
      // before the ministry's 22 and the union's 24), not an estimate standing apart.
      const before = row.claims.every((claim) => RISING.has(claim.category)) && lastDays[i] !== null
        && points.every((point, j) => j === i || point < points[i]! * OUTLIER_RATIO || (lastDays[j] !== null && lastDays[j]! > lastDays[i]!));
      return !floor(row) && !before;
    }
    if (points[i]! < middle * OUTLIER_RATIO) return false;
    // A toll of the dead or wounded stated after every other row is where the count has risen to.
    const risen = row.claims.every((claim) => RISING.has(claim.category)) && lastDays[i] !== null
      && lastDays.every((day, j) => j === i || (day !== null && day < lastDays[i]!));
    return !risen;
  });
  return far.length * 2 < rows.length ? far : [];
}

/** The last day a claim was stated, or null. */
function lastStated(claim: Claim): string | null {
  return claim.statements.map((s) => s.date).filter((d) => d !== null).reduce<string | null>((a, b) => (a === null || b > a ? b : a), null);
}

/** The current claim stated last (a later row breaks a tie); null when no claim is dated: input order is no time. */
function latestOf(rows: readonly Row[], which: (claim: Claim) => boolean = () => true): Digest['latest'] {
  let best: { row: Row; claim: Claim; date: string } | null = null;
  for (const row of rows) {
    for (const claim of row.claims.filter(which)) {
      const date = lastStated(claim);
      if (date !== null && (best === null || date >= best.date)) best = { row, claim, date };
    }
  }
  if (best === null) return null;
  return { source: best.row.source, display: best.row.display, label: best.claim.label, point: best.claim.point, date: best.date };
}

/** Whose figure an outlier is, as the analyst weighs it. */
function whose(row: Row): string {
  if (isUnattributed(row.source)) return 'an unattributed figure';
  if (row.kind === 'media') return `a reporter's figure (${row.display})`;
  if (row.party !== null) return `a party's figure (${row.display})`;
  return row.display;
}

function dayLabel(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day} ${MONTHS[month! - 1]} ${year}`;
}
