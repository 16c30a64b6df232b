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
    [{ sources: [], extra: 1 }, 'top level: has an unknown key (expected version, sources), got "extra"'],
    [{ sources: [{ name: 'X', kind: 'army' }] }, `sources[0].kind: must be one of ${SOURCE_KINDS.join(', ')}, got "army"`],
    [{ sources: [{ name: 'X', alias: [] }] }, 'sources[0]: has an unknown key (expected name, kind, side, aliases), got "alias"'],
    [{ sources: [{ aliases: [] }] }, 'sources[0].name: must be a non-empty string, got nothing'],
    [{ sources: [null] }, 'sources[0]: must be an object with a "name", got null'],
  ])('rejects %j: %s', (json, message) => {
    expect(() => loadAliases(json)).toThrow(AliasFileError);
    expect(() => loadAliases(json)).toThrow(message);
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
    ]) {
      expect(sourceKey(name, registry).known, name).toBe(true);
    }
  });
});
