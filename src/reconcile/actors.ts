// Who was counted, as a key a group can be built on: "North Korean soldiers", "North Korean
// troops" and "N.K. soldiers" are one group, while the nationality keeps them apart from others.
import { normalisePlaces } from './places.js';
import { dropLeading, phraseTable, replacePhrases, toWords } from './words.js';

/** The key of figures whose actor is unknown (null in the Figure). */
const NO_ACTOR = 'people';

const LEADING_FILLERS = new Set(['the', 'a', 'an', 'some', 'other', 'others', 'more', 'another', 'those', 'these']);

const IRREGULAR_SINGULARS = new Map([
  ['people', 'people'],
  ['persons', 'people'],
  ['person', 'people'],
  ['men', 'man'],
  ['women', 'woman'],
  ['children', 'child'],
  ['policemen', 'policeman'],
  ['servicemen', 'serviceman'],
  ['crewmen', 'crewman'],
]);

// Applied after singularising: words reports use for the same people.
const SAME_PEOPLE = phraseTable({
  troop: 'soldier',
  serviceman: 'soldier',
  servicemember: 'soldier',
  'service member': 'soldier',
  'military personnel': 'soldier',
});

/** "North Korean troops" → "north korea soldier"; null or blank → "people". */
export function actorKey(actor: string | null): string {
  const words = dropLeading(toWords(actor ?? ''), LEADING_FILLERS);
  if (words.length === 0) return NO_ACTOR;
  const places = normalisePlaces(words);
  const singular = [...places.slice(0, -1), singularise(places.at(-1)!)];
  return replacePhrases(singular, SAME_PEOPLE).join(' ');
}

function singularise(word: string): string {
  const irregular = IRREGULAR_SINGULARS.get(word);
  if (irregular) return irregular;
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(?:ss|x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  // "Iraqis" → "iraqi" but "press", "status" stay.
  if (word.endsWith('s') && !/(?:ss|us)$/.test(word)) return word.slice(0, -1);
  return word;
}
