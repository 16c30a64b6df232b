// Round 27, eyewitness and trial testimony, projects that count the named dead, humanitarian appeals,
// refugee-camp disasters, translated Russian and Ukrainian regional news and wire factboxes.
import { describe, expect, it } from 'vitest';
import { cases, figuresOf } from './helpers.js';

describe('the dead counted by name: names of victims, named victims, burials, deaths recorded, a list of names', () => {
  cases([
    ['The group has published the names of 318 victims of the shelling, among them 41 children.', ['killed 318-318 exact', 'killed 41-41 exact']],
    ['Its database now holds 1,204 named victims.', ['killed 1204-1204 exact']],
    ['Parish records show 77 burials of soldiers since the spring.', ['killed 77-77 exact']],
    ['Of the 5,310 people whose deaths the monitors have documented, 880 were women.', ['killed 5310-5310 exact', 'killed 880-880 exact']],
    ['The register of miners who died underground contains 2,417 names.', ['killed 2417-2417 exact']],
    ['Volunteers checked another 40 names, bringing the total of verified victims to 3,105.', ['killed 40-40 exact', 'killed 3105-3105 exact']],
    ['The count of victims of the 1993 massacre has risen to 212.', ['killed 212-212 exact']],
  ]);
  cases([
    // Names of the living, of the hurt, of no one harmed; victims of a wrong that kills no one.
    ['The petition to the council carries 5,000 names.', []],
    ['The list of passengers injured in the crash contains 61 names.', []],
    ['The names of 30 passengers were read out at the gate.', []],
    ['The number of victims of the fraud rose to 300.', []],
    ['Some 30 burials of cattle were ordered after the outbreak.', []],
  ]);
});

describe('captives taken and traded: "were taken by the rebels", "taken from their homes", prisoners in a swap, abductions', () => {
  cases([
    ['Three of the guards were taken by the militants.', ['captured 3-3 exact']],
    ['About 25 men were taken from their homes before dawn.', ['captured 25-25 approx']],
    ['Sept 2021 – 1,200 prisoners released in a swap brokered by Qatar.', ['captured 1200-1200 exact']],
    ['The two sides exchanged 64 prisoners each on the border.', ['captured 64-64 exact']],
    ['Monitors logged 40 killings and 17 abductions in March.', ['killed 40-40 exact', 'captured 17-17 exact']],
  ]);
  cases([
    // Taken to hospital, taken from somewhere else, prisoners not traded or a trade not made.
    ['Eight people were taken from the village to hospital.', []],
    ['Samples were taken from 40 people in the ward.', []],
    ['Forty prisoners were released from the city jail on Monday.', []],
    ['The group handed over a list of 26 prisoners it wants to swap.', []],
  ]);
});

describe('testimony and camps: two guesses joined by "or", lying hurt, a cell or camp number, the displaced beside the dead', () => {
  cases([
    ['Four or five men were lying wounded by the gate.', ['wounded 4-5 range']],
    ['The shell killed two or three children in the yard.', ['killed 2-3 range']],
    ['Three bodies were lying dead near the well.', ['killed 3-3 exact']],
    ['The guards in Block 6 said 11 inmates died of the heat.', ['killed 11-11 exact']],
    ['Fire in the camp: 2 dead, 4,500 left homeless.', ['killed 2-2 exact']],
    ['The floods displaced an estimated 9,000 people, and four children drowned.', ['killed 4-4 exact']],
    // Two numbers far apart are no guesses at one count: the second alone.
    ['Witnesses spoke of 3 or 30 people killed.', ['killed 30-30 exact']],
  ]);
  cases([
    // A number that names a cell, a ward, a district; the displaced and the evacuated.
    ['How many of the prisoners in Cell 9 died there?', []],
    ['Patients on Ward 12 were moved after the blaze.', []],
    ['Some 7,000 refugees were displaced and 300 evacuated.', []],
  ]);
});

describe('a witness speaking: what one could see, a guess with "perhaps", one mourner burying, one of a family named, the search for more', () => {
  cases([
    ['From the roof I could see perhaps 20 bodies in the square.', ['killed 20-20 approx']],
    ['Maybe 15 people were hurt in the crush.', ['wounded 15-15 approx']],
    ['She told the court she had buried 11 people from her street.', ['killed 11-11 exact']],
    ['The militia shot dead his brother and four cousins.', ['killed 4-4 exact']],
    ['Two divers were found alive; the search for three more continues.', ['missing 3-3 exact']],
  ]);
  cases([
    // A condition, a thing buried, a possessive before things, the search for the sought.
    ['If the shelling resumed, we could count 30 dead by morning.', []],
    ['He buried 3 dogs behind the house.', []],
    ['The flood destroyed their house and three cars.', []],
    ['The search for two suspects continues.', []],
    ['The search for 40 more volunteers begins on Monday.', []],
  ]);
});

describe('a fronted whole with a long clause, a rival count in brackets', () => {
  cases([
    ['Of the 2,310 people whose deaths the monitoring group has documented by name in the northern districts, 402 were children.', ['killed 2310-2310 exact', 'killed 402-402 exact']],
    ['A car bomb kills 31 at the market, police say (Rebels: 12).', ['killed 31-31 exact', 'killed 12-12 exact']],
  ]);
  cases([
    // A number in brackets with no name before its colon, or a count of things.
    ['A car bomb kills 31 at the market (p. 12).', ['killed 31-31 exact']],
    ['Of the 300 people who lived in the valley before the war and its long aftermath, 40 were farmers.', []],
  ]);
});

describe('a second figure given by someone, the missing a name list still holds', () => {
  cases([
    ['Volunteers count 120 dead in the district; the figure given by the regional governor is 64.', ['killed 120-120 exact', 'killed 64-64 exact']],
    ['The list also holds 75 people whose relatives have reported them missing.', ['missing 75-75 exact']],
  ]);
  cases([
    ['Some 87 people died; the price paid by the city is 41 million.', ['killed 87-87 approx']],
    ['There are 40 people whose families reported them safe.', []],
  ]);
});

describe('voices of round 27: a body\'s name before a colon, deeds "claimed by" a group', () => {
  const sourcesOf = (text: string) => figuresOf(text).map((f) => f.source);
  it.each([
    ['Odesa Regional Military Administration: in the past day 2 people were killed.', ['Odesa Regional Military Administration']],
    ['The Ministry of Internal Affairs of the Republic: 4 officers were wounded overnight.', ['The Ministry of Internal Affairs of the Republic']],
  ])('%s', (text, expected) => {
    expect(sourcesOf(text)).toEqual(expected);
  });
  it.each([
    // A place or a label before the colon; deeds claimed by their perpetrators.
    ['Sumy Region: 3 people were killed.', [null]],
    ['Earlier bombings claimed by the group: Peshawar, 2014 — 150 killed.', [null]],
    // A speaker closing the last entry of a dated list states that entry only.
    ['Past floods: 2010 — 1,985 dead; 2022 — 1,739 dead, the disaster authority said.', [null, 'the disaster authority']],
  ])('%s', (text, expected) => {
    expect(sourcesOf(text)).toEqual(expected);
  });
});
