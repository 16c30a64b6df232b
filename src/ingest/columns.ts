// Which CSV columns or NDJSON keys hold the text, id, source and date. Names match case-insensitively.

import { DEFAULT_COLUMNS, DEFAULT_TEXT_COLUMNS, type Settings } from './options.js';
import type { Problems } from './problems.js';

export interface Columns {
  text: number;
  id: number | null;
  source: number | null;
  date: number | null;
}

/** Resolves the columns from a CSV header, or reports why it cannot (and returns null). */
export function chooseColumns(header: string[], line: number, settings: Settings, problems: Problems): Columns | null {
  const names = header.map((name) => name.trim());
  warnAboutDuplicates(names, line, problems);
  const listed = names.join(', ');
  const textName = settings.textColumn ?? DEFAULT_TEXT_COLUMNS.find((name) => findName(names, name) !== -1);
  if (textName === undefined) {
    problems.fail(line, 'CSV_NO_TEXT_COLUMN', { columns: listed }, 'name one with --text-column');
    return null;
  }
  const wanted = { text: textName, id: settings.idColumn, source: settings.sourceColumn, date: settings.dateColumn };
  const columns: Columns = { text: -1, id: null, source: null, date: null };
  let detected = settings.textColumn === undefined;
  for (const role of ['text', 'id', 'source', 'date'] as const) {
    const name = wanted[role];
    if (name === undefined) {
      // A well-known name, taken when no flag names the role (and never the text column twice).
      const index = role === 'text' ? -1 : DEFAULT_COLUMNS[role].map((known) => findName(names, known)).find((i) => i !== -1 && i !== columns.text) ?? -1;
      if (index !== -1) {
        columns[role] = index;
        detected = true;
      }
      continue;
    }
    const index = findName(names, name);
    if (index === -1) {
      problems.fail(line, 'CSV_NO_COLUMN', { name, columns: listed });
      return null;
    }
    columns[role] = index;
  }
  // Said once, when toll chose any column itself: which ones it reads.
  if (detected) problems.note(line, 'CSV_COLUMNS', { columns: describeColumns(columns, names) });
  return columns;
}

/** "text=body, id=id, source=outlet, date=published". */
function describeColumns(columns: Columns, names: readonly string[]): string {
  return (['text', 'id', 'source', 'date'] as const)
    .filter((role) => columns[role] !== null)
    .map((role) => `${role}=${names[columns[role]!]}`)
    .join(', ');
}

/** The index of the first name equal to `wanted` ignoring case, or -1. */
function findName(names: readonly string[], wanted: string): number {
  const exact = names.indexOf(wanted);
  if (exact !== -1) return exact;
  const lower = wanted.toLowerCase();
  return names.findIndex((name) => name.toLowerCase() === lower);
}

/** The key of `object` naming the text: the configured one, else the first default present. */
export function findTextKey(object: Record<string, unknown>, configured: string | undefined): string | undefined {
  if (configured !== undefined) return findKey(object, configured);
  for (const name of DEFAULT_TEXT_COLUMNS) {
    const key = findKey(object, name);
    if (key !== undefined) return key;
  }
  return undefined;
}

export function findKey(object: Record<string, unknown>, wanted: string): string | undefined {
  if (Object.hasOwn(object, wanted)) return wanted;
  const keys = Object.keys(object);
  const index = findName(keys, wanted);
  return index === -1 ? undefined : keys[index];
}

function warnAboutDuplicates(names: readonly string[], line: number, problems: Problems): void {
  const seen = new Set<string>();
  const warned = new Set<string>();
  for (const name of names) {
    const key = name.toLowerCase();
    if (name !== '' && seen.has(key) && !warned.has(key)) {
      problems.warn(line, 'CSV_DUPLICATE_COLUMN', { name });
      warned.add(key);
    }
    seen.add(key);
  }
}
