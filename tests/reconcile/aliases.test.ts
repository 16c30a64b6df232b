import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AliasFileError, SOURCE_KINDS, loadAliases, mergeAliases, readBuiltinAliases, sourceKey } from '../../src/reconcile/index.js';

describe('loadAliases', () => {
  it('reads the simple format {"Canonical": ["alias", ...]}', () => {
    const table = loadAliases({ $comment: 'ignored', 'Kherson Regional Military Administration': ['Kherson RMA', 'the RMA'] });
    expect(table.entries).toEqual([{ name: 'Kherson Regional Military Administration', kind: null, side: null, aliases: ['Kherson RMA', 'the RMA'] }]);
    expect(sourceKey('the Kherson RMA', table).display).toBe('Kherson Regional Military Administration');
  });

  it('reads the registry format', () => {
    const table = loadAliases({ version: 1, sources: [{ name: 'Kremlin', kind: 'government', side: 'Russia', aliases: ['Peskov'] }] });
    expect(sourceKey('Peskov', table)).toMatchObject({ display: 'Kremlin', kind: 'government', side: 'Russia' });
  });

  it.each([
    [[], 'top level: must be a JSON object, got a list'],
    ['x', 'top level: must be a JSON object, got "x"'],
    [{ NIS: 'South Korea’s spy agency' }, '"NIS": must be a list of alias strings, got "South Korea’s spy agency"'],
    [{ NIS: ['ok', 7] }, '"NIS"[1]: must be a non-empty string, got 7'],
    [{ ' ': [] }, '" ": must be a non-empty string, got " "'],
    [{ sources: {} }, 'sources: must be a list of entries, got an object'],
    [{ version: 2, sources: [] }, 'version: must be 1 (the only registry version), got 2'],
    [{ sources: [], extra: 1 }, 'top level: has an unknown key (expected version, sources, conflicts), got "extra"'],
    [{ sources: [], conflicts: {} }, 'conflicts: must be a list of conflicts, got an object'],
    [{ sources: [], conflicts: [{ name: 'War', sides: [['A']] }] }, 'conflicts[0].sides: must list at least two sides, got a list'],
    [{ sources: [], conflicts: [{ name: 'War', sides: [['A'], 'B'] }] }, 'conflicts[0].sides[1]: must be a list of names of allies, got "B"'],
    [{ sources: [], conflicts: [{ sides: [['A'], ['B']] }] }, 'conflicts[0].name: must be a non-empty string, got nothing'],
    [{ sources: [], conflicts: [{ name: 'War', sides: [['A'], ['B']], allies: [] }] }, 'conflicts[0]: has an unknown key (expected name, sides), got "allies"'],
    [{ sources: [{ name: 'X', kind: 'army' }] }, `sources[0].kind: must be one of ${SOURCE_KINDS.join(', ')}, got "army"`],
    [{ sources: [{ name: 'X', alias: [] }] }, 'sources[0]: has an unknown key (expected name, kind, side, aliases, where), got "alias"'],
    [{ sources: [{ name: 'X', where: ['Gaza'] }] }, 'sources[0].where: must be an object of place → name, got a list'],
    [{ sources: [{ name: 'X', where: { Gaza: '' } }] }, 'sources[0].where.Gaza: must be a non-empty string, got ""'],
    [{ sources: [{ aliases: [] }] }, 'sources[0].name: must be a non-empty string, got nothing'],
    [{ sources: [null] }, 'sources[0]: must be an object with a "name", got null'],
  ])('rejects %j: %s', (json, message) => {
    expect(() => loadAliases(json)).toThrow(AliasFileError);
    expect(() => loadAliases(json)).toThrow(message);
  });

  it('reads the conflicts of the registry format, and merges them with later tables', () => {
    const war = { name: 'Valley war', sides: [['Valley'], ['Hills', 'Plains']] };
    const table = loadAliases({ version: 1, sources: [], conflicts: [war] });
    expect(table.conflicts).toEqual([war]);
    expect(mergeAliases(readBuiltinAliases(), table).conflicts).toContainEqual(war);
    expect(loadAliases({ NIS: ['Seoul spies'] }).conflicts).toEqual([]);
  });

  it('reads which body a shared name means in a place, and keeps it when a later table extends the entry', () => {
    const registry = loadAliases({ sources: [
      { name: 'Valley Health Ministry', aliases: ['Valley Ministry of Health'], where: { 'Hill Country': 'Hill Health Office' } },
      { name: 'Hill Health Office' },
    ] });
    const extended = mergeAliases(registry, loadAliases({ 'Valley Health Ministry': ['VHM'] }));
    expect(extended.entries[0]).toMatchObject({ where: { 'Hill Country': 'Hill Health Office' }, aliases: ['Valley Ministry of Health', 'VHM'] });
  });

  it('gives errors a stable code and path', () => {
    try {
      loadAliases({ sources: [{ name: 'X', kind: 'army' }] });
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ code: 'TOLL_ALIASES', path: 'sources[0].kind' });
    }
  });
});

describe('mergeAliases', () => {
  it('extends a registry entry that a user entry names, keeping its canonical name', () => {
    const merged = mergeAliases(readBuiltinAliases(), loadAliases({ NIS: ['Seoul spies'] }));
    expect(sourceKey('Seoul spies', merged).display).toBe("South Korea's National Intelligence Service (NIS)");
    expect(sourceKey('South Korean intelligence', merged).display).toBe("South Korea's National Intelligence Service (NIS)");
  });

  it('adds new entries', () => {
    const merged = mergeAliases(readBuiltinAliases(), loadAliases({ 'Donetsk People’s Republic': ['DPR'] }));
    expect(sourceKey('the DPR', merged).display).toBe('Donetsk People’s Republic');
  });
});

describe('the built-in registry (data/sources.json)', () => {
  const registry = readBuiltinAliases();

  it('lists the wars whose parties are flagged, each side by names the actors normalise to', () => {
    expect(registry.conflicts.map((conflict) => conflict.name)).toEqual([
      'Russia–Ukraine war', 'Israel–Hamas war', 'Israel–Hezbollah conflict', 'Israeli–Palestinian conflict in the West Bank', 'India–Pakistan conflict',
    ]);
    expect(registry.conflicts[0]!.sides).toEqual([['Ukraine'], ['Russia', 'North Korea', 'DPR', "Donetsk People's Republic", 'LPR', "Luhansk People's Republic"]]);
  });

  it('loads, and no two entries share a name or alias', () => {
    const listed = JSON.parse(readFileSync(new URL('../../data/sources.json', import.meta.url), 'utf8')).sources.length;
    expect(listed).toBeGreaterThan(25);
    // aliasTable merges entries that share a normalised name: a collision would shrink the count.
    expect(registry.entries).toHaveLength(listed);
  });

  it('covers the seed sources and the frequent ones', () => {
    for (const name of [
      "South Korea's NIS", 'Zelenskyy', 'Yonhap', "Ukraine's Security Service", 'Gaza health ministry', 'UN OCHA', 'WHO', 'Reuters',
      'AP', 'AFP', 'TASS', 'Interfax', 'Xinhua', 'BBC', 'ICRC', "Ukraine's General Staff", 'Russian Defence Ministry', 'IDF',
      'ACLED', 'UCDP', 'AFAD', 'the Kherson RMA', 'Helth minister Viktor Lyashko', 'the Hamas-run health ministry', 'UNRWA',
      'the Interfax news agency', 'the official news agency Tass', 'the Syrian state news agency SANA', 'The Iranian news agency IRNA',
    ]) {
      expect(sourceKey(name, registry).known, name).toBe(true);
    }
  });
});
