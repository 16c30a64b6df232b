// Round 6 of blind dossiers: five made-up disputed events of kinds rounds 1–5 did not cover (an
// airstrike on a displacement camp that two sides and a monitor count, a dengue epidemic counted per
// week and since the start of the year, a landslide whose missing turn into dead, a chemical plant's gas
// leak whose company withdraws its count, a suicide bombing a group claims), each with what an analyst
// needs written before toll was run (comments say where that expectation was wrong per
// docs/reconcile.md); what toll still gets wrong is an `it.fails` case.

import { describe, expect, it } from 'vitest';
import { toll } from './helpers.js';
import { ARGS, aliasesFile, groupsOf, holding, holdingLabel, labelsOf, pairsOf, rowOf, statuses, type Group } from './dossier-helpers.js';

// An airstrike on a displacement camp in an (invented) war, the registry extended by a file: the
// rebel-run health directorate (by name and as "the health directorate") raises ≥23 → 34 with its
// children and women as parts; the armed forces (by name and their spokesman) say they killed 14
// fighters (the enemy's), put the civilians at 5 and reject the directorate's 34; the monitor's 31
// civilians with 11 children as a part, the rebels' 40 (their own side) and the UN's verified 29 (a
// floor) are set against the army's 5; the same report's strike on a market in Tesh and the monitor's
// count since the air campaign began are apart.
const AIRSTRIKE = `id,date,outlet,text
k1,2026-04-12,Wire A,"An airstrike on a camp for displaced families near Oruma killed at least 23 people on Saturday, including 6 children, the Oruma Health Directorate said."
k2,2026-04-12,Meridia TV,"The Meridian Armed Forces said they had struck a weapons depot of the Oruma People's Front near Oruma, killing 14 fighters, and that no civilians were in the area."
k3,2026-04-13,Wire B,"The Conflict Monitoring Group said it had documented the deaths of 31 civilians in the Oruma camp strike, 11 of them children, and that a second strike on a market in Tesh the same day had killed 9 people."
k4,2026-04-13,Wire A,"The death toll from the strike on the Oruma camp rose to 34, among them 12 children and 8 women, the health directorate said."
k5,2026-04-14,Oruma Voice,"OPF spokesman Halim Dara said 40 civilians had been killed in the camp and that none of the group's fighters had been there."
k6,2026-04-15,Wire B,"Armed forces spokesman Colonel Ivo Stan said the strike had killed 5 civilians who were being used as human shields, and rejected the directorate's claim that 34 people had died as propaganda."
k7,2026-04-20,Wire A,"The UN human rights office said it had verified the deaths of 29 civilians in the Oruma camp strike and was still checking reports of more."
k8,2026-04-20,Oruma Voice,"Since the air campaign began in January, Meridian strikes have killed 412 civilians in the province, the Conflict Monitoring Group said."
`;
const ORUMA_WAR = {
  version: 1,
  sources: [
    { name: 'Meridian Armed Forces', kind: 'military', side: 'Meridia', aliases: ['the Meridian armed forces', 'armed forces spokesman'] },
    { name: "Oruma People's Front", kind: 'party', side: "Oruma People's Front", aliases: ['OPF'] },
    { name: 'Oruma Health Directorate', kind: 'ministry', side: "Oruma People's Front", aliases: ['the health directorate'] },
    { name: 'Conflict Monitoring Group', kind: 'un_ngo', aliases: [] },
  ],
  conflicts: [{ name: 'Oruma war', sides: [['Meridia'], ["Oruma People's Front"]] }],
};

describe('round 6: an airstrike on a displacement camp', () => {
  const aliases = aliasesFile('oruma.json', ORUMA_WAR);
  const groups = groupsOf(AIRSTRIKE, ['--aliases', aliases]);

  it('gives the directorate one ledger, and the army\'s rejection of its 34 as a denial', () => {
    const people = holding(groups, 'killed', 'Oruma Health Directorate');
    expect(people.scope).toBe(null);
    expect(statuses(people)).toEqual([
      ['Oruma Health Directorate', ['34'], ['superseded ≥23']],
      ['Meridian Armed Forces', [], ['denied 34']],
    ]);
    // A health directorate run by a side counts that side's people (docs/reconcile.md: a health
    // ministry's people, where the sentence names no one else's, are its own population).
    expect(rowOf(people, 'Oruma Health Directorate').party).toBe('own_losses');
    expect(people.disagreements).toEqual([]);
  });

  it('keeps Saturday as the event of the first toll, not the day it was stated', () => {
    const first = rowOf(holding(groups, 'killed', 'Oruma Health Directorate'), 'Oruma Health Directorate').history[0]!;
    expect(first.events).toEqual(['2026-04-11']);
    expect(first.statements.map((s) => s.date)).toEqual(['2026-04-12']);
  });

  it('sets the army\'s 5 civilians against the monitor\'s and the rebels\' counts', () => {
    const civilians = groups.find((group) => group.actor === 'civilians' && group.category === 'killed' && group.scope === null)!;
    // Written first as '31': "documented the deaths of 31" is a count (docs/reconcile.md, kinds of estimate).
    expect(statuses(civilians)).toEqual([
      ['Conflict Monitoring Group', ['31 counted'], []],
      ["Oruma People's Front", ['40'], []],
      ['Meridian Armed Forces', ['5'], []],
      [expect.stringMatching(/human rights/i), ['29 counted'], []],
    ]);
    // The army's 5 of 15 April against the monitor's and the rebels' higher counts of the days before.
    // Written first against the UN's 29 as well: the UN spoke five days later, and tolls rise
    // (docs/reconcile.md), so the two can both hold.
    expect(pairsOf(civilians)).toHaveLength(2);
    for (const pair of pairsOf(civilians)) expect(pair).toContain('meridian armed forces');
  });

  it('flags the army\'s count of fighters as the enemy\'s', () => {
    const fighters = holdingLabel(groups, 'killed', '14');
    expect(statuses(fighters).find(([who]) => who === 'Meridian Armed Forces')).toEqual(['Meridian Armed Forces', ['14'], []]);
    expect(rowOf(fighters, 'Meridian Armed Forces').party).toBe('enemy_losses');
  });

  it('keeps the strike in Tesh and the campaign\'s count apart', () => {
    expect(holdingLabel(groups, 'killed', '9').scope).not.toBe(null);
    const campaign = holdingLabel(groups, 'killed', '412');
    expect(campaign.scope).not.toBe(null);
    expect(campaign.rows.map((row) => row.display)).toEqual(['Conflict Monitoring Group']);
  });

  // Written first with the rebels' 40 civilians flagged as their own: no side of the civilians is named,
  // and docs/reconcile.md gives people of no side only the sides their sentence names.
  it('lists the parts under their totals and flags the directorate under --group-by category', () => {
    const killed = groupsOf(AIRSTRIKE, ['--aliases', aliases, '--group-by', 'category']).find((group) => group.category === 'killed' && group.scope === null)!;
    const directorate = rowOf(killed, 'Oruma Health Directorate');
    expect(directorate.party).toBe('own_losses');
    // Written first as 12 and 8 alone: a row lists the parts of its earlier totals too (the 6 children of its ≥23).
    expect(directorate.parts.map((part) => part.claim.label).sort()).toEqual(['12', '6', '8']);
    expect(rowOf(killed, 'Conflict Monitoring Group').parts.map((part) => part.claim.label)).toEqual(['11 counted']);
  });

  it('reads one article as plain text: the monitor\'s count, its part and the other strike apart', () => {
    const article = 'ORUMA, April 13 — The Conflict Monitoring Group said it had documented the deaths of 31 civilians in the Oruma camp strike, 11 of them children.\n\n'
      + 'A second strike on a market in Tesh the same day had killed 9 people, the group said.\n';
    const text: Group[] = JSON.parse(toll(['--quiet', '--input-format', 'text', '--paragraphs', '--aliases', aliases, '--format', 'json'], { input: article }).stdout).groups;
    const civilians = holding(text, 'killed', 'Conflict Monitoring Group');
    expect(civilians.scope).toBe(null);
    expect(statuses(civilians)).toEqual([['Conflict Monitoring Group', ['31 counted'], []]]);
    expect(holdingLabel(text, 'killed', '9').scope).not.toBe(null);
  });
});

// A dengue epidemic: the health ministry (by name and its minister) counts deaths since the start of
// the year 46 → 58 → 71 and deaths per week (9, 12, 13), which are other periods, never revisions or
// rivals of the year's count; MSF's "at least 74" this year, stated before the ministry's lower 71, is a
// real dispute; a rate per 100,000, cases and incidence are no counts; 2019 is apart.
const DENGUE = `id,date,outlet,text
d1,2026-08-03,Wire A,"The health ministry said 46 people had died of dengue since the start of the year, 9 of them in the past week, as cases rose to 18,400."
d2,2026-08-10,Capital Post,"Dengue has now killed 58 people this year, the health ministry said, with 12 deaths recorded in the week to Saturday."
d3,2026-08-11,Wire B,"Health Minister Sara Lind said the death rate stood at 0.4 per 100,000 people, well below the 2019 epidemic, when 310 people died."
d4,2026-08-14,Wire B,"Doctors Without Borders said at least 74 people had died of dengue in the country this year, and accused the ministry of under-reporting deaths in rural clinics."
d5,2026-08-17,Capital Post,"The health ministry raised its count of dengue deaths this year to 71, with 13 in the past week, and said the weekly toll had begun to fall."
d6,2026-08-18,Wire A,"Dengue cases have reached 23,900, with an incidence of 212 per 100,000 inhabitants in the worst-hit province."
`;

describe('round 6: a dengue epidemic', () => {
  const groups = groupsOf(DENGUE);

  it('gives the ministry one ledger of the year\'s deaths, its weekly counts apart', () => {
    const year = holdingLabel(groups, 'killed', '71');
    expect(statuses(year).find(([who]) => who === 'The health ministry')).toEqual(['The health ministry', ['71'], ['superseded 46', 'superseded 58']]);
    // Added after the fixes: "with 13 in the past week" is a period counted, no day of the event.
    expect(rowOf(year, 'The health ministry').claims[0]!.events).toEqual([]);
    for (const label of ['9', '12', '13']) {
      expect(year.rows.flatMap((row) => [...row.claims, ...row.history]).map((c) => c.label)).not.toContain(label);
    }
  });

  // Written first as groups of their own: "9 of them in the past week", "with 12 deaths recorded in
  // the week to Saturday" are shares of the year's count by time (docs/reconcile.md, parts and wholes).
  it('lists the weekly counts under the year\'s count, never as claims', () => {
    const ministry = rowOf(holdingLabel(groups, 'killed', '71'), 'The health ministry');
    expect(ministry.parts.map((part) => part.claim.label.replace(' counted', ''))).toEqual(expect.arrayContaining(['12', '13']));
    for (const label of ['9', '12', '13', '12 counted']) expect(groups.flatMap((group) => group.rows.flatMap((row) => row.claims.map((c) => c.label)))).not.toContain(label);
  });

  it('sets MSF\'s higher count against the ministry\'s later 71, in one scope since the start of the year', () => {
    const year = holdingLabel(groups, 'killed', '71');
    // Shown by the registry's name (docs/reconcile.md: a name the registry lists is taken as it says).
    expect(year.rows.map((row) => row.display)).toContain('Médecins Sans Frontières (MSF)');
    expect(year.disagreements).toHaveLength(1);
  });

  it('reads no rate, cases or incidence, and keeps 2019 apart under the ministry', () => {
    for (const label of ['0.4', '100,000', '18,400', '23,900', '212']) expect(labelsOf(groups)).not.toContain(label);
    const old = holdingLabel(groups, 'killed', '310');
    expect(old.scope).toBe('in 2019');
    expect(old.rows.map((row) => row.display)).toEqual(['The health ministry']);
  });
});

// A landslide: the district disaster office (by name and its officer) counts the dead 3 → 14 → 38
// bodies → 57 (52 bodies and 5 missing declared presumed dead) while its missing fall 54 → 43 → 19 → 5;
// the villagers' list of 61 names is their count of the missing; the rescuers killed by a second slide
// are people of a kind of their own; the governor's 60 the same day as the office's 57 is a real
// dispute; 2019 is apart.
const LANDSLIDE = `id,date,outlet,text
l1,2026-07-01,Wire A,"A landslide buried part of the hillside village of Kemba before dawn on Wednesday, and the district disaster office said 3 people were confirmed dead and 54 were missing."
l2,2026-07-02,Wire B,"Rescuers pulled 11 more bodies from the mud, bringing the toll to 14, district disaster officer Mona Teel said, adding that 43 people were still unaccounted for."
l3,2026-07-02,Highland Times,"Village elders gave reporters a list of 61 residents they said were missing under the mud."
l4,2026-07-04,Wire A,"The district disaster office said 38 bodies had been recovered and 19 people remained missing, and that search teams would stop using heavy machinery."
l5,2026-07-05,Wire B,"Police said 2 rescuers had been killed by a second slide on Saturday."
l6,2026-07-07,Highland Times,"The search was called off on Tuesday with 52 bodies recovered; the 5 people still missing were declared presumed dead, bringing the toll to 57, the district disaster office said."
l7,2026-07-07,Wire A,"The provincial governor, Ana Ruiz, said 60 people had died and blamed illegal quarrying above the village."
l8,2026-07-08,Wire B,"In 2019, a landslide in the same district killed 28 people."
`;

describe('round 6: a landslide whose missing turn into dead', () => {
  const groups = groupsOf(LANDSLIDE);
  const killed = () => holding(groups, 'killed', 'the district disaster office');

  it('gives the disaster office one ledger of the dead, its officer joined to it', () => {
    const office = rowOf(killed(), 'the district disaster office');
    // The 52 bodies stated with the 57 may stand beside it (one report) or under it; the rest is history.
    expect(office.claims.map((c) => c.label)).toContain('57');
    expect(office.history.map((c) => c.label.replace(' counted', '')).slice(0, 3)).toEqual(['3', '14', '38']);
    expect(office.names.map((n) => n.written)).toContain('district disaster officer Mona Teel');
    expect(killed().rows.map((row) => row.display).filter((who) => /disaster/i.test(who))).toEqual(['the district disaster office']);
  });

  it('sets the governor\'s 60 against the office\'s 57', () => {
    const governor = killed().rows.find((row) => /governor/i.test(row.display))!;
    expect(governor.claims.map((c) => c.label)).toEqual(['60']);
    expect(killed().disagreements).toHaveLength(1);
  });

  it('lets the office\'s missing fall to 5, beside the villagers\' list', () => {
    const missing = holding(groups, 'missing', 'the district disaster office');
    expect(statuses(missing).find(([who]) => who === 'the district disaster office'))
      .toEqual(['the district disaster office', ['5'], ['superseded 54', 'superseded 43', 'superseded 19']]);
    expect(labelsOf(groups.filter((group) => group.category === 'missing'))).toContain('61');
  });

  it('shows the ledger with --history', () => {
    const table = toll([...ARGS, '--history'], { input: LANDSLIDE }).stdout;
    // Written first with 57 alone: the 52 bodies stated in the same report agree with it (a floor) and
    // stand beside it (docs/reconcile.md, repeats and revisions).
    expect(table).toMatch(/│ the district disaster office +│ (52 counted, )?57 /);
    expect(table.match(/↳ earlier/g)!.length).toBe(6);
  });

  it('keeps the rescuers and 2019 apart', () => {
    const rescuers = holdingLabel(groups, 'killed', '2');
    expect(rescuers.rows.map((row) => row.display)).toEqual(['Police']);
    expect(rescuers.actor).toMatch(/rescuer/);
    expect(holdingLabel(groups, 'killed', '28').scope).toBe('in 2019');
  });
});

// A gas leak at a chemical plant: the company's 7 workers, which it withdraws the day after, is no
// one's current figure and feeds no policy; the state labour department (by name and its minister)
// counts people 11 → 16 with workers and residents as parts; the union counts its members ≥15 → 19 and
// the missing; the hospitalised are no dead; 1998 is apart.
const GAS = `id,date,outlet,text
g1,2026-10-14,Wire A,"Toxic gas leaked from the Corvane Chemicals fertiliser plant outside Selby on Tuesday night, killing 7 workers, the company said in a statement."
g2,2026-10-15,Selby Courier,"The state labour department said 11 people had died, 9 of them workers at the plant and 2 residents of a nearby settlement, and that 140 people had been taken to hospital."
g3,2026-10-15,Wire B,"The Chemical Workers Union said at least 15 of its members had been killed and accused Corvane of hiding the true toll."
g4,2026-10-16,Wire A,"Corvane Chemicals withdrew its figure of 7 dead, saying it had been based on an incomplete head count, and gave no new figure."
g5,2026-10-17,Selby Courier,"Labour minister Pieter Vos said the toll had risen to 16, including 3 residents who died in hospital, and ordered the plant closed."
g6,2026-10-18,Wire B,"Union leader Thandi Mokoena said 19 workers had died, and that 4 contract workers were still missing."
g7,2026-10-21,Selby Courier,"The leak was the worst industrial accident in the state since 1998, when an explosion at a refinery killed 43 people."
`;

describe('round 6: a gas leak whose company withdraws its count', () => {
  const groups = groupsOf(GAS);

  it('gives the company nothing current and the union one ledger of workers', () => {
    const workers = holding(groups, 'killed', 'The Chemical Workers Union');
    expect(workers.scope).toBe(null);
    // "the company" of the statement is Corvane Chemicals, which withdrew its 7 (one row, shown by either name).
    // Written first without the department's 9 workers: grouped by actor, a part also counts the people
    // it names (docs/reconcile.md, parts and wholes); it is a floor beside the union's 19, no rival.
    expect(statuses(workers)).toEqual([
      [expect.stringMatching(/company|Corvane/), [], ['retracted 7']],
      ['The state labour department', ['9'], []],
      ['The Chemical Workers Union', ['19'], ['superseded ≥15']],
    ]);
    for (const group of groups) for (const row of group.rows) expect(row.claims.map((c) => c.label)).not.toContain('7');
    expect(workers.disagreements).toEqual([]);
    expect(workers.digest!.text).toContain('1 taken back');
  });

  // Added after the fixes, from the output checked against docs/reconcile.md: --explain says how each
  // name was resolved.
  it('says with --explain how "the company" and the union\'s leader were resolved', () => {
    const explained = toll([...ARGS, '--explain'], { input: GAS }).stdout;
    expect(explained).toContain('claimant  “the company”: the one company of these reports: Corvane Chemicals');
    expect(explained).toContain('claimant  “Union leader Thandi Mokoena”: speaker → the body; the one name of these reports that contains it: The Chemical Workers Union');
    expect(explained).toContain('claimant  “Labour minister Pieter Vos”: minister → ministry; the one name of these reports that contains it: The state labour department');
  });

  it('never lets the withdrawn 7 feed a policy', () => {
    const conservative: Group[] = JSON.parse(toll([...ARGS, '--format', 'json', '--policy', 'conservative'], { input: GAS }).stdout).groups;
    const workers = holding(conservative, 'killed', 'The Chemical Workers Union');
    expect(workers.summary!.label).not.toMatch(/^7\b/);
  });

  it('gives the labour department one ledger, its minister joined, residents as parts', () => {
    const people = groups.find((group) => group.actor === 'people' && group.category === 'killed' && group.scope === null)!;
    const department = rowOf(people, 'The state labour department');
    expect(department.claims.map((c) => c.label)).toEqual(['16']);
    expect(department.history.map((c) => `${c.status} ${c.label}`)).toEqual(['superseded 11']);
    expect(department.names.map((n) => n.written)).toContain('Labour minister Pieter Vos');
    expect(people.disagreements).toEqual([]);
    const killed = groupsOf(GAS, ['--group-by', 'category']).find((group) => group.category === 'killed' && group.scope === null)!;
    expect(rowOf(killed, 'The state labour department').parts.map((part) => part.claim.label)).toContain('3');
  });

  it('counts the union\'s missing, no hospitalised as dead, and keeps 1998 apart', () => {
    expect(statuses(holding(groups, 'missing', 'The Chemical Workers Union')).map(([who, current]) => [who, current]))
      .toEqual([['The Chemical Workers Union', ['4']]]);
    expect(labelsOf(groups.filter((group) => group.category === 'killed'))).not.toContain('140');
    expect(holdingLabel(groups, 'killed', '43').scope).toBe('in 1998');
  });
});

// A suicide bombing a group claims, in an (invented) war from a file: the police (by name and their
// spokesman) ≥18 → 25; the hospital's 22 bodies a floor; the interior ministry (by name and its
// minister) 24 → 26 with 3 police officers as a part; the group's claim of 40 members of the security
// forces is a party's count of its enemy; the wounded with their critical part; last month's car bomb is
// apart.
const BOMBING = `id,date,outlet,text
s1,2026-02-21,Wire A,"A suicide bomber blew himself up at a crowded bus station in Harran on Friday, killing at least 18 people, police said."
s2,2026-02-21,Harran Daily,"Doctors at Harran General Hospital said they had received 22 bodies and were treating 64 wounded, 9 of them in critical condition."
s3,2026-02-22,Wire B,"The Desert Lions group claimed responsibility for the attack and said its fighter had killed 40 members of the security forces at the station."
s4,2026-02-22,Wire A,"The interior ministry said the toll had risen to 24, and that 3 police officers were among the dead."
s5,2026-02-23,Harran Daily,"Two of the wounded died overnight, raising the death toll to 26, Interior Minister Omar Kassem said."
s6,2026-02-24,Wire B,"Police spokesman Farid Haddad said 25 people had been killed, not counting the attacker."
s7,2026-02-24,Wire A,"The attack was the deadliest in Harran since a car bomb last month killed 11 people outside a government office."
`;
const HARRAN_WAR = {
  version: 1,
  sources: [
    { name: 'Kesh Interior Ministry', kind: 'ministry', side: 'Kesh', aliases: ['the interior ministry', 'Interior Minister Omar Kassem'] },
    { name: 'Desert Lions', kind: 'party', side: 'Desert Lions', aliases: ['The Desert Lions group'] },
  ],
  conflicts: [{ name: 'Harran insurgency', sides: [['Kesh'], ['Desert Lions']] }],
};

describe('round 6: a suicide bombing a group claims', () => {
  const aliases = aliasesFile('harran.json', HARRAN_WAR);
  const groups = groupsOf(BOMBING, ['--aliases', aliases]);
  const killed = () => holding(groups, 'killed', 'Kesh Interior Ministry');

  it('gives the ministry and the police one ledger each, the hospital\'s bodies a floor', () => {
    expect(statuses(killed())).toEqual([
      // Round 8: "not counting the attacker" is shown with the figure, and the 25 without him meets the
      // ministry's 26 with him (no conflict between the two).
      [expect.stringMatching(/^police$/i), ['25 excl. attacker'], ['superseded ≥18']],
      ['Doctors at Harran General Hospital', ['22 counted'], []],
      ['Kesh Interior Ministry', ['26'], ['superseded 24']],
    ]);
    expect(rowOf(killed(), /^police$/i).names.map((n) => n.written)).toContain('Police spokesman Farid Haddad');
    expect(killed().disagreements).toEqual([]);
  });

  it('keeps the police officers among the dead from rivalling a toll', () => {
    // "3 police officers were among the dead" is a share of the ministry's toll of that day (24, since
    // superseded): wherever it is listed, it is no current rival of a toll.
    expect(killed().rows.flatMap((row) => row.claims.map((c) => c.label))).not.toContain('3');
    expect(holdingLabel(groups, 'killed', '3')?.disagreements ?? []).toEqual([]);
  });

  it('keeps Friday as the event of the police\'s first toll', () => {
    const first = rowOf(killed(), /^police$/i).history[0]!;
    expect(first.events).toEqual(['2026-02-20']);
    expect(first.statements.map((s) => s.date)).toEqual(['2026-02-21']);
  });

  it('flags the group\'s claim as a party\'s count of its enemy', () => {
    const claim = holding(groups, 'killed', 'Desert Lions');
    expect(statuses(claim).find(([who]) => who === 'Desert Lions')).toEqual(['Desert Lions', ['40'], []]);
    expect(rowOf(claim, 'Desert Lions').party).toBe('enemy_losses');
  });

  it('reads the wounded and keeps last month\'s car bomb apart', () => {
    const wounded = holding(groups, 'wounded', 'Doctors at Harran General Hospital');
    // Written first as '64': a hospital's count of the wounded it treats is a count (docs/reconcile.md).
    expect(rowOf(wounded, 'Doctors at Harran General Hospital').claims.map((c) => c.label)).toEqual(['64 counted']);
    expect(holdingLabel(groups, 'killed', '11').scope).toBe('last month');
  });
});
