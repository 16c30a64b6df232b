// When a claim was stated, as yyyy-mm-dd: a day the figure's sentence names ("Zelenskyy said on
// Saturday", "on 19 December") read by chrono-node relative to the report date, else the report
// date itself. Statements are in the past, so a weekday or a day without a year that chrono puts
// after the report date is taken from the week or year before.
// English only: the package root also loads a dozen other locales, which costs start-up time.
import * as chrono from 'chrono-node/en';
import type { ParsedResult } from 'chrono-node';
import type { Figure } from '../figure.js';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
// A reporting verb shortly before a date names the day of the statement rather than of the event.
const REPORTING_VERB = /\b(?:said|says|told|reported|reports|announced|stated|added|confirmed)\b/i;
const VERB_WINDOW = 40;
// Without a report date only absolute dates can be trusted; their year is written in digits.
const WRITTEN_YEAR = /\d{4}/;
const DAY_MS = 24 * 60 * 60 * 1000;

/** A report date as yyyy-mm-dd: ISO as ingest gives it, else as chrono-node reads it ("1/22/2014 12:00:00 AM"), else null. */
export function reportDay(raw: string | null): string | null {
  if (raw === null) return null;
  if (ISO_DAY.test(raw)) return raw;
  const [result] = chrono.parse(raw, { instant: new Date(0), timezone: 0 });
  if (!result || !WRITTEN_YEAR.test(result.text) || !result.start.isCertain('day')) return null;
  return isoDay(result.start.get('year')!, result.start.get('month')!, result.start.get('day')!);
}

/** The day each figure was stated (see the module comment), null when nothing dates it. */
export function statedDays(figures: readonly Pick<Figure, 'date' | 'sentence'>[]): (string | null)[] {
  // Reports repeat sentences (wire copy) and dates: each pair is read once.
  const known = new Map<string, string | null>();
  return figures.map((figure) => {
    const cacheKey = `${figure.date ?? ''}\n${figure.sentence}`;
    if (!known.has(cacheKey)) {
      const reported = reportDay(figure.date);
      known.set(cacheKey, namedDay(figure.sentence, reported) ?? reported);
    }
    return known.get(cacheKey)!;
  });
}

function namedDay(sentence: string, reported: string | null): string | null {
  const reference = reported === null ? null : new Date(`${reported}T12:00:00Z`);
  const days = chrono
    .parse(sentence, { instant: reference ?? new Date(0), timezone: 0 })
    .filter((result) => (reference === null ? WRITTEN_YEAR.test(result.text) && result.start.isCertain('day') : namesADay(result)));
  if (days.length === 0) return null;
  const statement = days.find((result) => REPORTING_VERB.test(sentence.slice(Math.max(0, result.index - VERB_WINDOW), result.index)));
  const chosen = statement ?? days.at(-1)!;
  const { start } = chosen;
  const day = new Date(Date.UTC(start.get('year')!, start.get('month')! - 1, start.get('day')!, 12));
  if (reference === null || day <= reference) return isoOf(day);
  if (!start.isCertain('day')) return isoOf(new Date(day.getTime() - 7 * DAY_MS));
  if (!start.isCertain('year')) return isoOf(new Date(Date.UTC(day.getUTCFullYear() - 1, day.getUTCMonth(), day.getUTCDate(), 12)));
  // A date after the report with its year written out is no day of the statement.
  return null;
}

function namesADay(result: ParsedResult): boolean {
  return result.start.isCertain('day') || result.start.isCertain('weekday');
}

function isoOf(day: Date): string {
  return isoDay(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate());
}

function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
