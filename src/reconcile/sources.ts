// Who states a figure, normalised so that obviously equal claimants share one row:
// "South Korea’s intelligence service", "South Korean intelligence" and
// "the National Intelligence Service (NIS) of South Korea" differ only in form.
import type { AliasTable, SourceKind } from './aliases.js';
import { isPlace, normalisePlaces } from './places.js';
import { dropLeading, phraseTable, replacePhrases, toWords } from './words.js';

/** A claimant as reconcile sees it: `key` decides which row it joins, `display` is how the row is headed. */
export interface SourceIdentity {
  key: string;
  display: string;
  /** From the registry; null for a claimant the registry does not know. */
  kind: SourceKind | null;
  /** The state or armed group the registry says the source speaks for, else null. */
  side: string | null;
  /** True when the identity came from the alias table. */
  known: boolean;
}

const UNATTRIBUTED: SourceIdentity = {
  key: 'unattributed',
  display: 'unattributed',
  kind: null,
  side: null,
  known: false,
};

/**
 * Figures that name no claimant are one row per estimate, never a ledger: reports that name no one
 * are not known to be one source, so a later one does not revise an earlier one (a blast's 12 and
 * a flood's 30 are two rows that disagree); reports that state the same estimate share a row.
 */
export function unattributedAs(estimate: string): SourceIdentity {
  return { ...UNATTRIBUTED, key: `${UNATTRIBUTED.key}:${estimate}` };
}

/** True for the key of figures without a claimant. */
export function isUnattributed(key: string): boolean {
  return key === UNATTRIBUTED.key || key.startsWith(`${UNATTRIBUTED.key}:`);
}

const ARTICLES = new Set(['the', 'a', 'an']);

// agency = service = "spy agency": wording that varies between reports of one claimant.
const SYNONYMS = phraseTable({
  agency: 'service',
  agencies: 'service',
  services: 'service',
  spy: 'intelligence',
  defence: 'defense',
  ministries: 'ministry',
  organisation: 'organization',
});

// "X of Y" / "X in Y" are turned round when Y is a place ("the NIS of South Korea") or X is an
// office ("ministry of health"), so they match the possessive and compound forms.
const LINK_WORDS = new Set(['of', 'in']);
const OFFICE_HEADS = new Set(['ministry', 'minister', 'department']);

// Words that end many different claimants' names: never evidence that two names are one claimant.
const GENERIC_TAILS = new Set([
  'official', 'officials', 'ministry', 'minister', 'police', 'military', 'army', 'forces', 'government',
  'service', 'council', 'office', 'committee', 'report', 'reports', 'media', 'spokesman', 'spokeswoman',
  'spokesperson', 'authorities', 'authority', 'statement', 'source', 'sources', 'newspaper', 'radio', 'news',
  'television', 'tv', 'group', 'staff', 'department', 'administration', 'command', 'people', 'residents',
  'witnesses', 'analysts', 'experts', 'officer', 'officers', 'commander', 'governor', 'president', 'mayor',
  'chief', 'leader', 'leaders', 'organization', 'who',
]);

const PARENTHESES = /\([^()]*\)/g;
// "The country's health ministry", "the nation's disaster agency": the report's own country, as "the
// health ministry" says it. A place's own possessive ("Gaza's health ministry") stays.
const OWN_COUNTRY = /^\s*(?:the\s+)?(?:country|nation|kingdom|republic)['’]s\s+/i;

/** The comparison form of a claimant's name: lower case, no articles, possessives, parentheses. */
export function normaliseSourceName(name: string): string {
  const bare = toWords(name.replace(PARENTHESES, ' ').replace(OWN_COUNTRY, ''));
  // "(NIS)" alone is still a name: keep what the parentheses held rather than nothing.
  let words = dropLeading(bare.length > 0 ? bare : toWords(name), ARTICLES);
  words = replacePhrases(normalisePlaces(words), SYNONYMS);
  if (words.at(-1) === 'intelligence') words = [...words, 'service'];
  return turnLinkPhrases(words).join(' ');
}

// Real names hold one or two such phrases ("Ministry of Defence of the Russian Federation");
// the cap keeps a hostile name with thousands of them from costing quadratic time.
const MAX_TURNS = 3;

function turnLinkPhrases(words: readonly string[]): readonly string[] {
  let turned = words;
  for (let turns = 0; turns < MAX_TURNS; turns++) {
    const next = turnLastLinkPhrase(turned);
    if (next === turned) break;
    turned = next;
  }
  return turned;
}

function turnLastLinkPhrase(words: readonly string[]): readonly string[] {
  const link = words.findLastIndex((word) => LINK_WORDS.has(word));
  if (link < 1 || link === words.length - 1) return words;
  const head = words.slice(0, link);
  const tail = dropLeading(words.slice(link + 1), ARTICLES);
  if (isPlace(tail)) return [...tail, ...head];
  const office = head.at(-1)!;
  return OFFICE_HEADS.has(office) ? [...head.slice(0, -1), ...tail, office] : words;
}

/** The row a claimant's name belongs to: a registry entry when the alias table knows it, else its normal form. */
export function sourceKey(name: string, aliases: AliasTable): SourceIdentity {
  const key = normaliseSourceName(name);
  if (key === '') return UNATTRIBUTED;
  const last = distinctiveLastWord(key);
  const entry = aliases.index.get(key) ?? (last === null ? undefined : aliases.index.get(last));
  if (entry) {
    return { key: normaliseSourceName(entry.name), display: entry.name, kind: entry.kind, side: entry.side, known: true };
  }
  return { key, display: name.trim().replace(/\s+/g, ' '), kind: null, side: null, known: false };
}

// The last word of a longer name may be a registered surname or acronym:
// "Ukrainian President Volodymyr Zelenskyy" → "zelenskyy", "the official news agency Tass" → "tass".
function distinctiveLastWord(key: string): string | null {
  const words = key.split(' ');
  const last = words.at(-1)!;
  return words.length > 1 && isDistinctive(last) ? last : null;
}

/** A last word that can tell one claimant from another: no generic tail, no place. */
export function isDistinctive(word: string): boolean {
  return !GENERIC_TAILS.has(word) && !isPlace([word]);
}

/** sourceKey of a name, null for a blank one; reports repeat names, so each is normalised once. */
export function sourceReader(aliases: AliasTable): (name: string | null) => SourceIdentity | null {
  const byName = new Map<string, SourceIdentity>();
  return (name) => {
    if (!name?.trim()) return null;
    const identity = byName.get(name) ?? sourceKey(name, aliases);
    byName.set(name, identity);
    return identity;
  };
}
