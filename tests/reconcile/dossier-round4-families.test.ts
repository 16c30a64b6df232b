// Families found by the fourth blind dossier round (tests/cli/dossier-round4.test.ts), reconcile side,
// each with invented cases and the cases that must stay as they were.
import { describe, expect, it } from 'vitest';
import { aliasTable, NO_ALIASES } from '../../src/reconcile/aliases.js';
import { reconcile, resolveClaimants } from '../../src/reconcile/index.js';
import { figure } from './seed-figures.js';

const displays = (names: string[]) => [...new Set(resolveClaimants(names, NO_ALIASES).map((c) => c.identity.display))];

describe('claimants: a place the run names by its possessive, in other forms', () => {
  it('joins the demonym and "X of Y" forms of a place the gazetteer does not know', () => {
    expect(displays(["Vardania's disaster authority", 'Vardanian disaster authority chief Emre Talan'])).toEqual(["Vardania's disaster authority"]);
    expect(displays(['The health ministry of Lomara', "Lomara's health ministry"])).toEqual(["Lomara's health ministry"]);
    expect(displays(["Ostrel's civil protection service", 'the Ostrelian civil protection service'])).toEqual(["Ostrel's civil protection service"]);
    expect(displays(["Kessia's interior ministry", 'the interior ministry of Kessia', 'Kessian Interior Minister Ana Vos'])).toEqual(["Kessia's interior ministry"]);
    // A demonym made from the place's stem ("Tesso" → "Tessan").
    expect(displays(["Tesso's health ministry", 'the Tessan health ministry'])).toEqual(["Tesso's health ministry"]);
  });

  it('says how the name was read', () => {
    expect(resolveClaimants(["Lomara's health ministry", 'The health ministry of Lomara'], NO_ALIASES)[1]!.how)
      .toBe('"The health ministry of Lomara" → "Lomara\'s health ministry"');
  });

  it('keeps bodies of two places, and places no possessive names, apart', () => {
    expect(displays(["Vardania's disaster authority", 'the Ostrelian disaster authority'])).toEqual(["Vardania's disaster authority", 'the Ostrelian disaster authority']);
    // No possessive of the place in the run: nothing to join to.
    expect(displays(['the Vardanian disaster authority', 'the disaster authority of Ostrel'])).toEqual(['the Vardanian disaster authority', 'the disaster authority of Ostrel']);
    // A possessive that opens no longer name ("Lomara's") is no place of the run.
    expect(displays(["Lomara's", 'the Lomaran health ministry'])).toEqual(["Lomara's", 'the Lomaran health ministry']);
  });
});

describe('claimants: acronyms, chairs, sheriffs, figures and a role before the name', () => {
  it('joins an acronym before a role or officials to the name that spells it out', () => {
    expect(displays(['the state Rail Transport Corporation (RTC)', 'RTC chairman Idris Balogun', 'RTC officials'])).toEqual(['the state Rail Transport Corporation (RTC)']);
    expect(displays(['the Northern Water Board (NWB)', 'NWB chairwoman Eva Lind'])).toEqual(['the Northern Water Board (NWB)']);
  });

  it('keeps a field before officials narrowed, as before', () => {
    // "health officials" joins the one health body; "rail officials" with no rail body stays as written.
    expect(displays(['the Coastal Health Ministry', 'health officials'])).toEqual(['the Coastal Health Ministry']);
    expect(displays(['rail officials'])).toEqual(['rail officials']);
  });

  it('reads a sheriff as the sheriff\'s office, as a governor', () => {
    expect(displays(['Sheriff Marta Quiroga', "the sheriff's office"])).toEqual(['Sheriff Marta Quiroga']);
    expect(displays(["the county sheriff's office", 'Sheriff Dale Munro', 'Munro'])).toEqual(["the county sheriff's office"]);
  });

  it('reads an office\'s figures as the office', () => {
    expect(displays(['the Coastal Health Ministry', 'the latest ministry figures'])).toEqual(['the Coastal Health Ministry']);
    expect(displays(['the Valley Police', 'official police data'])).toEqual(['the Valley Police']);
    // Figures of no office stay as written.
    expect(displays(['the latest hospital figures'])).toEqual(['the latest hospital figures']);
  });

  it('reads the role set off before a name as the body', () => {
    expect(displays(['the Coastal Health Ministry', 'the health minister, Rana Haddad'])).toEqual(['the Coastal Health Ministry']);
    expect(displays(["Vardania's health minister, Leyla Dorsun"])).toEqual(["Vardania's health ministry"]);
    expect(displays(['the Valley Army', "The army's spokesman, Colonel Ruben Osei"])).toEqual(['the Valley Army']);
    // The person named alone elsewhere speaks for the body too.
    expect(displays(['the Valley Army', "The army's spokesman, Colonel Ruben Osei", 'Osei'])).toEqual(['the Valley Army']);
  });

  it('drops the "a" of one of a body\'s people', () => {
    expect(displays(['A transport ministry official'])).toEqual(['transport ministry']);
    expect(displays(['the interior ministry', 'an interior ministry source'])).toEqual(['the interior ministry']);
  });
});

describe('party flags: sides the registry gets from a file', () => {
  const aliases = aliasTable(
    [
      { name: 'Hill Army', kind: 'military', side: 'Hillia', aliases: ['the Hillian army'] },
      { name: 'Valley Front', kind: 'party', side: 'Valley Front', aliases: ['VF'] },
    ],
    [{ name: 'Valley war', sides: [['Hillia'], ['Valley Front']] }],
  );
  const killed = (doc: string, source: string, low: number, actor: string, sentence: string) =>
    figure({ doc, source, category: 'killed', low, high: low, qualifier: 'exact', actor, date: '2025-03-03', sentence });
  const flags = (figures: ReturnType<typeof figure>[]) =>
    reconcile(figures, { aliases }).groups.flatMap((group) => group.rows.map((row) => [row.display, row.party]));

  it('reads a demonym of a side the gazetteer does not know as the side', () => {
    expect(flags([killed('a', 'the Valley Front', 30, 'civilians', 'The Valley Front said Hillian soldiers had killed 30 civilians in the village.')]))
      .toEqual([['Valley Front', 'own_losses']]);
    expect(flags([killed('b', 'the Valley Front', 12, 'villagers', 'The Valley Front said Hillian troops shot 12 villagers.')]))
      .toEqual([['Valley Front', 'own_losses']]);
  });

  it('reads fighters of a side who massacred people as the attacker', () => {
    expect(flags([killed('c', 'the Hillian army', 41, 'civilians', 'The Hillian army said fighters of the Valley Front had massacred 41 civilians in the village.')]))
      .toEqual([['Hill Army', 'own_losses']]);
    expect(flags([killed('d', 'the Hillian army', 9, 'civilians', 'The Hillian army said Valley Front gunmen executed nine civilians.')]))
      .toEqual([['Hill Army', 'own_losses']]);
  });

  it('reads attackers a state\'s army killed as the enemy, whoever the sentence names', () => {
    expect(flags([killed('e', 'the Hillian army', 18, 'attackers', 'The Hillian army said fighters of the Valley Front had massacred 41 civilians, and that its troops had killed 18 of the attackers.')]))
      .toEqual([['Hill Army', 'enemy_losses']]);
    expect(flags([killed('f', 'the Hillian army', 4, 'assailants', 'The Hillian army said four assailants were shot dead.')]))
      .toEqual([['Hill Army', 'enemy_losses']]);
  });

  it('reads a side\'s own acronym in the registry as the side of the people it names', () => {
    expect(flags([killed('i', 'VF spokesman Ari Dan', 0, 'VF fighters', 'VF spokesman Ari Dan said no VF fighters had died.')]))
      .toEqual([['Valley Front', 'own_losses']]);
    // An acronym of a body that is not itself the side names no side ("HA" for the Hill Army is the army's).
    const army = aliasTable([{ name: 'Hill Army', kind: 'military', side: 'Hillia', aliases: ['HA'] }], [{ name: 'Valley war', sides: [['Hillia'], ['Valley Front']] }]);
    expect(reconcile([killed('j', 'a village chief', 3, 'HA soldiers', 'Three HA soldiers died, a village chief said.')], { aliases: army }).groups[0]!.side).toBe(null);
  });

  it('reads a side named as the place, or the people, as before', () => {
    // The sentence names the side's people, not its forces: the dead are of that side.
    expect(flags([killed('g', 'the Hillian army', 5, 'Hillian villagers', 'The Hillian army said five Hillian villagers died in the flood.')]))
      .toEqual([['Hill Army', 'own_losses']]);
    // A claimant of no side: no flag.
    expect(flags([killed('h', 'a village chief', 30, 'civilians', 'Gunmen killed 30 civilians, a village chief said.')]))
      .toEqual([['a village chief', null]]);
  });
});

describe('digest: the latest is an estimate, a later count of the dead so far a floor', () => {
  const stated = (doc: string, date: string, low: number, source: string, kind?: 'counted') =>
    ({ ...figure({ doc, date, source, category: 'killed', low, high: low, qualifier: 'exact', actor: 'people' }), ...(kind ? { kind } : {}) });

  it('names the latest estimate, and the later count below it apart', () => {
    const group = reconcile([stated('a', '2026-06-18', 35, 'the Rail Corporation'), stated('b', '2026-06-19', 34, 'the police', 'counted')]).groups[0]!;
    expect(group.digest!.text).toBe('latest: 35 (the Rail Corporation, 18 June 2026); counted so far, below the range: 34 counted, the police');
  });

  it('names a count as latest where no estimate is left', () => {
    const group = reconcile([stated('a', '2026-06-18', 12, 'the coroner', 'counted'), stated('b', '2026-06-19', 14, 'the coroner', 'counted')]).groups[0]!;
    expect(group.digest!.latest!.label).toBe('14 counted');
  });
});

describe('claimants: the sentence after one its speaker closes goes on with the statement', () => {
  // Two sentences of one report: the first closed by its speaker, the second naming no one (its
  // claimant the outlet, from the source column).
  const report = (first: string, second: string, firstSource: string, via: 'named' | 'column' = 'named') => {
    const [a, b] = [first.search(/\d/), first.length + 1 + second.search(/\d|[A-Z][a-z]+-/)];
    return [
      { ...figure({ doc: 'r1', source: firstSource, category: 'killed', low: 41, high: 41, qualifier: 'exact', actor: 'people', sentence: first, quote: first.slice(a).split(' ')[0]!, start: a }), sourceVia: via },
      { ...figure({ doc: 'r1', source: 'Wire A', category: 'missing', low: 31, high: 31, qualifier: 'exact', actor: 'people', sentence: second, quote: '31', start: b }), sourceVia: 'column' as const },
    ];
  };
  const claimants = (figures: ReturnType<typeof report>) => reconcile(figures).groups.map((group) => group.rows.map((row) => row.display));

  it('credits the next sentence\'s figure to the speaker that closed the sentence before', () => {
    expect(claimants(report('Divers found 22 more bodies, bringing the toll to 41, the agency said.', '31 people remain missing.', 'the agency'))).toEqual([['the agency'], ['the agency']]);
    expect(claimants(report('The toll rose to 41, Governor Ana Vos said on Telegram.', '31 people were wounded.', 'Governor Ana Vos'))).toEqual([['Governor Ana Vos'], ['Governor Ana Vos']]);
  });

  it('keeps the outlet where the sentence before opens with its speaker, or names no one', () => {
    // "The agency said …": the statement is the sentence, closed without its speaker.
    expect(claimants(report('The agency said 41 people had died in the sinking.', '31 people remain missing.', 'The agency'))).toEqual([['The agency'], ['Wire A']]);
    // The sentence before names no one either.
    expect(claimants(report('The toll rose to 41, officials said.', '31 people remain missing.', 'Wire A', 'column'))).toEqual([['Wire A'], ['Wire A']]);
  });
});

describe('conflicts: two parties\' claims of one side\'s losses are compared as stated', () => {
  const aliases = aliasTable(
    [
      { name: 'Hill Army', kind: 'military', side: 'Hillia', aliases: ['the Hillian army'] },
      { name: 'Dale Army', kind: 'military', side: 'Dalia', aliases: ['the Dalian army'] },
      { name: 'Border Watch', kind: 'un_ngo', side: null, aliases: [] },
    ],
    [{ name: 'Border war', sides: [['Hillia'], ['Dalia']] }],
  );
  const soldiers = (doc: string, date: string, source: string, low: number, qualifier: 'exact' | 'at_least' = 'exact') =>
    figure({ doc, date, source, category: 'killed', low, high: qualifier === 'exact' ? low : null, qualifier, actor: 'Hillian soldiers', sentence: '' });
  const pairs = (figures: ReturnType<typeof figure>[]) => reconcile(figures, { aliases }).groups[0]!.disagreements.map((pair) => [pair.a, pair.b]);

  it('sets the army\'s "none" against the enemy\'s claim of the day after', () => {
    expect(pairs([soldiers('a', '2026-05-08', 'the Hillian army', 0), soldiers('b', '2026-05-09', 'the Dalian army', 20, 'at_least')]))
      .toEqual([['hill army', 'dale army']]);
  });

  it('lets a toll stated later by no party rise above the army\'s, as before', () => {
    expect(pairs([soldiers('a', '2026-05-08', 'the Hillian army', 0), soldiers('b', '2026-05-09', 'Border Watch', 20, 'at_least')])).toEqual([]);
  });
});

describe('scope: a revision that names no place revises the estimate before it', () => {
  const estimate = (doc: string, date: string, low: number, place: string | null, revision?: 'revised') =>
    ({ ...figure({ doc, date, source: 'the Institute of Soil and Health', category: 'killed', low, high: low, qualifier: 'approx', actor: 'people' }),
      scope: { deaths: 'excess' as const, ...(place ? { place } : {}) }, ...(revision ? { revision } : {}) });
  const scopes = (figures: ReturnType<typeof estimate>[]) =>
    reconcile(figures).groups.map((group) => [group.scope, group.rows.map((row) => [row.claims.map((c) => c.label), row.history.map((c) => c.label)])]);

  it('gives the earlier estimate of another place the revision\'s scope', () => {
    expect(scopes([estimate('a', '2025-07-22', 2300, 'across the country'), estimate('b', '2025-08-05', 3050, null, 'revised')]))
      .toEqual([['excess deaths', [[['≈3,050'], ['≈2,300']]]]]);
  });

  it('keeps the places where the revision names one, or the earlier figures name two', () => {
    expect(scopes([estimate('a', '2025-07-22', 2300, 'across the country'), estimate('b', '2025-08-05', 3050, null)]).map(([scope]) => scope))
      .toEqual(['excess deaths · across the country', 'excess deaths']);
    expect(scopes([estimate('a', '2025-07-22', 2300, 'across the country'), estimate('b', '2025-07-23', 300, 'in the capital alone'), estimate('c', '2025-08-05', 3050, null, 'revised')]).map(([scope]) => scope))
      .toEqual(['excess deaths · across the country', 'excess deaths · in the capital alone', 'excess deaths']);
  });
});
