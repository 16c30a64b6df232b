import { describe, expect, it } from 'vitest';
import { NO_ALIASES, loadAliases, readBuiltinAliases, sourceKey } from '../../src/reconcile/index.js';

const bare = (name: string) => sourceKey(name, NO_ALIASES).key;
const registry = readBuiltinAliases();
const known = (name: string) => sourceKey(name, registry);

describe('sourceKey without aliases: normalisation alone', () => {
  it.each([
    ['case, curly and straight possessives', ['South Korea’s intelligence service', "south korea's Intelligence Service", 'SOUTH KOREA’S INTELLIGENCE SERVICE']],
    ['demonyms and agency = service = spy agency', ["South Korea's intelligence agency", 'South Korean intelligence', 'South Korean spy agency', 'S. Korea’s spy agency']],
    ['"of"-phrases of a place', ['the National Intelligence Service (NIS) of South Korea', "South Korea's National Intelligence Service"]],
    ['ministries', ['the health ministry in Gaza', 'Ministry of Health in Gaza', 'The Gaza Health Ministry', "Gaza's health ministry"]],
    ['defence / defense and the Russian Federation', ['Ministry of Defence of the Russian Federation', 'Russian Defense Ministry', "Russia's defence ministry"]],
    ['leading articles', ['the Associated Press', 'Associated Press']],
  ])('%s', (_, names) => {
    expect(new Set(names.map(bare)).size).toBe(1);
  });

  it('gives readable keys', () => {
    expect(bare('South Korean intelligence')).toBe('south korea intelligence service');
    expect(bare('a news report')).toBe('news report');
    expect(bare('(Reuters)')).toBe('reuters');
  });

  it('keeps different claimants apart', () => {
    expect(bare('Ukraine’s health ministry')).not.toBe(bare('the Gaza health ministry'));
    expect(bare("North Korea's military")).not.toBe(bare("South Korea's military"));
  });

  it('shows the name as written, with whitespace tidied', () => {
    expect(sourceKey('  a   news report ', NO_ALIASES)).toMatchObject({ display: 'a news report', kind: null, known: false });
  });

  it('treats a name with no words as unattributed', () => {
    expect(sourceKey(' — ', NO_ALIASES).key).toBe('unattributed');
  });
});

describe('sourceKey with the built-in registry', () => {
  it('knows every name of South Korea’s intelligence service', () => {
    const names = [
      'the National Intelligence Service (NIS) of South Korea',
      "South Korea's National Intelligence Service",
      'NIS',
      "South Korea's NIS",
      "South Korea's intelligence agency",
      'South Korean intelligence',
      'South Korea’s intelligence service',
      'S. Korea’s spy agency',
    ];
    for (const name of names) {
      expect(known(name), name).toMatchObject({ display: "South Korea's National Intelligence Service (NIS)", kind: 'intelligence', known: true });
    }
  });

  it('matches a person by surname whatever the title or spelling', () => {
    for (const name of ['Ukrainian President Volodymyr Zelenskyy', 'Zelenskyy', 'Zelensky', 'President Zelenskiy']) {
      expect(known(name), name).toMatchObject({ display: 'Volodymyr Zelenskyy', side: 'Ukraine' });
    }
  });

  it('matches an agency named at the end of a description', () => {
    expect(known('the official news agency Tass').display).toBe('TASS');
    expect(known('South Korean news agency Yonhap').display).toBe('Yonhap');
    expect(known('U.N. OCHA').kind).toBe('un_ngo');
  });

  it('does not match on generic last words', () => {
    expect(known('Ukrainian health officials').known).toBe(false);
    expect(known('people who').known).toBe(false);
  });

  it('lets a user file add aliases', () => {
    const user = loadAliases({ 'a news report': ['news reports', 'media reports'] });
    expect(sourceKey('media reports', user)).toMatchObject({ key: 'news report', display: 'a news report', known: true });
  });
});

describe('normalisation cost', () => {
  it('takes linear time on adversarial names', () => {
    const hostile = ["'-".repeat(50_000) + 'x', '('.repeat(50_000) + 'x', 'x of gaza '.repeat(20_000), "s's".repeat(30_000)];
    const started = performance.now();
    for (const name of hostile) bare(name);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
