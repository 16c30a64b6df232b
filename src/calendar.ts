// Calendar words, once for every stage: extract reads them as non-figures ("May 5"), ingest
// parses dates with them, and the rules read weekdays as times, not people.

/** Month names in calendar order, lower case. */
export const MONTH_NAMES = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
] as const;

/** Abbreviations as written with or without a dot: "Sept. 17", "Jan 5". */
export const MONTH_ABBREVIATIONS = [
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
] as const;

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

// Report dates: normalised to ISO yyyy-mm-dd when they are written in an unambiguous common form
// (ingest reads them from a date column, extract from a report's dateline).

// Year first: 2024-03-05, 2024-03-05T10:00:00Z, 2024/3/5.
const YEAR_FIRST = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:$|[T ])/;
// 5 March 2024, 5 Mar. 2024
const DAY_MONTH_YEAR = /^(\d{1,2}) ([A-Za-z]{3,9})\.? (\d{4})$/;
// March 5, 2024, Mar 5 2024
const MONTH_DAY_YEAR = /^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})$/;
// 1/22/2014 12:00:00 AM, 27/01/2014, 27.01.2014: day and month in either order, a time after.
const SLASHED = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?:$|[ T])/;

/** `raw` as yyyy-mm-dd when it parses simply; else trimmed as given; null when empty. Day/month order
 * in 01/02/2024 is ambiguous, so such dates stay raw; 1/22/2014 and 27/01/2014 are not. */
export function normalizeDate(raw: string | null): string | null {
  const value = raw?.trim() ?? '';
  if (value === '') return null;
  let match = YEAR_FIRST.exec(value);
  if (match !== null) return isoDate(match[1]!, Number(match[2]), match[3]!) ?? value;
  match = DAY_MONTH_YEAR.exec(value);
  if (match !== null) return isoDate(match[3]!, monthNumber(match[2]!), match[1]!) ?? value;
  match = MONTH_DAY_YEAR.exec(value);
  if (match !== null) return isoDate(match[3]!, monthNumber(match[1]!), match[2]!) ?? value;
  match = SLASHED.exec(value);
  if (match !== null) {
    // Only a number above 12 (or the two equal) tells which is the day: 1/22/2014, 27/01/2014, 5/5/2014.
    const [first, second] = [Number(match[1]), Number(match[2])];
    if (first > 12 && second <= 12) return isoDate(match[3]!, second, match[1]!) ?? value;
    if (second > 12 && first <= 12 || first === second) return isoDate(match[3]!, first, match[2]!) ?? value;
  }
  return value;
}

/** 1-12 for a month name or its abbreviation of at least three letters ("Sept" too), else 0. */
function monthNumber(name: string): number {
  const lower = name.toLowerCase();
  return lower === 'sept' ? 9 : MONTH_NAMES.findIndex((month) => month.startsWith(lower)) + 1;
}

function isoDate(year: string, month: number, day: string): string | null {
  const date = new Date(Date.UTC(Number(year), month - 1, Number(day)));
  const valid = month >= 1 && month <= 12 && date.getUTCDate() === Number(day) && date.getUTCMonth() === month - 1;
  return valid ? `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}` : null;
}
