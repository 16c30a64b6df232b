// A report's own date, read from its head when no date column gave one: a wire dateline with its
// year ("KABUL, March 3, 2024 (Reuters) -"), a publication line ("Published 6 March 2024", "Updated:
// 2024-03-06 10:32 GMT"), a first line that is only a date, or an outlet's header line ("Reuters, 3
// March 2024"). Statements are then dated from it as from a date column (reconcile/dates.ts), so
// that a dossier pasted as paragraphs orders each claimant's tolls. A date that opens a sentence of
// events ("On March 3, 2024, gunmen …", a timeline's "March 3, 2024 — Gunmen kill 12") is the
// event's, never the report's; a dateline without its year ("KABUL, March 3 (Reuters) -") gives none.
import { normalizeDate, WEEKDAYS } from '../calendar.js';

const WEEKDAY = String.raw`(?:${WEEKDAYS.map((day) => day[0]!.toUpperCase() + day.slice(1)).join('|')}),?\s+`;
// "3 March 2024", "March 3, 2024", "Mar. 3 2024", "2024-03-03": what normalizeDate reads, found in running text.
const DATE = String.raw`(\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d{2}-\d{2})`;
// "10:32 GMT", "at 9.15am", "14:05 (UTC+3)" after the date of a publication line.
const TIME = String.raw`(?:[\s,]+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*\(?[A-Z]{2,4}(?:[+-]\d{1,2})?\)?)?)?`;

/** A first line that is a date, alone or after a word of publishing: "Published: Monday, 6 March 2024 10:32 GMT". */
const PUBLICATION_LINE = new RegExp(String.raw`^\s*(?:(?:Published|Updated|Posted|Last updated|First published|Dated?|Issued|Released)(?:\s+on)?(?:\s*:)?\s+)?(?:${WEEKDAY})?${DATE}${TIME}\s*$`);
/** An outlet's header line: a few words without digits, a separator, the date: "Reuters, 3 March 2024", "Al Jazeera | March 3, 2024". */
const HEADER_LINE = new RegExp(String.raw`^\s*[\p{Lu}][\p{L}.&'’ -]{0,50}?\s*(?:,|\||[-–—:])\s*(?:${WEEKDAY})?${DATE}${TIME}\s*$`, 'u');
// Words that open a sentence of events, not a place: "On March 3, 2024, …", "In Kabul, March 3, 2024 —".
const NOT_A_PLACE = String.raw`(?!(?:On|In|At|By|From|Since|Until|As|Between|After|Before|During|Early|Late|${WEEKDAYS.map((day) => day[0]!.toUpperCase() + day.slice(1)).join('|')})\b)`;
const PLACE = String.raw`${NOT_A_PLACE}[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3}`;
/** A wire dateline: place (and region), date, an agency in brackets or none, a dash. */
const DATELINE = new RegExp(String.raw`^\s*${PLACE}(?:,\s*${PLACE}){0,2},\s+(?:${WEEKDAY})?${DATE}\s*(?:\([^()\n]{1,40}\)\s*)?(?:--|[-–—])\s`, 'u');

const YEAR = /\d{4}/;

/** How far into a report its date may stand: a dateline or a header line is at its head. */
const HEAD = 160;

/** The report's date as yyyy-mm-dd when its head states one (see above), else null. */
export function reportDateOf(text: string): string | null {
  const head = text.slice(0, HEAD);
  // Every form states a year: most reports' heads hold none, and skip the patterns.
  if (!YEAR.test(head)) return null;
  const newline = head.indexOf('\n');
  const firstLine = newline === -1 ? head : head.slice(0, newline);
  // A header line is one only with a body after it: a one-line report ending in a date is a sentence.
  const headerLine = newline !== -1 && /\S/.test(text.slice(newline));
  const match = DATELINE.exec(head) ?? PUBLICATION_LINE.exec(firstLine) ?? (headerLine ? HEADER_LINE.exec(firstLine) : null);
  if (match === null) return null;
  // As normalizeDate reads it: "March 3rd, 2024" → "March 3 2024", "Mar. 3" → "Mar 3".
  const iso = normalizeDate(match[1]!.replace(/(\d)(?:st|nd|rd|th)\b/, '$1').replace(/[.,]/g, '').replace(/\s+/g, ' '));
  return iso !== null && /^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso : null;
}
