// Round 21, civilian-harm recording projects, East Asian and Gulf English-language press, avalanche, cave and
// mine-flood rescues, chemical and nuclear accidents with their long-term estimates, and attacks on shipping:
// a number sign's label ("Hospital No. 6"), the unfound dead ("were never found"), "the bodies of the other two",
// a whole of people a harm word follows ("two of the 10 miners missing since"), deaths a clause forecasts
// ("would result", "the report projected"), a participle's modifier before "died", hostile "elements", the
// still-sought ("still searching for 9 others"), an appositive aside ("one of the crew, an electrician, was
// killed"), "flown to Innsbruck with serious injuries", "partly buried and injured", and a share past a year.
import { describe, expect, it } from 'vitest';
import { cases, figuresOf } from './helpers.js';

describe('a number sign with its stop is a label, not a count', () => {
  cases([
    ['Two workers at Reactor No. 4 were hurt, and 3 firefighters died.', ['killed 3-3 exact']],
    ['Mine No. 3 flooded; 12 miners were killed.', ['killed 12-12 exact']],
  ]);
  cases([
    ['Reactor No. 4 exploded in the early hours, the board said of the deaths.', []],
    ['Patients at Hospital No. 6 were treated for radiation sickness after the deaths.', []],
  ]);
});

describe('the unfound dead are missing', () => {
  cases([
    ['Eight people were never found after the blasts.', ['missing 8-8 exact']],
    ['Two climbers have never been recovered from the glacier.', ['missing 2-2 exact']],
  ]);
  cases([
    ['The cause of the deaths was never found.', []],
    ['The 3 fires were never found to be arson, and no one was killed.', ['killed 0-0 exact']],
    ['Two officers were never found guilty of the killings.', []],
  ]);
});

describe('the bodies of the other two; a whole of people a harm word follows', () => {
  cases([
    ['The bodies of the other two were found late on Sunday.', ['killed 2-2 exact']],
    ['Divers recovered the remains of two of the 10 miners missing since the flood.', ['killed 2-2 exact', 'missing 10-10 exact']],
    ['Two of the 12 climbers killed in the avalanche were Nepalis.', ['killed 2-2 exact', 'killed 12-12 exact']],
    // The whole keeps its own harm; the verb after it is the part's.
    ['One of two hostages injured during the raid died of his injuries.', ['killed 1-1 exact', 'wounded 2-2 exact']],
  ]);
  cases([
    // A copula's harm is the part's own; a whole of the harmed by its own noun is the scope.
    ['Two of the 10 miners were missing.', ['missing 2-2 exact']],
    ['The other two were found alive on Sunday.', []],
  ]);
});

describe('deaths that their own clause forecasts are no figure', () => {
  cases([
    ['Greenpeace argued that some 93,000 additional cancer deaths would result.', []],
    ['The study counted the 30,000 to 60,000 excess deaths the report projected for the coming decades.', []],
    ['About 4,000 deaths are predicted among the exposed by 2030.', []],
  ]);
  cases([
    ['The ministry said 3,787 deaths were recorded.', ['killed 3787-3787 exact']],
    ['The 31 deaths acknowledged by the authorities were firefighters.', ['killed 31-31 exact']],
    ['There were 9,000 deaths, more than the model projected.', ['killed 9000-9000 exact']],
    ['Researchers put the 162,000 excess deaths modelled by the team in context.', ['killed 162000-162000 exact']],
  ]);
});

describe('a participle modifier before a past tense of dying', () => {
  cases([
    ["Twenty-eight of the firefighters taken to Moscow's Hospital No. 6 died within four months.", ['killed 28-28 exact']],
    ['Twelve of the passengers flown to Madrid later died.', ['killed 12-12 exact']],
  ]);
  cases([
    ['Two workers sent home complained.', []],
    ['Forty residents evacuated when 3 houses burned returned home.', []],
  ]);
});

describe('hostile elements are fighters', () => {
  cases([
    ['The army said 18 takfiri elements were eliminated in North Sinai.', ['killed 18-18 exact']],
    ['Troops neutralised 5 terrorist elements near the border.', ['killed 5-5 exact']],
  ]);
  cases([
    ['Engineers eliminated 3 elements of the design.', []],
    ['Three elements were eliminated from the list.', []],
  ]);
});

describe('the still-sought are missing', () => {
  cases([
    ['Rescue teams are still searching for 9 others.', ['missing 9-9 exact']],
    ['Divers were still looking for four fishermen after the storm.', ['missing 4-4 exact']],
  ]);
  cases([
    ['Police are still searching for two suspects.', []],
    ['The club is still looking for 3 volunteers.', []],
    ['Rescuers searched for 9 hours.', []],
  ]);
});

describe('an appositive aside, a place before "with injuries", a partial first deed', () => {
  cases([
    ['One of the 25 crew, an electrician, was killed.', ['killed 1-1 exact']],
    ['One was flown to Innsbruck with serious injuries.', ['wounded 1-1 exact']],
    ['Two climbers were airlifted to Chamonix with head injuries.', ['wounded 2-2 exact']],
    ['Another 6 people were partly buried and injured.', ['wounded 6-6 exact']],
  ]);
  cases([
    ['Two delegates flew to Geneva with proposals.', []],
    ['Four skiers were partly buried.', []],
    ['Two guards, a driver and a cook were at the gate.', []],
  ]);
});

describe('a share after a total past its year', () => {
  cases([
    ['The corps reported 465 deaths in the mountains in 2023, among them 84 on ski slopes.', ['killed 465-465 exact', 'killed 84-84 exact']],
  ]);
  cases([
    ['The flood killed 40 people in the district in 2019, among them 300 cattle.', ['killed 40-40 exact']],
  ]);
});

describe('a label with a participle of recording; a gapped party "for" its count', () => {
  cases([
    ['k4471 | Car bomb near a market | Deaths recorded: 17–22 | Sources: AFP', ['killed 17-22 range']],
    ['Injuries reported: 4', ['wounded 4-4 exact']],
    ['Regime forces were responsible for the deaths of 21 civilians, Russian forces for four, and the SDF for nine.', ['killed 21-21 exact', 'killed 4-4 exact', 'killed 9-9 exact']],
    ['Militias were blamed for the killing of 30 villagers, and the army for 12.', ['killed 30-30 exact', 'killed 12-12 exact']],
  ]);
  cases([
    ['Cases recorded: 40', []],
    ['The ruling party voted for 12 candidates, the opposition for 9.', []],
    ['The rebels killed 30 villagers, and the army paid for 12.', ['killed 30-30 exact']],
  ]);
});

describe('a count opening what is estimated', () => {
  cases([
    ['The council later estimated that 8,000 people died in the first two weeks.', ['killed 8000-8000 approx']],
    ['Officials estimate that at least 220,000 people perished.', ['killed 220000-? at_least']],
  ]);
  cases([
    ['The council said that 8,000 people died in the first two weeks.', ['killed 8000-8000 exact']],
  ]);
});

describe('who said it, round 21', () => {
  const sourcesOf = (text: string) => figuresOf(text).map((f) => f.source);
  it.each([
    ['Heavy rain in Kyushu: death toll climbs to 9, 3 missing -- NHK', ['NHK', 'NHK']],
    ['NHK has learned that at least 241 people have now died.', ['NHK']],
    ['The blast killed 15 people, the U.S. Chemical Safety Board found.', ['the U.S. Chemical Safety Board']],
    ['Estimates run from the 31 deaths acknowledged by the Soviet authorities to the 4,000 deaths the report projected.', ['the Soviet authorities']],
    ['The Coalition later conceded one civilian death in the strike.', ['The Coalition']],
    ["IBC's database now records 186,901 documented civilian deaths.", ["IBC's database"]],
    ['UKMTO WARNING 045/2024. Three crew have been killed and four injured.', ['UKMTO', 'UKMTO']],
    ['12 civilians were killed, according to the UN Special Envoy to Yemen.', ['the UN Special Envoy to Yemen']],
    // CNA, Kyodo and NHK are outlets: the body they cite is the claimant; "It said" still resolves to them.
    ['The typhoon left two dead, CNA reported, citing data from the Central Emergency Operation Center.', ['the Central Emergency Operation Center']],
    ['Kyodo News said 5 people died. It said 3 more were missing.', ['Kyodo News', 'Kyodo News']],
    // A header's body named by a closing "the group" of its own sentence, however long the sentence.
    ['SNHR: at least 14 people, among them two medical workers, died in detention facilities in May, the group said in its report.', ['SNHR', 'SNHR']],
  ])('%s', (text, expected) => {
    expect(sourcesOf(text)).toEqual(expected);
  });
  it.each([
    // Lessons learned, searchers' finds, a video's record: no one states a count.
    ['The lessons learned that day saved 40 lives.', []],
    ['Gunmen killed 12 villagers, the group said.', ['the group']],
    ['Searchers found 12 bodies in the rubble.', [null]],
    ['The video records 3 men being shot dead.', [null]],
  ])('%s', (text, expected) => {
    expect(sourcesOf(text)).toEqual(expected);
  });
});
