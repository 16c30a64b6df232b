// Round 20, press-freedom counts, US gun-violence reports, human-wildlife conflict, collapses, religious-persecution
// monitors and Latin American cartel news in translation: "were shot, two of them fatally", "fatally shot",
// "homicide victims", a bare participle and its adjunct before the finite predicate ("abducted by IS in 2014 are still
// missing"), a base form joined to a modal ("could collapse … and kill dozens"), "and another six in a car", captors
// "holding" people and a part of the captives freed ("two of the soldiers were released"), mourners burying colleagues,
// "up from" past a span of years and a hearer; and claimants: "we" inside a quotation its speaker closes, "— via X",
// "— forest department data", "(Open Doors, WWL 2024)", ", after …" after a closing speaker, the closing speaker
// over the subject of "recorded", a count cited is no speaker ("citing the deaths of …"), a semicolon closing an
// inverted speaker in a headline, "the union" and "the federation" standing for the body the report named, and
// "said the president of the national college of journalists".
import { describe, expect, it } from 'vitest';
import { cases, figuresOf } from './helpers.js';

const sourcesOf = (text: string) => figuresOf(text).map((f) => f.source);

describe('the shot: the whole is casualties, the share "fatally" killed; "fatally shot"', () => {
  cases([
    ['Nine people were shot, three of them fatally, outside a nightclub.', ['casualties 9-9 exact', 'killed 3-3 exact']],
    ['Five teenagers were shot overnight, one fatally.', ['casualties 5-5 exact', 'killed 1-1 exact']],
    ['A gunman shot 14 people, two fatally, at the mall.', ['casualties 14-14 exact', 'killed 2-2 exact']],
    ['Two brothers were fatally shot outside their home.', ['killed 2-2 exact']],
    ['Deputies fatally shot three suspects after a chase.', ['killed 3-3 exact']],
  ]);
  cases([
    // No share: how many of the shot lived is not said.
    ['Twelve people were shot on Saturday night.', []],
    ['The striker shot twice, one fatally late in the game.', []],
    ['Police shot two suspects, one of them in the leg.', []],
  ]);
});

describe('homicide and murder victims', () => {
  cases([
    ['The state recorded 2,314 homicide victims last year.', ['killed 2314-2314 exact']],
    ['There were 57 murder victims in the city in 2023.', ['killed 57-57 exact']],
    ['Forensic teams identified 12 femicide victims.', ['killed 12-12 exact']],
  ]);
  cases([
    ['The unit has 12 homicide detectives.', []],
    ['Police questioned 30 murder suspects.', []],
  ]);
});

describe('a bare participle and its adjunct, then the finite predicate', () => {
  cases([
    ['About 1,900 women abducted by the militia in 2016 are still missing.', ['missing 1900-1900 approx']],
    ['Fourteen soldiers captured by the rebels were executed on Sunday.', ['killed 14-14 exact']],
    ['Twelve people injured in the blast were taken to hospital.', ['wounded 12-12 exact']],
  ]);
  cases([
    ['Five hostages seized in the raid were released on Monday.', ['captured 5-5 exact']],
    ['Two people killed in the crash were identified.', ['killed 2-2 exact']],
  ]);
});

describe('a base form joined to a modal', () => {
  cases([
    ['Engineers warned the span could collapse under heavy traffic and kill dozens.', []],
    ["Experts said the dam may burst 'and drown thousands' downstream.", []],
    ['Officials said the tower might fall or kill 40 people in the street below.', []],
  ]);
  cases([
    ['Gunmen stormed the village and killed 12 people.', ['killed 12-12 exact']],
    ['Rebels may have attacked the town and killed 40 civilians.', ['killed 40-40 exact']],
  ]);
});

describe('"and another six in a car": a count that leaves out the verb of the one before', () => {
  cases([
    ['The bodies of 9 men were found hanging from an overpass and another five in a van.', ['killed 9-9 exact', 'killed 5-5 exact']],
    ['Eleven villagers were killed in the raid and another four at the market.', ['killed 11-11 exact', 'killed 4-4 exact']],
    ['Eleven villagers were killed in the raid and a further four.', ['killed 11-11 exact', 'killed 4-4 exact']],
  ]);
  cases([
    ['Eleven villagers were killed in the raid and another four houses were burned.', ['killed 11-11 exact']],
    ['Eleven villagers were killed in the raid and another four trucks in the town.', ['killed 11-11 exact']],
    ['Two people drowned in the river and another 40 were rescued.', ['killed 2-2 exact']],
  ]);
});

describe('captors holding people, a part of the captives freed', () => {
  cases([
    ['A guerrilla faction is holding 4 engineers near the border.', ['captured 4-4 exact']],
    ['Dissidents are still holding 7 soldiers, the army said.', ['captured 7-7 exact']],
    ['Rebels kidnapped 15 workers in Cauca; three of the workers were released on Friday.', ['captured 15-15 exact', 'captured 3-3 exact']],
  ]);
  cases([
    ['The court freed 12 prisoners; two of the prisoners were released on Sunday.', []],
    ['Two of the patients were released after treatment.', []],
    ['The cartel is holding 3 meetings with local officials.', []],
  ]);
});

describe('mourners burying colleagues; "up from" past years and a hearer', () => {
  cases([
    ['We have buried 41 colleagues since the war began.', ['killed 41-41 exact']],
    ['Tigers killed 72 people in 2022-23, the minister told Parliament, up from 59 the year before.', ['killed 72-72 exact', 'killed 59-59 exact']],
  ]);
  cases([
    ['The landslide buried 30 colleagues under the mud.', []],
  ]);
});

describe('claimants of round 20', () => {
  it.each([
    ["'We have now confirmed 61 deaths,' the county mayor told reporters.", ['the county mayor']],
    ["'We have found 17 bodies,' the fire chief told reporters at the site, where the search went on overnight.", ['the fire chief']],
    ['Six workers died, the minister said at the scene, where cranes were lifting the slabs.', ['the minister']],
    ['“We buried 23 people,” a survivor told the agency.', ['a survivor']],
    ['Shooting — Akron, Ohio: 3 killed — via Gun Violence Archive', ['Gun Violence Archive']],
    ['Tiger attacks in the Sundarbans: 18 killed since 2019 — forest department data', ['forest department']],
    ['Pakistan | killed 24 | abducted 11 (Open Doors, WWL 2024)', ['Open Doors', 'Open Doors']],
    ['Three reporters have been killed this year, the press union said on Monday, after a photographer was shot dead at a rally.', ['the press union']],
    ["'We have buried 70 colleagues,' said the president of the national union of journalists.", ['the president of the national union of journalists']],
    ['The district recorded 212 murder victims in 2023, according to the state crime bureau.', ['the state crime bureau']],
    ['A clinic in Kisumu reported 14 deaths on Monday, the county health office said.', ['the county health office']],
    ['The commission said Hazara Shia continued to face attacks, citing the deaths of more than 90 Hazara in 2022.', ['The commission']],
    ['Tower collapse in Sylhet: toll 21, says Bangladesh minister; 40 rescued', ['Bangladesh minister']],
    ['The Kenya Union of Journalists condemned the attack. The union said three reporters were wounded.', ['The Kenya Union of Journalists']],
    ['The International Press Federation met in Brussels. The federation said 12 journalists were killed in May.', ['The International Press Federation']],
    ['Elephants killed 40 villagers in 2023, the ministry told the assembly in a written reply, up from 31 the year before.', ['the ministry', 'the ministry']],
  ])('%s', (text, sources) => {
    expect(sourcesOf(text)).toEqual(sources);
  });
  it.each([
    // A social network is where it was posted, not who counted; a place and a year in brackets name no one.
    ['Floods in the north: 12 dead — via Twitter', [null]],
    ['Floods killed 12 people (Nairobi, NY 2024).', [null]],
    // Cited by no one named: the cited count is still no speaker.
    ['Officials were criticised, citing 40 deaths in the camp.', [null]],
    // A body that records its own count, no one closing the sentence: it states it.
    ['The county recorded 14 deaths on Monday.', ['The county']],
    // "We" stays when no one closes the quotation.
    ['We have confirmed 9 deaths in the district.', [null]],
  ])('%s', (text, sources) => {
    expect(sourcesOf(text)).toEqual(sources);
  });
});
