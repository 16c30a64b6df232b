// Round 19, aid workers' diaries, analytic briefs, UN peacekeeping statements, care-home outbreak updates, piracy and
// kidnap-for-ransom bulletins, and eruption and tsunami bulletins: "did not survive", "brought in dead", "in burns
// units", "carried away", assailants and peacekeepers as fighters, "have lost their lives serving", an increment
// before the people ("lost two more children"), mourners burying past "had already", "among the 218 dead", captives
// freed, the object of a relative clause ("the 40 villagers they abducted"), a bulletin's bare entry and its parts in
// brackets ("deaths 9 (residents 8, staff 1)"), a breakdown between spaced dashes, a part "of them" past a count of
// things, a hedge before a second count, rival counts by long names, and claimants: "By X's count,", a body's own
// statement in the present ("X strongly condemns the attack …, in which"), an inverted speaker with its acronym in
// brackets, "down from" after a closing speaker, "ahead of" after it, headers of piracy centres and missions, two
// acronyms before a colon, "Fire and Disaster Management Agency:", and the navy as a body.
import { describe, expect, it } from 'vitest';
import { cases, figuresOf } from './helpers.js';

const sourcesOf = (text: string) => figuresOf(text).map((f) => f.source);

describe('dying in other words: "did not survive", "brought in dead"', () => {
  cases([
    ['Nine of the babies did not survive, the nurse wrote.', ['killed 9-9 exact']],
    ['Two of the injured did not survive in hospital.', ['killed 2-2 exact']],
    ['Fourteen people had been brought in dead by midnight.', ['killed 14-14 exact']],
    ["Three didn't survive the night.", []],
  ]);
  cases([
    // An object after the verb: what did not survive was no one's life.
    ['Three of the five amendments did not survive the vote.', []],
    ['Two of the start-ups did not survive the downturn.', []],
  ]);
});

describe('survivors in burns units, people carried away, assailants and peacekeepers', () => {
  cases([
    ['Eleven climbers remain in burns units in Auckland.', ['wounded 11-11 exact']],
    ['Four children were flown to the burns unit; 6 others are in a burns unit in Perth.', ['wounded 6-6 exact']],
    ['Gunmen carried away 23 worshippers from the church.', ['captured 23-23 exact']],
    ['The patrol neutralised 7 assailants near the camp.', ['killed 7-7 exact']],
    ['The mission has lost three peacekeepers this year.', ['killed 3-3 exact']],
  ]);
  cases([
    // Intensive care may be illness; what is carried away may be goods.
    ['Forty patients remain in intensive care with the virus.', []],
    ['The floods carried away 300 cattle and 12 bridges.', []],
    ['Engineers neutralised 40 mines along the road.', []],
  ]);
});

describe('an idiom of dying with its own object, an increment before the people', () => {
  cases([
    ['More than 120 aid workers have lost their lives serving in the region.', ['killed 120-? at_least']],
    ['Six rangers have laid down their lives defending the park.', ['killed 6-6 exact']],
    ['We lost three more patients on the ward overnight.', ['killed 3-3 exact']],
    ['The brigade lost two other soldiers in the ambush.', ['killed 2-2 exact']],
  ]);
  cases([
    ['The club lost two more matches in April.', []],
    ['Three directors have lost their jobs serving the board.', []],
  ]);
});

describe('mourners burying past an auxiliary and an adverb; the counted among a counted harm', () => {
  cases([
    ['By dawn the women had already buried 14 people behind the school.', ['killed 14-14 exact']],
    ['Three of our nurses are among the 60 dead.', ['killed 3-3 exact', 'killed 60-60 exact']],
    ['Two journalists were among the 45 injured.', ['wounded 2-2 exact', 'wounded 45-45 exact']],
  ]);
  cases([
    ['The mudslide had already buried 30 houses.', []],
    ['Two ministers are among the 40 guests.', []],
  ]);
});

describe('captives freed, and the object of a relative clause', () => {
  cases([
    ['The gang still holds 9 of the hostages; four were released on Monday.', ['captured 9-9 exact', 'captured 4-4 exact']],
    ['Bandits kidnapped 30 farmers, and 12 were freed after a ransom was paid.', ['captured 30-30 exact', 'captured 12-12 exact']],
    ['Pirates released the 21 crew of the tanker on Sunday.', ['captured 21-21 exact']],
    ['The army found the 40 villagers they abducted in May.', ['captured 40-40 exact']],
    ['Police exhumed the 12 people it killed at the farm.', ['killed 12-12 exact']],
  ]);
  cases([
    ['The hospital said 12 were released after treatment.', []],
    ['The court freed 12 prisoners on bail.', []],
    ['She thanked the 12 children they rescued.', []],
    ['He praised the 30 workers it hired.', []],
  ]);
});

describe('the whole of a partitive that a harm verb takes, a gloss in brackets after a toll noun', () => {
  cases([
    ['The gang still holds 12 of the 17 missionaries it seized in October.', ['captured 12-12 exact', 'captured 17-17 exact']],
    ['Officials put casualties (killed and wounded) at more than 9,000.', ['casualties 9000-? at_least']],
    ['Monitors put deaths (civilians and fighters) at 4,000.', ['killed 4000-4000 exact']],
  ]);
  cases([
    ['The charity still supports 12 of the 40 families it helped in 2019.', []],
    ['Officials put the damage (roads and bridges) at 300 million.', []],
  ]);
});

describe('a bulletin\'s bare entry and its parts in brackets', () => {
  cases([
    ['Hillside Court: deaths 6 (residents 5, staff 1); recovered 14.', ['killed 6-6 exact', 'killed 5-5 exact', 'killed 1-1 exact']],
    ['Injuries 12; deaths 3.', ['wounded 12-12 exact', 'killed 3-3 exact']],
  ]);
  cases([
    // A participle may count the sick; a harm noun before a year or a measure is no entry.
    ['Rosewood House: hospitalised 4; recovered 22.', []],
    ['The study tracked deaths 2019 to 2021.', []],
    ['Road deaths 12 per cent lower.', []],
  ]);
});

describe('a breakdown between spaced dashes, a part past a count of things, a hedge before a second count', () => {
  cases([
    ['Four deaths were confirmed — three Fijians and a New Zealander — officials said.', ['killed 4-4 exact', 'killed 3-3 exact']],
    ['The battalion lost six soldiers — four Kenyans and two Ugandans — in the raid.', ['killed 6-6 exact', 'killed 4-4 exact', 'killed 2-2 exact']],
    ['The floods killed 1,300 people in nine provinces, about 800 of them in the south.', ['killed 1300-1300 exact', 'killed 800-800 approx']],
    ['The raids killed at least 200 civilians, and perhaps as many as 450.', ['killed 200-? at_least', 'killed ?-450 at_most']],
  ]);
  cases([
    // No closing dash: no aside, the count after the dash stands alone.
    ['Police arrested 12 people — 3 women and 9 men — after the riot.', []],
    ['The storm destroyed 300 homes in nine provinces, about 80 of them in the south.', []],
  ]);
});

describe('a part between spaced dashes lends its people to no count after it', () => {
  it('keeps the whole\'s people for the next count', () => {
    const text = 'The battalion has lost six soldiers — four Kenyans and two Ugandans — and 14 have been wounded.';
    expect(figuresOf(text).map((f) => `${f.low} ${f.actor}`)).toEqual(['6 soldiers', '4 Kenyans', '2 Ugandans', '14 soldiers']);
  });
});

describe('rival counts: a long body name, "the N cited by"', () => {
  cases([
    ['Officials put the number of police killed at 41, while the Centre for Research and Security Studies counts 58.', ['killed 41-41 exact', 'killed 58-58 exact']],
    ['Estimates range from the 20,000 deaths modelled by demographers in Leuven to the 90,000 cited by a former envoy.', ['killed 20000-20000 exact', 'killed 90000-90000 exact']],
  ]);
});

describe('claimants: "By X\'s count,", a body\'s own statement, inverted names with acronyms, revised tolls', () => {
  it.each([
    ["By Amnesty International's count, at least 300 protesters were killed.", ['Amnesty International']],
    ["By the ministry's count, 40 died.", ['the ministry']],
    ["The raids killed 900 people, by the monitor's own tally, and wounded 2,000.", ['the monitor', null]],
    ['UNMISS strongly condemns the attack on the camp, in which three peacekeepers were killed.', ['UNMISS']],
    ['The Secretary-General condemns the ambush near Beni, where at least 12 civilians were killed.', ['The Secretary-General']],
    ['Nine villagers were killed, reports the United Nations Organization Stabilization Mission (MONUSCO).', ['the United Nations Organization Stabilization Mission (MONUSCO)']],
    ['The toll rose to 50, the ministry said, up from 38.', ['the ministry', 'the ministry']],
    ['Four hundred died, the agency said on Monday, down from an earlier figure of 450 deaths.', ['the agency', 'the agency']],
    ['Some 90 staff have died on duty since 2000, the agency said ahead of the World Humanitarian Day ceremony in Geneva.', ['the agency']],
    ['Government figures put the number of police killed at 41, while the Institute for Conflict and Peace Studies counts 58.', ['Government figures', 'the Institute for Conflict and Peace Studies']],
  ])('%s', (text, sources) => {
    expect(sourcesOf(text)).toEqual(sources);
  });
  it.each([
    ['The UN condemned the attack, which killed 30 civilians.'],
    ['Twelve died by the end of the day\'s fighting.'],
  ])('%s (no claimant)', (text) => {
    expect(sourcesOf(text)).toEqual([null]);
  });
});

describe('claimants: headers of piracy centres and missions, two acronyms, small words of a body, the navy', () => {
  it.each([
    ['IMB PRC: On 2 May, armed pirates boarded a tanker off Lagos, and after a long search of the ship they kidnapped 6 crew.', ['IMB PRC']],
    ['MDAT-GoG Incident 044/2025: Tanker boarded at 0200 UTC. No injuries reported.', ['MDAT-GoG']],
    ['UNAMID casualty update, 4 March: two peacekeepers were wounded in an ambush.', ['UNAMID']],
    ['Sri Lanka Navy: naval units rescued 14 hostages from a pirate camp and arrested the crew of two boats near Mannar.', ['Sri Lanka Navy']],
    ['National Institute of Disaster Management: 3 people killed and 11 injured in the lahar overnight on the western slopes.', ['National Institute of Disaster Management', 'National Institute of Disaster Management']],
  ])('%s', (text, sources) => {
    expect(sourcesOf(text)).toEqual(sources);
  });
  it.each([
    ['US UK: 3 killed in crash'],
  ])('%s (no claimant)', (text) => {
    expect(sourcesOf(text)).toEqual([null]);
  });
});
