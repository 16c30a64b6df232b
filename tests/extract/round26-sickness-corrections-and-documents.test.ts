// Round 26, hooch and food-poisoning outbreaks, tanker and fireworks explosions, leaked documents, newspapers'
// corrections, diaspora and advocacy claims and NGOs' monitoring totals.
import { describe, expect, it } from 'vitest';
import { cases, figuresOf } from './helpers.js';

describe('the sick of a poisoning are no wounded; a count named by a fate of its own borrows no harm', () => {
  cases([
    ['Fourteen guests were hospitalised with suspected food poisoning after the banquet, the district health officer said.', []],
    ['Five men died after drinking spurious liquor in Meerut and 22 were admitted to hospital.', ['killed 5-5 exact']],
    ['The outbreak of botulism has killed two and left 11 in a serious condition.', ['killed 2-2 exact']],
    ['Methanol poisoning: 7 dead, 40 taken ill in Kisii.', ['killed 7-7 exact']],
    ['Police said 12 protesters were shot dead and 300 arrested overnight.', ['killed 12-12 exact']],
    ['The agency confirmed 6 deaths and 48 hospitalisations linked to the contaminated cheese.', ['killed 6-6 exact']],
  ]);
  cases([
    // A hurt named beside the poisoning keeps its wounded; a blast hurts whatever was drunk.
    ['Nine workers were hospitalised with burns and smoke poisoning after the warehouse fire.', ['wounded 9-9 exact']],
    ['Twelve people were hospitalised after the gas cylinder explosion at a roadside stall where they were eating.', ['wounded 12-12 exact']],
    ['Three were killed and 15 hospitalised when the bus overturned.', ['killed 3-3 exact', 'wounded 15-15 exact']],
    ['Two soldiers were killed and 4 injured; 9 suspects were later arrested.', ['killed 2-2 exact', 'wounded 4-4 exact']],
  ]);
});

describe("monitors' totals with the year before: '(2023: 205)', 'the previous quarter's 1,448', 'with Colombia accounting for 142'", () => {
  cases([
    ['Security incidents report: 61 staff killed in 2024 (2023: 48), 30 injured (2023: 35).',
      ['killed 61-61 exact', 'killed 48-48 exact', 'wounded 30-30 exact', 'wounded 35-35 exact']],
    ['The tracker logged 912 fatalities in the third quarter, a 14% fall on the previous quarter\'s 1,060.', ['killed 912-912 exact', 'killed 1060-1060 exact']],
    ['Deaths of environmental defenders rose to 196, against last year\'s 177.', ['killed 196-196 exact', 'killed 177-177 exact']],
    ['Deaths of land-rights defenders fell to 250 last year, the group said, with Brazil accounting for 61.', ['killed 250-250 exact', 'killed 61-61 exact']],
  ]);
  cases([
    // A year in brackets with no count, a count of other things, a larger "share", a word after the count.
    ['Some 40 people were killed in the flood (2023: no data).', ['killed 40-40 approx']],
    ['Twelve people died in the fire, with Lagos accounting for 40 of the callouts.', ['killed 12-12 exact']],
    ['Twelve people died in the fire, with Lagos accounting for 40.', ['killed 12-12 exact']],
    ['Twelve people died last year; the previous year\'s 30 were mostly miners.', ['killed 12-12 exact']],
  ]);
});

describe("corrections: a toll 'given as' its number, ', not N', the right count in the next sentence, 'No pupil died'", () => {
  cases([
    ['An earlier version gave the death toll in the refinery fire as 31.', ['killed 31-31 exact']],
    ['The story misstated the number of injured in the bus crash, which the police gave as 24, not 42.', ['wounded 24-24 exact', 'wounded 42-42 exact']],
    ['Our report said 19 people were killed in the blast. The correct figure, according to the fire service, is 9.', ['killed 19-19 exact', 'killed 9-9 exact']],
    ["A headline said 60 miners had died. The company's official count is 16.", ['killed 60-60 exact', 'killed 16-16 exact']],
    ['No pupil died; the school reopened on Monday.', ['killed 0-0 exact']],
  ]);
  cases([
    // "as" with no verb of giving; a count noun with no word of correction; a next sentence of other things.
    ['The death toll, as 12 villagers told us, is unknown.', []],
    ['Our report said 19 people were killed in the blast. The figure is 19 years old.', ['killed 19-19 exact']],
    ['Our report said 19 people were killed in the blast. The number of fire engines was 9.', ['killed 19-19 exact']],
    ['No sooner died the applause than the shelling began.', []],
    ['The protests died down by evening; no shots died out.', []],
  ]);
  const sourcesOf = (text: string) => figuresOf(text).map((f) => f.source);
  it.each([
    ['The story was updated with figures from the regional police, who now say 14 people were killed.', ['the regional police']],
    // An adverb before "reported" names no one: "as originally reported".
    ['Officials put the toll at 12, not 21 as initially reported.', ['Officials', 'Officials']],
    // A noun in -ly still names its speaker.
    ['Forty people died in the fire, the assembly said.', ['the assembly']],
  ])('%s', (text, expected) => {
    expect(sourcesOf(text).slice(0, expected.length)).toEqual(expected);
  });
});

describe("a label's harm noun with its scope before the mark: 'Total fatalities in Pakistan 2024 — 2,546 (civilians 580, …); 2023 — 1,524'", () => {
  cases([
    ['Portal data: Total fatalities in Manipur 2024 — 312 (civilians 140, security personnel 52, militants 120); 2023 — 275.',
      ['killed 312-312 exact', 'killed 140-140 exact', 'killed 52-52 exact', 'killed 120-120 exact', 'killed 275-275 exact']],
    ['Deaths among suspected cholera cases in Tete: 14.', ['killed 14-14 exact']],
    ['Injuries since July 2024: 41.', ['wounded 41-41 exact']],
  ]);
  cases([
    // A clause's own harm before a dash; scope with no harm noun; a harm noun that opens no entry.
    ['Attacks in Pakistan 2024 — 2,546 (bombings 580, raids 685).', []],
    ['Police said the deaths in the camp — 12 in all — were caused by the cold.', []],
    ['Donors who funded the deaths in custody inquiry: 12.', []],
  ]);
});

describe('round 26 leftovers by family: joined harms of a toll, present-tense succumbing, forced disappearances, parts between dashes, the other party\'s count', () => {
  cases([
    ['The number of children killed or maimed in the fighting rose to 3,900.', ['casualties 3900-3900 exact']],
    ['The number of pupils killed rose to 14.', ['killed 14-14 exact']],
    ['Two more succumb at Kano hospital.', ['killed 2-2 exact']],
    ['Security forces forcibly disappeared 30 students last year, the group said.', ['missing 30-30 exact']],
    ['The blast killed 17 people — among them three firefighters — and injured 40.', ['killed 17-17 exact', 'killed 3-3 exact', 'wounded 40-40 exact']],
    ['The toll stood at 64, against the 41 acknowledged by the governor.', ['killed 64-64 exact', 'killed 41-41 exact']],
  ]);
  cases([
    ['The boat disappeared 12 miles off the coast.', []],
    ['Twelve people were killed — and 40 homes destroyed.', ['killed 12-12 exact']],
    ['Rebels said 40 soldiers died, against the 12 houses reported burned.', ['killed 40-40 exact']],
    ['The toll stood at 64, against the 41 of last year.', ['killed 64-64 exact']],
  ]);
});

describe("documents and monitors as speakers: a monitor's header, 'parts of which were read to', a leaked document's list, a long body's minutes", () => {
  const sourcesOf = (text: string) => figuresOf(text).map((f) => f.source);
  it.each([
    ['Civilian Harm Tracker: 41 civilians killed in 2024 (2023: 33).', ['Civilian Harm Tracker', 'Civilian Harm Tracker']],
    ['Sahel Conflict Database data: Total fatalities in Mali 2024 — 3,100.', ['Sahel Conflict Database data']],
    ['A police log, parts of which were shown to the BBC, counted 12 protesters shot dead.', ['A police log']],
    ['The ministry memo, a copy of which was seen by Reuters, says 19 soldiers were killed.', ['The ministry memo']],
    ['An internal hospital register lists 44 deaths in the ward.', ['An internal hospital register']],
    ['According to the notes of a private briefing by the regional security council, 15 soldiers were killed.', ['the notes of a private briefing by the regional security council']],
    // An outlet's report passes on whom it cites at the end of the sentence.
    ['Eelam Voice reported that shelling killed at least 40 civilians, citing doctors at the field hospital.', ['doctors at the field hospital']],
  ])('%s', (text, expected) => {
    expect(sourcesOf(text)).toEqual(expected);
  });
  it.each([
    // No monitor's word before the colon; a public report that lists names no one (round 14).
    ['Attacks in the north: 41 civilians killed in March.', [null]],
    ['The annual report lists 30 deaths in the province.', [null]],
    // A study cited as the basis of a body's own count is no speaker.
    ['The ministry said 51 people died, citing a study by the university.', ['The ministry']],
  ])('%s', (text, expected) => {
    expect(sourcesOf(text)).toEqual(expected);
  });
});

describe('how sure a share is names no people: "of which 7 laboratory-confirmed"', () => {
  const actorsOf = (text: string) => figuresOf(text).map((f) => f.actor);
  it.each([
    ['Deaths among suspected cholera cases in Tete: 14, of which 5 laboratory-confirmed.', ['people', 'people']],
    ['Deaths among miners in Tete: 14, of which 5 women.', ['people', 'women']],
  ])('%s', (text, expected) => {
    expect(actorsOf(text)).toEqual(expected);
  });
});
