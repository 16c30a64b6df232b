// The alias table: registry entries (data/sources.json) and users' --aliases files, indexed by the
// normal form of every name they list. loadAliases validates untrusted JSON with messages that say
// where the problem is and what was found.
import { normaliseSourceName } from './sources.js';

export const SOURCE_KINDS = ['government', 'military', 'intelligence', 'ministry', 'un_ngo', 'media', 'party'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** One claimant: its canonical name, what kind of body it is, and other names it goes by. */
export interface SourceEntry {
  name: string;
  kind: SourceKind | null;
  /** The state or armed group the source speaks for ("Ukraine", "Russia"), for party-to-the-conflict flags. */
  side: string | null;
  aliases: string[];
  /**
   * Places that decide which body a shared name means (place → canonical name of another entry):
   * "the Palestinian health ministry" of a sentence naming Gaza is the Gaza Health Ministry.
   */
  where?: Record<string, string>;
}

/** A war and its opposing sides, each a list of allies: a source whose `side` is listed is a party to it. */
export interface ConflictEntry {
  name: string;
  sides: string[][];
}

/** Entries plus an index from the normal form of each name and alias to its entry, and the known conflicts. */
export interface AliasTable {
  readonly entries: readonly SourceEntry[];
  readonly index: ReadonlyMap<string, SourceEntry>;
  readonly conflicts: readonly ConflictEntry[];
}

/** A user's alias file or the registry is malformed; `path` says where ("sources[2].kind"). */
export class AliasFileError extends Error {
  readonly code = 'TOLL_ALIASES';
  constructor(
    readonly path: string,
    problem: string,
    got: unknown,
  ) {
    super(`${path}: ${problem}, got ${describe(got)}`);
    this.name = 'AliasFileError';
  }
}

/**
 * Builds a table. An entry that shares a name or alias with an earlier one extends it (the earlier
 * canonical name stays, aliases are added, kind and side are overridden when given), so a user
 * file can add aliases to registry entries.
 */
export function aliasTable(entries: readonly SourceEntry[], conflicts: readonly ConflictEntry[] = []): AliasTable {
  const index = new Map<string, SourceEntry>();
  const merged: SourceEntry[] = [];
  for (const entry of entries) {
    const earlier = namesOf(entry)
      .map((name) => index.get(normaliseSourceName(name)))
      .find((found) => found !== undefined);
    const combined = earlier ? extend(earlier, entry) : entry;
    if (earlier) merged[merged.indexOf(earlier)] = combined;
    else merged.push(combined);
    for (const name of namesOf(combined)) {
      const key = normaliseSourceName(name);
      if (key !== '') index.set(key, combined);
    }
  }
  return { entries: merged, index, conflicts };
}

export const NO_ALIASES: AliasTable = aliasTable([]);

/** Later tables extend and override earlier ones: `mergeAliases(registry, userFile)`. */
export function mergeAliases(...tables: readonly AliasTable[]): AliasTable {
  return aliasTable(
    tables.flatMap((table) => table.entries),
    tables.flatMap((table) => table.conflicts),
  );
}

function namesOf(entry: SourceEntry): string[] {
  return [entry.name, ...entry.aliases];
}

function extend(earlier: SourceEntry, later: SourceEntry): SourceEntry {
  const aliases = [...new Set([...earlier.aliases, ...namesOf(later)])].filter((name) => name !== earlier.name);
  const where = earlier.where || later.where ? { ...earlier.where, ...later.where } : undefined;
  return { name: earlier.name, kind: later.kind ?? earlier.kind, side: later.side ?? earlier.side, aliases, ...(where ? { where } : {}) };
}

/**
 * Validates an alias file. Two formats:
 * - `{"Canonical name": ["alias", ...], ...}`
 * - the registry format `{"version": 1, "sources": [{"name", "kind"?, "side"?, "aliases"?, "where"?}, ...],
 *   "conflicts"?: [{"name", "sides": [["Ukraine"], ["Russia", "North Korea"]]}, ...]}`
 * Keys starting with "$" are comments in both. Throws AliasFileError.
 */
export function loadAliases(json: unknown): AliasTable {
  if (!isObject(json)) throw new AliasFileError('top level', 'must be a JSON object', json);
  if (!('sources' in json)) return aliasTable(simpleEntries(json));
  return aliasTable(registryEntries(json), json.conflicts === undefined ? [] : conflictEntries(json.conflicts));
}

function simpleEntries(json: Record<string, unknown>): SourceEntry[] {
  return withoutComments(json).map(([name, aliases]) => {
    const path = JSON.stringify(name);
    return { name: nonBlank(name, path), kind: null, side: null, aliases: stringList(aliases, path) };
  });
}

const REGISTRY_KEYS = ['version', 'sources', 'conflicts'];
const CONFLICT_KEYS = ['name', 'sides'];
const ENTRY_KEYS = ['name', 'kind', 'side', 'aliases', 'where'];

function registryEntries(json: Record<string, unknown>): SourceEntry[] {
  onlyKeys(json, REGISTRY_KEYS, 'top level');
  if (json.version !== undefined && json.version !== 1) {
    throw new AliasFileError('version', 'must be 1 (the only registry version)', json.version);
  }
  if (!Array.isArray(json.sources)) throw new AliasFileError('sources', 'must be a list of entries', json.sources);
  return json.sources.map((item: unknown, i) => registryEntry(item, `sources[${i}]`));
}

function registryEntry(item: unknown, path: string): SourceEntry {
  if (!isObject(item)) throw new AliasFileError(path, 'must be an object with a "name"', item);
  onlyKeys(item, ENTRY_KEYS, path);
  return {
    name: nonBlank(item.name, `${path}.name`),
    kind: kindOf(item.kind, `${path}.kind`),
    side: item.side === undefined || item.side === null ? null : nonBlank(item.side, `${path}.side`),
    aliases: item.aliases === undefined ? [] : stringList(item.aliases, `${path}.aliases`),
    ...(item.where === undefined ? {} : { where: placeMap(item.where, `${path}.where`) }),
  };
}

/** `{"Gaza": "Gaza Health Ministry"}`: place names to canonical names, both non-blank. */
function placeMap(value: unknown, path: string): Record<string, string> {
  if (!isObject(value)) throw new AliasFileError(path, 'must be an object of place → name', value);
  return Object.fromEntries(withoutComments(value).map(([place, name]) => [nonBlank(place, path), nonBlank(name, `${path}.${place}`)]));
}

function conflictEntries(value: unknown): ConflictEntry[] {
  if (!Array.isArray(value)) throw new AliasFileError('conflicts', 'must be a list of conflicts', value);
  return value.map((item: unknown, i) => {
    const path = `conflicts[${i}]`;
    if (!isObject(item)) throw new AliasFileError(path, 'must be an object with a "name" and "sides"', item);
    onlyKeys(item, CONFLICT_KEYS, path);
    const sides = item.sides;
    if (!Array.isArray(sides) || sides.length < 2) throw new AliasFileError(`${path}.sides`, 'must list at least two sides', sides);
    return { name: nonBlank(item.name, `${path}.name`), sides: sides.map((side: unknown, j) => stringList(side, `${path}.sides[${j}]`, 'names of allies')) };
  });
}

function kindOf(value: unknown, path: string): SourceKind | null {
  if (value === undefined || value === null) return null;
  if (SOURCE_KINDS.includes(value as SourceKind)) return value as SourceKind;
  throw new AliasFileError(path, `must be one of ${SOURCE_KINDS.join(', ')}`, value);
}

function stringList(value: unknown, path: string, what = 'alias strings'): string[] {
  if (!Array.isArray(value)) throw new AliasFileError(path, `must be a list of ${what}`, value);
  return value.map((alias: unknown, i) => nonBlank(alias, `${path}[${i}]`));
}

function nonBlank(value: unknown, path: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new AliasFileError(path, 'must be a non-empty string', value);
  return value.trim();
}

function onlyKeys(object: Record<string, unknown>, allowed: readonly string[], path: string): void {
  const unknown = withoutComments(object).find(([key]) => !allowed.includes(key));
  if (unknown) throw new AliasFileError(path, `has an unknown key (expected ${allowed.join(', ')})`, unknown[0]);
}

function withoutComments(object: Record<string, unknown>): [string, unknown][] {
  return Object.entries(object).filter(([key]) => !key.startsWith('$'));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (value !== null && typeof value === 'object') return 'an object';
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
