// Round 2 of blind dossiers: six made-up disputed events, each with what an analyst needs written
// first (see the comments: where the expectation written before running toll was wrong per
// docs/reconcile.md, it says so; what toll still gets wrong is an \`it.fails\` case, so that a fix
// turns it red and the case can be moved over).
import { describe, expect, it } from 'vitest';
import { toll } from './helpers.js';
import { ARGS, find, groupLedger, groupsOf } from './dossier-helpers.js';

// A market strike: the regional administration named three ways (its head with his role after the
// verb, "Governor Marchenko", "the regional military administration") is one ledger ≥16 → 19 → 23;
// the toll of another strike the same report names, and the UN's cumulative count of the war, are
// apart; the army that says it killed servicemen counts the enemy; no conflict.
const MARKET = `id,date,outlet,text
m1,2025-09-06,Kyiv Ledger,"A Russian missile hit a crowded market in Zarichne on Saturday afternoon, killing at least 16 people and wounding 32, said Oleh Marchenko, head of the regional military administration."
m2,2025-09-06,Wire A,"The death toll from the strike on the Zarichne market rose to 19, including two children, Governor Marchenko said on Telegram. Thirty-five people were wounded."
m3,2025-09-07,Wire B,"Russia's defence ministry said its forces had struck a temporary deployment point of Ukrainian troops in Zarichne, killing up to 70 servicemen."
m4,2025-09-07,Daily Courier,"Ukraine's health ministry said 21 people had died in the attack, among them three children, and that 11 of the wounded were in a serious condition."
m5,2025-09-08,Wire A,"The death toll in Zarichne reached 23 after two more of the wounded died in hospital, the regional military administration said. In a separate strike on Kharkiv overnight, four people were killed, the city's mayor said."
m6,2025-09-09,Wire B,"The UN Human Rights Monitoring Mission in Ukraine said it had verified the deaths of 22 civilians in the Zarichne strike, including three children, and said the actual figure was likely higher."
m7,2025-09-09,Wire B,"Since the start of the full-scale invasion, at least 12,000 civilians have been killed in Ukraine, according to the UN mission."
m8,2025-09-10,Kyiv Ledger,"Rescuers recovered the body of a woman from under the rubble of the market on Wednesday, bringing the death toll to 24, the State Emergency Service said."
`;

describe('round 2: a market strike', () => {
  const groups = groupsOf(MARKET);

  it('gives the regional administration one ledger and flags no conflict', () => {
    const killed = find(groups, 'people', 'killed');
    expect(groupLedger(killed)).toEqual([
      ['the regional military administration', ['23'], ['≥16', '19'], null],
      ["Ukraine's Ministry of Health", ['21'], [], 'own_losses'],
      ['the State Emergency Service', ['24'], [], null],
    ]);
    expect(killed.disagreements).toEqual([]);
    expect(killed.digest!.text).toBe('latest: 24 (the State Emergency Service, 10 September 2025); range of current estimates 21–24');
  });

  it('keeps another strike, the war\'s cumulative count and the enemy\'s servicemen apart', () => {
    expect(groupLedger(find(groups, 'people', 'killed', 'overnight · separate strike'))).toEqual([["the city's mayor", ['4'], [], null]]);
    expect(groupLedger(find(groups, 'civilians', 'killed', 'since the start of the full-scale invasion'))).toEqual([['the UN mission', ['≥12,000'], [], null]]);
    expect(groupLedger(find(groups, 'servicemen', 'killed'))).toEqual([['Russian Ministry of Defence', ['≤70'], [], 'enemy_losses']]);
    // Written first as the UN mission's own row; per the registry the monitoring mission is OHCHR's.
    expect(groupLedger(find(groups, 'civilians', 'killed'))).toEqual([['UN Human Rights Office (OHCHR)', ['22 counted'], [], null]]);
  });

  it('reads "11 of the wounded" as a floor, not a rival of the wounded toll', () => {
    const wounded = find(groups, 'people', 'wounded');
    expect(wounded.rows.find((row) => row.display === "Ukraine's Ministry of Health")!.claims.map((c) => c.label)).toEqual(['11 counted']);
  });

  // Fixed in round 4: "Thirty-five people were wounded." after "…, Governor Marchenko said on
  // Telegram." goes on with the governor's statement (reconcile reads it so; the annotated dev sets
  // credit no one across sentences, and extraction keeps to them).
  it('gives the wounded one ledger 32 → 35', () => {
    expect(find(groups, 'people', 'wounded').disagreements).toEqual([]);
  });
});
// A mine collapse: the company (by its spokesman), the governor and the emergencies ministry;
// the missing fall from 16 to 15 over three days (no conflict); the union's 24 against the ministry's
// 22; an old disaster of 2009 named in the same report is apart.
const MINE = `id,date,outlet,text
n1,2026-02-10,Wire A,"A gallery collapsed at the Tavor coal mine in Kessel province early on Tuesday, trapping 20 miners, the state mining company Minerco said. Two workers were killed and nine were injured."
n2,2026-02-10,Radio Kessel,"Rescuers pulled four bodies from the mine on Tuesday night, provincial governor Ada Liss said, and 16 miners remained missing."
n3,2026-02-11,Wire B,"The number of confirmed dead at the Tavor mine rose to 7, Minerco spokesman Pavel Drozd said, with 15 miners still unaccounted for."
n4,2026-02-12,Kessel Daily,"Rescue teams have still not reached the 15 miners missing 600 metres underground, the emergencies ministry said on Thursday."
n5,2026-02-13,Wire A,"The emergencies ministry said all 15 missing miners had been found dead, bringing the toll from the Tavor collapse to 22."
n6,2026-02-13,Kessel Daily,"The miners' union said 24 men had died, counting two contractors it said the company had left off its list."
n7,2026-02-14,Wire B,"It was the deadliest mining accident in the country since 2009, when 37 miners died in a methane blast at the Orla pit."
n8,2026-02-14,Wire A,"Minerco later revised the number of injured to 11 from 9."
`;

describe('round 2: a mine collapse', () => {
  const groups = groupsOf(MINE);

  it('gives the toll its ledgers, the governor\'s bodies a floor, and no outlier in the latest toll', () => {
    const killed = find(groups, 'people', 'killed');
    expect(groupLedger(killed)).toEqual([
      ['provincial governor Ada Liss', ['4 counted'], [], null],
      ['Minerco spokesman Pavel Drozd', ['7'], [], null],
      ['The emergencies ministry', ['22'], [], null],
      ["The miners' union", ['24'], [], null],
    ]);
    expect(killed.digest!.outliers).toEqual([]);
  });

  it('lets counts of the missing fall over days without a conflict', () => {
    const missing = find(groups, 'miners', 'missing');
    expect(missing.disagreements).toEqual([]);
    expect(toll(ARGS, { input: MINE }).stdout).toContain('✓ provincial governor Ada Liss (16) vs The emergencies ministry (15): 1.1× apart, could both hold: provincial governor Ada Liss spoke 3 days earlier, and counts of the missing change');
  });

  it('files the disaster of 2009 under its year, not as a running total since then', () => {
    expect(groupLedger(find(groups, 'miners', 'killed', 'in 2009'))).toEqual([['Wire B', ['37'], [], null]]);
  });

  // Fixed in round 6: men counted alone, with no women or children beside them, are the toll's people
  // (the union's "24 men"), and Minerco's 7 of two days before is no outlier of the later tolls. Still
  // left: Minerco's first report ("Two workers were killed", the sentence after the one naming Minerco)
  // and its later revision of the injured ("Minerco later revised …") fall to the outlet.
  it('sets the union\'s 24 against the ministry\'s 22', () => {
    expect(find(groups, 'people', 'killed').disagreements).toHaveLength(1);
  });
});
// A cyclone: the provincial authority (its spokeswoman, "the provincial disaster authority") raises
// its toll to 38; the national agency (its chief, "the disaster management agency") revises 9 → 21 →
// 41; a nationwide count with its provinces is apart; "three deaths … were not caused by the storm"
// is no one's toll; last year's cyclone is apart.
const CYCLONE = `id,date,outlet,text
c1,2025-11-03,Wire A,"Cyclone Ilsa made landfall near the port of Marrak on Sunday night, killing at least 12 people, the Sendra provincial disaster authority said."
c2,2025-11-04,National Herald,"The National Disaster Management Agency put the death toll at 9, saying three deaths reported by the province were not caused by the storm."
c3,2025-11-05,Wire B,"Mira Okafor, spokeswoman for the Sendra provincial disaster authority, said the toll had risen to 31 and that 40 people were still missing."
c4,2025-11-06,National Herald,"National agency chief Tomas Brandt said 17 deaths had been verified nationwide, 15 of them in Sendra province and two in neighbouring Ostra."
c5,2025-11-07,Wire A,"The death toll from Cyclone Ilsa in Sendra province climbed to 38, the provincial disaster authority said on Friday."
c6,2025-11-08,Aid Bulletin,"The Red Crescent said its volunteers had helped recover 44 bodies along the coast, and that about 12,000 people had been displaced."
c7,2025-11-10,National Herald,"The disaster management agency revised its national toll to 41 from 21 after reconciling its list with the province's, agency chief Brandt said."
c8,2025-11-10,Wire B,"Cyclone Ilsa toll hits 41; 11 still missing"
c9,2025-11-10,Wire B,"Last year Cyclone Dara killed 112 people in the same region."
`;

describe('round 2: a cyclone', () => {
  it('shows each authority once with its groupLedger, and the nationwide count apart', () => {
    expect(toll([...ARGS, '--history'], { input: CYCLONE }).stdout.split('\n\n')[0]).toBe(
      `people — killed  ⚠ CONFLICT, spread 1.2×
latest: 41 (Wire B, 10 November 2025); range of current estimates 38–41
range: 38–44
✗ The National Disaster Management Agency (41) vs The Red Crescent (44 counted): 1.1× apart, cannot both hold
✗ The Red Crescent (44 counted) vs Wire B (41): 1.1× apart, cannot both hold
✓ the Sendra provincial disaster authority (38) vs The National Disaster Management Agency (41): 1.1× apart, could both hold: the Sendra provincial disaster authority spoke 3 days earlier, and tolls rise
✓ the Sendra provincial disaster authority (38) vs The Red Crescent (44 counted): 1.2× apart, could both hold: the Sendra provincial disaster authority spoke 1 day earlier, and tolls rise
✓ the Sendra provincial disaster authority (38) vs Wire B (41): 1.1× apart, could both hold: the Sendra provincial disaster authority spoke 3 days earlier, and tolls rise
┌──────────────────────────────────────────┬────────────┬────────────┬────────────┬─────────┬──────┬───────────────────────┐
│ Source                                   │ Estimate   │ Stated     │ Event      │ Reports │ Docs │ Flag                  │
├──────────────────────────────────────────┼────────────┼────────────┼────────────┼─────────┼──────┼───────────────────────┤
│ the Sendra provincial disaster authority │ 38         │ 2025-11-07 │            │       1 │ c5   │ ↻ was 31              │
│ ↳ earlier                                │ 31         │ 2025-11-05 │            │       1 │ c3   │                       │
│ ↳ earlier                                │ ≥12        │ 2025-11-03 │ 2025-11-02 │       1 │ c1   │                       │
│ The National Disaster Management Agency  │ 41         │ 2025-11-10 │            │       1 │ c7   │ ⚠ CONFLICT · ↻ was 21 │
│ ↳ earlier                                │ 21         │ 2025-11-10 │            │       1 │ c7   │                       │
│ ↳ earlier                                │ 9          │ 2025-11-04 │            │       1 │ c2   │                       │
│ The Red Crescent                         │ 44 counted │ 2025-11-08 │            │       1 │ c6   │ ⚠ CONFLICT            │
│ Wire B                                   │ 41         │ 2025-11-10 │            │       1 │ c8   │ ⚠ CONFLICT            │
└──────────────────────────────────────────┴────────────┴────────────┴────────────┴─────────┴──────┴───────────────────────┘`,
    );
    const groups = groupsOf(CYCLONE);
    // Written first as a part of the agency's ledger; per docs/reconcile.md "nationwide" is another
    // place, so the count is a group of its own, with its shares as sub-rows.
    const nationwide = find(groups, 'people', 'killed', 'nationwide');
    expect(groupLedger(nationwide)).toEqual([['The National Disaster Management Agency', ['17 counted'], [], null]]);
    expect(nationwide.rows[0]!.parts).toHaveLength(2);
    expect(groupLedger(find(groups, 'people', 'killed', 'last year'))).toEqual([['Wire B', ['112'], [], null]]);
    expect(find(groups, 'people', 'missing').disagreements).toEqual([]);
  });

  // "helped recover 44 bodies along the coast" is read ("along" ends the people: round 11 and dossier
  // round 3): the Red Crescent's counted bodies, a floor stated before the agency's lower national toll
  // of 41, conflict with it (a real dispute, as the stampede's hospital bodies below).
  it('reads the bodies the Red Crescent helped recover', () => {
    expect(find(groupsOf(CYCLONE), 'people', 'killed').rows.map((row) => row.display)).toContain('The Red Crescent');
  });
});
// A stampede: police named two ways are one ledger; the hospital's bodies are a floor that conflicts
// with lower tolls stated after them (a real dispute); the 2013 crush is apart; two injured pilgrims
// who died overnight are dead, and "overnight" is theirs, not the toll's.
const STAMPEDE = `id,date,outlet,text
s1,2026-01-14,Wire A,"At least 18 pilgrims were crushed to death in a stampede at the Sankar Ghat bathing festival early on Wednesday, police said."
s2,2026-01-14,News Channel,"Festival organisers said only seven people had died and blamed rumours for inflating the toll."
s3,2026-01-15,Morning Post,"Doctors at the district hospital said they had received 27 bodies, including 11 women and four children, and were treating 60 injured."
s4,2026-01-15,Wire B,"Police superintendent Arun Bhatt said the death toll had risen to 24 and that 52 people were injured. He denied reports that more than 100 had died."
s5,2026-01-15,Wire A,"The organising committee revised its figure to 19, saying it had earlier counted only those who died at the ghat."
s6,2026-01-16,Morning Post,"A tally by this newspaper's reporters of three hospitals and the morgue put the number of dead at 31."
s7,2026-01-16,State Times,"State home minister Kavita Rao told the assembly that 26 people had died, 20 at the ghat and six in hospital, and announced compensation for the families."
s8,2026-01-16,State Times,"In a similar crush at the same festival in 2013, 36 people were killed."
s9,2026-01-17,Wire B,"Police said the toll had risen to 26 after two injured pilgrims died overnight."
`;

describe('round 2: a stampede', () => {
  const groups = groupsOf(STAMPEDE);

  it('gives the police one groupLedger, and lists the real disputes', () => {
    const killed = find(groups, 'people', 'killed');
    expect(groupLedger(killed)).toEqual([
      ['Festival organisers', ['7'], [], null],
      ['Doctors at the district hospital', ['27 counted'], [], null],
      // Stop 31: "He denied reports that more than 100 had died." is the superintendent's denial (docs/reconcile.md).
      ['police', ['26'], ['24', '≥100'], null],
      ['the morgue', ['31'], [], null],
      ['State home ministry', ['26'], [], null],
    ]);
    expect(killed.disagreements.map((pair) => [pair.a, pair.b])).toEqual([
      ['doctors at the district hospital', 'police'], ['doctors at the district hospital', 'state home ministry'], ['police', 'morgue'], ['morgue', 'state home ministry'],
    ]);
    expect(groupLedger(find(groups, 'people', 'killed', 'in 2013'))).toEqual([['State Times', ['36'], [], null]]);
    expect(groupLedger(find(groups, 'pilgrims', 'killed', 'overnight'))).toEqual([['police', ['2'], [], null]]);
  });

  // Left: the newspaper's own tally is credited to "the morgue" (the subject "A tally by this
  // newspaper's reporters of three hospitals and the morgue" is cut at "and"); the organisers'
  // revision to 19 ("revised its figure to 19, saying it had earlier counted only those who died")
  // gives no figure (the police's denial of "more than 100" reads since stop 31); "at least 18 pilgrims" is a group of
  // its own (a kind of people is never joined to the claimant's toll).
  it.fails('credits the newspaper\'s tally to its reporters', () => {
    expect(find(groups, 'people', 'killed').rows.map((row) => row.display)).not.toContain('the morgue');
  });
});
// A prison riot: the institute (its acronym, its director, "the institute") revises its toll down
// 29 → 26, and its "counted twice" bodies are no figure; the rights group's "at least 40" conflicts;
// the justice minister's dismissal of 40 is a denial, never a claim; an older riot is apart.
const PRISON = `id,date,outlet,text
p1,2025-06-02,Wire A,"At least 12 inmates were killed when a riot broke out at the Valderrama prison on Sunday, the National Prison Institute (INAP) said."
p2,2025-06-03,Wire B,"INAP director Carla Montes said 29 inmates and two guards had died, many of them burned when mattresses were set alight."
p3,2025-06-03,Rights Daily,"A prisoners' rights group, Voz Interna, said at least 40 inmates had been killed, citing relatives and inmates inside, and accused guards of shooting prisoners."
p4,2025-06-04,Wire A,"The institute later lowered its count of dead inmates to 26, saying three bodies had been counted twice."
p5,2025-06-05,El Diario,"Forensic officials said they had identified 21 of the bodies so far."
p6,2025-06-05,Wire B,"Seventy inmates were injured and 14 remain unaccounted for, INAP said."
p7,2025-06-05,Wire B,"The riot was the deadliest in the country's prisons since 2019, when 42 inmates died at the Puerto Sur jail."
p8,2025-06-06,El Diario,"Justice Minister Raul Ibanez dismissed the rights group's figure of 40 dead as pure speculation."
`;

describe('round 2: a prison riot', () => {
  it('shows the institute\'s downward revision, the conflict and the denial', () => {
    const groups = groupsOf(PRISON);
    const inmates = find(groups, 'inmates', 'killed');
    expect(groupLedger(inmates)).toEqual([
      ['the National Prison Institute (INAP)', ['26'], ['≥12', '29'], null],
      ['Voz Interna', ['≥40'], [], null],
    ]);
    expect(inmates.disagreements).toHaveLength(1);
    expect(groupLedger(find(groups, 'guards', 'killed'))).toEqual([['the National Prison Institute (INAP)', ['2'], [], null]]);
    expect(groupLedger(find(groups, 'inmates', 'killed', 'in 2019'))).toEqual([['Wire B', ['42'], [], null]]);
    // Written first beside the inmates; the bodies identified and the "40 dead" dismissed name no inmates.
    const people = find(groups, 'people', 'killed');
    expect(people.rows.map((row) => [row.display, row.claims.map((c) => c.label), row.history.map((c) => `${c.status} ${c.label}`)])).toEqual([
      ['Forensic officials', ['21 counted'], []],
      ['Justice Ministry', [], ['denied 40']],
    ]);
    expect(toll(['timeline', ...ARGS], { input: PRISON }).stdout).toContain('inmates — killed — in 2019');
  });
});
// A war's estimators: a survey of violent deaths with its CI, counts of civilians by a monitor and
// the UN (floors, no conflict), one year's count, the government's cumulative count with its part, a
// study of excess deaths with its range, a rebel claim of enemy dead, a figure later withdrawn. Each
// scope is a group of its own; nothing conflicts.
const WAR = `id,date,outlet,text
w1,2024-03-01,Science Desk,"A household survey published in a medical journal estimated 187,000 violent deaths (95% CI 121,000-262,000) in Qartal between the start of the war in 2019 and the end of 2023."
w2,2024-03-02,Wire A,"The Qartal Casualty Monitor, which counts deaths reported by at least two media sources, has documented 58,412 civilian deaths since 2019."
w3,2024-03-02,Wire A,"The monitor recorded 9,120 civilian deaths in 2023 alone."
w4,2024-03-05,Capital Daily,"The government's own figure is far lower: the interior ministry says 31,000 people, including 12,500 members of the security forces, have been killed since 2019."
w5,2024-03-06,Wire B,"The UN human rights office said it had verified 41,600 civilian deaths since 2019, but believed the true number was considerably higher."
w6,2024-03-10,Policy Review,"A study by the Center for Population Research estimated 410,000 excess deaths (range 330,000-520,000) since 2019, including deaths from disease and hunger."
w7,2024-03-12,Wire A,"Rebel spokesman Idris Mahdi said government forces had lost more than 90,000 soldiers since 2019."
w8,2024-03-15,Wire B,"The health ministry put the death toll at 150,000 in 2021, a figure it later withdrew."
`;

describe('round 2: a war\'s estimators', () => {
  it('keeps every scope apart with its kind of estimate', () => {
    const groups = groupsOf(WAR);
    expect(groups.map((group) => [group.actor, group.scope, groupLedger(group)])).toEqual([
      ['people', 'violent deaths', [['A household survey published in a medical journal', ['≈187,000 (CI 121,000–262,000)'], [], null]]],
      ['people', 'since 2019', [['the interior ministry', ['31,000'], [], null]]],
      ['people', 'excess deaths · since 2019', [['the Center for Population Research', ['≈410,000 (CI 330,000–520,000)'], [], null]]],
      ['people', 'in 2021', [['The health ministry', [], ['150,000'], null]]],
      ['civilian', 'since 2019', [['The Qartal Casualty Monitor', ['58,412 counted'], [], null], ['UN Human Rights Office (OHCHR)', ['41,600 counted'], [], null]]],
      ['civilian', 'in 2023', [['The Qartal Casualty Monitor', ['9,120 counted'], [], null]]],
      ['members of the security forces', 'since 2019', [['the interior ministry', ['12,500'], [], null]]],
      ['soldiers', 'since 2019', [['Rebel spokesman Idris Mahdi', ['≥90,000'], [], null]]],
    ]);
    expect(groups.flatMap((group) => group.disagreements)).toEqual([]);
  });
});
