// Who was counted, as a key a group can be built on: "North Korean soldiers", "North Korean
// troops", "N.K. soldiers" and "Korean People's Army soldiers" are one group, while the side
// (nationality or armed group) keeps them apart from others. The role (military, civilian,
// unspecified) is read from the head noun; it describes the group but never merges groups,
// since "children" are a part of "civilians", not another name for them.
import { demonymForms, findPlace, isPlace, normalisePlaces } from './places.js';
import { dropLeading, phraseTable, replacePhrases, toWords } from './words.js';

export type Role = 'military' | 'civilian' | 'unspecified';

/** Who was counted, normalised: `key` decides the group; `side` is a display name ("North Korea"). */
export interface ActorIdentity {
  key: string;
  side: string | null;
  role: Role;
}

/** The key of figures whose actor is unknown (null in the Figure). */
const NO_ACTOR = 'people';

const LEADING_FILLERS = new Set(['the', 'a', 'an', 'some', 'other', 'others', 'more', 'another', 'those', 'these']);

// Forces named as an organisation: their state and "soldier", so that "KPA soldiers" and
// "North Korean troops" meet. Applied before the places, which would read "korean" alone.
const ARMED_FORCES = phraseTable({
  'korean people army': 'north korea soldier',
  kpa: 'north korea soldier',
  idf: 'israel soldier',
  'israel defense forces': 'israel soldier',
  'israel defence forces': 'israel soldier',
  'israeli defense forces': 'israel soldier',
  'israeli defence forces': 'israel soldier',
  'red army': 'russia soldier',
  // Ukraine's armed forces by their Russian (VSU, APU), Ukrainian (ZSU) and English (AFU) initials,
  // as Russian and Ukrainian statements write them: a side of the registry's Russia–Ukraine war.
  apu: 'ukraine soldier',
  afu: 'ukraine soldier',
  zsu: 'ukraine soldier',
  vsu: 'ukraine soldier',
  'armed forces of ukraine': 'ukraine soldier',
});

// Armed groups that are a side of a conflict without being a place.
const ARMED_GROUPS = new Set(['hamas', 'hezbollah', 'taliban', 'houthi', 'islamic state', 'isis', 'isil', 'boko haram', 'al-shabaab', 'wagner']);

const IRREGULAR_SINGULARS = new Map([
  ['people', 'people'],
  ['persons', 'people'],
  ['person', 'people'],
  ['men', 'man'],
  ['women', 'woman'],
  ['children', 'child'],
  ['schoolchildren', 'schoolchild'],
  ['policemen', 'policeman'],
  ['servicemen', 'serviceman'],
  ['crewmen', 'crewman'],
  ['gunmen', 'gunman'],
]);

// Applied after singularising: words reports use for the same people.
const SAME_PEOPLE = phraseTable({
  troop: 'soldier',
  serviceman: 'soldier',
  servicemember: 'soldier',
  'service member': 'soldier',
  'military personnel': 'soldier',
  military: 'soldier',
  army: 'soldier',
  force: 'soldier',
  'armed force': 'soldier',
  fighter: 'soldier',
  combatant: 'soldier',
  militant: 'soldier',
  'non-combatant': 'civilian',
  // "41 employees", "37 workers", "staff": the people of a workplace, as its owner and the fire service count them.
  employee: 'worker',
  staff: 'worker',
  'staff member': 'worker',
  // "7 prisoners", "23 inmates": the people held in a prison, as its ministry and their families count them.
  inmate: 'prisoner',
  convict: 'prisoner',
  // "11 newborns", "10 infants", "16 babies": the babies of a maternity or neonatal ward, however a
  // magistrate, the hospital and the parents word them.
  newborn: 'baby',
  infant: 'baby',
  // "23 German citizens", "French nationals": the people of that country, as "Germans" are.
  citizen: 'people',
  national: 'people',
  // "15 bodies", "40 victims", "the dead": the people of the toll, whoever they were.
  body: 'people',
  corpse: 'people',
  victim: 'people',
  dead: 'people',
});

const MILITARY_HEADS = new Set([
  'soldier', 'marine', 'sailor', 'airman', 'pilot', 'paratrooper', 'conscript', 'mercenary', 'recruit', 'reservist',
  'commander', 'officer', 'sniper', 'militiaman', 'insurgent', 'rebel', 'gunman', 'jihadist', 'guerrilla',
]);

const CIVILIAN_HEADS = new Set([
  'civilian', 'child', 'schoolchild', 'schoolgirl', 'schoolboy', 'girl', 'boy', 'infant', 'baby', 'newborn', 'woman', 'resident',
  'villager', 'passenger', 'worker', 'employee', 'journalist', 'reporter', 'student', 'pupil', 'teacher', 'patient',
  'doctor', 'nurse', 'medic', 'refugee', 'pilgrim', 'worshipper', 'protester', 'demonstrator', 'shopper', 'tourist',
  'miner', 'farmer', 'fisherman', 'driver', 'citizen', 'volunteer', 'family',
]);

// Fighters no state fields (as singular heads, read before "militant" becomes "soldier").
// Attackers a state's forces killed are of the armed group that attacked (dossier round 4).
const IRREGULAR_HEADS = new Set(['militant', 'insurgent', 'jihadist', 'gunman', 'separatist', 'fighter', 'terrorist', 'attacker', 'assailant', 'raider']);

/** "10 militants", "gunmen": fighters no state fields, whom a state's forces count as the enemy. */
export function isIrregular(actor: string | null): boolean {
  const words = withSingularHead(dropLeading(toWords(actor ?? ''), LEADING_FILLERS));
  return words.length > 0 && IRREGULAR_HEADS.has(words.at(-1)!);
}

// The forces a state fields, as the singular head of who was counted (read before "force" becomes "soldier").
const STATE_FORCE_HEADS = new Set(['soldier', 'troop', 'serviceman', 'force', 'policeman', 'police', 'officer', 'guard', 'gendarme', 'conscript', 'personnel']);

/** "40 members of the security forces", "12 soldiers", "police officers": forces a state fields, whom an armed group counts as the enemy. */
export function isStateForce(actor: string | null): boolean {
  const words = withSingularHead(dropLeading(toWords(actor ?? ''), LEADING_FILLERS));
  return words.length > 0 && STATE_FORCE_HEADS.has(words.at(-1)!);
}

/** "North Korean troops" → "north korea soldier"; "Iraqis" → "iraq people"; null or blank → "people". */
export function actorKey(actor: string | null): string {
  return describeActor(actor).key;
}

/** Sides the caller knows besides the gazetteer (the registry's conflicts): sideKey → name as written. */
export type KnownSides = ReadonlyMap<string, string>;

const NO_SIDES: KnownSides = new Map();

export function describeActor(actor: string | null, known: KnownSides = NO_SIDES): ActorIdentity {
  const words = dropLeading(toWords(actor ?? ''), LEADING_FILLERS);
  // "12 others were missing", "those": words that point back name no one of their own, as a blank actor.
  if (words.length === 0 || (words.length === 1 && LEADING_FILLERS.has(words[0]!))) return { key: NO_ACTOR, side: null, role: 'unspecified' };
  const places = turnedRound(normalisePlaces(replacePhrases(words, ARMED_FORCES)), known);
  const key = withoutRepeats(replacePhrases(withSingularHead(knownDemonymsTurned(places, known)), SAME_PEOPLE));
  // The registry's sides first: "Palestinian Islamic Jihad" is a side before "Palestinian" is a place.
  const place = findPlace(key) ?? armedGroupIn(key);
  const side = knownSideIn(key, known) ?? (place === null ? null : sideName(place));
  return { key: key.join(' '), side, role: roleOf(key.at(-1)!) };
}

const LINK_WORDS = new Set(['of', 'in', 'from']);
const ARTICLES = new Set(['the', 'a', 'an']);

// "civilians in Gaza", "soldiers of the KPA": turned round to "gaza civilians", "north korea soldier
// soldiers" when what follows the link names a side, so they meet "Gazan civilians" and "KPA soldiers".
function turnedRound(words: readonly string[], known: KnownSides): readonly string[] {
  const link = words.findIndex((word, i) => i > 0 && LINK_WORDS.has(word));
  if (link === -1) return words;
  const tail = dropLeading(words.slice(link + 1), ARTICLES);
  const namesSide = findPlace(tail) !== null || armedGroupIn(tail) !== null || knownSideIn(tail, known) !== null;
  return namesSide ? [...tail, ...words.slice(0, link)] : words;
}

/** "north korea soldier soldier" → "north korea soldier". */
function withoutRepeats(words: readonly string[]): string[] {
  return words.filter((word, i) => word !== words[i - 1]);
}

function withSingularHead(words: readonly string[]): string[] {
  // An actor of fillers only ("more", "others") or none has no head to singularise.
  if (words.length === 0) return [];
  const body = words.slice(0, -1);
  const last = words.at(-1)!;
  // "people in the United States": a place at the end is no plural to singularise.
  if (isPlace(words.slice(-2)) || isPlace([last])) return [...words];
  const head = singularise(last);
  // "Iraqis", "Palestinians": a demonym as the head counts the people of that place.
  const demonym = normalisePlaces([head]);
  return demonym[0] === head ? [...body, head] : [...body, ...demonym, NO_ACTOR];
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

function armedGroupIn(words: readonly string[]): string | null {
  for (let i = 0; i < words.length; i++) {
    if (ARMED_GROUPS.has(words[i]!)) return words[i]!;
    const pair = words.slice(i, i + 2).join(' ');
    if (ARMED_GROUPS.has(pair)) return pair;
  }
  return null;
}

/** Up to this many words make a side's name ("Hill Brigade", "Palestinian Islamic Jihad"). */
const LONGEST_KNOWN_SIDE = 4;

function knownSideIn(words: readonly string[], known: KnownSides): string | null {
  if (known.size === 0) return null;
  for (let start = 0; start < words.length; start++) {
    for (let length = Math.min(LONGEST_KNOWN_SIDE, words.length - start); length > 0; length--) {
      const side = known.get(words.slice(start, start + length).join(' '));
      if (side !== undefined) return side;
    }
  }
  // "Hillian soldiers": the demonym of a side the gazetteer does not know (sides.ts reads it so too).
  for (const [key, side] of known) if (words.some((word) => demonymForms(key).includes(word))) return side;
  return null;
}

/**
 * "Tolvan sailors" → "tolva sailors": the demonym of a side the gazetteer does not know is written as
 * the side, so that "Tolvan sailors" and a side's own people spelt by its name ("Tolva sailors") meet.
 */
function knownDemonymsTurned(words: readonly string[], known: KnownSides): readonly string[] {
  if (known.size === 0) return words;
  let turned: string[] | null = null;
  words.forEach((word, i) => {
    for (const key of known.keys()) {
      if (key === word || !demonymForms(key).includes(word)) continue;
      turned ??= [...words];
      turned[i] = key;
      return;
    }
  });
  return turned ?? words;
}

function roleOf(head: string): Role {
  if (MILITARY_HEADS.has(head)) return 'military';
  return CIVILIAN_HEADS.has(head) ? 'civilian' : 'unspecified';
}

/** "north korea" → "North Korea", "al-shabaab" → "Al-Shabaab": a side as people write it. */
function sideName(normal: string): string {
  return normal.replace(/(^|[\s-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/** The comparison form of a side named anywhere (registry, actor): "DPRK" and "North Korea" are one. */
export function sideKey(name: string): string {
  return normalisePlaces(toWords(name)).join(' ');
}
