// A small gazetteer: demonyms, abbreviations and alternative names → one country form, so that
// "South Korean", "South Korea's", "S. Korea" and "ROK" compare equal in source and actor names.
import { phraseTable, replacePhrases, toWords } from './words.js';

const COUNTRY_FORMS: Record<string, string> = {
  afghan: 'afghanistan',
  american: 'united states',
  america: 'united states',
  us: 'united states',
  usa: 'united states',
  'united states of america': 'united states',
  armenian: 'armenia',
  azerbaijani: 'azerbaijan',
  azeri: 'azerbaijan',
  belarusian: 'belarus',
  british: 'united kingdom',
  uk: 'united kingdom',
  britain: 'united kingdom',
  burmese: 'myanmar',
  chinese: 'china',
  congolese: 'congo',
  egyptian: 'egypt',
  eritrean: 'eritrea',
  ethiopian: 'ethiopia',
  filipino: 'philippines',
  philippine: 'philippines',
  french: 'france',
  gazan: 'gaza',
  georgian: 'georgia',
  german: 'germany',
  indian: 'india',
  iranian: 'iran',
  iraqi: 'iraq',
  israeli: 'israel',
  japanese: 'japan',
  jordanian: 'jordan',
  kenyan: 'kenya',
  korean: 'korea',
  lebanese: 'lebanon',
  libyan: 'libya',
  malian: 'mali',
  nepalese: 'nepal',
  nigerian: 'nigeria',
  'north korean': 'north korea',
  'n korea': 'north korea',
  'n korean': 'north korea',
  nk: 'north korea',
  dprk: 'north korea',
  pakistani: 'pakistan',
  palestinian: 'palestine',
  polish: 'poland',
  russian: 'russia',
  'russian federation': 'russia',
  saudi: 'saudi arabia',
  somali: 'somalia',
  'south korean': 'south korea',
  's korea': 'south korea',
  's korean': 'south korea',
  rok: 'south korea',
  sudanese: 'sudan',
  'south sudanese': 'south sudan',
  syrian: 'syria',
  turkish: 'turkey',
  türkiye: 'turkey',
  ukrainian: 'ukraine',
  yemeni: 'yemen',
};

const PLACE_PHRASES = phraseTable(COUNTRY_FORMS);
const PLACES = new Set([...Object.values(COUNTRY_FORMS), 'gaza', 'west bank', 'kyiv', 'moscow', 'seoul']);

/** Rewrites demonyms and alternative names to the country form: "south korean" → "south korea". */
export function normalisePlaces(words: readonly string[]): string[] {
  return replacePhrases(words, PLACE_PHRASES);
}

/** True when the words (already normalised) name a known country or territory. */
export function isPlace(words: readonly string[]): boolean {
  return PLACES.has(words.join(' '));
}

const LONGEST_PLACE = Math.max(...[...PLACES].map((place) => place.split(' ').length));

/** The first known place in the (normalised) words, longest match first: "people in north korea" → "north korea". */
export function findPlace(words: readonly string[]): string | null {
  for (let start = 0; start < words.length; start++) {
    for (let length = Math.min(LONGEST_PLACE, words.length - start); length > 0; length--) {
      const phrase = words.slice(start, start + length).join(' ');
      if (PLACES.has(phrase)) return phrase;
    }
  }
  return null;
}

/** A sentence's words with its places normalised, spaced for whole-word tests (namesPlace). */
export function placeWords(sentence: string): string {
  return ` ${normalisePlaces(toWords(sentence)).join(' ')} `;
}

/** Does the sentence (placeWords) name the place, as a whole word or words ("Gaza" in "Gaza City")? */
export function namesPlace(words: string, place: string): boolean {
  return words.includes(` ${normalisePlaces(toWords(place)).join(' ')} `);
}

// How a demonym is made from a place's name: Vardania → Vardanian, Ostrel → Ostrelian, Lomara → Lomaran.
const DEMONYM_ENDINGS = ['n', 'an', 'ian', 'ese', 'i'];

/** The demonyms a place's name (lower case, one word) may make: "tarsia" → "tarsian", "tarsiaan", …; none for a known place (the gazetteer has its own). */
export function demonymForms(place: string): string[] {
  if (place.includes(' ') || PLACES.has(place)) return [];
  const stems = new Set([place, place.replace(/[aeiou]$/, '')]);
  return [...stems].flatMap((stem) => DEMONYM_ENDINGS.map((ending) => stem + ending)).filter((form) => form !== place);
}

/** A country or territory of the gazetteer (not a city: "in Kyiv" lies in "in Ukraine"). */
export function isCountry(place: string): boolean {
  return COUNTRIES.has(place);
}

const COUNTRIES = new Set([...Object.values(COUNTRY_FORMS), 'gaza', 'west bank']);
