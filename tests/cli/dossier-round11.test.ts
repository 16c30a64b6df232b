// Round 11 of blind dossiers: four made-up disputed events of kinds rounds 1–10 did not cover (a coal mine
// collapse whose missing miners are found dead over four days, a mass school abduction whose count of the
// children still held falls as some escape and are freed, a cholera outbreak told in weekly bulletins with
// cumulative and weekly deaths, a region's share and a backlog of late-reported deaths, monsoon floods with
// a state's daily and season totals beside a national agency's), each with what an analyst needs written
// before toll was run (comments say where that expectation was wrong per docs/reconcile.md); what toll
// still gets wrong is an `it.fails` case.
import { describe, expect, it } from 'vitest';
import { currentLabels, eventGroup, groupsOf, holding, holdingLabel, labelsOf, ledger, partLabels, rowOf, rowsOf, type Group } from './dossier-helpers.js';

/** Every row of a category whose name matches, across its groups. */
const rowsAcross = (groups: Group[], category: string, display: RegExp) =>
  groups.filter((group) => group.category === category).flatMap((group) => group.rows.filter((row) => display.test(row.display)));
const stripCounted = (labels: string[]) => labels.map((label) => label.replace(/ counted$/, ''));

// A gallery collapse in a coal mine on a Tuesday: the Emergencies Ministry (its spokesman by name, "the
// ministry") 3 → 5 (2 more bodies a part) → 12 "up from an earlier figure of 5" once the 7 missing are
// found dead; its 4 injured and its missing 7; the operator's missing 9; the miners' union's "at least
// 11 of its members"; the governor's "all 12" bodies; the 38 trapped and 26 brought up no figures; 2016
// apart.
const MINE = `id,date,outlet,text
k1,2026-10-06,Wire A,"A gallery collapsed at the Dravo coal mine in Kerova's Tulsk region on Tuesday morning, trapping 38 miners underground, the Emergencies Ministry said."
k2,2026-10-06,Tulsk Herald,"Rescuers brought 26 miners to the surface, 4 of them with injuries, and 3 miners were confirmed dead, ministry spokesman Ilya Marek said."
k3,2026-10-07,Wire B,"Severny Coal, which operates the mine, said 9 miners were still missing and that contact with them had been lost on Tuesday afternoon."
k4,2026-10-07,Wire A,"The ministry raised the death toll to 5 after rescuers recovered 2 more bodies, and said 7 miners remained missing."
k5,2026-10-08,Tulsk Herald,"The independent miners' union said at least 11 of its members had died and accused the company of ignoring warnings about methane levels."
k6,2026-10-09,Wire B,"Regional governor Anton Belsky said the bodies of all 12 miners had been recovered and that no one was left underground."
k7,2026-10-09,Wire A,"The Emergencies Ministry said the death toll stood at 12, up from an earlier figure of 5, after the bodies of the 7 missing miners were found."
k8,2026-10-10,Tulsk Herald,"It was Kerova's deadliest mining accident since 2016, when an explosion at the Vorkal mine killed 36 miners."
`;

describe('round 11: a mine collapse whose missing are found dead', () => {
  const groups = groupsOf(MINE, ['--group-by', 'category']);
  const killed = () => eventGroup(groups, 'killed');

  // Fails blind (see the round 11 grades in docs/reconcile.md).
  it.fails('gives the ministry and its spokesman one ledger of the dead ending at 12', () => {
    const ministry = rowsOf(killed(), /Emergencies Ministry|ministry|Ilya Marek/i);
    expect(ministry).toHaveLength(1);
    // Written first as ['3', '5']: "3 miners were confirmed dead" is a count (docs/reconcile.md, Kinds of
    // estimate), so the first figure reads `3 counted`.
    expect(ledger(ministry[0]!)).toEqual([['12'], ['3 counted', '5']]);
    expect(ministry[0]!.history[0]!.events).toEqual(['2026-10-06']);
  });

  it('reads the injured, the ministry\'s and the operator\'s missing, and no figure of the trapped', () => {
    expect(currentLabels([eventGroup(groups, 'wounded')])).toEqual(['4']);
    const missing = eventGroup(groups, 'missing');
    expect(rowOf(missing, /Severny Coal/).claims.map((c) => c.label)).toEqual(['9']);
    expect(rowOf(missing, /Emergencies Ministry|ministry/i).claims.map((c) => c.label)).toEqual(['7']);
    expect(labelsOf(groups)).not.toContain('38');
    expect(labelsOf(groups)).not.toContain('26');
  });

  // Failed blind (see the round 11 grades in docs/reconcile.md).
  it('sets the union\'s floor and the governor\'s 12 beside the ministry, 2016 apart', () => {
    const group = killed();
    expect(rowOf(group, /union/i).claims.map((c) => c.label)).toEqual(['≥11']);
    expect(stripCounted(rowOf(group, /Anton Belsky|governor/i).claims.map((c) => c.label))).toEqual(['12']);
    expect(holdingLabel(groups, 'killed', '36').scope).toBe('in 2016');
    expect(currentLabels([group])).not.toContain('36');
  });
});

// Gunmen abduct pupils from a boarding school on a Sunday night: the state police's "at least 80"; the
// principal's 287 missing after a headcount; the state governor (by name, "the governor's office", "the
// governor") 121 → 93 still held → 53 in captivity; the police's 28 who escaped are no count of the
// captives, one pupil killed; a parents' association's 137 still held against the governor's 93 and 53;
// the army's 40 freed; 2021's kidnapping apart.
const SCHOOL = `id,date,outlet,text
b1,2026-03-02,Wire A,"Gunmen stormed a boarding school in Maru, in Nadoria's Sokora state, on Sunday night and abducted at least 80 students, the Sokora state police said."
b2,2026-03-02,Maru Tribune,"The school's principal, Hauwa Sani, said 287 pupils were missing after a headcount on Monday morning."
b3,2026-03-03,Wire B,"Sokora state governor Bello Audu said 121 students had been kidnapped and that many others had fled into the bush and returned home."
b4,2026-03-04,Wire A,"The police said 28 of the abducted students had escaped and were reunited with their families, and that one student was killed during the attack."
b5,2026-03-05,Maru Tribune,"The governor's office said the number of students still held by the kidnappers had fallen to 93."
b6,2026-03-06,Wire B,"A parents' association said 137 children were still in the hands of the kidnappers and accused the government of playing down the number."
b7,2026-03-09,Wire A,"Nadoria's army said troops had freed 40 students in a raid on a forest camp, and the governor said 53 remained in captivity."
b8,2026-03-10,Maru Tribune,"It was the largest school kidnapping in the state since 2021, when gunmen seized 279 schoolgirls in Jangi."
`;

describe('round 11: a school abduction whose captives are freed over a week', () => {
  const groups = groupsOf(SCHOOL, ['--group-by', 'category']);
  const captured = () => eventGroup(groups, 'captured');

  // Failed blind (see the round 11 grades in docs/reconcile.md).
  it('gives the governor and its office one ledger of the captives ending at 53', () => {
    const governor = rowsAcross(groups, 'captured', /governor|Bello Audu/i);
    expect(governor).toHaveLength(1);
    expect(ledger(governor[0]!)).toEqual([['53'], ['121', '93']]);
  });

  // Fails blind (see the round 11 grades in docs/reconcile.md).
  it.fails('sets the parents\' 137 against the governor\'s count, the escaped no count of the captives', () => {
    const group = captured();
    expect(rowOf(group, /parents/i).claims.map((c) => c.label)).toEqual(['137']);
    expect(group.disagreements.some((pair) => /parents/i.test(pair.a + pair.b) && /governor|Bello Audu/i.test(pair.a + pair.b))).toBe(true);
    expect(currentLabels([group])).not.toContain('28');
  });

  it('reads the principal\'s missing, the one pupil killed, and 2021 apart', () => {
    expect(rowOf(holdingLabel(groups, 'missing', '287'), /Hauwa Sani|principal/i)).toBeDefined();
    expect(currentLabels([eventGroup(groups, 'killed')])).toEqual(['1']);
    expect(holdingLabel(groups, 'captured', '279').scope).toBe('in 2021');
    expect(currentLabels([captured()])).not.toContain('279');
  });
});

// A cholera outbreak in weekly bulletins: the health ministry (MoH, "the health ministry's weekly
// bulletin", its spokesman by name) 212 since the outbreak began → 229 → 281 with 38 late-reported deaths
// of April added (a part, not a period of its own); its weekly new deaths 14, 17, 14, 9 never rivals of the
// cumulative toll; a region's 131 a part; WHO's 240 beside it; MSF's 156 "in Lower Sava alone" a place
// apart; 2017 apart.
const CHOLERA = `id,date,outlet,text
c1,2026-05-04,Wire A,"Tamsia's Ministry of Health said 212 people had died of cholera since the outbreak began in March, including 14 in the past week."
c2,2026-05-04,Coast Post,"Most of the deaths were in Lower Sava region, where 131 people had died, the ministry said."
c3,2026-05-11,Wire B,"The health ministry's weekly bulletin put the cumulative cholera death toll at 229, up from 212, with 17 new deaths recorded in the week to Sunday."
c4,2026-05-12,Coast Post,"The World Health Organization said 240 cholera deaths had been reported in Tamsia since March and warned that the true figure was likely higher because many deaths in remote villages went unrecorded."
c5,2026-05-18,Wire A,"The MoH raised the cumulative toll to 281, saying 38 deaths from April that had been reported late by district hospitals had been added to the count, along with 14 new deaths in the past week."
c6,2026-05-19,Wire B,"Medecins Sans Frontieres said its treatment centres in Lower Sava alone had recorded 156 deaths since the outbreak began."
c7,2026-05-20,Coast Post,"Health ministry spokesman Nuru Kaveh denied that the outbreak was out of control and said weekly deaths had fallen to 9."
c8,2026-05-20,Wire A,"The outbreak is the worst in Tamsia since 2017, when cholera killed more than 700 people."
`;

describe('round 11: a cholera outbreak in weekly bulletins', () => {
  const groups = groupsOf(CHOLERA, ['--group-by', 'category']);
  const toll = () => holdingLabel(groups, 'killed', '281');

  // Failed blind (see the round 11 grades in docs/reconcile.md).
  it('gives the ministry one cumulative ledger ending at 281', () => {
    const ministry = rowsOf(toll(), /Ministry of Health|health ministry|MoH|ministry/i);
    expect(ministry).toHaveLength(1);
    expect(ledger(ministry[0]!)).toEqual([['281'], ['212', '229']]);
  });

  // Failed blind (see the round 11 grades in docs/reconcile.md).
  it('keeps the weekly new deaths and the late-reported backlog out of the cumulative toll', () => {
    const current = currentLabels([toll()]);
    for (const weekly of ['14', '17', '9', '38']) expect(current).not.toContain(weekly);
    expect(toll().disagreements).toEqual([]);
  });

  // Failed blind (see the round 11 grades in docs/reconcile.md).
  it('sets WHO beside the ministry, the region\'s share and MSF\'s region apart, 2017 apart', () => {
    const group = toll();
    expect(rowOf(group, /World Health Organization|WHO/).claims.map((c) => c.label)).toEqual(['240']);
    const current = currentLabels([group]);
    expect(current).not.toContain('131');
    expect(current).not.toContain('156');
    expect(holdingLabel(groups, 'killed', '≥700').scope).toBe('in 2017');
  });
});

// Monsoon floods: a state disaster authority's 14 dead on a Monday (a day's count) and its season total
// since June 1 96 → 104 (8 more bodies a part); the national authority (NDMA, "The National Disaster
// Management Authority (NDMA)") 312 across the country with the state's 96 a part → 338, and its 27
// missing; a flood in a neighbouring state apart; 2013 apart. No conflict between the state and the nation.
const FLOODS = `id,date,outlet,text
d1,2026-07-21,Wire A,"Flash floods and landslides in Ranvar's Kesh state killed 14 people on Monday, the Kesh State Disaster Management Authority said."
d2,2026-07-21,Wire A,"The deaths took the state's toll since the monsoon began on June 1 to 96, the Kesh State Disaster Management Authority said."
d3,2026-07-22,Kesh Times,"The National Disaster Management Authority (NDMA) said 312 people had died in floods and landslides across the country since June 1, 96 of them in Kesh state."
d4,2026-07-23,Wire B,"Kesh's state disaster authority said the number of monsoon deaths in the state had risen to 104 after 8 more bodies were pulled from the debris in Sarla district."
d5,2026-07-24,Wire A,"The NDMA raised the national toll to 338 and said 27 people remained missing, most of them in Kesh."
d6,2026-07-25,Kesh Times,"A flood in the neighbouring state of Moran killed 6 people on Friday, officials there said."
d7,2026-07-26,Wire B,"Ranvar's monsoon toll was the highest since 2013, when floods in the north killed more than 5,000 people."
`;

describe('round 11: monsoon floods counted by a state and the nation', () => {
  const groups = groupsOf(FLOODS, ['--group-by', 'category']);

  // Fails blind (see the round 11 grades in docs/reconcile.md).
  it.fails('gives the state authority one season ledger ending at 104, its day\'s 14 no rival', () => {
    const state = rowsAcross(groups, 'killed', /Kesh/i).filter((row) => [...row.claims, ...row.history].some((c) => c.label === '104'));
    expect(state).toHaveLength(1);
    expect(ledger(state[0]!)).toEqual([['104'], ['96']]);
    expect(currentLabels([holdingLabel(groups, 'killed', '104')])).not.toContain('14');
  });

  // Failed blind (see the round 11 grades in docs/reconcile.md).
  it('gives the national authority one ledger ending at 338, the state a part, and its missing', () => {
    const national = rowsAcross(groups, 'killed', /National Disaster|NDMA/);
    expect(national).toHaveLength(1);
    expect(ledger(national[0]!)).toEqual([['338'], ['312']]);
    expect(partLabels(national[0]!)).toContain('96');
    expect(currentLabels([eventGroup(groups, 'missing')])).toEqual(['27']);
  });

  // Failed blind (see the round 11 grades in docs/reconcile.md).
  it('finds no conflict between the state and the nation, Moran and 2013 apart', () => {
    for (const group of groups.filter((g) => g.category === 'killed')) expect(group.disagreements).toEqual([]);
    const national = holding(groups, 'killed', /NDMA|National Disaster/);
    expect(currentLabels([national])).not.toContain('6');
    expect(holdingLabel(groups, 'killed', '≥5,000').scope).toBe('in 2013');
  });
});
