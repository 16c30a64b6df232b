// Round 9 of blind dossiers: five made-up disputed events of kinds rounds 1–8 did not cover (the
// exhumation of a militia massacre of 1994 whose identified dead rise over months, a volcanic eruption
// whose lahars' toll and missing a disaster agency revises over ten days with districts as parts, deaths
// of children linked to a contaminated cough syrup that the maker denies, weeks of ethnic clashes counted
// by a state government, its police, a federal minister, a community forum and a rights group, an
// avalanche on a climbing route counted by a tourism department, an expedition company and an
// association), each with what an analyst needs written before toll was run (comments say where that
// expectation was wrong per docs/reconcile.md); what toll still gets wrong is an `it.fails` case.
import { describe, expect, it } from 'vitest';
import { currentLabels, eventGroup, groupsOf, holdingLabel, labelsOf, ledger, pairText, partLabels, rowOf, rowsOf, withStatus, type Group, type Row } from './dossier-helpers.js';

/** The row that states a claim of this label, current or earlier. */
const rowStating = (group: Group, label: string) => group.rows.find((row) => [...row.claims, ...row.history].some((c) => c.label === label))!;
/** Pairs of a group (by claimant key) that involve the row stating this label. */
const pairsWith = (group: Group, label: string, pairs: { a: string; b: string }[]) => {
  const row = rowStating(group, label) as Row & { source: string };
  return pairs.filter((pair) => pair.a === row.source || pair.b === row.source);
};

// The exhumation of a massacre of 1994: survivors' "more than 200", the Missing Persons Commission's
// recovered remains 61 corrected to 57 (remains counted twice), its identified 48 → 143 and at least 160
// recovered from three graves; the mothers' association's list of 212 missing; the militia veterans'
// denial with a count of their own men; the prosecutor's 187 civilians; the prime minister's "more than
// 200"; another massacre of 1995 apart. Read by category, as an analyst of one event reads it.
const EXHUMATION = `id,date,outlet,text
x1,2026-03-02,Wire A,"Forensic teams began exhuming a mass grave near the village of Orlovac on Monday, where survivors say militiamen killed more than 200 men and boys in July 1994."
x2,2026-03-09,Orlovac Herald,"The Missing Persons Commission said its experts had so far recovered the remains of 61 people from the grave."
x3,2026-03-20,Wire B,"The commission corrected its earlier figure of 61 bodies to 57, saying some remains had been counted twice, and said 48 of the victims had been identified by DNA analysis."
x4,2026-03-21,Wire A,"The Association of Orlovac Mothers, which has compiled the names of 212 missing men and boys, said it expected more graves to be found."
x5,2026-03-22,Drevna Post,"A veterans' group of the former Black Eagles militia denied that its fighters had killed civilians at Orlovac and said 30 of its own men had died in fighting there."
x6,2026-04-15,Wire B,"The state prosecutor's office indicted four former militia commanders over the killing of 187 civilians at Orlovac."
x7,2026-06-30,Orlovac Herald,"The Missing Persons Commission said the number of victims identified had risen to 143, and that the remains of at least 160 people had now been recovered from three graves."
x8,2026-07-11,Wire A,"Speaking on Saturday at a ceremony marking the anniversary of the massacre, Prime Minister Lena Vukic said more than 200 people had been killed at Orlovac."
x9,2026-07-11,Drevna Post,"In a separate massacre in 1995, militiamen killed 41 people in the nearby town of Stelnik."
`;

describe('round 9: the exhumation of a massacre of 1994', () => {
  const groups = groupsOf(EXHUMATION, ['--group-by', 'category']);
  const killed = () => holdingLabel(groups, 'killed', '187');

  // Failed blind (see the round 9 grades in docs/reconcile.md).
  it('gives the commission one ledger of counted floors, its corrected 61 superseded', () => {
    const commission = rowsOf(killed(), /commission/i);
    expect(commission).toHaveLength(1);
    const [current, superseded] = ledger(commission[0]!);
    expect(current).toEqual(expect.arrayContaining(['143 counted', '≥160 counted']));
    expect(superseded).toEqual(expect.arrayContaining(['61 counted']));
    expect([...current!, ...superseded!]).not.toContain('48');
  });

  // Failed blind (see the round 9 grades in docs/reconcile.md).
  it('keeps the survivors, the prosecutor and the prime minister in the event\'s group, no floor a rival', () => {
    const group = killed();
    expect(rowOf(group, /survivors/i).claims.map((c) => c.label)).toEqual(['≥200']);
    expect(rowOf(group, /prosecutor/i).claims.map((c) => c.label)).toEqual(['187']);
    expect(rowOf(group, /Vukic|prime minister/i).claims.map((c) => c.label)).toEqual(['≥200']);
    // The commission's floors sit below every estimate: no conflict with them.
    expect(pairText(group.disagreements).filter((pair) => /commission/i.test(pair))).toEqual([]);
  });

  // Failed blind (see the round 9 grades in docs/reconcile.md).
  it('sets the veterans\' own men apart from the victims and their denial as no claim', () => {
    // The 30 militiamen are other people than the 187 civilians: never a rival of the victims' toll.
    // (Written first as no pair naming the veterans; checked by the row that states the 30, whoever it is.)
    expect(rowStating(killed(), '30').display).toMatch(/veteran|black eagles/i);
    expect(pairsWith(killed(), '30', killed().disagreements)).toEqual([]);
    expect(groups.flatMap((group) => group.rows.flatMap((row) => withStatus(row, 'denied')))).toEqual([]);
  });

  // Failed blind (see the round 9 grades in docs/reconcile.md).
  it('lists the mothers\' names as missing and 1995 apart', () => {
    const missing = holdingLabel(groups, 'missing', '212 counted');
    expect(missing.rows.map((row) => row.display)).toEqual([expect.stringMatching(/Association of Orlovac Mothers/)]);
    const stelnik = holdingLabel(groups, 'killed', '41');
    expect(stelnik.scope).not.toBe(null);
    expect(currentLabels([killed()])).not.toContain('41');
  });
});

// A volcanic eruption: the national disaster agency (its full name with acronym, its spokesman, "the
// agency", "It", the acronym alone) ≥14 → 22 → 31 (two districts as parts) → 36 (5 more bodies) → 41
// with a local radio's 52 called wrong; the missing 41 → 35 → 12 (23 found alive) → 7; OCHA's "more than
// 40"; the social affairs ministry's 38 and 170 injured; a district head's own district apart; 2010 apart;
// the evacuated and the affected are no casualties.
const ERUPTION = `id,date,outlet,text
e1,2026-11-02,Wire A,"Mount Serapi erupted on Sunday, sending lahars through villages on its southern slopes and killing at least 14 people, Kalbaru's National Disaster Mitigation Agency (NDMA) said."
e2,2026-11-03,Kalbaru Post,"NDMA spokesman Hadi Santoso said 22 people had been killed and 41 were missing, and that more than 9,000 residents had been evacuated."
e3,2026-11-04,Wire B,"The death toll from the eruption rose to 31, the agency said on Wednesday, with 19 of the dead in Lumbang district and 12 in Sari district. It said 35 people were still missing."
e4,2026-11-05,Wire A,"Lumbang district head Rudi Hartono said at least 25 people had died in his district alone."
e5,2026-11-06,Kalbaru Post,"The agency revised the number of missing down to 12 after 23 people who had been reported missing were found alive in evacuation centres."
e6,2026-11-08,Wire B,"The UN Office for the Coordination of Humanitarian Affairs said more than 40 people had been killed and more than 60,000 affected by the eruption."
e7,2026-11-09,Wire A,"The social affairs ministry said 38 people had been killed and 170 injured."
e8,2026-11-11,Kalbaru Post,"NDMA updated the death toll to 36 after rescuers recovered 5 more bodies from the mud, and said 7 people remained missing."
e9,2026-11-12,Wire B,"An earlier figure of 52 dead given by a local radio station was wrong, the agency said, adding that the toll stood at 41."
e10,2026-11-12,Kalbaru Post,"Serapi's last major eruption, in 2010, killed 353 people."
`;

describe('round 9: a volcanic eruption whose toll and missing are revised over ten days', () => {
  const groups = groupsOf(ERUPTION, ['--group-by', 'category']);
  const killed = () => eventGroup(groups, 'killed');

  // Failed blind (see the round 9 grades in docs/reconcile.md).
  it('gives the agency one ledger of the dead ending at 41, districts and bodies as parts', () => {
    const agency = rowsOf(killed(), /NDMA|Disaster Mitigation|agency/i);
    expect(agency).toHaveLength(1);
    expect(ledger(agency[0]!)).toEqual([['41'], ['≥14', '22', '31', '36']]);
    // Written first with '5': bodies recovered are counted (docs/reconcile.md, Kinds of estimate).
    expect(partLabels(agency[0]!)).toEqual(expect.arrayContaining(['12', '19', '5 counted']));
    expect(withStatus(agency[0]!, 'denied')).toEqual(['52']);
    // The eruption was on Sunday; the agency first spoke on Monday.
    const first = agency[0]!.history.find((c) => c.label === '≥14')!;
    expect(first.events).toEqual(['2026-11-01']);
    expect(first.statements.map((s) => s.date)).toEqual(['2026-11-02']);
  });

  it('sets OCHA and the ministry beside it, their one dispute shown; the district apart', () => {
    const group = killed();
    expect(rowOf(group, /Coordination of Humanitarian Affairs|OCHA/).claims.map((c) => c.label)).toEqual(['≥40']);
    expect(rowOf(group, /social affairs/i).claims.map((c) => c.label)).toEqual(['38']);
    expect(group.rows).toHaveLength(3);
    // Written first as no conflict: OCHA's "more than 40" stated the day before the ministry's 38 cannot
    // hold beside it (a higher toll stated first, docs/reconcile.md, Tolls rise), a dispute worth showing.
    expect(pairText(group.disagreements)).toEqual([expect.stringMatching(/coordination of humanitarian affairs|ocha/i)]);
    expect(pairText(group.disagreements)[0]).toMatch(/social affairs/i);
    expect(holdingLabel(groups, 'killed', '≥25').scope).not.toBe(null);
    expect(holdingLabel(groups, 'killed', '353').scope).toBe('in 2010');
  });

  // Failed blind (see the round 9 grades in docs/reconcile.md).
  it('gives the agency one ledger of the missing ending at 7, the found alive no figure', () => {
    const missing = eventGroup(groups, 'missing');
    expect(missing.rows.map((row) => row.display)).toHaveLength(1);
    expect(ledger(missing.rows[0]!)).toEqual([['7'], ['41', '35', '12']]);
    expect(labelsOf(groups)).not.toContain('23');
    expect(labelsOf(groups).filter((label) => /9,000|60,000/.test(label))).toEqual([]);
    expect(currentLabels([eventGroup(groups, 'wounded')])).toEqual(['170']);
  });
});

// Children's deaths linked to a contaminated cough syrup: the health ministry (possessive, its minister,
// "the health ministry") 18 → 27 (9 in the past week a part) → corrected to 29 with 2 deaths of other
// illnesses set apart; the maker calls the 18 baseless; WHO informed of 31; a parents' group "we have
// counted 44"; a parliamentary committee's "at least 35"; another country's 2022 deaths apart.
const SYRUP = `id,date,outlet,text
c1,2026-05-10,Wire A,"Dravia's health ministry said 18 children had died of acute kidney injury linked to cough syrups made by Orvex Pharma."
c2,2026-05-12,Dravia Today,"Orvex Pharma denied that its syrups had caused any deaths and said the ministry's figure of 18 deaths was baseless."
c3,2026-05-15,Wire B,"Health Minister Irena Kovac said the toll had risen to 27 children, 9 of whom had died in the past week."
c4,2026-05-18,Wire A,"The World Health Organization issued a medical product alert, saying it had been informed of 31 child deaths in Dravia."
c5,2026-05-20,Dravia Today,"A parents' group, Justice for Our Children, said: ""We have counted 44 children who died,"" and accused the ministry of hiding cases."
c6,2026-05-22,Wire B,"The health ministry corrected its toll to 29, saying 2 deaths previously attributed to the syrups had been caused by other illnesses."
c7,2026-05-25,Wire A,"A parliamentary committee said in a report that at least 35 children had died and that the ministry had underreported the deaths."
c8,2026-05-25,Dravia Today,"In 2022, contaminated syrups were linked to the deaths of 70 children in another country."
`;

describe('round 9: children\'s deaths linked to a cough syrup', () => {
  const groups = groupsOf(SYRUP, ['--group-by', 'category']);
  const killed = () => eventGroup(groups, 'killed');

  // Failed blind (see the round 9 grades in docs/reconcile.md).
  it('gives the ministry one ledger ending at the corrected 29, the week\'s deaths a part', () => {
    const ministry = rowsOf(killed(), /health minist|Irena Kovac/i);
    expect(ministry).toHaveLength(1);
    expect(ledger(ministry[0]!)).toEqual([['29'], ['18', '27']]);
    expect(partLabels(ministry[0]!)).toContain('9');
    expect(currentLabels(groups)).not.toContain('2');
  });

  // Failed blind (see the round 9 grades in docs/reconcile.md).
  it('shows the maker\'s denial of the 18 as a denial, never a claim', () => {
    const maker = rowOf(killed(), /Orvex/);
    expect(maker.claims).toEqual([]);
    expect(withStatus(maker, 'denied')).toEqual(['18']);
  });

  it('sets WHO, the parents and the committee beside the ministry, each a dispute with its 29', () => {
    const group = killed();
    expect(rowOf(group, /World Health Organization|WHO/).claims.map((c) => c.label)).toEqual([expect.stringMatching(/^31/)]);
    expect(rowOf(group, /Justice for Our Children|parents/i).claims.map((c) => c.label)).toEqual(['44 counted']);
    expect(rowOf(group, /committee/i).claims.map((c) => c.label)).toEqual(['≥35']);
    const pairs = pairText(group.disagreements);
    // Written first with the committee's pair a conflict: its "at least 35" three days after the ministry's
    // 29 could hold (tolls rise); the ministry's 29 after WHO's 31 and the parents' 44 cannot.
    expect(pairText(group.compatible).some((pair) => /committee/i.test(pair) && /minist/i.test(pair))).toBe(true);
    expect(pairs.some((pair) => /world health|who\b/i.test(pair) && /minist/i.test(pair))).toBe(true);
    expect(pairs.some((pair) => /justice for our children|parents/i.test(pair) && /minist/i.test(pair))).toBe(true);
    expect(holdingLabel(groups, 'killed', '70').scope).not.toBe(null);
  });
});

// Weeks of ethnic clashes: the state government (its chief minister) ≥54 → 60 → revised down to 68 after
// 3 bodies counted twice (a police count of 71 between), the police's 10 security personnel a part; a
// community forum's 41 it withdraws for 36; the federal home minister's 98 and 310 injured "so far"; a
// rights group's documented "at least 112"; another attack the same month and 1993 apart; the evacuated
// are no casualties.
const CLASHES = `id,date,outlet,text
d1,2026-05-06,Wire A,"At least 54 people have been killed in ethnic clashes in Kantara state since Sunday, the state government said, as the army evacuated more than 23,000 residents."
d2,2026-05-08,Kantara Express,"Chief Minister Biren Laishram said the death toll had risen to 60, and that 231 people had been injured."
d3,2026-05-12,Wire B,"The Hill Tribes Forum said 41 members of its community had been killed, and accused security forces of siding with the majority."
d4,2026-05-15,Wire A,"State police chief Rajiv Mehra said 71 people had died since the violence began on May 3, including 10 security personnel."
d5,2026-05-20,Kantara Express,"The state government revised its toll down to 68, saying 3 bodies had been counted twice."
d6,2026-05-22,Wire B,"In a separate attack in Dhanpur district on Friday, gunmen killed 3 villagers."
d7,2026-05-28,Wire A,"Federal Home Minister Amit Rao told parliament that 98 people had been killed and 310 injured in the violence so far."
d8,2026-06-02,Kantara Express,"Rights group Frontline Watch said it had documented at least 112 deaths, more than the official count, and that many bodies remained unclaimed in morgues."
d9,2026-06-02,Wire A,"The violence is the worst in the state since 1993, when clashes killed more than 750 people."
d10,2026-06-03,Wire B,"The Hill Tribes Forum withdrew its figure of 41, saying some of the dead had been counted by two village councils, and said 36 members of its community had been killed."
`;

describe('round 9: weeks of ethnic clashes', () => {
  const groups = groupsOf(CLASHES, ['--group-by', 'category']);
  const killed = () => eventGroup(groups, 'killed');

  // Failed blind (see the round 9 grades in docs/reconcile.md).
  it('gives the state government and its chief minister one ledger ending at 68', () => {
    const government = rowsOf(killed(), /state government|chief minister|Biren Laishram/i);
    expect(government).toHaveLength(1);
    expect(ledger(government[0]!)).toEqual([['68'], ['≥54', '60']]);
    expect(labelsOf([killed()])).not.toContain('3');
  });

  it('keeps the police\'s count since the violence began in the event\'s group, its personnel a part', () => {
    const police = rowOf(killed(), /police|Rajiv Mehra/i);
    expect(police.claims.map((c) => c.label)).toEqual(['71']);
    expect(partLabels(police)).toEqual(['10']);
  });

  // Fails blind (see the round 9 grades in docs/reconcile.md).
  it.fails('shows the forum\'s withdrawn 41 taken back and its 36 current', () => {
    const forum = rowOf(killed(), /Hill Tribes Forum/);
    expect(forum.claims.map((c) => c.label)).toEqual(['36']);
    expect(withStatus(forum, 'retracted')).toEqual(['41']);
  });

  it('sets the home ministry and the rights group beside them, and the other attack and 1993 apart', () => {
    const group = killed();
    expect(rowOf(group, /home minist|Amit Rao/i).claims.map((c) => c.label)).toEqual(['98']);
    expect(rowOf(group, /Frontline Watch/).claims.map((c) => c.label)).toEqual(['≥112 counted']);
    expect(currentLabels([eventGroup(groups, 'wounded')]).sort()).toEqual(['231', '310']);
    expect(holdingLabel(groups, 'killed', '3').scope).not.toBe(null);
    expect(holdingLabel(groups, 'killed', '≥750').scope).toBe('in 1993');
    expect(labelsOf(groups).filter((label) => /23,000/.test(label))).toEqual([]);
  });
});

// An avalanche on a climbing route: the tourism department (its official) ≥7 → 11 (4 more bodies) → 13
// (the 2 missing porters' bodies), the nationalities among the dead as parts; the expedition company's
// clients and guides, its 5 missing; the mountaineering association's 13; a foreign office's 3 of its
// nationals, no rival of the toll; the missing 5 → 2 → none; 2014 apart.
const AVALANCHE = `id,date,outlet,text
a1,2026-10-08,Wire A,"An avalanche struck a climbing route on Mount Karun on Wednesday, killing at least 7 climbers and guides, the Sarkand Tourism Department said."
a2,2026-10-08,Peak News,"Summit Treks, the expedition company, said 4 of its clients and 3 of its guides had died and 5 were missing."
a3,2026-10-09,Wire B,"Rescuers found 4 more bodies on Thursday, bringing the death toll to 11, the tourism department said. Two people remain missing."
a4,2026-10-09,Wire A,"Among the dead were 3 Germans, 2 French climbers and 6 Sarkandi guides, a tourism department official said."
a5,2026-10-10,Peak News,"The Sarkand Mountaineering Association said 13 people had been killed, including 2 porters who were not on the department's list."
a6,2026-10-11,Wire B,"The tourism department raised the toll to 13 after the bodies of the 2 missing porters were recovered, and said no one remained missing."
a7,2026-10-11,Wire A,"The German foreign office said it was helping the families of the 3 Germans killed."
a8,2026-10-12,Peak News,"The avalanche was the deadliest on the mountain since 2014, when 16 guides died in an icefall."
`;

describe('round 9: an avalanche on a climbing route', () => {
  const groups = groupsOf(AVALANCHE, ['--group-by', 'category']);
  const killed = () => eventGroup(groups, 'killed');

  // Failed blind (see the round 9 grades in docs/reconcile.md).
  it('gives the tourism department one ledger ending at 13', () => {
    const department = rowsOf(killed(), /tourism department/i);
    expect(department).toHaveLength(1);
    // Written first as [['13'], ['≥7', '11']]: the department's "Among the dead were 3 Germans, 2 French
    // climbers and 6 Sarkandi guides" the same day is a counted total of 11 (shares of the dead are
    // counted, docs/reconcile.md, Parts and wholes), one claim with its toll of 11, so it reads `11 counted`.
    expect(ledger(department[0]!)).toEqual([['13'], ['≥7', '11 counted']]);
    // Written first as '4': bodies found are counted (docs/reconcile.md, Kinds of estimate).
    expect(partLabels(department[0]!)).toEqual(expect.arrayContaining(['4 counted']));
  });

  // Failed blind (see the round 9 grades in docs/reconcile.md).
  it('sets the company, the association and the foreign office beside it, in no conflict', () => {
    const group = killed();
    expect(rowOf(group, /Summit Treks/).claims.map((c) => c.label)).toEqual(['7']);
    expect(rowOf(group, /Mountaineering Association/).claims.map((c) => c.label)).toEqual(['13']);
    expect(group.disagreements).toEqual([]);
    expect(holdingLabel(groups, 'killed', '16').scope).toBe('in 2014');
  });

  it('counts the missing down to none, the company\'s 5 beside the department', () => {
    const missing = eventGroup(groups, 'missing');
    const department = rowOf(missing, /tourism department/i);
    expect(ledger(department)).toEqual([['0'], ['2']]);
    expect(rowOf(missing, /Summit Treks/).claims.map((c) => c.label)).toEqual(['5']);
  });
});
