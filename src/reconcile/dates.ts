// When a claim was stated, as yyyy-mm-dd: a day the figure's sentence names as the day of the
// statement ("Zelenskyy said on Saturday", "On 19 December, officials said") read by chrono-node
// relative to the report date, else the report date itself. Any other day the sentence names ("40
// were killed in the blast on Tuesday") is the day of the event, kept apart: it never decides which
// figure is latest. Statements are in the past, so a weekday or a day without a year that chrono
// puts after the report date is taken from the week or year before.
// English only: the package root also loads a dozen other locales, which costs start-up time.
import * as chrono from 'chrono-node/en';
import type { ParsedResult } from 'chrono-node';
import type { Figure } from '../figure.js';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
// A reporting verb next to a date ("said on Tuesday", "On Tuesday, police said") makes it the day of
// the statement, unless the words between speak of the event ("said 40 were killed on Tuesday").
const REPORTING_VERB = /\b(?:said|says|told|reported|reports|announced|stated|added|confirmed|tweeted|posted|wrote)\b/gi;
// Dossier round 7: riots, clashes, crushes, sinkings and the like ("Inmates rioted on Sunday, and the ministry said").
const EVENT_WORDS = /\d|\b(?:kill|die|dead|death|wound|injur|blast|attack|strike|explo|bomb|shell|raid|crash|flood|storm|collaps|drown|fire|hit|riot|clash|fight|stampede|crush|sank|sink|capsiz|derail|erupt|quake|massacr|ambush|shoot|shot)/i;
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

/** The day a figure was stated and the day of the event it counts, each null when nothing dates it. */
export interface FigureDays {
  stated: string | null;
  event: string | null;
}

/** The day each figure was stated (see the module comment), null when nothing dates it. */
export function statedDays(figures: readonly Pick<Figure, 'date' | 'sentence'>[]): (string | null)[] {
  return figureDays(figures).map((days) => days.stated);
}

/** The statement day and event day of each figure. */
export function figureDays(figures: readonly Pick<Figure, 'date' | 'sentence'>[]): FigureDays[] {
  return figures.map(dayReader());
}

/** The statement day and event day of a figure, one figure at a time; the answer is shared by figures of one date and sentence. */
export function dayReader(): (figure: Pick<Figure, 'date' | 'sentence'>) => FigureDays {
  // Reports repeat sentences (wire copy) and dates: each pair is read once. Keyed by date, then by
  // the sentence itself: a key joining the two would copy every sentence.
  const known = new Map<string | null, Map<string, FigureDays>>();
  return (figure) => {
    let ofDate = known.get(figure.date);
    if (ofDate === undefined) known.set(figure.date, ofDate = new Map());
    let days = ofDate.get(figure.sentence);
    if (days === undefined) {
      const reported = reportDay(figure.date);
      const named = namedDays(figure.sentence, reported);
      ofDate.set(figure.sentence, days = { stated: named.stated ?? reported, event: named.event });
    }
    return days;
  };
}

function namedDays(sentence: string, reported: string | null): FigureDays {
  const reference = reported === null ? null : new Date(`${reported}T12:00:00Z`);
  const days = chrono
    .parse(sentence, { instant: reference ?? new Date(0), timezone: 0 })
    .filter((result) => (reference === null ? WRITTEN_YEAR.test(result.text) && result.start.isCertain('day') : namesADay(result)));
  const statement = days.find((result) => verbBefore(sentence, result)) ?? days.find((result) => verbAfter(sentence, result))
    ?? days.find((result) => tollBefore(sentence, result));
  const event = days.find((result) => result !== statement);
  return { stated: statement ? pastDay(statement, reference) : null, event: event ? pastDay(event, reference) : null };
}

/** "said on Tuesday": a reporting verb before the date, with no word of the event between. */
function verbBefore(sentence: string, result: ParsedResult): boolean {
  const before = sentence.slice(Math.max(0, result.index - VERB_WINDOW), result.index);
  let gap: string | null = null;
  REPORTING_VERB.lastIndex = 0;
  for (let match = REPORTING_VERB.exec(before); match; match = REPORTING_VERB.exec(before)) gap = before.slice(match.index + match[0].length);
  return gap !== null && !EVENT_WORDS.test(gap);
}

/**
 * "On Tuesday, police said": a reporting verb after the date, with no word of the event between,
 * nor before the date ("the blast killed 40 on Monday, police said" dates the blast).
 */
function verbAfter(sentence: string, result: ParsedResult): boolean {
  if (EVENT_WORDS.test(sentence.slice(0, result.index))) return false;
  const after = sentence.slice(result.index + result.text.length, result.index + result.text.length + VERB_WINDOW);
  REPORTING_VERB.lastIndex = 0;
  const match = REPORTING_VERB.exec(after);
  return match !== null && !EVENT_WORDS.test(after.slice(0, match.index));
}

// "put the toll at 5,894 on Wednesday", "the death toll rose to 40 on Tuesday": a toll given its
// number, then the day: the day the count was given, not the day of the event. Read word by word
// (a pattern anchored at the end would rescan the words before it).
const TOLL_NOUNS = new Set(['toll', 'tally', 'total', 'count']);
const LINKS_TO_NUMBER = new Set(['at', 'to']);
/** Qualifiers between the link and the number: "at more than 5,000", "to at least 40". */
const QUALIFIERS: readonly (readonly string[])[] = [['more', 'than'], ['at', 'least'], ['about'], ['over'], ['nearly'], ['some']];
const TOLL_REACH = 8;

function tollBefore(sentence: string, result: ParsedResult): boolean {
  const words = sentence.slice(Math.max(0, result.index - 80), result.index).toLowerCase().split(/\s+/).filter((word) => word !== '');
  if (words.at(-1) === 'on') words.pop();
  if (!/^\d[\d,.]*$/.test(words.pop() ?? '')) return false;
  const qualifier = QUALIFIERS.find((phrase) => phrase.every((word, k) => words[words.length - phrase.length + k] === word));
  if (qualifier) words.length -= qualifier.length;
  const link = words.length - 1;
  return LINKS_TO_NUMBER.has(words[link] ?? '') && words.slice(Math.max(0, link - TOLL_REACH), link).some((word) => TOLL_NOUNS.has(word));
}

function pastDay(chosen: ParsedResult, reference: Date | null): string | null {
  const { start } = chosen;
  const day = new Date(Date.UTC(start.get('year')!, start.get('month')! - 1, start.get('day')!, 12));
  if (reference === null || day <= reference) return isoOf(day);
  if (!start.isCertain('day')) return isoOf(new Date(day.getTime() - 7 * DAY_MS));
  if (!start.isCertain('year')) return isoOf(new Date(Date.UTC(day.getUTCFullYear() - 1, day.getUTCMonth(), day.getUTCDate(), 12)));
  // A date after the report with its year written out is no day of the statement.
  return null;
}

function namesADay(result: ParsedResult): boolean {
  return (result.start.isCertain('day') || result.start.isCertain('weekday')) && !PERIOD.test(result.text) && !COUNT_AS_YEAR.test(result.text);
}

/** "since June 1, 96 of them in Kesh state": a count after a day and a comma, which chrono reads as a year (dossier round 11). */
const COUNT_AS_YEAR = /,\s*\d{2}$/;

/**
 * "in the past week", "over the last 24 hours", "over the weekend": a period counted, which chrono dates
 * to its first day; no day of anything.
 */
const PERIOD = /^(?:the\s+)?(?:past|last|previous)\s+(?:\d+\s+|few\s+)?(?:hours?|days?|weeks?|months?|years?)$|^(?:the\s+|this\s+|last\s+)?weekend\b/i;

function isoOf(day: Date): string {
  return isoDay(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate());
}

function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
