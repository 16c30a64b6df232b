// Round 22 (probe-genres-22: storm surveys, custody and use-of-force statistics, aid-security digests,
// motorsport and air-show accidents, landslides in translation, battle histories): invented phrases.
import { describe, expect, it } from 'vitest';
import { cases, figuresOf } from './helpers.js';

const sourcesOf = (text: string) => figuresOf(text).map((f) => `${f.category} ${f.low} ${f.source}`);

describe('a report signed by its closing credit line', () => {
  it('credits every figure no one else claims to a closing dash or double hyphen and a name', () => {
    expect(sourcesOf('Storm survey of an EF-2 tornado near Hollis. Fatalities: 4. Injuries: 21. -- NWS Norman')).toEqual([
      'killed 4 NWS Norman', 'wounded 21 NWS Norman',
    ]);
    expect(sourcesOf('Straight-line winds near Dover. Deaths: 2. Injured: 9. — Kent County Emergency Management')).toEqual([
      'killed 2 Kent County Emergency Management', 'wounded 9 Kent County Emergency Management',
    ]);
  });
  it('credits a closing name in brackets, standing as its own line', () => {
    expect(sourcesOf('Quarterly use of force. Subjects injured: 41. Subject fatalities: 1. (Harbor City Police Department, Professional Standards Unit)')).toEqual([
      'wounded 41 Harbor City Police Department, Professional Standards Unit', 'killed 1 Harbor City Police Department, Professional Standards Unit',
    ]);
  });
  it('credits a body a closing "Compiled by" line names', () => {
    expect(sourcesOf('Digest, Q1. Aid staff: 2 killed, 4 injured. Compiled by the Field Security Forum from member reports.')).toEqual([
      'killed 2 the Field Security Forum', 'wounded 4 the Field Security Forum',
    ]);
    expect(sourcesOf('Weekly digest. Staff abducted: 3. Prepared by Regional Safety Office.')).toEqual(['captured 3 Regional Safety Office']);
  });
  it('credits a body in brackets closing a headline', () => {
    expect(sourcesOf('3 deminers killed by mine near Kandahar (Mine Clearance Trust)')).toEqual(['killed 3 Mine Clearance Trust']);
    expect(sourcesOf('Two aid workers hurt in ambush (Relief Workers Association)')).toEqual(['wounded 2 Relief Workers Association']);
  });
  it('leaves the named speakers their own figures', () => {
    expect(sourcesOf('Fatalities: 3, police said. Injuries: 8. -- NWS Tulsa')).toEqual(['killed 3 police', 'wounded 8 NWS Tulsa']);
  });
  it('reads no credit from a place, an update or lower-case words in brackets, or a clause after a dash', () => {
    expect(sourcesOf('Two killed in shelling near Kherson (Ukraine)')).toEqual(['killed 2 null']);
    expect(sourcesOf('Bus crash kills 12 on mountain road (UPDATE 2)')).toEqual(['killed 12 null']);
    expect(sourcesOf('Flood kills 6 in the valley (photos)')).toEqual(['killed 6 null']);
    expect(sourcesOf('Three died in the surge. Two were hurt. — and the roads are closed')).toEqual(['killed 3 null', 'wounded 2 null']);
  });
});

describe("a watchdog's header with its acronym in brackets", () => {
  it('credits the body before its acronym and a document word', () => {
    expect(sourcesOf('Police Conduct Authority (PCA) statement: The Authority has received reports of 6 deaths after police contact.')[0]).toBe(
      'killed 6 Police Conduct Authority',
    );
    expect(sourcesOf('Independent Prisons Commission (IPC) bulletin: 4 inmates died in custody in May.')).toEqual([
      'killed 4 Independent Prisons Commission',
    ]);
  });
  it('needs a document word after a body that is no credit body alone', () => {
    expect(sourcesOf('Northern Transit Authority (NTA) trains: 3 people were hurt at a crossing.')).toEqual(['wounded 3 null']);
  });
});

describe('people counted with the things they came from', () => {
  cases([
    ['23 fishermen from two trawlers were still missing on Saturday.', ['missing 23-23 exact']],
    ['Ten workers from three garment factories were killed in the blaze.', ['killed 10-10 exact']],
    ['Five tourists from two countries were injured.', ['wounded 5-5 exact']],
    ['Three children from two families died in the fire.', ['killed 3-3 exact']],
    // Negatives: the count of things is no harmed of its own; a revision's earlier value stays.
    ['Police arrested 12 men from two villages.', []],
    ['The toll rose to 40 from 23 on Monday.', ['killed 40-40 exact', 'killed 23-23 exact']],
  ]);
});

describe('a share of them with an aside before its predicate', () => {
  cases([
    ['Three players were hurt by the strike; one of them, a 16-year-old goalkeeper, died at the hospital.', ['wounded 3-3 exact', 'killed 1-1 exact']],
    ['Four miners were trapped; two of them, both welders, were killed.', ['killed 2-2 exact']],
    // Negative: a speaker's aside still leaves the share its whole's harm.
    ['Five were wounded, two of them, officials said, seriously.', ['wounded 5-5 exact', 'wounded 2-2 exact']],
  ]);
});

describe('a part after a whole fronted by "Of the"', () => {
  cases([
    ['Of the 40 people killed, 12 were children.', ['killed 40-40 exact', 'killed 12-12 exact']],
    ['Of the 67 aid workers kidnapped in 2022, 52 were nationals.', ['captured 67-67 exact', 'captured 52-52 exact']],
    ['He said that of the 30 people injured, 4 were children.', ['wounded 30-30 exact', 'wounded 4-4 exact']],
    // Negatives: a whole of no harm, a count of things after the comma.
    ['Of the 300 people evacuated, 12 were children.', []],
    ['Of the 40 people killed, 12 bodies were never claimed, 6 of them in 2021.', ['killed 40-40 exact', 'killed 12-12 exact', 'killed 6-6 exact']],
  ]);
});

describe('a share of the counted after the closing speaker', () => {
  it('keeps the speaker over the aside that follows', () => {
    expect(sourcesOf('At least 90 staff have been killed, the agency said on Monday, the majority of them drivers.')).toEqual(['killed 90 the agency']);
    expect(sourcesOf('Twelve volunteers died, the Red Crescent said, most of them in the north.')).toEqual(['killed 12 the Red Crescent']);
  });
  it('still reads no speaker past a long adjunct before the aside', () => {
    expect(sourcesOf('At least 90 staff have been killed, the agency said on Monday in its weekly update for donors, the majority of them drivers.')).toEqual([
      'killed 90 null',
    ]);
  });
});

describe('captives taken alive or made prisoner', () => {
  cases([
    ['Only 17 enemy soldiers were taken alive, along with 129 conscripted labourers.', ['captured 17-17 exact', 'captured 129-129 exact']],
    ['Some 300 men of the rearguard were made prisoner.', ['captured 300-300 approx']],
    // Negatives: no count of people, or things.
    ['The bodies were taken alive to the morgue, witnesses said.', []],
    ['Two calves were taken alive from the flooded barn.', []],
  ]);
});

describe('the still buried under rubble, mud or snow', () => {
  cases([
    ["'We have recovered 48 bodies, and 38 people are still under the mud,' the governor said.", ['killed 48-48 exact', 'missing 38-38 exact']],
    ['Nine people remain beneath the rubble of the school.', ['missing 9-9 exact']],
    ['Four skiers were still under the snow when the helicopter arrived.', ['missing 4-4 exact']],
    // Negatives: the found dead, and things.
    ['Rescuers found 12 bodies under the rubble.', ['killed 12-12 exact']],
    ['Two cars are still under the mud near the bridge.', []],
  ]);
});

describe('a wide estimate before a range', () => {
  cases([
    ['Zulu dead have been put at anything from 1,000 to 3,000.', ['killed 1000-3000 range']],
    ['The dead were put at anywhere between 40 and 60.', ['killed 40-60 range']],
    ['The famine killed somewhere between 12,000 and 20,000 people.', ['killed 12000-20000 range']],
    // Negative: a wide range of things, and a rise from one toll to another stays two figures.
    ['The river rose anywhere from 2 to 3 metres.', []],
    ['The toll rose from 38 to 50.', ['killed 38-38 exact', 'killed 50-50 exact']],
  ]);
});

describe("a historian's closing verb of calculation", () => {
  it('credits the historian who calculates or reckons', () => {
    expect(sourcesOf('The battle cost the brigade 1,200 dead and 3,000 taken prisoner, Jane Hollis calculates.')).toEqual([
      'killed 1200 Jane Hollis', 'captured 3000 Jane Hollis',
    ]);
    expect(sourcesOf('Some 2,000 men were killed, one historian reckons.')).toEqual(['killed 2000 one historian']);
  });
  it('reads no speaker from a verb of calculation with no claim', () => {
    expect(sourcesOf('The rebels, a force to be reckoned with, killed 12 soldiers near the pass.')).toEqual(['killed 12 null']);
  });
});

describe('a bare count released after captives in a digest', () => {
  cases([
    ['4 health workers abducted from a clinic on 2 Apr; 1 released on 4 Apr.', ['captured 4-4 exact', 'captured 1-1 exact']],
    ['Six crew seized off the cape, two freed.', ['captured 6-6 exact', 'captured 2-2 exact']],
    // Negatives: a release with an object, no captives before, people on bail.
    ['Four staff were kidnapped; 1 released a statement.', ['captured 4-4 exact']],
    ['Police arrested 12 men; 3 released on Friday.', []],
    ['Gunmen killed 4 villagers; 2 released on bail.', ['killed 4-4 exact']],
  ]);
});

describe('a second voice closing the clause after ", and"', () => {
  it('leaves the mid-sentence speaker what stands before it', () => {
    expect(sourcesOf('The toll rose to 231 on Sunday, according to the Civil Police, and 5 people are still missing, the Fire Department reported.')).toEqual([
      'killed 231 the Civil Police', 'missing 5 the Fire Department',
    ]);
    expect(sourcesOf('Nine people died, police said, and 14 were injured, the hospital said.')).toEqual(['killed 9 police', 'wounded 14 the hospital']);
  });
  it('keeps the mid-sentence speaker for the whole sentence with no second voice', () => {
    expect(sourcesOf('The toll rose to 231, according to the police, and 5 people are still missing.')).toEqual(['killed 231 the police', 'missing 5 the police']);
  });
});

describe('the accuser of a harm named as a noun', () => {
  it('credits who blamed others for the deaths or the abduction of a count', () => {
    expect(sourcesOf("The ministry blamed 'unknown gunmen' for the deaths of four volunteers.")).toEqual(['killed 4 The ministry']);
    expect(sourcesOf('The governor blamed bandits for the abduction of 23 pupils.')).toEqual(['captured 23 The governor']);
  });
  it('reads no accuser from blame for a loss of things', () => {
    expect(sourcesOf('The coach blamed the referee for the loss of 3 points; 2 fans were hurt.')).toEqual(['wounded 2 null']);
  });
});
