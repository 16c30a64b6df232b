// NDJSON: one JSON object per line. A bad line is reported and skipped; reading goes on.

import { hasFigureKeys, type Report } from '../figure.js';
import { findKey, findTextKey } from './columns.js';
import { normalizeDate } from '../calendar.js';
import { hasText, lineBatches } from './lines.js';
import { docOf, formatSize, type Settings } from './options.js';
import type { Problems } from './problems.js';

export async function* readNdjson(chunks: AsyncIterable<Buffer>, settings: Settings, problems: Problems): AsyncGenerator<Report> {
  // Only the start of the input can be a pretty-printed JSON document.
  let seenContent = settings.continuation;
  for await (const lines of lineBatches(chunks, settings.maxRecordSize, settings.firstLine)) {
    for (const { number, text: line } of lines) {
      if (line === null) {
        problems.error(number, 'RECORD_TOO_LONG', { limit: formatSize(settings.maxRecordSize) });
        continue;
      }
      if (!hasText(line)) continue;
      const first = !seenContent;
      seenContent = true;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        if (first && startsJsonDocument(line)) {
          const convert = line.trim() === '{' ? 'jq -c .' : "jq -c '.[]'";
          problems.fail(number, 'JSON_DOCUMENT', {}, `convert it with: ${convert}`);
          return;
        }
        problems.error(number, 'JSON_MALFORMED', {}, 'each line must be one JSON object');
        continue;
      }
      const report = toReport(value, number, settings, problems);
      if (report !== null) yield report;
    }
  }
}

function toReport(value: unknown, line: number, settings: Settings, problems: Problems): Report | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.error(line, 'JSON_NOT_OBJECT', { kind: jsonKind(value) });
    return null;
  }
  const object = value as Record<string, unknown>;
  const textKey = findTextKey(object, settings.textColumn);
  if (textKey === undefined) {
    const keys = Object.keys(object).join(', ');
    // A figure of toll extract among reports: say how figure streams are read.
    const hint = hasFigureKeys(object) ? 'a figure of toll extract: reconcile figure streams on their own, or with --input-format figures' : 'name one with --text-column';
    if (settings.textColumn === undefined) problems.error(line, 'JSON_NO_TEXT_KEY', { keys }, hint);
    else problems.error(line, 'JSON_NO_KEY', { name: settings.textColumn, keys });
    return null;
  }
  const text = object[textKey];
  if (typeof text !== 'string') {
    problems.error(line, 'JSON_TEXT_NOT_STRING', { name: textKey, kind: jsonKind(text) });
    return null;
  }
  if (!hasText(text)) {
    problems.emptyRecord();
    return null;
  }
  const id = scalar(object, settings.idColumn);
  const report: Report = {
    file: problems.file,
    line,
    doc: docOf(settings, problems.file, id ?? String(line)),
    text,
    source: scalar(object, settings.sourceColumn),
    date: normalizeDate(scalar(object, settings.dateColumn)),
  };
  if (id !== null) report.idGiven = true;
  const kept = settings.keepColumns.flatMap((name) => {
    const value = scalar(object, name);
    return value === null ? [] : [[name, value] as const];
  });
  if (kept.length > 0) report.columns = Object.fromEntries(kept);
  return report;
}

/** A string, number or boolean value as text; null when the key is absent, empty or not a scalar. */
function scalar(object: Record<string, unknown>, name: string | undefined): string | null {
  const key = name === undefined ? undefined : findKey(object, name);
  const value = key === undefined ? undefined : object[key];
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : null;
}

/** A pretty-printed JSON file starts with a lone "{" or an array: neither parses as one line. */
function startsJsonDocument(line: string): boolean {
  const trimmed = line.trim();
  return trimmed === '{' || trimmed.startsWith('[');
}

function jsonKind(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}
