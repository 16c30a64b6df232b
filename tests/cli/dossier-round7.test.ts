// Round 7 of blind dossiers: five made-up disputed events of kinds rounds 1–6 did not cover (a war's
// running civilian toll that two ministries and a UN mission count since the invasion and this year, a
// care-home outbreak whose inquiry later lowers the toll, a prison riot whose families' association
// retracts its count, a stadium crush whose toll is revised down after double counting, a cross-border
// drone strike each side counts with a monitor's confidence interval), each with what an analyst needs
// written before toll was run (comments say where that expectation was wrong per docs/reconcile.md);
// what toll still gets wrong is an `it.fails` case.

import { describe, expect, it } from 'vitest';
import { aliasesFile, currentLabels, groupsOf, holding, holdingLabel, labelsOf, rowOf, statuses, type Group } from './dossier-helpers.js';

// A war's running civilian toll, the registry extended by a file: the Calderian health ministry (by
// name and its minister) counts civilians since the invasion 11,240 → 11,390 with children as a part;
// the UN mission's verified 10,870 since the invasion is a floor beside it, and its count of this year
// (486 → 512) is another period; the enemy's weekly count of Calderian soldiers and the general staff's
// count of Vostranian soldiers since the invasion are each a party's count of its enemy.
const WAR = `id,date,outlet,text
w1,2026-03-01,Wire A,"The Calderian health ministry said 11,240 civilians had been killed since the Vostranian invasion began in February 2024, including 612 children."
w2,2026-03-03,Wire B,"The UN Human Rights Monitoring Mission in Calderia said it had verified the deaths of 10,870 civilians since the invasion, and that the true number was likely considerably higher."
w3,2026-03-04,Calder Post,"The mission said 486 civilians had been killed this year, most of them by long-range missiles."
w4,2026-03-10,Calder Post,"Health Minister Irina Volk said the civilian death toll since the invasion had risen to 11,390."
w5,2026-03-12,Vostran Today,"Vostrania's defence ministry said its forces had killed 1,300 Calderian soldiers in the past week."
w6,2026-03-14,Wire B,"The Calderian general staff said 38,500 Vostranian soldiers had been killed since the start of the invasion."
w7,2026-03-15,Calder Post,"The mission revised its count of civilians killed this year to 512, after confirming deaths in two frontline villages."
`;
const CALDERIA_WAR = {
  version: 1,
  sources: [
    { name: 'Calderian Health Ministry', kind: 'ministry', side: 'Calderia', aliases: ['The Calderian health ministry', 'Health Minister Irina Volk'] },
    { name: 'Calderian General Staff', kind: 'military', side: 'Calderia', aliases: ['The Calderian general staff'] },
    { name: 'Vostranian Defence Ministry', kind: 'ministry', side: 'Vostrania', aliases: ["Vostrania's defence ministry"] },
    { name: 'UN Human Rights Monitoring Mission in Calderia', kind: 'un_ngo', aliases: ['the mission'] },
  ],
  conflicts: [{ name: 'Calderia war', sides: [['Calderia'], ['Vostrania']] }],
};

describe('round 7: a war\'s running civilian toll', () => {
  const aliases = aliasesFile('calderia.json', CALDERIA_WAR);
  const groups = groupsOf(WAR, ['--aliases', aliases]);

  it('gives the ministry one ledger since the invasion, the mission\'s verified count a floor beside it', () => {
    const invasion = holding(groups, 'killed', 'Calderian Health Ministry');
    // Since the invasion is a period of its own (the war's running total), one with "since the start of the invasion".
    expect(invasion.scope).not.toBe(null);
    expect(statuses(invasion)).toEqual([
      ['Calderian Health Ministry', ['11,390'], ['superseded 11,240']],
      ['UN Human Rights Monitoring Mission in Calderia', ['10,870 counted'], []],
    ]);
    expect(invasion.disagreements).toEqual([]);
  });

  it('keeps the mission\'s count of this year apart, as its own ledger', () => {
    const year = holdingLabel(groups, 'killed', '512');
    expect(year.scope).toBe('this year');
    expect(statuses(year)).toEqual([['UN Human Rights Monitoring Mission in Calderia', ['512'], ['superseded 486']]]);
  });

  it('lists the children under the ministry\'s total and flags the ministry as counting its own', () => {
    const invasion = holding(groups, 'killed', 'Calderian Health Ministry');
    expect(rowOf(invasion, 'Calderian Health Ministry').party).toBe('own_losses');
    const killed = groupsOf(WAR, ['--aliases', aliases, '--group-by', 'category']);
    const ministry = rowOf(holding(killed, 'killed', 'Calderian Health Ministry'), 'Calderian Health Ministry');
    expect(ministry.parts.map((part) => part.claim.label)).toEqual(['612']);
  });

  it('flags each side\'s count of the other\'s soldiers, the week apart from the war', () => {
    const week = holding(groups, 'killed', 'Vostranian Defence Ministry');
    expect(week.scope).toMatch(/week/);
    expect(rowOf(week, 'Vostranian Defence Ministry').party).toBe('enemy_losses');
    const staff = holding(groups, 'killed', 'Calderian General Staff');
    expect(staff.scope).not.toBe(null);
    expect(staff.scope).not.toMatch(/week/);
    expect(rowOf(staff, 'Calderian General Staff').party).toBe('enemy_losses');
  });
});

// A care-home outbreak: the regional health authority counts 9 residents → 14 (12 residents and 2
// staff as parts) and, months later, accepts a public inquiry's 12 (two residents died of other
// causes); the relatives' "at least 20" and the operator's 11 are set beside it; the hospitalised are
// no dead, and last year's national count is another period. Read as the presets read: by category.
const CARE_HOME = `id,date,outlet,text
c1,2026-01-09,Wire A,"A Legionnaires' disease outbreak at the Fairview care home in Aldmoor has killed 9 residents, the regional health authority said on Friday."
c2,2026-01-12,Aldmoor Gazette,"The regional health authority said the death toll had risen to 14, 12 of them residents and 2 of them staff, and that 31 people were in hospital."
c3,2026-01-13,Wire B,"Relatives of residents said at least 20 people had died at the home since the outbreak began and accused the operator of hiding deaths."
c4,2026-01-15,Aldmoor Gazette,"Harbour Care Group, which runs the home, said 11 residents had died with the infection."
c5,2026-06-02,Wire A,"A public inquiry into the outbreak found that 12 deaths had been caused by Legionnaires' disease, fewer than the 14 the health authority reported in January, because two residents had died of other causes."
c6,2026-06-02,Aldmoor Gazette,"The health authority accepted the inquiry's finding and revised its toll to 12."
c7,2026-06-03,Wire B,"Nationally, Legionnaires' disease killed 48 people last year, according to the health statistics office."
`;

describe('round 7: a care-home outbreak whose inquiry lowers the toll', () => {
  const groups = groupsOf(CARE_HOME, ['--group-by', 'category']);
  const killed = () => groups.find((group) => group.category === 'killed' && group.scope === null)!;

  it('gives the health authority one ledger ending at the inquiry\'s 12', () => {
    const authority = rowOf(killed(), /regional health authority/i);
    expect(authority.claims.map((c) => c.label)).toEqual(['12']);
    expect(authority.history.map((c) => `${c.status} ${c.label}`)).toEqual(['superseded 9', 'superseded 14']);
    expect(killed().rows.filter((row) => /health authority/i.test(row.display))).toHaveLength(1);
  });

  it('sets the relatives, the operator and the inquiry beside the authority', () => {
    const rows = Object.fromEntries(killed().rows.map((row) => [row.display, row.claims.map((c) => c.label)]));
    expect(rows).toMatchObject({ 'Harbour Care Group': ['11'] });
    expect(Object.entries(rows).find(([who]) => /relatives/i.test(who))![1]).toEqual(['≥20']);
    expect(Object.entries(rows).find(([who]) => /inquiry/i.test(who))![1]).toEqual(['12']);
    // The relatives' "at least 20" against the later 12s is the dispute; the operator's 11, stated
    // before, could hold (disagreements are the pairs that cannot both hold).
    expect(killed().disagreements.length).toBeGreaterThan(0);
    for (const pair of killed().disagreements) expect(`${pair.a} ${pair.b}`).toMatch(/relatives/i);
  });

  it('lists the residents and staff under the authority\'s 14, and reads no figure of other causes', () => {
    const authority = rowOf(killed(), /regional health authority/i);
    expect(authority.parts.map((part) => part.claim.label).sort()).toEqual(['12', '2']);
    // "two residents had died of other causes" is set apart from the toll, and the inquiry's mention of
    // the authority's 14 is no claim of the inquiry.
    expect(rowOf(killed(), /inquiry/i).history.map((c) => c.label)).toEqual([]);
    expect(currentLabels([killed()])).not.toContain('2');
  });

  it('reads no hospitalised as dead and keeps last year apart', () => {
    expect(labelsOf(groups.filter((group) => group.category === 'killed'))).not.toContain('31');
    const national = holdingLabel(groups, 'killed', '48');
    expect(national.scope).not.toBe(null);
    expect(national.rows.map((row) => row.display)).toEqual([expect.stringMatching(/health statistics office/i)]);
  });
});

// A prison riot: the justice ministry (by name and its minister) counts prisoners 7 → 13 (the six more
// bodies an increment) and 2 guards; the families' association retracts its 23 and says at least 15;
// Prison Watch identified 17, a floor; 2011 is apart.
const RIOT = `id,date,outlet,text
p1,2026-05-18,Wire A,"Inmates at Korvin maximum security prison rioted on Sunday, and the justice ministry said 7 prisoners had been killed when guards regained control."
p2,2026-05-19,Wire B,"The Prisoners' Families Association said 23 inmates had been killed, citing relatives who were allowed to collect bodies from the prison morgue."
p3,2026-05-19,Korvin Herald,"Justice Minister Dario Pell said 2 guards had also died and that the prisoners' toll remained 7."
p4,2026-05-20,Wire A,"The rights group Prison Watch said it had identified 17 inmates who died in the riot and that the real toll was probably higher."
p5,2026-05-21,Wire B,"The Prisoners' Families Association retracted its figure of 23, saying some bodies had been counted by more than one family, and said at least 15 inmates had died."
p6,2026-05-22,Korvin Herald,"The justice ministry raised the number of prisoners killed to 13, saying 6 more bodies had been found in a burned cell block."
p7,2026-05-23,Wire A,"It was the deadliest prison riot in the country since 2011, when 41 inmates died at Sarn prison."
`;

describe('round 7: a prison riot whose families retract their count', () => {
  const groups = groupsOf(RIOT);
  const inmates = () => holding(groups, 'killed', /Prison Watch/);

  it('gives the ministry, the families and Prison Watch one ledger each, in one group of the inmates', () => {
    expect(inmates().scope).toBe(null);
    const ledger = Object.fromEntries(statuses(inmates()).map(([who, current, history]) => [who, [current, history]]));
    expect(Object.entries(ledger).find(([who]) => /justice ministry/i.test(who))![1]).toEqual([['13'], ['superseded 7']]);
    expect(Object.entries(ledger).find(([who]) => /Families Association/i.test(who))![1]).toEqual([['≥15'], ['retracted 23']]);
    expect(Object.entries(ledger).find(([who]) => /Prison Watch/.test(who))![1]).toEqual([['17 counted'], []]);
    expect(inmates().rows.filter((row) => /justice/i.test(row.display))).toHaveLength(1);
  });

  it('sets the ministry\'s 13 against the higher counts stated before it, and never the retracted 23', () => {
    expect(inmates().disagreements).toHaveLength(2);
    for (const pair of inmates().disagreements) expect(`${pair.a} ${pair.b}`).toMatch(/justice ministry/i);
    expect(currentLabels(groups)).not.toContain('23');
    expect(inmates().digest!.text).toContain('1 taken back');
  });

  // Added after the fixes, from the output checked against docs/reconcile.md.
  it('names Prison Watch by its name, and keeps Sunday as the riot\'s day', () => {
    expect(inmates().rows.map((row) => row.display)).toContain('Prison Watch');
    const first = rowOf(inmates(), /justice ministry/i).history[0]!;
    expect(first.events).toEqual(['2026-05-17']);
    expect(first.statements.map((s) => s.date)).toEqual(['2026-05-18']);
  });

  it('reads the six more bodies as no rival, the guards apart, and 2011 apart', () => {
    expect(currentLabels([inmates()])).not.toContain('6');
    const guards = holdingLabel(groups, 'killed', '2');
    expect(guards.actor).toMatch(/guard/);
    expect(guards.rows.map((row) => row.display)).toEqual([expect.stringMatching(/justice/i)]);
    expect(holdingLabel(groups, 'killed', '41').scope).toBe('in 2011');
  });
});

// A stadium crush: the city's emergency service counts ≥32 → 41 (27 at the scene and 14 in hospital)
// → 35 after 6 victims were counted twice; the hospital's 19 bodies a floor; the federation and the
// mayor repeat 35; the fan groups' 44 is the dispute; the injured apart; 1989 apart.
const CRUSH = `id,date,outlet,text
s1,2026-09-06,Wire A,"A crush at the gates of Marlow Stadium after a cup final on Saturday killed at least 32 fans, the city's emergency service said."
s2,2026-09-07,Wire B,"The emergency service raised the toll to 41, with 27 dying at the scene and 14 in hospital."
s3,2026-09-07,Marlow Echo,"Marlow City Hospital said it had received 19 bodies."
s4,2026-09-08,Wire A,"The emergency service lowered its toll to 35, saying 6 victims had been counted twice because they were taken to two hospitals."
s5,2026-09-08,Wire B,"The football federation said 35 supporters had died and suspended all league matches for two weeks."
s6,2026-09-09,Marlow Echo,"Fan groups put the toll at 44 and said the official count left out people who died after leaving the ground."
s7,2026-09-10,Wire A,"Mayor Lina Prost said 35 people had died and 212 were injured, and ordered an inquiry into the stadium's gate management."
s8,2026-09-10,Wire B,"In 1989, a crush at another stadium in the country killed 96 fans."
`;

describe('round 7: a stadium crush revised down after double counting', () => {
  const groups = groupsOf(CRUSH, ['--group-by', 'category']);
  const killed = () => groups.find((group) => group.category === 'killed' && group.scope === null)!;

  it('gives the emergency service one ledger ending at its lowered 35', () => {
    const service = rowOf(killed(), /emergency service/i);
    expect(service.claims.map((c) => c.label)).toEqual(['35']);
    expect(service.history.map((c) => `${c.status} ${c.label}`)).toEqual(['superseded ≥32', 'superseded 41']);
    expect(killed().rows.filter((row) => /emergency service/i.test(row.display))).toHaveLength(1);
    // The double-counted 6 is set apart from the toll; the scene and hospital shares are the 41's parts.
    expect(labelsOf([killed()])).not.toContain('6');
    expect(service.parts.map((part) => part.claim.label).sort()).toEqual(['14', '27']);
  });

  it('sets the hospital, the federation, the fans and the mayor beside it', () => {
    const current = Object.fromEntries(killed().rows.map((row) => [row.display, row.claims.map((c) => c.label)]));
    expect(current).toMatchObject({ 'Marlow City Hospital': ['19 counted'], 'The football federation': ['35'], 'Fan groups': ['44'] });
    expect(Object.entries(current).find(([who]) => /mayor|Lina Prost/i.test(who))![1]).toEqual(['35']);
    expect(killed().rows).toHaveLength(5);
  });

  it('names the fans\' 44 as the dispute, never the service\'s own revision', () => {
    for (const pair of killed().disagreements) expect(`${pair.a} ${pair.b}`).toMatch(/fan groups/i);
    expect(killed().disagreements.length).toBeGreaterThan(0);
    expect(killed().digest!.text).toMatch(/latest: 35/);
  });

  it('keeps the injured and 1989 apart', () => {
    const injured = groups.find((group) => group.category === 'wounded' && group.scope === null)!;
    expect(statuses(injured).map(([who, current]) => [who, current])).toEqual([[expect.stringMatching(/mayor|Lina Prost/i), ['212']]]);
    expect(holdingLabel(groups, 'killed', '96').scope).toBe('in 1989');
  });
});

// A cross-border drone strike, the registry extended by a file: the Ostravian interior ministry counts
// civilians 12 → 19 (5 children a part), own side; the Halvanian army (by name and its spokesman) counts
// 27 militants (its enemy), says no civilians died and dismisses the 19; the monitor estimates 24 with
// a 95 % interval; its strikes since January are another period and strikes are no people.
const DRONE = `id,date,outlet,text
d1,2026-11-03,Wire A,"A drone strike on a market in the border town of Ketra killed 12 civilians on Monday, the Ostravian interior ministry said, blaming Halvania's army."
d2,2026-11-03,Halvan News,"The Halvanian army said its drones had struck a militant training camp near Ketra, killing 27 militants, and denied hitting the market."
d3,2026-11-04,Wire B,"The Ostravian interior ministry raised the toll to 19 civilians, including 5 children."
d4,2026-11-05,Wire A,"Halvanian army spokesman Major Teo Varga said no civilians had been killed and dismissed Ostravia's figure of 19 dead as propaganda."
d5,2026-11-12,Wire B,"The Border Violence Monitor estimated that 24 people were killed in the Ketra strike (95% CI 17-33), most of them civilians."
d6,2026-11-12,Wire B,"The monitor said it had counted 41 drone strikes along the border since January, killing 163 people."
`;
const BORDER_WAR = {
  version: 1,
  sources: [
    { name: 'Ostravian Interior Ministry', kind: 'ministry', side: 'Ostravia', aliases: ['The Ostravian interior ministry'] },
    { name: 'Halvanian Army', kind: 'military', side: 'Halvania', aliases: ['The Halvanian army', "Halvania's army"] },
    { name: 'Border Violence Monitor', kind: 'un_ngo', aliases: ['the monitor'] },
  ],
  conflicts: [{ name: 'Ostravia–Halvania border conflict', sides: [['Ostravia'], ['Halvania']] }],
};

describe('round 7: a cross-border drone strike each side counts', () => {
  const aliases = aliasesFile('border.json', BORDER_WAR);
  const groups = groupsOf(DRONE, ['--aliases', aliases]);
  const civilians = () => holding(groups, 'killed', 'Ostravian Interior Ministry');

  it('gives the ministry one ledger of civilians, the army\'s none and denial beside it', () => {
    expect(civilians().scope).toBe(null);
    expect(statuses(civilians())).toEqual([
      ['Ostravian Interior Ministry', ['19'], ['superseded 12']],
      ['Halvanian Army', ['0'], ['denied 19']],
    ]);
    expect(rowOf(civilians(), 'Halvanian Army').names.map((n) => n.written)).toContain('Halvanian army spokesman Major Teo Varga');
    expect(civilians().disagreements).toHaveLength(1);
  });

  it('flags the ministry\'s count as its own side\'s and the army\'s militants as its enemy\'s', () => {
    expect(rowOf(civilians(), 'Ostravian Interior Ministry').party).toBe('own_losses');
    const militants = holdingLabel(groups, 'killed', '27');
    expect(rowOf(militants, 'Halvanian Army').party).toBe('enemy_losses');
  });

  it('keeps Monday as the event of the first toll', () => {
    const first = rowOf(civilians(), 'Ostravian Interior Ministry').history[0]!;
    expect(first.events).toEqual(['2026-11-02']);
    expect(first.statements.map((s) => s.date)).toEqual(['2026-11-03']);
  });

  it('reads the monitor\'s estimate with its interval, and its count since January apart', () => {
    const monitor = holding(groups, 'killed', 'Border Violence Monitor');
    expect(rowOf(monitor, 'Border Violence Monitor').claims.map((c) => c.label)).toEqual([expect.stringMatching(/24 \(CI 17–33\)/)]);
    const since = holdingLabel(groups, 'killed', '163');
    expect(since.scope).not.toBe(null);
    expect(labelsOf(groups)).not.toContain('41');
  });

  it('lists the children under the ministry\'s 19', () => {
    const killed = groupsOf(DRONE, ['--aliases', aliases, '--group-by', 'category']);
    expect(rowOf(holding(killed, 'killed', 'Ostravian Interior Ministry'), 'Ostravian Interior Ministry').parts.map((part) => part.claim.label)).toEqual(['5']);
  });
});
