// Two made-up dossiers, each with what an analyst needs from it written first.
//
// A disputed hospital blast: one ministry named five ways ("the Palestinian health ministry" of a
// blast in Gaza City, "Gaza's", by its spokesman, as the body that identified 14 of the dead) is one
// row, party to the war, its first ≥500 revised to 471; its count of
// identified dead is a floor beside its total, not a rival; the army that disputes the toll is the
// claimant of its own figure, not the side it accuses; a figure quoted in the speaker's words is read.
//
// A hurricane whose official toll was revised for a year: the governor, named three ways, is one
// office with a ledger ending at 2,975; the government that revised "to 2,975 from 64, citing a
// study" is the claimant, the study its basis; a survey of excess deaths is a scope apart.
import { describe, expect, it } from 'vitest';
import { toll } from './helpers.js';

const ARGS = ['--quiet', '--input-format', 'csv', '--id-column', 'id', '--date-column', 'date', '--source-column', 'outlet'];

const HOSPITAL = `id,date,outlet,text
h1,2023-10-17,Outlet A,"At least 500 people were killed in a strike on the Al-Noor hospital in Gaza City on Tuesday evening, the Palestinian health ministry said."
h2,2023-10-18,Outlet B,"Gaza's Health Ministry said 471 people were killed in the blast at the hospital, revising its earlier figure."
h3,2023-10-18,Outlet C,"Ashraf Khalil, spokesman for the Gaza health ministry, said 471 people had died and 342 were wounded."
h4,2023-10-19,Outlet D,"The Israeli military said the toll given by Hamas was inflated, and that fewer than 100 people were killed."
h5,2023-10-20,Broadcaster B,"The Gaza health ministry has identified 14 of the dead by name, a reporter for the broadcaster said."
h6,2023-10-24,Outlet G,"Western intelligence estimated the toll at 'between 100 and 300'."
`;

interface Row { display: string; party: string | null; claims: { label: string; kind: string | null }[]; names: { written: string; how: string }[] }

describe('a disputed blast: one body, its floor, the parties', () => {
  const killed = JSON.parse(toll([...ARGS, '--format', 'json'], { input: HOSPITAL }).stdout).groups[0];
  const rows: Row[] = killed.rows;

  it('gives each body one row, with its party flag', () => {
    expect(rows.map((row) => [row.display, row.claims.map((claim) => claim.label), row.party])).toEqual([
      ['Gaza Health Ministry', ['471', '14 counted'], 'own_losses'],
      ['Israel Defense Forces (IDF)', ['≤100'], 'enemy_losses'],
      ['Western intelligence', ['100–300'], null],
    ]);
  });

  it('says how each wording of the ministry was resolved', () => {
    expect(rows[0]!.names.map((name) => name.written)).toEqual([
      'the Palestinian health ministry', "Gaza's Health Ministry", 'Ashraf Khalil, spokesman for the Gaza health ministry', 'The Gaza health ministry',
    ]);
    expect(rows[0]!.names[0]!.how).toBe('in Gaza: Gaza Health Ministry; registry: Gaza Health Ministry');
    expect(rows[0]!.names[2]!.how).toBe('speaker → the body, registry: Gaza Health Ministry');
    // Its ≥500 of the first day is history: "revising its earlier figure".
    expect(rows[0]!.history.map((claim) => claim.label)).toEqual(['≥500']);
  });

  it('keeps the count of identified dead out of the range and the outliers, and names it', () => {
    expect(killed.digest.text).toBe(
      'latest: 100–300 (Western intelligence, 24 October 2023); range of current estimates 100–471; counted so far, below the range: 14 counted, Gaza Health Ministry',
    );
    // The ministry stands for 471, not for the middle of 14 and 471.
    expect(killed.disagreements[0]).toMatchObject({ a: 'gaza health ministry', b: 'israel defense forces', ratio: 4.71 });
  });
});

const HURRICANE = `id,date,outlet,text
u1,2017-09-21,Island Wire,"Hurricane Marla killed at least 16 people across the island, the governor's office said."
u2,2017-10-03,Island Wire,"The official death toll from Hurricane Marla rose to 34, Governor Luis Ortega said on Tuesday."
u3,2017-10-20,Metro Daily,"The island government raised the official toll to 51 from 34."
u4,2017-12-09,Metro Daily,"The governor's office said the toll stood at 64 and ordered a review of all deaths after the storm."
u5,2018-05-29,Science Desk,"A university survey estimated 4,645 excess deaths (95% CI 793–8,498) in the three months after the storm."
u6,2018-08-28,Island Wire,"The government revised its official toll to 2,975 from 64, citing an independent study by a public health school."
u7,2018-08-29,Metro Daily,"Governor Ortega said the death toll was 2,975, up from the earlier figure of 64."
`;

describe('a toll revised over a year', () => {
  it('shows each body once with its ledger, and the survey of excess deaths apart', () => {
    expect(toll([...ARGS, '--history'], { input: HURRICANE }).stdout).toBe(
      `people — killed
latest: 2,975 (the governor's office, 29 August 2018)
range: 2,975
┌───────────────────────┬──────────┬────────────┬─────────┬──────┬──────────┐
│ Source                │ Estimate │ Stated     │ Reports │ Docs │ Flag     │
├───────────────────────┼──────────┼────────────┼─────────┼──────┼──────────┤
│ the governor's office │ 2,975    │ 2018-08-29 │       1 │ u7   │ ↻ was 64 │
│ ↳ earlier             │ 64       │ 2017-12-09 │       1 │ u4   │          │
│ ↳ earlier             │ 34       │ 2017-10-03 │       1 │ u2   │          │
│ ↳ earlier             │ ≥16      │ 2017-09-21 │       1 │ u1   │          │
│ The island government │ 2,975    │ 2018-08-28 │       1 │ u6   │ ↻ was 64 │
│ ↳ earlier             │ 64       │ 2018-08-28 │       1 │ u6   │          │
│ ↳ earlier             │ 51       │ 2017-10-20 │       1 │ u3   │          │
│ ↳ earlier             │ 34       │ 2017-10-20 │       1 │ u3   │          │
└───────────────────────┴──────────┴────────────┴─────────┴──────┴──────────┘

people — killed — excess deaths · 3 months
latest: ≈4,645 (CI 793–8,498) (A university survey, 29 May 2018)
range: 4,645
┌─────────────────────┬───────────────────────┬────────────┬─────────┬──────┬──────┐
│ Source              │ Estimate              │ Stated     │ Reports │ Docs │ Flag │
├─────────────────────┼───────────────────────┼────────────┼─────────┼──────┼──────┤
│ A university survey │ ≈4,645 (CI 793–8,498) │ 2018-05-29 │       1 │ u5   │      │
└─────────────────────┴───────────────────────┴────────────┴─────────┴──────┴──────┘
`,
    );
  });
});

// A flood whose first figure was taken back: the district administrator, named two ways, is one
// office whose "at least 50" he later retracted; the disaster authority that denied it speaks for the
// count it gave instead ("…, saying 12 bodies had been recovered"), and its later 19 is its current
// figure. Nothing is left to conflict.
const FLOOD = `id,date,outlet,text
f1,2026-07-02,Daily Star,"At least 50 people were killed when floodwaters swept through Kareli district, the district administrator told reporters."
f2,2026-07-03,River Times,"The provincial disaster authority denied reports that 50 people had died in Kareli, saying 12 bodies had been recovered so far."
f3,2026-07-04,Daily Star,"The disaster authority said on Saturday the death toll from the Kareli floods had risen to 19, with 7 people still missing."
f4,2026-07-05,Wire,"Kareli district administrator Ravi Menon retracted his earlier figure of 50 dead, saying it had been based on unverified reports."
`;

describe('a first figure taken back', () => {
  const killed = JSON.parse(toll([...ARGS, '--format', 'json'], { input: FLOOD }).stdout).groups.find((group: { category: string }) => group.category === 'killed');
  const rows: (Row & { history: { label: string; status: string }[] })[] = killed.rows;

  it('marks the retracted figure and every earlier claim of it, and flags no conflict', () => {
    expect(rows.map((row) => [row.display, row.claims.map((claim) => claim.label), row.history.map((claim) => `${claim.status} ${claim.label}`)])).toEqual([
      ['Kareli district administrator Ravi Menon', [], ['retracted ≥50', 'retracted 50']],
      // Round 3: the 12 bodies recovered of the day before are the toll as it stood then, not a floor beside the 19.
      // Stop 31: its "denied reports that 50 people had died" reads as its denial of the 50 (docs/reconcile.md).
      ['The provincial disaster authority', ['19'], ['denied 50', 'superseded 12 counted']],
    ]);
    expect(killed.disagreements).toEqual([]);
    expect(killed.digest.text).toContain('3 taken back (denied or retracted)');
  });
});

// A port blast whose toll rose over a week: the minister, "health ministry officials" and "the
// ministry" are one body whose toll climbs to 171 (its "at least 154" of two days before is history); the Red Cross's 100 of the day after the blast is
// older, not a rival; the speaker set off mid-sentence ("…, the health minister told local
// television, and some 5,000 were hurt") states both figures; the army's recovered bodies are a floor.
const PORT = `id,date,outlet,text
p1,2020-08-04,Wire A,"A massive explosion ripped through the port of Saldana on Tuesday evening, killing at least 50 people and injuring more than 2,700, Health Minister Karim Nassar said."
p2,2020-08-05,Wire B,"The death toll from Tuesday's blast in Saldana port rose to 100, the Saldanese Red Cross said, adding that dozens were still missing."
p3,2020-08-05,Daily C,"Health ministry officials put the toll at 113 on Wednesday, with about 4,000 wounded."
p4,2020-08-06,Wire A,"The number of dead has climbed to 135, the health minister told local television, and some 5,000 people were hurt."
p6,2020-08-08,Wire B,"At least 154 people were killed, according to the ministry, while 60 remained missing."
p7,2020-08-09,Weekly D,"The army said its rescue teams had pulled 43 bodies from the rubble since Tuesday."
p8,2020-08-10,Wire A,"The ministry said on Monday that the toll had reached 171."
`;

describe('a toll that rose over a week', () => {
  const groups = JSON.parse(toll([...ARGS, '--format', 'json'], { input: PORT }).stdout).groups;
  const killed = groups.find((group: { category: string }) => group.category === 'killed');

  it('gives the ministry one row with its ledger, and flags no conflict', () => {
    expect(killed.rows.map((row: Row & { history: { label: string }[] }) => [row.display, row.claims.map((claim) => claim.label), row.history.map((claim) => claim.label)])).toEqual([
      // "At least 154" of two days before is the toll as it stood then, not the same estimate as 171.
      ['Health Ministry', ['171'], ['≥50', '113', '135', '≥154']],
      ['the Saldanese Red Cross', ['100'], []],
      ['The army', ['43 counted'], []],
    ]);
    expect(killed.disagreements).toEqual([]);
  });

  it('says why an older, lower toll could hold beside the latest', () => {
    const text = toll([...ARGS], { input: PORT }).stdout;
    expect(text).toContain('✓ Health Ministry (171) vs the Saldanese Red Cross (100): 1.7× apart, could both hold: the Saldanese Red Cross spoke 5 days earlier, and tolls rise');
  });

  it('credits the wounded to the minister who gave them mid-sentence', () => {
    const wounded = groups.find((group: { category: string }) => group.category === 'wounded');
    expect(wounded.rows.map((row: Row) => [row.display, row.claims.map((claim) => claim.label)])).toEqual([['Health Ministry', ['≈5,000']]]);
  });
});

// A raid: the ministry's "14 Palestinians" and its later "death toll … rose to 15" are one ledger;
// the army that says its troops killed 10 militants counts the enemy; an airstrike elsewhere the same
// report names is another incident.
const RAID = `id,date,outlet,text
r1,2024-03-12,Wire A,"Israeli forces killed 14 Palestinians during an overnight raid on the Nur Shams refugee camp near Tulkarm, the Palestinian health ministry said on Tuesday."
r2,2024-03-12,Wire B,"The Israeli military said its troops had killed 10 militants in the operation in Nur Shams and arrested 15 wanted suspects."
r5,2024-03-14,Daily D,"The health ministry later raised the death toll from the Nur Shams raid to 15. Separately, two people were killed in an airstrike in Jenin on Wednesday, the ministry said."
`;

describe('a raid', () => {
  const groups = JSON.parse(toll([...ARGS, '--format', 'json'], { input: RAID }).stdout).groups;

  it('keeps the ministry\'s toll one ledger, the army\'s count of militants flagged, the other strike apart', () => {
    expect(groups.map((group: { actor: string; scope: string | null; rows: (Row & { history: { label: string }[] })[] }) => [
      group.actor, group.scope, group.rows.map((row) => [row.display, row.claims.map((claim) => claim.label), row.history.map((claim) => claim.label), row.party]),
    ])).toEqual([
      ['Palestinians', null, [['Palestinian Ministry of Health', ['15'], ['14'], 'own_losses']]],
      ['militants', null, [['Israel Defense Forces (IDF)', ['10'], [], 'enemy_losses']]],
      ['people', 'separate incident', [['Palestinian Ministry of Health', ['2'], [], 'own_losses']]],
    ]);
  });
});
