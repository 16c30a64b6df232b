// Round 5 of blind dossiers: five made-up disputed events of kinds rounds 1–4 did not cover (a mass
// poisoning by bootleg liquor, a migrant shipwreck, hunger deaths a government denies, a garment
// factory fire, election violence counted per clash and since the campaign began), each with what an
// analyst needs written before toll was run (comments say where that expectation was wrong per
// docs/reconcile.md); what toll still gets wrong is an `it.fails` case.
import { describe, expect, it } from 'vitest';
import { toll } from './helpers.js';

const ARGS = ['--quiet', '--input-format', 'csv', '--id-column', 'id', '--date-column', 'date', '--source-column', 'outlet'];

interface Claim { label: string; status: string }
interface Row { display: string; party: string | null; claims: Claim[]; history: Claim[]; parts: { actor: string; claim: Claim }[] }
interface Group { actor: string | null; category: string; scope: string | null; rows: Row[]; disagreements: { a: string; b: string }[]; digest: { text: string; outliers: unknown[] } | null }

const groupsOf = (csv: string): Group[] => JSON.parse(toll([...ARGS, '--format', 'json'], { input: csv }).stdout).groups;
/** The group of a category that holds a row of this claimant, whatever its actor and scope. */
const holding = (groups: Group[], category: string, display: string) =>
  groups.find((group) => group.category === category && group.rows.some((row) => row.display === display))!;
/** Each row as [who, current figures, earlier figures with their status]. */
const statuses = (group: Group) => group.rows.map((row) => [row.display, row.claims.map((c) => c.label), row.history.map((c) => `${c.status} ${c.label}`)]);
const labelsOf = (groups: Group[]) => groups.flatMap((group) => group.rows.flatMap((row) => [...row.claims, ...row.history].map((c) => c.label)));
const pairsOf = (group: Group) => group.disagreements.map((pair) => [pair.a, pair.b].sort().join(' / '));

// Bootleg liquor: the state excise department (by name and its minister) keeps one ledger 31 → 38 → 42
// and denies the opposition's "more than 100"; the district magistrate's first floor; the two
// districts' deaths are parts of the 31; the opposition's "at least 104" stated before the
// department's lower 42 is a real dispute; arrests, litres and patients are no tolls; 2019 is apart.
const LIQUOR = `id,date,outlet,text
a1,2026-03-02,Wire A,"At least 14 people died after drinking bootleg liquor laced with methanol in Kalpur district, district magistrate Rohan Verma said on Monday."
a2,2026-03-03,State Express,"The toll in the hooch tragedy rose to 31, with 19 deaths in Kalpur and 12 in neighbouring Devgarh, the state excise department said."
a3,2026-03-03,Wire B,"Police have arrested 9 people, including the owner of the illegal distillery, and seized 400 litres of spirit."
a4,2026-03-04,Wire A,"Doctors at Kalpur civil hospital said they were treating 86 patients, 23 of whom had lost their sight."
a5,2026-03-05,State Express,"State excise minister Meera Pillai told the assembly that 38 people had died, and said the opposition's claim of more than 100 deaths was baseless."
a6,2026-03-05,Wire B,"Opposition leader Arjun Rana said at least 104 people had died in the two districts, many of them cremated without post-mortems."
a7,2026-03-07,Wire A,"The excise department said the death toll had risen to 42."
a8,2026-03-07,State Express,"In 2019, a similar tragedy in the state killed 97 people."
`;

describe('round 5: bootleg liquor', () => {
  const groups = groupsOf(LIQUOR);
  const killed = () => holding(groups, 'killed', 'the state excise department');

  it('gives the excise department one ledger with its denial, beside the magistrate and the opposition', () => {
    expect(statuses(killed())).toEqual([
      ['district magistrate Rohan Verma', ['≥14'], []],
      ['the state excise department', ['42'], ['superseded 31', 'superseded 38', 'denied ≥100']],
      ['Opposition leader Arjun Rana', ['≥104'], []],
    ]);
  });

  it('sets the opposition against the department, and lists the districts as parts', () => {
    expect(pairsOf(killed())).toEqual(['opposition leader arjun rana / state excise department']);
    const department = killed().rows.find((row) => row.display === 'the state excise department')!;
    expect(department.parts.map((part) => part.claim.label).sort()).toEqual(['12', '19']);
  });

  it('reads no arrests, litres or patients as the dead, and keeps 2019 apart', () => {
    const dead = groups.filter((group) => group.category === 'killed' && group.scope === null);
    for (const label of ['9', '400', '86', '23']) expect(labelsOf(dead)).not.toContain(label);
    expect(statuses(holding(groups, 'killed', 'State Express'))).toEqual([['State Express', ['97'], []]]);
  });
});

// A migrant shipwreck: the coast guard (by name and its spokesman) counts bodies recovered 17 → 78 →
// 82 (floors); the IOM's "hundreds feared dead" and "as many as 500 missing" are estimates beside
// them, no conflict; the rescued and those on board are no tolls; another sinking three days earlier
// and 2015's shipwreck are apart.
const SHIPWRECK = `id,date,outlet,text
b1,2026-06-14,Wire A,"A fishing boat carrying migrants capsized off the coast of Pylaros early on Wednesday; the coast guard said 104 people had been rescued and 17 bodies recovered."
b2,2026-06-14,Wire B,"Survivors told aid workers that up to 650 people had been on board, including about 100 children in the hold."
b3,2026-06-15,Pylaros Times,"The coast guard raised the number of bodies recovered to 78 and said the search for the missing would continue through the night."
b4,2026-06-16,Wire A,"The International Organization for Migration said hundreds of people were feared dead, and that as many as 500 remained missing."
b5,2026-06-17,Wire B,"Coast guard spokesman Nikos Alexiou said 82 bodies had been recovered so far and that the chances of finding more survivors were slim."
b6,2026-06-18,Pylaros Times,"In a separate sinking three days earlier, a dinghy went down near the island of Kavos, killing 6 people, the coast guard said."
b7,2026-06-20,Wire A,"The UN refugee agency said it was the deadliest shipwreck in the region since 2015, when about 800 people drowned off the Libyan coast."
`;

describe('round 5: a migrant shipwreck', () => {
  const groups = groupsOf(SHIPWRECK);

  it('gives the coast guard one ledger of bodies, the IOM its estimate, and no conflict', () => {
    const killed = holding(groups, 'killed', 'the coast guard');
    expect(killed.scope).toBe(null);
    expect(statuses(killed).find(([who]) => who === 'the coast guard')).toEqual(['the coast guard', ['82 counted'], ['superseded 17 counted', 'superseded 78 counted']]);
    expect(killed.rows.map((row) => row.display)).toContain('International Organization for Migration (IOM)');
    expect(killed.disagreements).toEqual([]);
  });

  it('lists the IOM\'s missing, and no rescued or people on board', () => {
    expect(statuses(holding(groups, 'missing', 'International Organization for Migration (IOM)')).map(([who, current]) => [who, current]))
      .toEqual([['International Organization for Migration (IOM)', ['≤500']]]);
    for (const label of ['104', '650', '≤650', '≈100']) expect(labelsOf(groups)).not.toContain(label);
  });

  it('keeps the other sinking and 2015 apart', () => {
    const other = groups.find((group) => group.category === 'killed' && group.rows.some((row) => row.claims.some((c) => c.label === '6')))!;
    expect(other.scope).not.toBe(null);
    const old = groups.find((group) => group.category === 'killed' && group.rows.some((row) => row.claims.some((c) => c.label === '≈800')))!;
    expect(old.scope).toBe('in 2015');
  });
});

// Hunger deaths: the provincial health office (regional health officials, its director) counts 212 →
// 287 since January; the government first denies any starvation death, then says 40 — a real dispute
// with the office; Save the Children's June count and the survey's excess deaths are other scopes; a
// death rate is no count.
const HUNGER = `id,date,outlet,text
f1,2025-07-01,Wire A,"Regional health officials in Dala province said 212 people, most of them children, had died of hunger-related causes since January."
f2,2025-07-03,Capital Daily,"Government spokesman Idris Musa denied that anyone had starved to death, saying the deaths were caused by cholera and measles."
f3,2025-07-08,Relief Bulletin,"Save the Children said at least 60 children had died of malnutrition in its feeding centres in June alone."
f4,2025-07-15,Wire B,"A mortality survey by the Global Nutrition Cluster estimated the crude death rate at 2.1 deaths per 10,000 people per day, above the famine threshold, and put excess deaths in the province between 1,800 and 3,400 since January."
f5,2025-07-20,Wire A,"Dala's provincial health director, Amina Yusuf, said the number of hunger deaths recorded since January had risen to 287."
f6,2025-07-22,Capital Daily,"The government later said 40 people had died of hunger in Dala, and accused aid agencies of exaggerating the crisis."
`;

describe('round 5: hunger deaths a government denies', () => {
  const groups = groupsOf(HUNGER);

  // Left: "Regional health officials in Dala province" and "Dala's provincial health director, Amina
  // Yusuf" are two rows (regional and provincial, officials and a director of no named office).
  it.fails('gives the provincial health office one ledger since January', () => {
    const office = groups.find((group) => group.category === 'killed' && group.rows.some((row) => row.claims.some((c) => c.label === '287')))!;
    const row = office.rows.find((r) => r.claims.some((c) => c.label === '287'))!;
    expect(row.history.map((c) => c.label)).toEqual(['212']);
  });

  // Left: the government's 40 names no period and the office's count is "since January" (a period
  // scope, docs/reconcile.md): toll cannot tell that the crisis began in January, so they are apart.
  it.fails('sets the government\'s 40 against the office\'s count', () => {
    const office = groups.find((group) => group.category === 'killed' && group.rows.some((row) => row.claims.some((c) => c.label === '287')))!;
    expect(office.rows.some((row) => row.claims.some((c) => c.label === '40'))).toBe(true);
    expect(office.disagreements).toHaveLength(1);
  });

  it('keeps June, the excess deaths and the rate apart', () => {
    const june = holding(groups, 'killed', 'Save the Children');
    // Written first as 'June': scope labels are lower case ("in june").
    expect(june.scope).toBe('in june');
    const excess = groups.find((group) => group.category === 'killed' && group.rows.some((row) => row.claims.some((c) => c.label === '1,800–3,400')))!;
    expect(excess.scope).toContain('excess');
    for (const label of ['2.1', '10,000']) expect(labelsOf(groups)).not.toContain(label);
  });
});

// A garment factory fire: the fire service (its chief, "the fire service") raises ≥37 → 52 bodies → 58;
// the owner's 41 employees the day the service had recovered 52 bodies, and the union's 61 named dead
// before the service's 58, are real disputes; the missing fall 9 → 3; the minister's "families of 58
// victims" is no rival; the injured; 2013 is apart.
const FACTORY = `id,date,outlet,text
g1,2026-11-21,Wire A,"Fire swept through the eight-storey Lumen Apparel factory in the Karim industrial zone on Saturday night, killing at least 37 workers, fire service chief Tariq Hossain said."
g2,2026-11-22,Delta Herald,"The fire service said the bodies of 52 workers had been recovered and that 9 others were missing."
g3,2026-11-22,Wire B,"The factory's owner, Lumen Group, said in a statement that 41 employees had died and that all fire exits had been open."
g4,2026-11-23,Wire A,"The Garment Workers Federation said it had compiled the names of 61 dead workers, most of them women, and accused the fire service of undercounting."
g5,2026-11-24,Delta Herald,"The fire service raised the toll to 58 after finding six more bodies on the fifth floor, and said 3 workers were still missing."
g6,2026-11-24,Wire B,"Labour minister Selina Akter said the government would pay compensation to the families of 58 victims and that 120 injured workers were being treated."
g7,2026-11-25,Wire A,"The fire was the deadliest in the industry since the 2013 collapse of a factory building that killed more than 1,100 workers."
`;

describe('round 5: a garment factory fire', () => {
  const groups = groupsOf(FACTORY);
  const killed = () => holding(groups, 'killed', 'The Garment Workers Federation');

  it('gives the fire service one ledger beside the owner and the union', () => {
    // Written first as "58"; read as `58 counted` until dossier round 9: "raised the toll to 58 after
    // finding six more bodies" states a toll, raised by the bodies counted (the six are its part), so it
    // is `58` again; the body is shown by its words, "fire service".
    expect(statuses(killed())).toEqual([
      ['fire service', ['58'], ['superseded ≥37', 'superseded 52 counted']],
      ['Lumen Group', ['41'], []],
      ['The Garment Workers Federation', ['61 counted'], []],
    ]);
  });

  it('lists no dispute among current estimates, and the count as the latest', () => {
    // Written first as two disputes (the owner's 41 against the service's 52 bodies of the same day,
    // the union's 61 names against the service's later 58): only current estimates are compared. Since
    // dossier round 9 the service's raised toll of 58 is an estimate again, not a count, and the union's
    // 61 names of the day before are a floor it cannot hold beside: the second dispute, as written first.
    expect(killed().disagreements.map((pair) => [pair.a, pair.b].sort().join(' / '))).toEqual(['fire service / garment workers federation']);
    // The owner's 41 of 22 November is no longer where the toll stands once 58 was stated.
    expect(killed().digest!.text).toMatch(/^latest: 58 \(fire service, 24 November 2026\)/);
  });

  it('lets the missing fall, and keeps the injured and 2013 apart', () => {
    const missing = groups.find((group) => group.category === 'missing')!;
    expect(missing.rows.map((row) => row.claims.map((c) => c.label))).toEqual([['3']]);
    expect(missing.disagreements).toEqual([]);
    // Round 8: the wounded "being treated" are a count of the wounded in care (a floor).
    expect(groups.find((group) => group.category === 'wounded')!.rows.map((row) => row.claims.map((c) => c.label))).toEqual([['120 counted']]);
    const old = groups.find((group) => group.category === 'killed' && group.rows.some((row) => row.claims.some((c) => c.label === '≥1,100')))!;
    expect(old.scope).toBe('in 2013');
  });
});

// Election violence: the Benga clash is counted by the police (12), the hospital (15) and the interior
// ministry (13, two days later, lower: a real dispute); the monitor's count since the campaign began
// (47 → 53) is another scope, with the clash's 12 a part of it; arrests are no toll; 2022 is apart.
const ELECTION = `id,date,outlet,text
e1,2027-01-09,Wire A,"Police said 12 people were killed on Saturday when supporters of rival parties clashed in the town of Benga."
e2,2027-01-09,Wire B,"The Electoral Violence Monitor said 47 people had been killed in political violence since the campaign began in November, including the 12 who died in Benga."
e3,2027-01-10,Benga Voice,"Hospital officials in Benga said 15 people had died in the clashes and more than 60 were wounded."
e4,2027-01-11,Wire A,"The interior ministry put the toll from the Benga clashes at 13 and said 31 people had been arrested."
e5,2027-01-12,Wire B,"The monitor raised its count of deaths since the start of the campaign to 53."
e6,2027-01-12,Benga Voice,"In the previous election, in 2022, at least 80 people were killed in the months before the vote."
`;

describe('round 5: election violence', () => {
  const groups = groupsOf(ELECTION);

  it('sets the clash\'s counts against each other, the monitor apart', () => {
    const clash = holding(groups, 'killed', 'Police');
    expect(statuses(clash)).toEqual([
      ['Police', ['12'], []],
      ['Hospital officials in Benga', ['15'], []],
      ['The interior ministry', ['13'], []],
    ]);
    expect(pairsOf(clash)).toEqual(['hospital officials in benga / interior ministry']);
  });

  it('gives the monitor one ledger since the campaign began', () => {
    const monitor = holding(groups, 'killed', 'The Electoral Violence Monitor');
    expect(monitor.scope).not.toBe(null);
    expect(statuses(monitor)).toEqual([['The Electoral Violence Monitor', ['53'], ['superseded 47']]]);
  });

  it('reads the wounded, no arrests, and keeps 2022 apart', () => {
    expect(statuses(holding(groups, 'wounded', 'Hospital officials in Benga'))).toEqual([['Hospital officials in Benga', ['≥60'], []]]);
    expect(labelsOf(groups)).not.toContain('31');
    const old = groups.find((group) => group.category === 'killed' && group.rows.some((row) => row.claims.some((c) => c.label === '≥80')))!;
    expect(old.scope).toBe('in 2022');
  });
});
