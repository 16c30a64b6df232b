// Countries apart: an event that strikes two countries (an earthquake across a border) has a toll in
// each, kept by each country's authority. Where the unscoped figures of one category name two or
// more countries ("the death toll in Vardania rose to 610", "raised the toll in Ostrel to 212"), each
// figure takes its country as its place, so that each country's ledger is compared only with its own.
import type { Figure } from '../figure.js';
import { isCountry, normalisePlaces } from './places.js';
import { eventOf, withScope } from './scope.js';
import { toWords } from './words.js';

/** An event of one slot strikes two or three countries; a run naming more is many events. */
const MOST_COUNTRIES = 3;
/** More figures of one category than this in one slot are an archive's, not one event's reports. */
const MOST_FIGURES = 2000;
/** "in Vardania", "in Ukraine's Kharkiv region": a capitalised name after "in". */
const IN_NAME = /\bin (?:the )?(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)/gu;
/** "in the country", "the country's toll": the country of the body that speaks. */
const THE_COUNTRY = /\bthe country\b/i;
/** "Vardania's disaster authority": the possessive that opens a claimant's name. */
const POSSESSIVE_LEAD = /^(?:the )?(\p{Lu}\p{Ll}+)['’]s /u;

/**
 * The figures whose place is set to their country (index → figure with `scope.place`), only in an
 * event and category whose unscoped figures name two countries or more. A figure takes the one
 * country its sentence names after "in"; else, for "the country", its claimant's; else the one country
 * of its claimant's other figures there. Figures of no country stay as they are.
 */
export function countriesApart(
  figures: readonly Figure[], claimantKey: (i: number) => string, perRecord: boolean,
): Map<number, Figure> {
  const apart = new Map<number, Figure>();
  // Countries the run names by a body's possessive ("Vardania's …"), which the gazetteer need not know.
  const named = new Set<string>();
  for (const figure of figures) {
    const lead = figure.source === null ? null : POSSESSIVE_LEAD.exec(figure.source);
    if (lead) named.add(lead[1]!.toLowerCase());
  }
  // A country by its name ("Iraq", "the United States", "the US"), never its demonym: "in Chinese
  // mines" names no place.
  const countryOf = (name: string) => {
    const place = toWords(name).join(' ');
    if (isCountry(place) || named.has(place)) return place;
    const abbreviated = /^\p{Lu}[\p{Lu}.]+$/u.test(name) ? normalisePlaces(toWords(name)).join(' ') : null;
    return abbreviated !== null && isCountry(abbreviated) ? abbreviated : null;
  };
  // Sentences repeat over a report's figures: each is read once in a row.
  let lastSentence: string | null = null;
  let lastCountry: { key: string; written: string } | null = null;
  const inSentence = (sentence: string) => {
    if (sentence === lastSentence) return lastCountry;
    lastSentence = sentence;
    const found = new Map<string, string>();
    if (sentence.includes(' in ')) {
      for (const match of sentence.matchAll(IN_NAME)) {
        const written = match[1]!.replace(/['’]s$/u, '').split(' ')[0]!;
        const key = countryOf(written) ?? countryOf(match[1]!.replace(/['’]s$/u, ''));
        if (key !== null && !found.has(key)) found.set(key, written);
      }
    }
    lastCountry = found.size === 1 ? [...found].map(([key, written]) => ({ key, written }))[0]! : null;
    return lastCountry;
  };
  // The one country a figure's sentence names after "in", else for "the country" its claimant's.
  const countryOfFigure = (figure: Figure): { key: string; written: string } | null => {
    const named = inSentence(figure.sentence);
    if (named !== null || figure.source === null || !THE_COUNTRY.test(figure.sentence)) return named;
    const lead = POSSESSIVE_LEAD.exec(figure.source);
    const key = lead ? countryOf(lead[1]!) : null;
    return key === null ? null : { key, written: lead![1]! };
  };
  const slotOf = (figure: Figure) => `${eventOf(figure, perRecord) ?? ''}\u0000${figure.category}`;
  const unscoped = (figure: Figure) => !figure.scope || (!figure.scope.place && !figure.scope.period && !figure.scope.incident && !figure.scope.deaths);
  // The countries each slot's figures name; a slot naming more than a few is many events, not one,
  // and so is a slot of more figures than a dossier holds (an archive read as one run).
  const sizes = new Map<string, number>();
  for (const figure of figures) {
    const slot = slotOf(figure);
    sizes.set(slot, (sizes.get(slot) ?? 0) + 1);
  }
  const slots = new Map<string, Map<string, string>>();
  figures.forEach((figure) => {
    const country = unscoped(figure) && sizes.get(slotOf(figure))! <= MOST_FIGURES ? countryOfFigure(figure) : null;
    if (country === null) return;
    const slot = slotOf(figure);
    const countries = slots.get(slot) ?? new Map<string, string>();
    if (!countries.has(country.key)) countries.set(country.key, country.written);
    slots.set(slot, countries);
  });
  const split = new Set([...slots].filter(([, countries]) => countries.size > 1 && countries.size <= MOST_COUNTRIES).map(([slot]) => slot));
  if (split.size === 0) return apart;
  // Each claimant's countries in a slot that splits.
  const found = new Map<number, string>();
  const ledgers = new Map<string, Set<string>>();
  figures.forEach((figure, i) => {
    const slot = slotOf(figure);
    const country = split.has(slot) && unscoped(figure) ? countryOfFigure(figure) : null;
    if (country === null) return;
    found.set(i, country.key);
    const ledger = `${slot}\u0000${claimantKey(i)}`;
    ledgers.set(ledger, (ledgers.get(ledger) ?? new Set()).add(country.key));
  });
  figures.forEach((figure, i) => {
    const slot = slotOf(figure);
    if (!split.has(slot) || !unscoped(figure)) return;
    const countries = slots.get(slot)!;
    let key = found.get(i) ?? null;
    if (key === null) {
      const own = ledgers.get(`${slot}\u0000${claimantKey(i)}`);
      key = own?.size === 1 ? [...own][0]! : null;
    }
    if (key === null || !countries.has(key)) return;
    apart.set(i, withScope(figure, { ...figure.scope, place: `in ${countries.get(key)!}` }));
  });
  return apart;
}
