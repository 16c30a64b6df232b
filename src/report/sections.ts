// The human views of reconcile as plain data, shared by the terminal table and markdown: a
// section per group (--by figure) or per claimant (--by source), each a heading, lines of facts
// and explanations, and rows. Text only: renderers add colour, escaping and the chart.
import { rowBounds, type Bounds, type Claim, type ClaimantName, type Group, type PartyFlag, type Reconciliation, type SourceRow } from '../reconcile/index.js';
import type { Column } from './columns.js';
import type { View } from './context.js';
import { excessNote } from '../reconcile/index.js';
import {
  CONFLICT_MARK, conflictNote, docList, estimates, eventDays, groupFacts, groupTitle, kindLabel, lastStated, ledgerMarks, pairLines, sourceName,
} from './labels.js';

export interface Line {
  text: string;
  /** A line about sources that cannot both hold. */
  conflict: boolean;
}

export interface ViewRow {
  /** Name (source or group), estimate, stated, reports, docs: in the order of `Section.columns` before the flag. */
  cells: string[];
  /** The source or group the row belongs to, also on rows of earlier claims. */
  name: string;
  conflict: boolean;
  party: PartyFlag | null;
  /** What the row asserts, for the chart. */
  bounds: Bounds;
  /** The figures behind the row, for --explain. */
  claims: readonly Claim[];
  /** A claim the claimant has since changed (--history). */
  earlier: boolean;
  /** The ledger's marks for the row: "↻ was 190", "✗ retracted 500"; none on rows of earlier claims. */
  marks: string[];
  /** The names written for the claimant and how each was resolved (--explain); empty on rows of earlier claims. */
  names: readonly ClaimantName[];
}

export interface Section {
  title: string;
  /** "⚠ CONFLICT, spread 3.3×" or "". */
  note: string;
  lines: Line[];
  /** The text columns; renderers add Flag and the chart. */
  columns: Column[];
  rows: ViewRow[];
}

export interface SectionOptions {
  by?: View;
  history?: boolean;
}

export function sections(reconciliation: Reconciliation, options: SectionOptions): Section[] {
  return options.by === 'source' ? bySource(reconciliation, options) : reconciliation.groups.map((group) => groupSection(group, options));
}

function groupSection(group: Group, options: SectionOptions): Section {
  const facts = groupFacts(group);
  const dated = { stated: hasDates([group]), events: hasEvents([group]) };
  const digest = group.digest === null || group.digest.text === '' ? [] : [{ text: group.digest.text, conflict: false }];
  return {
    title: groupTitle(group),
    note: conflictNote(group),
    lines: [...digest, ...(facts === '' ? [] : [{ text: facts, conflict: false }]), ...pairLines(group), ...partLines(group)],
    columns: columnsFor('Source', dated),
    rows: group.rows.flatMap((row) => rowsOf(sourceName(row), row, group, options, dated)),
  };
}

/** A section per claimant, in order of first appearance, with a row per group it speaks to. */
function bySource(reconciliation: Reconciliation, options: SectionOptions): Section[] {
  const bySourceKey = new Map<string, { row: SourceRow; entries: { row: SourceRow; group: Group }[] }>();
  for (const group of reconciliation.groups) {
    for (const row of group.rows) {
      const seen = bySourceKey.get(row.source) ?? { row, entries: [] };
      bySourceKey.set(row.source, seen);
      seen.entries.push({ row, group });
    }
  }
  return [...bySourceKey.values()].map(({ row, entries }) => {
    const outlets = [...new Set(entries.flatMap((entry) => entry.row.outlets))];
    const facts = [kindLabel(row.kind), row.side, outlets.length > 0 ? `via ${outlets.join(', ')}` : null].filter((part) => part !== null);
    const groups = entries.map((entry) => entry.group);
    const dated = { stated: hasDates(groups), events: hasEvents(groups) };
    return {
      title: row.display,
      note: entries.some((entry) => entry.row.conflict) ? `${CONFLICT_MARK} with other sources` : '',
      lines: facts.length > 0 ? [{ text: facts.join(' · '), conflict: false }] : [],
      columns: columnsFor('Figure', dated),
      rows: entries.flatMap((entry) => rowsOf(groupTitle(entry.group), entry.row, entry.group, options, dated)),
    };
  });
}

/** A finding under the heading for each row whose breakdowns add up to more than its total. */
function partLines(group: Group): Line[] {
  return group.rows.flatMap((row) => {
    const note = excessNote(row.parts);
    return note === null ? [] : [{ text: `! ${row.display}: ${note}`, conflict: false }];
  });
}

/** The main row, a row per breakdown of it ("↳ of 23: children", dimmed like an earlier claim), and, with --history, a row per earlier claim. */
function rowsOf(name: string, row: SourceRow, group: Group, options: SectionOptions, dated: Dated): ViewRow[] {
  const cells = (label: string, claims: readonly Claim[], docs: readonly string[], dates: readonly Claim[] = claims) => [
    label,
    claims.length === 0 ? '—' : estimates(claims, group),
    ...(dated.stated ? [lastStated(dates)] : []),
    ...(dated.events ? [eventDays(dates)] : []),
    String(docs.length),
    docList(docs),
  ];
  // A claimant that took back all it said (or whose figure was denied) has no current estimate: its row
  // shows what was taken back, when it was stated and where, so that the mark can be traced to its report.
  const shown = row.claims.length > 0 ? row.claims : row.history;
  const main: ViewRow = {
    cells: row.claims.length > 0 ? cells(name, row.claims, row.docs) : cells(name, [], [...new Set(row.history.flatMap((claim) => claim.docs))], row.history),
    name,
    conflict: row.conflict,
    party: row.party,
    bounds: rowBounds(shown),
    claims: shown,
    earlier: false,
    marks: ledgerMarks(row),
    names: row.names,
  };
  const parts = row.parts.map((part): ViewRow => ({
    cells: cells(`↳ of ${part.of}: ${part.actor ?? 'part'}`, [part.claim], part.claim.docs),
    name,
    conflict: false,
    party: null,
    bounds: part.claim.bounds,
    claims: [part.claim],
    earlier: true,
    marks: [],
    names: [],
  }));
  if (!options.history) return [main, ...parts];
  const earlier = [...row.history].reverse().map((claim): ViewRow => ({
    cells: cells(claim.status === 'superseded' ? '↳ earlier' : `↳ ${claim.status}`, [claim], claim.docs),
    name,
    conflict: false,
    party: null,
    bounds: claim.bounds,
    claims: [claim],
    earlier: true,
    marks: [],
    names: [],
  }));
  return [main, ...parts, ...earlier];
}

/** Which date columns a section shows. */
interface Dated {
  stated: boolean;
  events: boolean;
}

function columnsFor(first: string, dated: Dated): Column[] {
  return [
    { title: first, align: 'left' },
    { title: 'Estimate', align: 'left' },
    ...(dated.stated ? [{ title: 'Stated', align: 'left' } as const] : []),
    ...(dated.events ? [{ title: 'Event', align: 'left' } as const] : []),
    { title: 'Reports', align: 'right' },
    { title: 'Docs', align: 'left' },
  ];
}

/** The Stated column is shown only where some claim has a date: undated input keeps the narrow table. */
function hasDates(groups: readonly Group[]): boolean {
  return groups.some((group) =>
    group.rows.some((row) => [...row.claims, ...row.history].some((claim) => claim.statements.some((s) => s.date !== null))),
  );
}

/** The Event column is shown only where some sentence names the day of the event. */
function hasEvents(groups: readonly Group[]): boolean {
  return groups.some((group) => group.rows.some((row) => [...row.claims, ...row.history].some((claim) => claim.events.length > 0)));
}
