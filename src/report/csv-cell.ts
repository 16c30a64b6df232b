// CSV records per RFC 4180 (fields holding a quote, comma or line break are quoted, quotes
// doubled; records end with \n), guarded against formula injection: a spreadsheet runs a text
// cell that starts with = + - @, tab or CR, so such cells get a leading ' (OWASP; csv-stringify's
// escape_formulas). Numbers are never prefixed: -5 stays a number.

import { neutralizeCsvText } from './sanitize.js';

export type CsvValue = string | number | boolean | null;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvRecord(values: readonly CsvValue[], escapeFormulas: boolean): string {
  return values.map((value) => csvField(value, escapeFormulas)).join(',');
}

function csvField(value: CsvValue, escapeFormulas: boolean): string {
  if (value === null) return '';
  // A non-finite number is no count: an empty cell, never "Infinity" or "NaN".
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return String(value);
  const shown = neutralizeCsvText(value);
  const text = escapeFormulas && FORMULA_START.test(shown) ? `'${shown}` : shown;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
