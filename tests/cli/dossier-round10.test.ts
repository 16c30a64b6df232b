// Round 10 of blind dossiers: four made-up disputed events of kinds rounds 1–9 did not cover (a dam
// burst whose missing are found alive or dead over a week, a drone strike on a wedding party counted by
// each side of an (invented) insurgency, a local elder, a hospital and a UN mission, a campus shooting
// with the suspect among the dead counted by the police, the university and a coroner, a fire in a
// migrant detention centre counted by a migration institute, a prosecutor, a rights group and a foreign
// ministry counting its nationals), each with what an analyst needs written before toll was run (comments
// say where that expectation was wrong per docs/reconcile.md); what toll still gets wrong is an
// `it.fails` case.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { currentLabels, eventGroup, groupsOf, holdingLabel, labelsOf, ledger, pairText, partLabels, rowOf, rowsOf, withStatus } from './dossier-helpers.js';


// A dam burst on a Sunday night: the district administration (its collector by name, "It") ≥9 → 17 → 26
// (9 more bodies a part) → revised down to 24 (2 bodies counted twice), its missing 120 → 96 → 31 → 12;
// 64 of the missing found alive are no figure; the water resources minister's 21 with a village's 8 a
// part; a village elder's 40 "from his village alone" a place apart; the operator's denial of "more than
// 200"; 1979's collapse apart.
const DAM = `id,date,outlet,text
m1,2026-07-13,Wire A,"The Koval dam in Estria's Marden district burst on Sunday night, killing at least 9 people, and 120 others were missing, the district administration said."
m2,2026-07-14,Estria Daily,"District Collector Anika Rao said the death toll had risen to 17 and that 96 people remained missing."
m3,2026-07-15,Wire B,"The state disaster response force said 64 people who had been reported missing had been found alive in relief camps on higher ground."
m4,2026-07-15,Wire A,"Estria's water resources minister, Tomas Verin, said 21 people had been killed, 8 of them in the village of Pali."
m5,2026-07-16,Estria Daily,"The district administration updated the toll to 26 after rescuers recovered 9 more bodies downstream. It said 31 people were still missing."
m6,2026-07-17,Wire B,"A village elder in Pali, Goran Lisko, said 40 people from his village alone had died and accused officials of hiding bodies."
m7,2026-07-18,Wire A,"Kovar Hydro, the company that operates the dam, denied reports that more than 200 people had died, calling them exaggerated."
m8,2026-07-20,Estria Daily,"The district administration revised the death toll down to 24, saying 2 bodies had been counted twice, and said the number of missing had fallen to 12."
m9,2026-07-20,Wire B,"It was the worst dam failure in Estria since 1979, when the Sela dam collapsed and killed 146 people."
`;

describe('round 10: a dam burst whose missing are found over a week', () => {
  const groups = groupsOf(DAM, ['--group-by', 'category']);
  const killed = () => eventGroup(groups, 'killed');

  // Failed blind (see the round 10 grades in docs/reconcile.md).
  it('gives the district administration and its collector one ledger of the dead ending at 24', () => {
    const district = rowsOf(killed(), /district administration|collector|Anika Rao/i);
    expect(district).toHaveLength(1);
    expect(ledger(district[0]!)).toEqual([['24'], ['≥9', '17', '26']]);
    expect(labelsOf([killed()])).not.toContain('2');
    // The dam burst on Sunday night; the administration first spoke on Monday.
    const first = district[0]!.history.find((c) => c.label === '≥9')!;
    expect(first.events).toEqual(['2026-07-12']);
  });

  // Failed blind (see the round 10 grades in docs/reconcile.md).
  it('gives the administration one ledger of the missing ending at 12, the found alive no figure', () => {
    const missing = eventGroup(groups, 'missing');
    expect(missing.rows).toHaveLength(1);
    expect(ledger(missing.rows[0]!)).toEqual([['12'], ['120', '96', '31']]);
    expect(labelsOf(groups)).not.toContain('64');
  });

  // Failed blind (see the round 10 grades in docs/reconcile.md).
  it('sets the minister beside it with his village as a part, the elder\'s village apart', () => {
    const minister = rowOf(killed(), /water resources|Tomas Verin/i);
    expect(minister.claims.map((c) => c.label)).toEqual(['21']);
    expect(partLabels(minister)).toEqual(['8']);
    expect(holdingLabel(groups, 'killed', '40').scope).not.toBe(null);
    expect(currentLabels([killed()])).not.toContain('40');
  });

  // Failed blind (see the round 10 grades in docs/reconcile.md).
  it('shows the operator\'s denial as a denial and 1979 apart', () => {
    const operator = rowOf(killed(), /Kovar Hydro/);
    expect(operator.claims).toEqual([]);
    expect(withStatus(operator, 'denied')).toEqual(['≥200']);
    expect(holdingLabel(groups, 'killed', '146').scope).toBe('in 1979');
  });
});

// A drone strike on a wedding party in an (invented) insurgency, the registry extended by a file: a
// village elder ≥23 → 27 (4 wounded who died a part); the provincial health department's 19 bodies (7
// women and 5 children) and 31 wounded; the defence ministry's 12 insurgents, later revised down to 8,
// and its denial that civilians died; the insurgents' 34 civilians and their "none" of their fighters;
// the UN mission's verified 22 civilians (9 children); another strike on a checkpoint apart.
const WEDDING = `id,date,outlet,text
w1,2026-09-04,Wire A,"A drone strike hit a wedding party in the village of Darak in Sorvan's Helm province on Thursday, killing at least 23 people, a local elder, Haji Musa Kandar, said."
w2,2026-09-04,Helm Voice,"The provincial health department said 19 bodies had been brought to the hospital in Helm city, including 7 women and 5 children, and that 31 people were wounded."
w3,2026-09-05,Wire B,"The Sorvani defence ministry said its drone had struck a gathering of insurgents in Darak, killing 12 fighters of the Helm Liberation Front, and denied that any civilians had been killed."
w4,2026-09-05,Wire A,"The Helm Liberation Front said 34 civilians, most of them women and children, had been killed at the wedding, and that none of its fighters had been present."
w5,2026-09-06,Helm Voice,"Haji Musa Kandar said the number of dead had risen to 27 after 4 of the wounded died in hospital."
w6,2026-09-08,Wire B,"The UN mission in Sorvan said it had verified the deaths of 22 civilians, including 9 children, and was still investigating further reports."
w7,2026-09-09,Wire A,"The defence ministry revised its figure of 12 fighters killed down to 8."
w8,2026-09-10,Helm Voice,"A separate drone strike on a checkpoint in Nalu district on Tuesday killed 3 policemen, the provincial police said."
`;
const HELM_WAR = {
  version: 1,
  sources: [
    { name: 'Sorvani Defence Ministry', kind: 'military', side: 'Sorvan', aliases: ['the Sorvani defence ministry', 'the defence ministry'] },
    { name: 'Helm Liberation Front', kind: 'party', side: 'Helm Liberation Front', aliases: ['HLF'] },
  ],
  conflicts: [{ name: 'Helm insurgency', sides: [['Sorvan'], ['Helm Liberation Front']] }],
};

describe('round 10: a drone strike on a wedding party', () => {
  const dir = mkdtempSync(join(tmpdir(), 'toll-round10-'));
  const aliases = join(dir, 'helm.json');
  writeFileSync(aliases, JSON.stringify(HELM_WAR));
  const groups = groupsOf(WEDDING, ['--aliases', aliases, '--group-by', 'category']);
  const killed = () => eventGroup(groups, 'killed');

  it('gives the elder one ledger ending at 27, the wounded who died a part', () => {
    const elder = rowsOf(killed(), /Haji Musa Kandar|elder/i);
    expect(elder).toHaveLength(1);
    expect(ledger(elder[0]!)).toEqual([['27'], ['≥23']]);
    expect(partLabels(elder[0]!)).toEqual(['4']);
    expect(elder[0]!.history[0]!.events).toEqual(['2026-09-03']);
  });

  // Failed blind (see the round 10 grades in docs/reconcile.md).
  it('gives the health department its counted bodies with women and children as parts, and the wounded', () => {
    const health = rowOf(killed(), /health department/i);
    expect(health.claims.map((c) => c.label)).toEqual(['19 counted']);
    expect(partLabels(health).map((label) => label.replace(/ counted$/, ''))).toEqual(['5', '7']);
    expect(currentLabels([eventGroup(groups, 'wounded')])).toEqual(['31']);
  });

  // Failed blind (see the round 10 grades in docs/reconcile.md).
  it('gives the defence ministry its fighters 12 → 8, flagged as the enemy\'s, and its denial no toll', () => {
    const ministry = groups.flatMap((group) => group.rows.filter((row) => /defence ministry/i.test(row.display)));
    const fighters = ministry.find((row) => row.claims.some((c) => c.label === '8'))!;
    expect(ledger(fighters)).toEqual([['8'], ['12']]);
    expect(fighters.party).toBe('enemy_losses');
    expect(ministry.flatMap((row) => row.claims.map((c) => c.label))).not.toContain('12');
  });

  it('sets the insurgents\' 34 and the UN\'s verified 22 beside the elder, the checkpoint apart', () => {
    const group = killed();
    expect(rowOf(group, /Helm Liberation Front/).claims.map((c) => c.label)).toContain('34');
    expect(rowOf(group, /UN mission/i).claims.map((c) => c.label)).toEqual(['22 counted']);
    expect(holdingLabel(groups, 'killed', '3').scope).not.toBe(null);
    expect(currentLabels([group])).not.toContain('3');
  });
});

// A campus shooting on a Monday: the police (the city police, its chief by name, "police") ≥5 → 7 "not
// including the gunman" → 8 "not counting the shooter" after a student died overnight; the university's
// 6 "including the suspected shooter", its 9 students treated and its denial of an online 20; the
// coroner's identified 8 with the suspect, corrected to 9; 2007 apart. None of them in conflict.
const CAMPUS = `id,date,outlet,text
s1,2026-04-13,Wire A,"A gunman opened fire in a lecture hall at Halden State University on Monday, killing at least 5 people, Halden police said."
s2,2026-04-13,Halden Courier,"The university said in a statement that 6 people, including the suspected shooter, had died, and that 9 students were being treated for gunshot wounds."
s3,2026-04-14,Wire B,"Police Chief Dana Whitlock said 7 people had been killed, not including the gunman, who shot himself."
s4,2026-04-14,Wire A,"The county coroner's office said it had identified 8 bodies, among them the 19-year-old suspect."
s5,2026-04-15,Halden Courier,"Police said the death toll had risen to 8, not counting the shooter, after a student died overnight at Mercy Hospital."
s6,2026-04-15,Wire B,"Social media posts claiming that 20 students had been killed were false, the university said."
s7,2026-04-16,Wire A,"The coroner's office corrected its earlier figure of 8 bodies to 9, saying the body of a staff member had been found in an office."
s8,2026-04-16,Halden Courier,"The shooting was the deadliest on a campus in the state since 2007, when 32 people were killed at another university."
`;

describe('round 10: a campus shooting with the suspect among the dead', () => {
  const groups = groupsOf(CAMPUS, ['--group-by', 'category']);
  const killed = () => eventGroup(groups, 'killed');

  // Failed blind (see the round 10 grades in docs/reconcile.md).
  it('gives the police one ledger ending at 8 without the shooter', () => {
    const police = rowsOf(killed(), /police|Dana Whitlock/i);
    expect(police).toHaveLength(1);
    expect(ledger(police[0]!)).toEqual([['8 excl. shooter'], ['≥5', '7 excl. gunman']]);
  });

  // Failed blind (see the round 10 grades in docs/reconcile.md).
  it('gives the university its 6 with the shooter, its wounded and its denial of the 20', () => {
    const university = rowOf(killed(), /university/i);
    expect(university.claims.map((c) => c.label)).toEqual(['6 incl. shooter']);
    expect(withStatus(university, 'denied')).toEqual(['20']);
    expect(currentLabels([eventGroup(groups, 'wounded')])).toEqual(['9 counted']);
  });

  // Failed blind (see the round 10 grades in docs/reconcile.md).
  it('gives the coroner one ledger, its corrected 9 current', () => {
    const coroner = rowsOf(killed(), /coroner/i);
    expect(coroner).toHaveLength(1);
    expect(coroner[0]!.claims.map((c) => c.label)).toEqual([expect.stringMatching(/^9 counted/)]);
    // Written first as /^8 counted/: the coroner's "among them the 19-year-old suspect" says its 8 counts the
    // shooter (docs/reconcile.md, Who was counted), so it reads `8 incl. suspect counted`.
    expect(withStatus(coroner[0]!, 'superseded')).toEqual(['8 incl. suspect counted']);
  });

  it('finds no conflict among counts with and without the shooter, 2007 apart', () => {
    expect(killed().disagreements).toEqual([]);
    expect(holdingLabel(groups, 'killed', '32').scope).toBe('in 2007');
  });
});

// A fire in a migrant detention centre late on a Monday: the migration institute 29 → updated to 38 → 40
// (2 more who died in hospital a part), its 27 treated and its denial of the rights group's 45; the
// prosecutor's 40 men; the rights group's "at least 45"; a foreign ministry's 17 of its nationals
// corrected to 15, a floor and never the latest; another fire of 2023 apart.
const DETENTION = `id,date,outlet,text
f1,2026-02-03,Wire A,"A fire swept through a migrant detention centre in the border city of Tarvos late on Monday, killing 29 detainees, the National Migration Institute said."
f2,2026-02-03,Tarvos Today,"The institute updated its figure to 38 dead and said 27 people were being treated in hospitals, 5 of them in critical condition."
f3,2026-02-04,Wire B,"Morevia's foreign ministry said 17 of the dead were Morevian nationals."
f4,2026-02-05,Wire A,"The state prosecutor's office said 40 men had died in the fire and that four guards were being investigated."
f5,2026-02-06,Tarvos Today,"A migrants' rights group, Frontera Viva, said at least 45 people had died and accused officials of leaving the cells locked as the fire spread."
f6,2026-02-07,Wire B,"The institute raised its toll to 40 after 2 more men died in hospital, and denied the rights group's figure of 45 deaths."
f7,2026-02-08,Wire A,"Morevia's foreign ministry said its earlier figure of 17 had been wrong and that 15 of the dead were Morevian."
f8,2026-02-08,Tarvos Today,"In March 2023, a fire at another detention centre in the country killed 40 migrants."
`;

describe('round 10: a fire in a migrant detention centre', () => {
  const groups = groupsOf(DETENTION, ['--group-by', 'category']);
  const killed = () => eventGroup(groups, 'killed');

  // Failed blind (see the round 10 grades in docs/reconcile.md).
  it('gives the institute one ledger ending at 40, the 2 who died in hospital a part', () => {
    const institute = rowsOf(killed(), /Migration Institute|institute/i);
    expect(institute).toHaveLength(1);
    expect(ledger(institute[0]!)).toEqual([['40'], ['29', '38']]);
    expect(partLabels(institute[0]!)).toEqual(['2']);
    expect(institute[0]!.history[0]!.events).toEqual(['2026-02-02']);
    expect(currentLabels([eventGroup(groups, 'wounded')])).toEqual(['27 counted']);
  });

  // Failed blind (see the round 10 grades in docs/reconcile.md).
  it('shows the institute\'s denial of the rights group\'s 45 and the rights group\'s own claim', () => {
    const institute = rowOf(killed(), /institute/i);
    expect(withStatus(institute, 'denied')).toEqual(['45']);
    expect(rowOf(killed(), /Frontera Viva/).claims.map((c) => c.label)).toEqual(['≥45']);
    expect(pairText(killed().disagreements).some((pair) => /frontera viva/i.test(pair) && /institute/i.test(pair))).toBe(true);
  });

  // Failed blind (see the round 10 grades in docs/reconcile.md).
  it('keeps the prosecutor\'s 40 beside the institute, the nationals a floor, 2023 apart', () => {
    const group = killed();
    expect(rowOf(group, /prosecutor/i).claims.map((c) => c.label)).toEqual(['40']);
    const ministry = rowsOf(group, /foreign ministry|Morevia/i);
    expect(ministry).toHaveLength(1);
    expect(ministry[0]!.claims.map((c) => c.label)).toEqual(['15']);
    expect(pairText(group.disagreements).filter((pair) => /morevia|foreign/i.test(pair))).toEqual([]);
    expect(group.digest?.text ?? '').not.toMatch(/\b15\b/);
    expect(holdingLabel(groups, 'killed', '40').scope).toBe(null);
    expect(labelsOf(groups.filter((g) => g.scope !== null))).toContain('40');
  });
});
