import { describe, expect, it } from 'vitest';
import { readBuiltinAliases, resolveClaimants } from '../../src/reconcile/index.js';
import { aliasTable, NO_ALIASES } from '../../src/reconcile/aliases.js';

const displays = (names: (string | null)[], aliases = NO_ALIASES) => resolveClaimants(names, aliases).map((c) => c.identity.display);

describe('resolveClaimants: one body, one claimant', () => {
  it('folds the wordings of one ministry into its fullest name', () => {
    const names = [
      'the Coastal Health Ministry', 'the health ministry', 'Health Minister Rana Haddad', "the ministry's spokesman",
      'according to health officials', 'The Ministry.', 'a spokeswoman for the health ministry',
    ];
    expect(new Set(displays(names))).toEqual(new Set(['the Coastal Health Ministry']));
  });

  it('names a claimant first met in a headline\'s capitals as a sentence writes it', () => {
    expect(displays(['POLICE', 'police', 'Police'])).toEqual(['police', 'police', 'police']);
    expect(displays(['RED CROSS', 'the Red Cross'])).toEqual(['the Red Cross', 'the Red Cross']);
    // Written only in capitals, or a short acronym: as written.
    expect(displays(['HEALTH MINISTRY'])).toEqual(['HEALTH MINISTRY']);
    expect(displays(['IRNA', 'Irna'])).toEqual(['IRNA', 'IRNA']);
  });

  it('says how each name was resolved', () => {
    const how = resolveClaimants(['the Coastal Health Ministry', "the ministry's spokesman", 'Health Minister Rana Haddad'], NO_ALIASES).map((c) => c.how);
    expect(how[0]).toBe('as written');
    expect(how[1]).toMatch(/^speaker → the body; the one (name|body) of these reports that contains it: the Coastal Health Ministry$/);
    expect(how[2]).toContain('minister → ministry');
  });

  it('reads an acronym set after an office\'s name as its name, so the office\'s head and the acronym join it', () => {
    const names = ['the national disaster agency BNPB', 'the disaster agency', 'BNPB', 'The agency'];
    expect(new Set(displays(names))).toEqual(new Set(['the national disaster agency BNPB']));
    // Two agencies: the bare head stays between them; a word the acronym's name lacks is another body.
    expect(displays(['the national disaster agency BNPB', 'the UN refugee agency', 'the agency'])).toEqual(['the national disaster agency BNPB', 'the UN refugee agency', 'the agency']);
    expect(displays(['the national disaster agency BNPB', 'the weather agency'])).toEqual(['the national disaster agency BNPB', 'the weather agency']);
  });

  it('keeps two ministries apart, and a bare "the ministry" unresolved between them', () => {
    const names = ['the Coastal Health Ministry', 'the Defence Ministry', 'the ministry'];
    expect(displays(names)).toEqual(['the Coastal Health Ministry', 'the Defence Ministry', 'the ministry']);
  });

  it('makes no claimant of unnamed reports and estimates, which extraction credits as written', () => {
    expect(displays(['Unconfirmed reports', 'reports', 'Initial reports', 'Estimates', 'the latest reports'])).toEqual(Array(5).fill('unattributed'));
    // A report with an author, or one of the media, is a claimant.
    expect(displays(['local media reports'])).toEqual(['local media reports']);
  });

  it('never makes a claimant of a pronoun or a bare noun', () => {
    expect(displays(['It', 'they', 'officials', 'two senior officials', 'Authorities.', null, ''])).toEqual(Array(7).fill('unattributed'));
  });

  it('reads a territory\'s administrator, commissioner or collector as its office, like a governor', () => {
    expect(new Set(displays(['the district administrator', 'Kareli district administrator Ravi Menon']))).toEqual(new Set(['Kareli district administrator Ravi Menon']));
    expect(resolveClaimants(['the deputy commissioner'], NO_ALIASES)[0]!.how).toBe("commissioner → commissioner's office");
    // A hospital's administrator speaks for the hospital, not for an office of his own.
    expect(resolveClaimants(['hospital administrator Jane Doe'], NO_ALIASES)[0]!.how).toBe('speaker → the body');
  });

  it('drops trailing punctuation and keeps a prime minister a person', () => {
    expect(displays(['Police.', 'Prime Minister Ana Varga'])).toEqual(['Police', 'Prime Minister Ana Varga']);
  });

  it('reads a reporter on the scene as the outlet\'s own figure', () => {
    const [reporters] = resolveClaimants(['reporters at the scene'], NO_ALIASES);
    expect(reporters!.identity).toMatchObject({ kind: 'media', key: 'reporters' });
  });

  it('takes the registry first: the user\'s alias file overrides any reading', () => {
    const user = aliasTable([{ name: 'Valley Police', kind: 'government', side: null, aliases: ['the valley officials'] }]);
    expect(displays(['the valley officials'], user)).toEqual(['Valley Police']);
    expect(displays(['Gaza health officials', 'the Gaza Health Ministry'], readBuiltinAliases())).toEqual(['Gaza Health Ministry', 'Gaza Health Ministry']);
  });
});

describe('resolveClaimants: initialisms, the own country, folds that chain', () => {
  const displaysOf = (names: (string | null)[]) => resolveClaimants(names, NO_ALIASES).map((c) => c.identity.display);

  it('joins an initialism to the one name of the run whose initials it spells', () => {
    expect(new Set(displaysOf(['the Ministry of Health', 'The MoH']))).toEqual(new Set(['the Ministry of Health']));
    // the name kept turned round ("health ministry") spells "MoH" office first
    expect(new Set(displaysOf(['the health ministry', 'MOH']))).toEqual(new Set(['the health ministry']));
    expect(new Set(displaysOf(['the National Disaster Management Authority', 'NDMA']))).toEqual(new Set(['the National Disaster Management Authority']));
    expect(new Set(displaysOf(['Doctors for Human Rights', 'DHR officials']))).toEqual(new Set(['Doctors for Human Rights']));
  });

  it('keeps apart initials that spell another name', () => {
    expect(displaysOf(['the Ministry of Health', 'MoD'])).toEqual(['the Ministry of Health', 'MoD']);
    expect(displaysOf(['Kestrel Mining', 'KMC'])).toEqual(['Kestrel Mining', 'KMC']);
    // one word spells no initialism
    expect(displaysOf(['Hamas', 'H'])).toEqual(['Hamas', 'H']);
  });

  it("reads the report's own country as no part of a body's name", () => {
    expect(new Set(displaysOf(["The country's health ministry", 'the health ministry']))).toEqual(new Set(["The country's health ministry"]));
    expect(new Set(displaysOf(["the nation's disaster agency", 'the disaster agency']))).toEqual(new Set(["the nation's disaster agency"]));
    // a place's own possessive still says which body
    expect(displaysOf(["Gaza's health ministry", "Lebanon's health ministry"])).toEqual(["Gaza's health ministry", "Lebanon's health ministry"]);
  });

  it('follows a fold into a name that folds again', () => {
    const names = ['the Ministry of Health', 'The MoH', 'The Kafr Dal health ministry', "The country's Health Ministry"];
    expect(new Set(displaysOf(names))).toEqual(new Set(['The Kafr Dal health ministry']));
    expect(resolveClaimants(names, NO_ALIASES)[1]!.how).toMatch(/Ministry of Health.*Kafr Dal/);
  });
});
