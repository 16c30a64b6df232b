// Round 17, election violence, mass graves and exhumations, historians' toll debates, state media, crowd crushes
// and police and fire press releases: exhumed people, skeletons and remains identified, the whole of "22 of the 34
// bodies", bodies with wounds, a date or an ordinal inside the people's "of" phrase, a year span's short end,
// "executions", "pronounced deceased", "unlawfully killed", crush injuries, "leaving 23 in hospital", "none of the
// injuries was serious", "excess mortality", "the number of remains recovered", "were once put at" past a long scope,
// and historians' rival estimates (a second speaker after "and", an aside or a semicolon, "gives a range of",
// "and Yang's at 36 million", "the 1.5 million given by").
import { describe, expect, it } from 'vitest';
import { cases, figuresOf } from './helpers.js';

describe('exhumed people, skeletons and remains identified', () => {
  cases([
    ['The commission has exhumed 412 people from two pits outside the town.', ['killed 412-412 exact']],
    ['Teams exhumed 90 villagers from the ravine and identified 31 of them.', ['killed 90-90 exact', 'killed 31-31 exact']],
    ['Laboratory staff have identified 27 of the remains so far.', ['killed 27-27 exact']],
    ['Volunteers uncovered the skeletons of 18 men shot in 1937.', ['killed 18-18 exact']],
    ['Forty skeletons were recovered from the cellar.', ['killed 40-40 exact']],
    ['They found the skeletal remains of 12 people in the well.', ['killed 12-12 exact']],
  ]);
  cases([
    ['Investigators exhumed 23 graves near the river.', []],
    ['The museum shows the skeletons of 3 horses.', []],
    ['The lab identified 14 of the samples.', []],
  ]);
});

describe('the whole of "22 of the 34 bodies": a count of the dead itself', () => {
  cases([
    ['Twenty of the 31 bodies recovered from the mine have been identified.', ['killed 20-20 exact', 'killed 31-31 exact']],
    ['Seven of the 12 corpses were women.', ['killed 7-7 exact', 'killed 12-12 exact']],
  ]);
  cases([
    // The whole names no bodies: only the part is a figure (the dead's whole is left to the dossiers' scope).
    ['Nineteen of the 47 people on board were killed.', ['killed 19-19 exact']],
    ['Police said that 34 of the 35 dead had been identified.', ['killed 34-34 exact']],
    ['Two of the 12 victims were tourists.', []],
  ]);
});

describe('bodies with wounds are the dead', () => {
  cases([
    ['The morgue received 14 bodies with gunshot wounds on Sunday.', ['killed 14-14 exact']],
    ['Six bodies with stab wounds were found by the canal.', ['killed 6-6 exact']],
  ]);
  cases([
    ['The clinic received 14 patients with gunshot wounds.', ['wounded 14-14 exact']],
  ]);
});

describe('a date or an ordinal inside the people\'s "of" phrase', () => {
  cases([
    ['About 800 victims of the March 1992 massacre are still missing.', ['missing 800-800 approx']],
    ['Thirty soldiers of the 41st brigade surrendered at dawn.', ['captured 30-30 exact']],
    ['Twelve survivors of the 1998 flood were later declared dead.', ['killed 12-12 exact']],
  ]);
  cases([
    ['Some 300 veterans of the 2003 campaign marched past.', []],
  ]);
});

describe('the short end of a year span is no count', () => {
  cases([
    ['The NKVD recorded 1,200 executions in 1937–38; others argue the true figure was as high as 2,000.', ['killed 1200-1200 exact', 'killed ?-2000 at_most']],
    ['The famine of 1932–33 killed 40,000 in the district.', ['killed 40000-40000 exact']],
  ]);
  cases([
    ['Grain exports in 1932–33 fell sharply.', []],
  ]);
});

describe('harm words of inquests, police releases and crush reports', () => {
  cases([
    ['The archives list 3,100 executions carried out by the tribunal.', ['killed 3100-3100 exact']],
    ['Three men were pronounced deceased at the scene.', ['killed 3-3 exact']],
    ['The jury found that the 11 victims of the fire were unlawfully killed.', ['killed 11-11 exact']],
    ['Twenty fans were treated for crush injuries at the gate.', ['wounded 20-20 exact']],
    ['The barrier collapsed, killing two and leaving 14 in hospital.', ['killed 2-2 exact', 'wounded 14-14 exact']],
    ['The surge killed 3 and left 40 in hospital.', ['killed 3-3 exact', 'wounded 40-40 exact']],
  ]);
  cases([
    ['The surgeons left 12 patients in hospital overnight.', []],
    ['Five people were arrested; none of the injuries was serious.', []],
    ['Officers were hurt but none of the injuries are believed to be life-threatening.', []],
    ['Nine were hurt in a crush at the gate.', ['wounded 9-9 exact']],
  ]);
});

describe('"excess mortality", the number of remains, and estimates put at a number past a long scope', () => {
  cases([
    ['Demographers put excess mortality at about 2.5 million.', ['killed 2500000-2500000 approx']],
    ['The dig brought the number of remains recovered at the site to 780.', ['killed 780-780 exact']],
    ['Civilian deaths in the colonial war of 1899–1902 were once put at 90,000.', ['killed 90000-90000 exact']],
  ]);
  cases([
    ['Infant mortality fell to 40 per 1,000 live births.', []],
    ['Mortality reached 3,000 in the first week of the trial.', []],
    ['The excess mortality rate rose to 14 last year.', []],
  ]);
});

describe('historians\' rival estimates of the same toll', () => {
  cases([
    ['Officials put the toll at 900; exiles have long claimed 12,000, and the historian Ana Ruiz suggests 3,000 to 5,000.',
      ['killed 900-900 exact', 'killed 12000-12000 exact', 'killed 3000-5000 range']],
    ['Smith\'s figure of 2 million deaths has been challenged by demographers; the Dutch historian Pieter de Vries, in a study published in May, suggests roughly one million.',
      ['killed 2000000-2000000 exact', 'killed 1000000-1000000 approx']],
    ['Lee\'s estimate of 400,000 deaths remains the most cited; a census reconstruction gives a range of 250,000 to 600,000.',
      ['killed 400000-400000 exact', 'killed 250000-600000 range']],
    ['Her account puts the figure at no fewer than 30,000 dead, and Moreno\'s at 18,000.', ['killed 30000-? at_least', 'killed 18000-18000 exact']],
    ['She accepts the figure of about 800,000 dead, well above the 300,000 given by the colonial census.',
      ['killed 800000-800000 approx', 'killed 300000-300000 exact']],
  ]);
  cases([
    ['Officials said 40 people died, and the report suggests 12 reforms.', ['killed 40-40 exact']],
    ['Some 200 died in the flood; the museum gives a range of 20 exhibits.', ['killed 200-200 approx']],
  ]);
});

describe('a service heading its own press release claims what no one else is said to', () => {
  const sourcesOf = (text: string) => figuresOf(text).map((f) => f.source);
  it.each([
    ['NSW Police: A man has died and two others have been injured in a crash near Orange.', ['NSW Police']],
    ['Hampshire Fire and Rescue Service: Crews attended a house fire in Fareham. Sadly, one woman died at the scene.', ['Hampshire Fire and Rescue Service']],
    ['Queensland Police media release: Detectives are investigating after two men died in a crash overnight.', ['Queensland Police']],
    ['PRESS RELEASE — Tucson Police Department. On Sunday officers responded to a shooting. Two adult males were pronounced deceased.', ['Tucson Police Department']],
    // Another speaker named in the sentence keeps the figure.
    ['NSW Police: Two men died in the crash, a witness said.', ['a witness']],
  ])('%s', (text, sources) => {
    expect(sourcesOf(text)).toEqual(sources);
  });
  it.each([
    ['Update: Three people died in the fire.'],
    ['Breaking News: Three people died in the fire.'],
    ['Operation Sandstone: Detectives are investigating after three people died.'],
  ])('%s (no header credit)', (text) => {
    expect(sourcesOf(text)).toEqual([null]);
  });
});

describe('the people\'s "of" phrase cut off after an ordinal names only its head', () => {
  it('up to 40 servicemen of the 113th Territorial Defense Brigade of the Armed Forces', () => {
    const [figure] = figuresOf('The army destroyed up to 40 servicemen of the 113th Territorial Defense Brigade of the Armed Forces of Ukraine.');
    expect(figure?.actor).toBe('servicemen');
  });
});

describe('claimants of historians\' figures, inquiries, rival counts and state media', () => {
  const sourcesOf = (text: string) => figuresOf(text).map((f) => f.source);
  it.each([
    // A number with its scale word is the owner's whole number.
    ['Morel\'s figure of 3 million deaths has long been disputed.', ['Morel']],
    ['Anna Petrova\'s estimate of 1.2 million deaths remains the most cited.', ['Anna Petrova']],
    ['Nine fans were killed and 200 hurt, the official inquiry later found.', ['the official inquiry', 'the official inquiry']],
    ['Four workers died, the investigation found.', ['the investigation']],
    ['The opposition said 30 died; the government acknowledges 11 deaths.', ['The opposition', 'the government']],
    ['At least 8 people died in the landslide, the Global Times learned from the county government.', ['the county government']],
    ['Six people were killed, Xinhua learnt from local police.', ['local police']],
  ])('%s', (text, sources) => {
    expect(sourcesOf(text)).toEqual(sources);
  });
  it.each([
    ['Twelve people died in the blast; lessons learned from the disaster are being studied.'],
    ['Twelve people died in the blast, which the authorities learned from neighbours.'],
    ['Searchers found 12 bodies in the river.'],
  ])('%s (no claimant)', (text) => {
    expect(sourcesOf(text)).toEqual([null]);
  });
});

describe('historians\' sources as speakers: documents in the plural, a year in the name, "have long claimed", "suggests roughly"', () => {
  const sourcesOf = (text: string) => figuresOf(text).map((f) => f.source);
  it.each([
    ['The census commissioners of 1871 recorded 4,300 deaths from fever.', ['The census commissioners of 1871']],
    ['The tribunal\'s own records list 2,100 executions.', ["The tribunal's own records"]],
    ['Colonial reports of 1906 count 900 prisoners dead.', ['Colonial reports of 1906']],
    ['The provincial data imply some 2.5 million famine deaths.', ['The provincial data']],
    ['Exiled nationalists have long claimed 30,000 deaths.', ['Exiled nationalists']],
    ['The historian Ana Ruiz suggests roughly two million deaths.', ['The historian Ana Ruiz']],
    ['A report released on Monday by the Sudan Doctors Network lists 40 people killed.', ['the Sudan Doctors Network']],
    ['Nine pilgrims died in the crush, and 25 were hurt, a police spokesman, DSP Musa Bello, confirmed.',
      ['a police spokesman, DSP Musa Bello', 'a police spokesman, DSP Musa Bello']],
    ['Three died, and 12 were hurt, officials confirmed.', ['officials', 'officials']],
    // State television passes on what the body it cites says; alone, it is still the claimant.
    ['Seven miners died in the flooded shaft, CGTN reported, citing the provincial government.', ['the provincial government']],
    ['Four soldiers were killed near the border, CGTN reported.', ['CGTN']],
  ])('%s', (text, sources) => {
    expect(sourcesOf(text)).toEqual(sources);
  });
  it.each([
    ['In 1871 a fever killed 4,300 people.'],
    ['Three men died in the fire; the data suggest arson.'],
    ['Three men died in the fire, and the records list no next of kin.'],
  ])('%s (no claimant)', (text) => {
    expect(sourcesOf(text)).toEqual([null]);
  });
});
