// What the blind dossier tests (dossier-round2 … round9) read of `toll reconcile --format json`: the groups of a
// CSV of dated excerpts, and the rows, ledgers and pairs an analyst's expectation is written against.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toll } from './helpers.js';

export interface Claim { label: string; status: string; events: string[]; statements: { date: string | null }[] }
export interface Row { display: string; party: string | null; claims: Claim[]; history: Claim[]; parts: { actor: string; claim: Claim }[]; names: { written: string }[] }
export interface Group {
  actor: string | null; actorKey: string | null; category: string; scope: string | null; rows: Row[];
  disagreements: { a: string; b: string }[]; compatible: { a: string; b: string }[];
  digest: { text: string; outliers: unknown[] } | null; summary: { label: string } | null;
}

/** Every dossier is a CSV of id, date, outlet and text. */
export const ARGS = ['--quiet', '--input-format', 'csv', '--id-column', 'id', '--date-column', 'date', '--source-column', 'outlet'];

export const groupsOf = (csv: string, extra: string[] = []): Group[] => JSON.parse(toll([...ARGS, ...extra, '--format', 'json'], { input: csv }).stdout).groups;
export const find = (groups: Group[], actor: string, category: string, scope: string | null = null) =>
  groups.find((group) => group.actor === actor && group.category === category && group.scope === scope)!;
const named = (row: Row, display: string | RegExp) => (typeof display === 'string' ? row.display === display : display.test(row.display));
/** The group of a category that holds a row of this claimant, whatever its actor and scope. */
export const holding = (groups: Group[], category: string, display: string | RegExp) =>
  groups.find((group) => group.category === category && group.rows.some((row) => named(row, display)))!;
/** The group of a category that holds a claim of this label, current or earlier. */
export const holdingLabel = (groups: Group[], category: string, label: string) =>
  groups.find((group) => group.category === category && group.rows.some((row) => [...row.claims, ...row.history].some((c) => c.label === label)))!;
export const rowOf = (group: Group, display: string | RegExp) => group.rows.find((row) => named(row, display))!;
/** Each row as [who, current figures, earlier figures, party flag]. */
export const groupLedger = (group: Group) => group.rows.map((row) => [row.display, row.claims.map((c) => c.label), row.history.map((c) => c.label), row.party]);
/** Each row as [who, current figures, earlier figures with their status]. */
export const statuses = (group: Group) => group.rows.map((row) => [row.display, row.claims.map((c) => c.label), row.history.map((c) => `${c.status} ${c.label}`)]);
export const currentLabels = (groups: Group[]) => groups.flatMap((group) => group.rows.flatMap((row) => row.claims.map((c) => c.label)));
export const labelsOf = (groups: Group[]) => groups.flatMap((group) => group.rows.flatMap((row) => [...row.claims, ...row.history].map((c) => c.label)));
/** A group's conflicting pairs, each "a / b" in name order, sorted. */
export const pairsOf = (group: Group) => group.disagreements.map((pair) => [pair.a, pair.b].sort().join(' / ')).sort();
/** A registry file for --aliases, in a directory of its own. */
export const aliasesFile = (name: string, registry: unknown) => {
  const file = join(mkdtempSync(join(tmpdir(), 'toll-dossier-')), name);
  writeFileSync(file, JSON.stringify(registry));
  return file;
};
export const rowsOf = (group: Group, display: RegExp) => group.rows.filter((row) => display.test(row.display));
/** A row's current figures and its superseded ones, in order. */
export const ledger = (row: Row) => [row.claims.map((c) => c.label), row.history.filter((c) => c.status === 'superseded').map((c) => c.label)];
export const withStatus = (row: Row, status: string) => row.history.filter((c) => c.status === status).map((c) => c.label);
export const partLabels = (row: Row) => row.parts.map((part) => part.claim.label).sort();
export const pairText = (pairs: { a: string; b: string }[]) => pairs.map((pair) => `${pair.a} / ${pair.b}`);
/** The group of a category with no scope of its own: the event's. */
export const eventGroup = (groups: Group[], category: string) => groups.find((group) => group.category === category && group.scope === null)!;
