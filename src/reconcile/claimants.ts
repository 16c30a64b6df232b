// One body, one claimant: "the Gaza Health Ministry", "the health ministry", "Health Minister X",
// "the ministry's spokesman" and "according to health officials" are the wordings of one body across
// the reports of a run. Each written name is first reduced to the body it speaks for (roles, titles
// and attribution words dropped), then matched to the registry, then folded into the one longer
// name of the run that contains it. Pronouns and bare nouns ("it", "officials") name no body.
// The registry (--aliases) stays the user's override: a name it knows as written is taken as is.
import type { AliasTable } from './aliases.js';
import { demonymForms, namesPlace, placeWords } from './places.js';
import { endsWithWords, toWords } from './words.js';
import { isDistinctive, normaliseSourceName, sourceKey, type SourceIdentity } from './sources.js';

/** A claimant and how its name was read, for --explain: "minister → ministry; the one health ministry of these reports". */
export interface ResolvedClaimant {
  identity: SourceIdentity;
  how: string;
}

const UNATTRIBUTED: SourceIdentity = { key: 'unattributed', display: 'unattributed', kind: null, side: null, known: false };

// Words that stand for someone without naming a body.
const PRONOUNS = new Set(['it', 'he', 'she', 'they', 'we', 'i', 'you', 'one', 'this', 'that']);
const BARE_NOUNS = new Set([
  'official', 'officials', 'source', 'sources', 'spokesman', 'spokeswoman', 'spokesperson', 'authorities', 'statement',
  'report', 'reports', 'people', 'person', 'someone', 'witness', 'witnesses', 'observers', 'others', 'officer', 'officers',
  'estimates',
]);
// Words that may stand before a bare noun without naming anyone: "two senior officials", "unconfirmed
// reports", "initial reports" (extraction credits unnamed reports as written; no body stands behind them).
const BARE_MODIFIERS = new Set([
  'the', 'a', 'an', 'some', 'several', 'many', 'two', 'three', 'senior', 'local', 'unnamed', 'anonymous',
  'unconfirmed', 'initial', 'early', 'earlier', 'latest', 'preliminary', 'first', 'recent', 'conflicting', 'various', 'other',
]);

// People who speak for a body: "the ministry's spokesman", "a spokeswoman for the army", "health officials".
const ROLES = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'official', 'officials', 'source', 'sources', 'statement',
  'representative', 'representatives', 'head', 'chief', 'director', 'staff', 'officer', 'secretary', 'coordinator',
  'commander', 'administrator', 'adviser', 'advisor', 'chairman', 'chairwoman',
  // Ranks stand for the force they serve in: "Police superintendent Arun Bhatt", "army colonel Ivo Dario".
  'superintendent', 'inspector', 'constable', 'sergeant', 'colonel', 'captain', 'lieutenant',
]);
// What a body states, standing for the body: "the ministry's figures", "the agency's data".
// What it publishes, too: "the ministry's bulletin", "the agency's report" (dossier round 8).
const FIGURE_NOUNS = new Set([
  'figures', 'figure', 'data', 'count', 'tally', 'records', 'statistics', 'numbers', 'estimate', 'estimates',
  'bulletin', 'bulletins', 'update', 'report',
]);
// Words that say which of a body's figures: "the latest ministry figures".
const FIGURE_QUALIFIERS = new Set(['latest', 'official', 'new', 'updated', 'final', 'preliminary']);
// Words that say which of its publications, between the body's possessive and the noun: "the ministry's
// daily bulletin", "the agency's latest figures", "the ministry's weekly situation report".
const PUBLICATION_QUALIFIERS = new Set([...FIGURE_QUALIFIERS, 'daily', 'weekly', 'monthly', 'own', 'situation', 'epidemiological']);
// What a body produces, named for the body: "a study by X".
const WORKS = new Set(['study', 'survey', 'analysis', 'tally', 'count', 'review', 'investigation', 'estimate', 'report']);
const REPORTERS = new Set(['reporter', 'reporters', 'journalist', 'journalists', 'correspondent', 'correspondents', 'photographer']);
const ROLE_LINKS = new Set(['for', 'of', 'from', 'at', 'with', 'in', 'to']);
// People of a body, who speak for it when named as "from", "of" or "with" it: "volunteer rescuers
// from the Green Helmets group", "members of the rights centre" (not "doctors at the hospital",
// whose row stays the doctors', unlike researchers at an institute).
const MEMBERS = new Set(['rescuers', 'volunteers', 'members', 'workers', 'activists', 'medics', 'paramedics', 'teams', 'monitors', 'researchers', 'scientists', 'experts']);
const MEMBER_LINKS = new Set(['from', 'of', 'with']);
// Researchers are of the institute they work "at" too ("Researchers at the Institute of Climate and Health").
const RESEARCHERS = new Set(['researchers', 'scientists', 'experts']);
// A generic noun after a name: "the Green Helmets group" is the Green Helmets.
const GENERIC_HEADS = new Set(['group', 'organisation', 'organization', 'network', 'movement', 'charity']);
const DETERMINERS = new Set(['a', 'an', 'the', 'two', 'three', 'several', 'senior', 'some']);
// Offices named after their holder: "Governor X" speaks for the governor's office.
const OFFICE_HOLDERS = new Set(['governor', 'mayor', 'prefect', 'sheriff']);
// Titles that are an office only after the territory they run: "the district administrator", "the
// deputy commissioner", "the district collector" (not "the hospital administrator", who speaks for
// the hospital).
const TERRITORIAL_TITLES = new Set(['administrator', 'commissioner', 'collector', 'magistrate']);
const TERRITORIES = new Set(['district', 'county', 'regional', 'provincial', 'province', 'state', 'local', 'area', 'deputy', 'divisional', 'sub-divisional']);
// "Prime Minister X" heads a government, not a ministry.
const NOT_A_MINISTRY = new Set(['prime', 'first', 'chief']);
const LEADING_ATTRIBUTION = new Set(['per', 'citing', 'quoting']);
const EDGE_MARKS = new Set([...' \t"“”‘’\'«»().,;:!?']);

// A name that ends in one of these is an office: "the ministry", "the health ministry" can mean the
// one office of that kind named in full elsewhere in the run.
const OFFICE_HEADS = new Set([
  'ministry', 'department', 'authority', 'authorities', 'office', 'agency', 'service', 'police', 'army', 'military',
  'forces', 'force', 'government', 'administration', 'council', 'committee', 'command', 'directorate', 'services',
  'institute', 'commission', 'bureau', 'union', 'federation',
]);
// The organ a force or service is named with: "the police department", "the army command" (dossier round 8).
const ORGAN_WORDS = new Set(['department', 'service', 'force', 'command', 'headquarters']);
// "the company", "the firm": the run's one company, a name ending in a word of trade ("Corvane Chemicals").
const COMPANY_NOUNS = new Set(['company', 'firm', 'operator', 'employer']);
const CORPORATE_HEADS = new Set([
  'company', 'corporation', 'corp', 'inc', 'ltd', 'plc', 'group', 'holdings', 'industries', 'chemicals', 'mining', 'energy',
  'petroleum', 'oil', 'steel', 'metals', 'resources', 'airlines', 'airways', 'apparel', 'textiles', 'pharmaceuticals',
  'construction', 'engineering', 'logistics', 'shipping', 'motors', 'manufacturing',
]);

/** The claimant of each name (null or blank → unattributed), in one pass over the run's names. */
export function resolveClaimants(names: readonly (string | null)[], aliases: AliasTable): ResolvedClaimant[] {
  const byName = new Map<string | null, ReadName>();
  const places = runPlaces(names);
  for (const name of names) {
    if (byName.has(name)) continue;
    const placed = name === null ? null : inPossessiveForm(name, places);
    const read = readName(placed ?? name, aliases);
    byName.set(name, placed === null ? read : { ...read, how: [`"${name}" → "${placed}"`, read.how === 'as written' ? null : read.how].filter((part) => part !== null).join('; ') });
  }
  // "Ashraf Khalil, spokesman for the ministry" elsewhere in the run: "Ashraf Khalil" alone speaks for it too.
  const speaksFor = spokespeople(byName.values(), aliases);
  for (const [name, read] of byName) {
    // "Governor Marchenko" where "Oleh Marchenko, head of the regional military administration" is
    // named too: the person, under any title, speaks for the body.
    const body = speaksFor.get(read.identity.key) ?? (read.person === undefined ? undefined : speakerOf(read.person, speaksFor, aliases));
    if (body && body.key !== read.identity.key && !read.identity.known) byName.set(name, { identity: body, how: `a person who speaks for ${body.display} in these reports`, narrowed: false });
  }
  // The first spelling of a key names it, as it names the row; a headline's capitals ("POLICE SAY 12
  // KILLED") give way to the same name written in a sentence ("police said").
  const firstOfKey = new Map<string, SourceIdentity>();
  for (const read of byName.values()) {
    const first = firstOfKey.get(read.identity.key);
    if (!first || (isShouted(first.display) && !isShouted(read.identity.display))) firstOfKey.set(read.identity.key, read.identity);
  }
  const distinct = [...firstOfKey.values()];
  const folded = new Map<string, { into: SourceIdentity; why: string } | null>();
  for (const read of byName.values()) {
    if (!folded.has(read.identity.key)) folded.set(read.identity.key, foldInto(read.identity, read.narrowed, distinct));
  }
  // One answer per name, shared by every figure that writes it: a run holds millions of figures, and few names.
  const answers = new Map<string | null, ResolvedClaimant>();
  for (const [name, read] of byName) {
    const fold = finalFold(read.identity.key, folded);
    answers.set(name, fold
      ? { identity: fold.into, how: [read.how === 'as written' ? null : read.how, fold.why].filter((part) => part !== null).join('; ') }
      : { identity: firstOfKey.get(read.identity.key)!, how: read.how });
  }
  return names.map((name) => answers.get(name)!);
}

/**
 * Where a key's fold ends: "MoH" folds into "the Ministry of Health", which folds into "the Gaza health
 * ministry"; each step's reason is kept. A chain never returns to a key it left (each fold is into a
 * longer name, or an acronym into its words), but the walk is bounded all the same.
 */
function finalFold(key: string, folded: ReadonlyMap<string, { into: SourceIdentity; why: string } | null>): { into: SourceIdentity; why: string } | null {
  let fold = folded.get(key) ?? null;
  for (let steps = 0; fold !== null && steps < MAX_FOLDS; steps++) {
    const next = folded.get(fold.into.key) ?? null;
    if (next === null || next.into.key === key) break;
    fold = { into: next.into, why: `${fold.why}; ${next.why}` };
  }
  return fold;
}
const MAX_FOLDS = 4;

/** "POLICE", "HEALTH MINISTRY": a name in a headline's capitals (not "UN", "IRNA", "U.N.": short acronyms). */
function isShouted(display: string): boolean {
  const words = display.split(/\s+/).filter((word) => /\p{L}/u.test(word));
  return words.length > 0 && display === display.toUpperCase() && (words.length > 1 || words[0]!.replace(/\P{L}/gu, '').length > 4);
}

/**
 * The body a shared name means where its sentence names a place the registry ties to another body
 * ("the Palestinian health ministry" beside "Gaza City" → the Gaza Health Ministry); null when the
 * registry ties the name to no place, or the sentence names none or more than one of them. Names
 * repeat over a run: each is looked up once.
 */
export function placeReader(aliases: AliasTable): (name: string | null, sentence: string) => { name: string; how: string } | null {
  const placesOf = new Map<string | null, Record<string, string> | null>();
  return (name, sentence) => {
    if (!placesOf.has(name)) placesOf.set(name, sharedNamePlaces(name, aliases));
    const where = placesOf.get(name);
    return where ? inPlace(where, sentence) : null;
  };
}

/** The places of the registry entry a name is the bare shared wording of, else null. */
function sharedNamePlaces(name: string | null, aliases: AliasTable): Record<string, string> | null {
  if (name === null) return null;
  const entry = aliases.index.get(normaliseSourceName(name));
  if (!entry?.where) return null;
  // Only the bare shared wording: "the Ramallah-based health ministry" says which body it is.
  const canonical = new Set(toWords(entry.name));
  return toWords(name).every((word) => canonical.has(word.replace(/'s?$/, '')) || DETERMINERS.has(word)) ? entry.where : null;
}

function inPlace(where: Record<string, string>, sentence: string): { name: string; how: string } | null {
  const words = placeWords(sentence);
  const named = Object.entries(where).filter(([place]) => namesPlace(words, place));
  if (named.length !== 1) return null;
  const [place, body] = named[0]!;
  return { name: body, how: `in ${place}: ${body}` };
}

/**
 * The places the run's claimant names are of, by the possessive that opens them ("Vardania's disaster
 * authority", "Lomara's health ministry"): a capitalised name the gazetteer need not know.
 */
function runPlaces(names: readonly (string | null)[]): Set<string> {
  const places = new Set<string>();
  for (const name of new Set(names)) {
    const words = (name ?? '').split(/\s+/).filter((word) => word !== '');
    const lead = words.findIndex((word) => !DETERMINERS.has(word.toLowerCase()));
    const possessive = words[lead];
    if (possessive !== undefined && lead + 1 < words.length && /^\p{Lu}\p{Ll}+['’]s$/u.test(possessive)) places.add(possessive.slice(0, -2).toLowerCase());
  }
  return places;
}

/**
 * A name of the run written with the possessive of one of its places: "Vardanian disaster authority
 * chief Emre Talan" → "Vardania's disaster authority chief Emre Talan", "The health ministry of
 * Lomara" → "Lomara's health ministry"; null when it names none of the run's places otherwise.
 */
function inPossessiveForm(name: string, places: ReadonlySet<string>): string | null {
  if (places.size === 0) return null;
  const words = name.trim().split(/\s+/);
  const demonym = words.findIndex((word) => /^\p{Lu}/u.test(word) && placeOfDemonym(word.toLowerCase(), places) !== null);
  if (demonym >= 0) {
    // The place as the run writes it: "Tessan" is Tesso's, not "Tessa's".
    const place = placeOfDemonym(words[demonym]!.toLowerCase(), places)!;
    return [...words.slice(0, demonym), `${place[0]!.toUpperCase()}${place.slice(1)}'s`, ...words.slice(demonym + 1)].join(' ');
  }
  // "X of Lomara" at the end of a name (not "the head of X, Lomara"): the place owns X.
  const link = words.length - 2;
  const place = words.at(-1)!.replace(/[.,;:]$/, '');
  if (link < 1 || !LINKS_TO_PLACE.has(words[link]!.toLowerCase()) || !/^\p{Lu}/u.test(place) || !places.has(place.toLowerCase())) return null;
  const owned = words.slice(0, link);
  while (owned.length > 1 && DETERMINERS.has(owned[0]!.toLowerCase())) owned.shift();
  return [`${place}'s`, ...owned].join(' ');
}
const LINKS_TO_PLACE = new Set(['of', 'in']);

/** The run's place a word is the demonym of ("vardanian" → "vardania"), else null. */
function placeOfDemonym(word: string, places: ReadonlySet<string>): string | null {
  for (const place of places) if (demonymForms(place).includes(word)) return place;
  return null;
}

type ReadName = ResolvedClaimant & { narrowed: boolean; person?: string; office?: boolean };

/**
 * The body each person named with a role speaks for ("Jane Roe, a spokeswoman for the Red Cross"),
 * by the person's key and surname; a person said to speak for two bodies speaks for neither.
 */
function spokespeople(reads: Iterable<ReadName>, aliases: AliasTable): Map<string, SourceIdentity> {
  const found = new Map<string, SourceIdentity | null>();
  const note = (key: string, body: SourceIdentity) => {
    const seen = found.get(key);
    found.set(key, seen === undefined ? body : seen?.key === body.key ? seen : null);
  };
  // A person named with a role for a body ("Oleh Marchenko, head of the regional military
  // administration") is read before the same person under an office title ("Governor Marchenko").
  const ordered = [...reads].sort((a, b) => Number(a.office === true) - Number(b.office === true));
  const byRole = new Set<string>();
  for (const read of ordered) {
    if (read.person === undefined) continue;
    const key = sourceKey(read.person, aliases).key;
    if (read.office && (byRole.has(key) || byRole.has(key.split(' ').at(-1)!))) continue;
    if (!read.office) byRole.add(key).add(key.split(' ').at(-1)!);
    note(key, read.identity);
    // "Khalil said": the surname alone, when it tells one person from another.
    const surname = key.split(' ').at(-1)!;
    if (key.includes(' ') && isDistinctive(surname)) note(surname, read.identity);
  }
  const bodies = new Map<string, SourceIdentity>();
  for (const [key, body] of found) if (body) bodies.set(key, body);
  return bodies;
}

/** The body a person speaks for in the run, by full name or surname; undefined when none. */
function speakerOf(person: string, speaksFor: ReadonlyMap<string, SourceIdentity>, aliases: AliasTable): SourceIdentity | undefined {
  const key = sourceKey(person, aliases).key;
  return speaksFor.get(key) ?? speaksFor.get(key.split(' ').at(-1)!);
}

/** What one written name says on its own: its body, and each step taken to reach it. */
function readName(name: string | null, aliases: AliasTable): ReadName {
  const written = trimMarks((name ?? '').split(/\s+/).join(' '));
  if (written === '') return { identity: UNATTRIBUTED, how: 'no claimant named', narrowed: false };
  // The user's and the registry's names win over any reading of them.
  const asWritten = sourceKey(written, aliases);
  if (asWritten.known) return { identity: asWritten, how: `registry: ${asWritten.display}`, narrowed: false };

  const words = written.toLowerCase().split(' ').map(bareWord);
  if (words.every((word) => PRONOUNS.has(word))) return { identity: UNATTRIBUTED, how: `"${written}": a pronoun names no claimant`, narrowed: false };
  if (BARE_NOUNS.has(words.at(-1)!) && words.every((word) => BARE_NOUNS.has(word) || BARE_MODIFIERS.has(word) || PRONOUNS.has(word))) {
    return { identity: UNATTRIBUTED, how: `"${written}": names no body`, narrowed: false };
  }
  const { body, steps, narrowed, person, office } = bodyOf(written.split(' '));
  // "reporters at the scene", "a correspondent": the outlet's own people, not a body they quote.
  const lead = written.toLowerCase().split(' ').find((word) => !DETERMINERS.has(word));
  if (lead !== undefined && REPORTERS.has(lead)) {
    return { identity: { key: 'reporters', display: written, kind: 'media', side: null, known: false }, how: "a reporter's own figure", narrowed: false };
  }
  const identity = sourceKey(body, aliases);
  if (identity.known) steps.push(`registry: ${identity.display}`);
  const display = narrowed && !identity.known ? written : identity.display;
  return { identity: { ...identity, display }, how: steps.length === 0 ? 'as written' : steps.join(', '), narrowed, ...(person ? { person } : {}), ...(office ? { office } : {}) };
}

/** The body a name speaks for, word by word (no pattern can backtrack on a long hostile name). */
function bodyOf(written: readonly string[]): { body: string; steps: string[]; narrowed: boolean; person?: string; office?: boolean } {
  let words = [...written];
  const steps: string[] = [];
  const lower = () => words.map((word) => bareWord(word));
  if (lower()[0] === 'according' && lower()[1] === 'to' && words.length > 2) {
    words = words.slice(2);
    steps.push('"according to" dropped');
  } else if (LEADING_ATTRIBUTION.has(lower()[0]!) && words.length > 1) {
    words = words.slice(1);
    steps.push(`"${words[0]}" dropped`);
  }
  // "A study by the Center for Population Research", "a tally by the newspaper's reporters": the
  // work stands for whoever did it.
  let lead = 0;
  while (lead < words.length && DETERMINERS.has(lower()[lead]!)) lead++;
  // "A mortality survey by …": one word saying which kind of work.
  if (!WORKS.has(lower()[lead] ?? '') && WORKS.has(lower()[lead + 1] ?? '') && lower()[lead + 2] === 'by') lead++;
  if (WORKS.has(lower()[lead] ?? '') && lower()[lead + 1] === 'by' && lead + 2 < words.length) {
    steps.push(`${lower()[lead]} → its author`);
    words = words.slice(lead + 2);
  }
  // "Jane Roe, a spokeswoman for the Red Crescent": the person's role names the body she speaks for.
  const comma = words.findIndex((word) => word.endsWith(','));
  // "The army's spokesman, Colonel Ruben Osei": the role before the name, read as the role alone.
  if (comma > 0 && comma < words.length - 1 && (ROLES.has(bareWord(words[comma]!)) || bareWord(words[comma]!) === 'minister')
    && words.slice(comma + 1).every((word) => /^\p{Lu}/u.test(word))) {
    const person = words.slice(comma + 1).join(' ');
    const role = bodyOf([...words.slice(0, comma), words[comma]!.slice(0, -1)]);
    return { ...role, steps: ['the role before the name', ...role.steps], person: role.person ?? person };
  }
  if (comma >= 0 && comma < words.length - 1) {
    const aside = words.slice(comma + 1);
    const role = aside.findIndex((word) => ROLES.has(bareWord(word)));
    if (role >= 0 && role <= 3 && ROLE_LINKS.has(bareWord(aside[role + 1] ?? '')) && role + 2 < aside.length) {
      words = aside.slice(role + 2);
      steps.push('speaker → the body');
      return { body: words.join(' '), steps, narrowed: false, person: written.slice(0, comma + 1).join(' ').slice(0, -1) };
    }
  }
  // "a spokeswoman for the army", "officials of the ministry"
  let at = 0;
  while (at < words.length && DETERMINERS.has(lower()[at]!)) at++;
  if (ROLES.has(lower()[at] ?? '') && ROLE_LINKS.has(lower()[at + 1] ?? '') && at + 2 < words.length) {
    words = words.slice(at + 2);
    steps.push('speaker → the body');
  }
  // "Volunteer rescuers from the Green Helmets group": the people of a body (after a word or two of what they are).
  const member = lower().findIndex((word, i) => i <= at + 2 && MEMBERS.has(word)
    && (MEMBER_LINKS.has(lower()[i + 1] ?? '') || (RESEARCHERS.has(word) && lower()[i + 1] === 'at')));
  if (member >= 0 && member + 2 < words.length) {
    words = words.slice(member + 2);
    steps.push('its people → the body');
  }
  // "the Green Helmets group": the name before a generic noun.
  if (words.length > 2 && GENERIC_HEADS.has(words.at(-1)!) && words.slice(0, -1).some((word, i) => i > 0 && /^\p{Lu}/u.test(word))
    && /^\p{Lu}/u.test(words.at(-2)!)) {
    steps.push(`"${lower().at(-1)}" dropped`);
    words = words.slice(0, -1);
  }
  // "The rights group Prison Watch", "the charity Aid First": a generic noun of what the body is, then its name.
  // "Rights group Frontline Watch": the first word capitalised as a sentence opens, the noun in lower case (dossier round 9).
  const kind = lower().findIndex((word, i) => i > 0 && i <= 3 && GENERIC_HEADS.has(word));
  if (kind > 0 && kind < words.length - 1 && /^\p{Ll}/u.test(words[kind]!)
    && lower().slice(0, kind).every((word, i) => (i === 0 && (DETERMINERS.has(word) || /^\p{Lu}\p{Ll}+$/u.test(words[0]!))) || /^\p{Ll}/u.test(words[i]!))
    && words.slice(kind + 1).every((word) => /^\p{Lu}/u.test(word))) {
    steps.push(`"${lower().slice(0, kind + 1).join(' ')}" dropped`);
    words = words.slice(kind + 1);
  }
  // "the ministry's daily bulletin": the qualifiers of its publication go first.
  if (FIGURE_NOUNS.has(lower().at(-1)!)) {
    let qualifiers = 0;
    while (qualifiers < 2 && PUBLICATION_QUALIFIERS.has(lower().at(-2 - qualifiers) ?? '')) qualifiers++;
    const owner = words.at(-2 - qualifiers);
    if (qualifiers > 0 && owner !== undefined && /['’]s?$/.test(owner)) words = [...words.slice(0, -1 - qualifiers), words.at(-1)!];
  }
  // "the ministry's spokesman", "the ministry's figures"
  const last = lower().at(-1)!;
  const beforeLast = words.at(-2);
  if ((ROLES.has(last) || FIGURE_NOUNS.has(last)) && beforeLast !== undefined && /['’]s?$/.test(beforeLast)) {
    words = [...words.slice(0, -2), beforeLast.replace(/['’]s?$/, '')];
    steps.push(FIGURE_NOUNS.has(last) ? 'its figures → the body' : 'speaker → the body');
  } else if (FIGURE_NOUNS.has(last) && beforeLast !== undefined && OFFICE_HEADS.has(bareWord(beforeLast))) {
    // "the latest ministry figures", "official police data": the figures of the office.
    words = words.slice(0, -1).filter((word) => !FIGURE_QUALIFIERS.has(bareWord(word)));
    steps.push('its figures → the body');
  }
  // "Health Minister Mai Alkaila", "the health minister"
  const minister = lower().indexOf('minister');
  const named = words.slice(minister + 1).every((word) => /^\p{Lu}/u.test(word));
  // "Chief Minister Biren Laishram": the head of a state's government speaks for it; shown as written
  // unless the run names that one government ("the state government") (dossier round 9).
  if (minister > 0 && named && lower()[minister - 1] === 'chief') {
    steps.push('chief minister → the government');
    const person = words.slice(minister + 1).join(' ');
    return { body: [...words.slice(0, minister - 1), 'government'].join(' '), steps, narrowed: true, ...(person ? { person } : {}) };
  }
  // Dossier round 10: "District Collector Anika Rao", "District Magistrate Omar Shah": the head of a district's
  // administration speaks for it, as a chief minister for a government; shown as written unless the run names
  // that administration ("the district administration").
  const head = lower().findIndex((word, i) => word === 'collector' || (word === 'magistrate' && lower()[i - 1] === 'district'));
  if (head >= 0 && head < words.length - 1 && words.slice(head + 1).every((word) => /^\p{Lu}/u.test(word))) {
    steps.push(`${lower()[head]} → the district administration`);
    const person = words.slice(head + 1).join(' ');
    const district = lower()[head] === 'magistrate' ? head - 1 : head;
    const before = words.slice(0, district).filter((word) => word.toLowerCase() !== 'district');
    return { body: [...before, 'district', 'administration'].join(' '), steps, narrowed: true, person };
  }
  if (minister > 0 && named && !NOT_A_MINISTRY.has(lower()[minister - 1]!)) {
    words = [...words.slice(0, minister), /^\p{Lu}/u.test(words[minister]!) ? 'Ministry' : 'ministry'];
    steps.push('minister → ministry');
    return { body: words.join(' '), steps, narrowed: false };
  }
  // "Governor Luis Ortega", "the regional governor": the holder of an office speaks for it, as a
  // minister for the ministry.
  const office = lower().findIndex((word, i) => OFFICE_HOLDERS.has(word) || (TERRITORIAL_TITLES.has(word) && TERRITORIES.has(lower()[i - 1] ?? '')));
  if (office >= 0 && words.slice(office + 1).every((word) => /^\p{Lu}/u.test(word))) {
    const holder = lower()[office]!;
    steps.push(`${holder} → ${holder}'s office`);
    // Shown as written ("the regional governor") unless a fuller name of the office joins it; the
    // holder named alone elsewhere ("Prokudin said") speaks for it too.
    const person = words.slice(office + 1).join(' ');
    return { body: [...words.slice(0, office), `${holder}'s`, 'office'].join(' '), steps, narrowed: true, office: true, ...(person ? { person } : {}) };
  }
  // "Gaza health ministry spokesman Ashraf Khalil", "police chief Ana Ruiz": the body before the role.
  // A leader speaks for a body named by its kind ("Union leader Thandi Mokoena"), not for a cause ("Opposition leader X").
  const role = lower().findIndex((word, i) => i > 0 && (ROLES.has(word) || (word === 'leader' && OFFICE_HEADS.has(lower()[i - 1]!))));
  if (role > 0 && role < words.length - 1 && words.slice(role + 1).every((word) => /^\p{Lu}/u.test(word))) {
    const person = words.slice(role + 1).join(' ');
    words = words.slice(0, role);
    steps.push('speaker → the body');
    // A body named by its own name ("Kestrel Mining spokesman Pavel Drozd", "INAP director Carla
    // Montes") heads its row; a field ("health") only joins a fuller name, and one capitalised word
    // may be either ("Rebel spokesman Idris Mahdi").
    const named = words.every((word) => /^\p{Lu}/u.test(word)) && (words.length > 1 || /^\p{Lu}{2,}$/u.test(words[0]!));
    return { body: words.join(' '), steps, narrowed: !named && !OFFICE_HEADS.has(lower().at(-1)!), person };
  }
  // "health officials" → "health": a field, not a body; it joins the one body of that field.
  if (ROLES.has(lower().at(-1)!) && words.length > 1) {
    // "A transport ministry official": one of the ministry's people; the ministry is no "a".
    words = words.slice(lower()[0] === 'a' || lower()[0] === 'an' ? 1 : 0, -1);
    steps.push('speaker → the body');
    // An acronym ("RTC officials") is a name, as before a role with a person ("RTC chairman X").
    // "MoD officials" too: an acronym with a small "o" for "of" (dossier round 11).
    const acronym = words.length === 1 && (/^\p{Lu}{2,}$/u.test(words[0]!) || isSpelledAcronym(words[0]!));
    return { body: words.join(' '), steps, narrowed: !acronym && !OFFICE_HEADS.has(lower().at(-1)!) };
  }
  return { body: words.join(' '), steps, narrowed: false };
}

/** The lower-case acronym a name ends with in brackets ("… Institute (INAP)" → "inap"), else null. */
function bracketed(display: string): string | null {
  const open = display.lastIndexOf('(');
  return open >= 0 && display.endsWith(')') ? display.slice(open + 1, -1).trim().toLowerCase() : null;
}

/** An acronym written with capitals and at most small "o"s for "of": "MoH", "MoD", "NDMA". */
const ACRONYM = /^\p{Lu}(?:\p{Lu}|o){1,7}$/u;

function isSpelledAcronym(word: string): boolean {
  return ACRONYM.test(word) && /\p{Lu}.*\p{Lu}/u.test(word);
}

/**
 * Dossier round 11: whether the acronym a name is written as ("The MoH", "the SDMA") spells the initials
 * of the last words of a longer name ("Tamsia's Ministry of Health": m-o-h; "the Kesh State Disaster
 * Management Authority": s-d-m-a), each word capitalised but "of".
 */
function spellsTail(display: string, longer: string): boolean {
  const acronym = display.split(/\s+/).at(-1) ?? '';
  if (!isSpelledAcronym(acronym)) return false;
  const open = longer.lastIndexOf('(');
  const words = (open > 0 ? longer.slice(0, open) : longer).trim().split(/\s+/);
  if (words.length < acronym.length) return false;
  const tail = words.slice(-acronym.length);
  return tail.every((word, i) => (acronym[i] === 'o' ? word === 'of' : /^\p{Lu}/u.test(word) && word[0] === acronym[i]));
}

// Words an initialism may leave out: "MoH" keeps the "of" of "Ministry of Health", "NDMA" has no word to leave.
const INITIALISM_SKIPS = new Set(['of', 'and', 'for', 'on', 'the', '&']);

/**
 * Whether an initialism ("moh", written "The MoH"; "ndma") spells another claimant's name: the initials
 * of all its words, with or without its small words ("the Ministry of Health", "the National Disaster
 * Management Authority"), of a name reconcile keeps turned round with its office first ("health
 * ministry" → "ministry of health"), or of its last capitalised words ("Tamsia's Ministry of Health",
 * spellsTail).
 */
function spellsOut(acronym: string, written: string, other: SourceIdentity): boolean {
  if (acronym.length < 2 || acronym.length > 6) return false;
  if (spellsTail(written, other.display)) return true;
  const words = toWords(other.display).filter((word) => word !== 'the');
  const key = other.key.split(' ');
  const forms = [words, key.length > 1 && OFFICE_HEADS.has(key.at(-1)!) ? [key.at(-1)!, 'of', ...key.slice(0, -1)] : key];
  return forms.some((form) => form.filter((word) => !INITIALISM_SKIPS.has(word)).length >= 2
    && [form, form.filter((word) => !INITIALISM_SKIPS.has(word))].some((kept) => kept.map((word) => word[0]).join('') === acronym));
}

/** Whether a name ends with an acronym set after it without brackets ("the disaster agency AFAD"). */
function trailingAcronym(display: string): boolean {
  return /\s\p{Lu}{2,8}$/u.test(display);
}

/** Lower case without a possessive or edge punctuation: "Ministry's" → "ministry". */
function bareWord(word: string): string {
  return trimMarks(word).toLowerCase().replace(/['’]s?$/, '');
}

function trimMarks(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && EDGE_MARKS.has(text[start]!)) start++;
  while (end > start && EDGE_MARKS.has(text[end - 1]!)) end--;
  // "the National Prison Institute (INAP)": a bracket the name opens is part of it.
  if (text[end] === ')' && text.lastIndexOf('(', end) >= start) end++;
  return text.slice(start, end);
}

/**
 * The one longer claimant of the run that a name stands for: "the ministry" → the one ministry,
 * "health ministry" → "Gaza Health Ministry", "health" (from "health officials") → the one health
 * body, "Zelenskyy" → "Ukrainian President Volodymyr Zelenskyy". Only when every candidate lies on
 * one chain of names (each containing the shorter ones), so two ministries stay apart.
 */
function foldInto(identity: SourceIdentity, narrowed: boolean, distinct: readonly SourceIdentity[]): { into: SourceIdentity; why: string } | null {
  if (identity.known || identity === UNATTRIBUTED || identity.key === 'unattributed') return null;
  const words = identity.key.split(' ');
  const last = words.at(-1)!;
  const office = OFFICE_HEADS.has(last);
  const company = words.length === 1 && COMPANY_NOUNS.has(last);
  const distinctive = !office && !narrowed && !company && isDistinctive(last);
  if (!office && !narrowed && !distinctive && !company) return null;
  const contains = (other: SourceIdentity): boolean => {
    if (other.key === identity.key || other.key === 'unattributed') return false;
    if (company) return other.key.split(' ').length > 1 && CORPORATE_HEADS.has(other.key.split(' ').at(-1)!);
    // "INAP" and "the National Prison Institute (INAP)": the acronym the full name spells out.
    if (distinctive && words.length === 1 && bracketed(other.display) === last) return true;
    // "The MoH" and "the Ministry of Health", "NDMA" and "the National Disaster Management Authority".
    if (distinctive && words.length === 1 && spellsOut(last, identity.display, other)) return true;
    const written = other.key.split(' ');
    // "the national disaster agency BNPB": an acronym after an office's head is its name, as in brackets,
    // so "the disaster agency" is its head and "BNPB" its last word (each joins it).
    const longer = !distinctive && trailingAcronym(other.display) && OFFICE_HEADS.has(written.at(-2) ?? '') ? written.slice(0, -1) : written;
    // "State excise minister Meera Pillai" beside "the state excise department": the minister's ministry
    // is the run's one department of that field.
    // "Labour minister Pieter Vos" beside "The state labour department" likewise.
    if (office && last === 'ministry' && longer.at(-1) === 'department' && longer.length >= words.length
      && words.slice(0, -1).every((word) => longer.includes(word))) return true;
    if (longer.length <= words.length) return false;
    // A surname or acronym ends the longer name ("Governor Ortega" in "Governor Luis Ortega" too); an
    // office shares its head; a field is any part of an office.
    if (distinctive) return endsWithWords(longer, words) || (longer.at(-1) === last && words.every((word) => longer.includes(word)));
    // "the institute" in "the Institute of Climate and Health": the head before "of" too.
    const headBeforeOf = longer.indexOf('of') > 0 ? longer[longer.indexOf('of') - 1] : undefined;
    // "Police" in "the Harlow police department": a force named with the word for its organ after it.
    const organOf = longer.at(-2) === last && ORGAN_WORDS.has(longer.at(-1)!);
    if (office) return (longer.at(-1) === last || headBeforeOf === last || organOf) && words.every((word) => longer.includes(word));
    return OFFICE_HEADS.has(longer.at(-1)!) && words.every((word) => longer.includes(word));
  };
  const candidates = distinct.filter(contains);
  if (candidates.length === 0) return null;
  const longest = candidates.reduce((a, b) => (b.key.split(' ').length > a.key.split(' ').length ? b : a));
  const chain = candidates.every((other) => other.key.split(' ').every((word) => longest.key.split(' ').includes(word)));
  if (!chain) return null;
  // A registry name among the candidates is the canonical one.
  const into = candidates.find((other) => other.known && other.key === longest.key) ?? longest;
  if (company) return { into, why: `the one company of these reports: ${into.display}` };
  return { into, why: `the one ${candidates.length === 1 ? 'name' : 'body'} of these reports that contains it: ${into.display}` };
}
