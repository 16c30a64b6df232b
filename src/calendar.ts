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
