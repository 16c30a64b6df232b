// Round 18, loss databases and reinsurers' reports, safety regulators' bulletins, list articles flattened to
// text, UN and ICRC briefing transcripts and South Asian and Indonesian news in translation: "fatal injuries",
// "got badly burnt", "still could not be traced", "In one, …", a harm noun then a harm verb with its own count,
// and a database's cells ("Total Deaths 1739", "No Injured 12867").
import { describe, expect, it } from 'vitest';
import { cases, figuresOf } from './helpers.js';

describe('"fatal injuries" count the dead', () => {
  cases([
    ['There were 12 fatal injuries and 40 non-fatal injuries at the plants last year.', ['killed 12-12 exact', 'wounded 40-40 exact']],
    ['The agency\'s count of work-related fatal injuries for 2021 was 61.', ['killed 61-61 exact']],
    ['The number of fatal injuries to workers rose to 135.', ['killed 135-135 exact']],
    ['Fatal injuries totalled 48 in the sector.', ['killed 48-48 exact']],
  ]);
  cases([
    ['The number of serious injuries rose to 300.', ['wounded 300-300 exact']],
    ['Fatal accidents fell to 9 last year.', []],
  ]);
});

describe('burnt badly, and "got" before the harm', () => {
  cases([
    ['Five people died while 2 got badly burnt in the fire.', ['killed 5-5 exact', 'wounded 2-2 exact']],
    ['Two labourers were severely burned in the boiler blast.', ['wounded 2-2 exact']],
    ['Three constables got injured in the stone pelting.', ['wounded 3-3 exact']],
  ]);
  cases([
    ['Five huts were badly burnt.', []],
    ['Three of the boys got away.', []],
    ['Eleven got jobs at the plant.', []],
  ]);
});

describe('the sought: "still could not be traced", "still in search"', () => {
  cases([
    ['Nine fishermen still could not be traced on Sunday.', ['missing 9-9 exact']],
    ['Four boatmen are yet to be traced.', ['missing 4-4 exact']],
    ['Two children are still in search after the landslide.', ['missing 2-2 exact']],
    ['Six climbers are still being searched for.', ['missing 6-6 exact']],
  ]);
  cases([
    // A study's lost to follow-up; people looking for work.
    ['Of 900 patients enrolled, 31 could not be traced at one year.', []],
    ['Some 40 youths came in search of jobs.', []],
  ]);
});

describe('"in one" picks out an event, not a person', () => {
  cases([
    ['In one, three workers were hospitalised with burns.', ['wounded 3-3 exact']],
    ['In one case, two miners were hurt.', ['wounded 2-2 exact']],
    ['In one of the raids, 14 villagers were killed.', ['killed 14-14 exact']],
    ['Two people died in one accident and 4 were hurt in another.', ['killed 2-2 exact', 'wounded 4-4 exact']],
  ]);
  cases([
    ['The fall resulted in one death.', ['killed 1-1 exact']],
  ]);
});

describe('a harm noun, then a harm verb with its own count', () => {
  cases([
    ['The quake caused 370 fatalities and injured more than 6,000.', ['killed 370-370 exact', 'wounded 6000-? at_least']],
    ['The blast caused 12 deaths and injured about 40.', ['killed 12-12 exact', 'wounded 40-40 approx']],
  ]);
  cases([
    // Two verbs share their object; two nouns name one count.
    ['One strike killed and wounded 18 militants.', ['casualties 18-18 exact']],
    ['Officials counted 90 dead and injured.', ['casualties 90-90 exact']],
  ]);
});

describe('a database\'s cells: the harm word right before its number', () => {
  cases([
    ['Flood | Sindh | Total Deaths 1739 | No Injured 12867 | Total Affected 33000000', ['killed 1739-1739 exact', 'wounded 12867-12867 exact']],
    ['1920 Haiyuan earthquake — Magnitude 7.8 — Deaths 273,400 — Ningxia', ['killed 273400-273400 exact']],
    ['Killed 12 | Wounded 40', ['killed 12-12 exact', 'wounded 40-40 exact']],
  ]);
  cases([
    ['There were no deaths 2 years ago.', ['killed 0-0 exact']],
    ['The deaths 12 people suffered were avoidable.', []],
    ['Flood | Sindh | Total Affected 33000000 | Houses 1200', []],
  ]);
});

describe('a count a comma\'s apposition says the first was corrected to', () => {
  cases([
    ['The Red Crescent first cited 9,800 deaths, a number the UN later corrected to 3,900.', ['killed 9800-9800 exact', 'killed 3900-3900 exact']],
    ['The army reported 40 deaths, which was later lowered to 31.', ['killed 40-40 exact', 'killed 31-31 exact']],
    ['Officials gave 120 dead, a figure they later revised to 98, with 30 still missing.', ['killed 120-120 exact', 'killed 98-98 exact', 'missing 30-30 exact']],
  ]);
  cases([
    ['Police counted 300 cars, a number they later revised to 250.', []],
    ['The firm cut 300 jobs, a number it later raised to 450.', []],
  ]);
});

describe('"with" after a count opens a clause of its own count', () => {
  cases([
    ['The toll stood at 4,352, with over 8,000 people still missing.', ['killed 4352-4352 exact', 'missing 8000-? at_least']],
    ['Searchers found 6, with 11 still missing.', ['missing 11-11 exact']],
  ]);
});

describe('a toll\'s count set off as an aside: "the number of injured, currently 4,500,"', () => {
  cases([
    ['The number of injured, currently 4,500, is an undercount.', ['wounded 4500-4500 exact']],
    ['The death toll, now 212, is expected to rise.', ['killed 212-212 exact']],
  ]);
  cases([
    ['The number of schools, currently 40, will double.', []],
    ['The death toll, currently rising, stood at 80 last night.', ['killed 80-80 exact']],
  ]);
});

describe('a further count of the same harm added with a plus', () => {
  cases([
    ['Killed: 334 (incl. 186 children) + 31 attackers', ['killed 334-334 exact', 'killed 186-186 exact', 'killed 31-31 exact']],
    ['Dead: 86 + 1 perpetrator | Injured: 458', ['killed 86-86 exact', 'killed 1-1 exact', 'wounded 458-458 exact']],
  ]);
  cases([
    ['12 killed (2 children) + 3 cars destroyed', ['killed 12-12 exact', 'killed 2-2 exact']],
  ]);
});

describe('a list cell whose bracketed note names the harm', () => {
  cases([
    ['Second Congo War | 1998–2003 | 2,500,000–5,400,000 (excess deaths, IRC estimate) | disputed', ['killed 2500000-5400000 range']],
    ['Biafra | 1967–70 | 1,000,000 (deaths, mostly from famine)', ['killed 1000000-1000000 exact']],
  ]);
  cases([
    ['The village had 300 (mostly elderly) residents.', []],
    ['| 40 (deaths of livestock) |', []],
    ['| 1998–2003 | 2,500,000 (residents, census) |', []],
  ]);
});

describe('a count of things inside a toll\'s scope stands in no figure\'s way', () => {
  cases([
    ['The toll in the three provinces stood at 212.', ['killed 212-212 exact']],
    ['The combined death toll in the two countries passed 1,000 on Sunday.', ['killed 1000-? at_least']],
  ]);
  cases([
    ['The toll in the three provinces left 40 schools closed.', []],
  ]);
});

describe('who said it, round 18: briefing turns, South Asian police titles', () => {
  const sourcesOf = (text: string) => figuresOf(text).map((f) => f.source);
  it.each([
    // A name with its body in brackets opening a transcript's turn.
    ['Q: Any figures? Anna Berg (UNHCR): We have reports of at least 30 deaths.', ['Anna Berg']],
    // A capitalised name and its role before a colon and a quotation.
    ['UNICEF spokesperson Jane Roe, at the Geneva briefing: "At least 40 children were killed this week."', ['UNICEF spokesperson Jane Roe, at the Geneva briefing']],
    ['Omar Haddad, head of the regional office: "We counted 12 dead."', ['Omar Haddad, head of the regional office']],
    // The officer-in-charge of a police station after "said"; "Brig." an abbreviation, not a sentence's end.
    ['Nine people were killed when the launch capsized, said Daulatdia police station OC Abdul Karim Mia.', ['Daulatdia police station OC Abdul Karim Mia']],
    ['Two suspects were shot dead, police spokesperson Brig. Gen. Adi Santoso said.', ['police spokesperson Brig. Gen. Adi Santoso']],
    // A verb of saying before the colon: read as speech, never the whole clause as a name (claimants pass 3: the speaker
    // before 'said: "' states the quotation; this row expected no one before).
    ['Asked whether it was final, the governor said: "No. Twelve people died."', ['the governor']],
  ])('%s', (text, sources) => {
    expect(sourcesOf(text)).toEqual(sources);
  });
  it.each([
    // Labels before a colon name no one; a bracket alone after one word is no turn.
    ['Breaking News: "12 dead in the blast"'],
    ['Video Update: "Five were killed"'],
    ['Flood warning (update): 12 people died.'],
    ['Watch: "Five people died in the flood."'],
  ])('%s', (text) => {
    expect(sourcesOf(text)).toEqual([null]);
  });
});
