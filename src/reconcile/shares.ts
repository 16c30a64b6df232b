// Shares with no stated total: "Two soldiers and three civilians were killed, the governor said" is
// the governor's count of 5 once every actor is in one group (--group-by category or none). The
// shares become parts of that total, so they are never rivals of each other, nor of another body's 5.
import type { Figure, Qualifier } from '../figure.js';
import { actorKey } from './actors.js';
import type { ResolvedClaimant } from './claimants.js';
import { scopeLabel, withFields } from './scope.js';

export interface WithTotals {
  figures: readonly Figure[];
  /** `claimants[i]` belongs to `figures[i]`, the reckoned totals included. */
  claimants: readonly ResolvedClaimant[];
}

/**
 * Each run of shares (one sentence, claimant, category and scope; two or more distinct groups of
 * people, none a breakdown, a total or a revision) gets its total, reckoned and placed right after
 * it; the shares point at it as their whole (Figure.partOf). Lists are copied only when a total is added.
 */
export function withShareTotals(figures: readonly Figure[], claimants: readonly ResolvedClaimant[]): WithTotals {
  const runs = shareRuns(figures, claimants);
  if (runs.length === 0) return { figures, claimants };
  // A share points at its total by the total's start, which is the first share's.
  const runStart = new Map<number, number>();
  for (const run of runs) for (const i of run) runStart.set(i, figures[run[0]!]!.start);
  const lastOfRun = new Map(runs.map((run) => [run[run.length - 1]!, run]));
  const outFigures: Figure[] = [];
  const outClaimants: ResolvedClaimant[] = [];
  figures.forEach((figure, i) => {
    const start = runStart.get(i);
    outFigures.push(start === undefined ? figure : withFields(figure, { partOf: start }));
    outClaimants.push(claimants[i]!);
    const run = lastOfRun.get(i);
    if (run) {
      outFigures.push(totalOf(run.map((k) => figures[k]!)));
      outClaimants.push(claimants[i]!);
    }
  });
  return { figures: outFigures, claimants: outClaimants };
}

/**
 * Indices of the figures of each run of shares, in input order. A sentence's figures come one after
 * another, so runs are read in one pass, holding one run at a time (a run may hold a million figures).
 */
function shareRuns(figures: readonly Figure[], claimants: readonly ResolvedClaimant[]): number[][] {
  // Totals broken down in the text, by report: their figures are no shares.
  const wholes = new Set<string>();
  for (const figure of figures) if (figure.partOf !== undefined) wholes.add(`${figure.file}\u0000${figure.doc}\u0000${figure.partOf}`);
  const runs: number[][] = [];
  let run: number[] = [];
  let runKey = '';
  const close = () => {
    if (run.length > 1 && areShares(run.map((i) => figures[i]!))) runs.push(run);
    run = [];
  };
  figures.forEach((figure, i) => {
    const eligible = figure.partOf === undefined && figure.revision === undefined && figure.interval === undefined
      && !wholes.has(`${figure.file}\u0000${figure.doc}\u0000${figure.start}`);
    if (!eligible) {
      close();
      return;
    }
    const key = [figure.file, figure.line, figure.doc, figure.event ?? '', figure.sentence, figure.category, claimants[i]!.identity.key, scopeLabel(figure) ?? ''].join('\u0000');
    if (key !== runKey) close();
    runKey = key;
    run.push(i);
  });
  close();
  return runs;
}

/**
 * Distinct groups of people, each named: "2 soldiers and 3 civilians", "two soldiers and three
 * others". Not a count of everyone beside a group ("12 people … 3 soldiers": likely a total and its
 * part), nor one group counted twice (a repeat or a correction).
 */
function areShares(figures: readonly Figure[]): boolean {
  const keys = new Set<string>();
  for (const figure of figures) {
    const written = figure.actor?.trim().toLowerCase() ?? '';
    const key = actorKey(figure.actor);
    if (written === '' || (key === 'people' && !written.startsWith('other'))) return false;
    if (keys.has(key)) return false;
    keys.add(key);
  }
  return true;
}

/** The total of a run of shares: its bounds are the sums of theirs. */
function totalOf(shares: readonly Figure[]): Figure {
  const first = shares[0]!;
  const low = shares.every((share) => share.low === null) ? null : shares.reduce((sum, share) => sum + (share.low ?? 0), 0);
  const high = shares.some((share) => share.high === null) ? null : shares.reduce((sum, share) => sum + share.high!, 0);
  const kinds = new Set(shares.map((share) => share.kind));
  return withFields(first, {
    low,
    high,
    qualifier: qualifierOf(shares, low, high),
    actor: joinActors(shares.map((share) => share.actor!)),
    quote: shares.map((share) => share.quote).join(' + '),
    confidence: Math.min(...shares.map((share) => share.confidence)),
    shares: shares.length,
    partOf: undefined,
    kind: kinds.size === 1 ? first.kind : undefined,
  });
}

function qualifierOf(shares: readonly Figure[], low: number | null, high: number | null): Qualifier {
  const qualifiers = new Set(shares.map((share) => share.qualifier));
  if (qualifiers.has('vague')) return 'vague';
  if (high === null) return 'at_least';
  if (low === null) return 'at_most';
  if (qualifiers.size === 1 && qualifiers.has('exact')) return 'exact';
  if ([...qualifiers].every((qualifier) => qualifier === 'exact' || qualifier === 'approx')) return 'approx';
  return low === high ? 'approx' : 'range';
}

/** "soldiers and civilians", "soldiers, police and civilians". */
function joinActors(actors: readonly string[]): string {
  return `${actors.slice(0, -1).join(', ')} and ${actors.at(-1)}`;
}
