// Round 10 phrase families of live blogs, tickers and rights reports: the dead found ("2 bodies
// recovered", "30 bodies laid out"), two nouns joined before a predicate of several words ("men and
// boys lost their lives"), a toll with "now" before its number ("toll now 1,340"), the value a figure
// grew from (", up from 187"), a running total with a participle ("the total recovered since Friday
// to 412"), a bare "per" that credits a body ("1,340 per civil protection agency", not "per day"),
// and the floors of judgments ("not less than 450", "not fewer than twenty").
import { describe, expect, it } from 'vitest';
import { cases, figuresOf } from './helpers.js';

describe('round 10: the dead found, and joined people', () => {
  cases([
    ['Navy says 6 fishermen still missing; 4 bodies recovered.', ['missing 6-6 exact', 'killed 4-4 exact']],
    ['Villagers counted at least 25 bodies laid out beside the road.', ['killed 25-? at_least']],
    ['Divers: 3 bodies found in the submerged bus', ['killed 3-3 exact']],
    ['A boiler burst at the mill, by which 14 women and girls lost their lives.', ['killed 14-14 exact']],
    ['All 40 passengers and crew lost their lives.', ['killed 40-40 exact']],
    // The two bodies of a council are no dead; nor are the bodies the police recovered as evidence.
    ['The two bodies amounted to a single regulator.', []],
    ['Police recovered 3 stolen cars.', []],
  ]);
});

describe('round 10: tolls in live updates', () => {
  cases([
    ['Flood toll now 212 in the delta', ['killed 212-212 exact']],
    ['Officials now say 58 confirmed dead, up from 41 on Tuesday.', ['killed 58-58 exact', 'killed 41-41 exact']],
    ['Twelve people were injured, down from 20 last week.', ['wounded 12-12 exact', 'wounded 20-20 exact']],
    ['Rescuers pulled out 19 bodies overnight, bringing the total recovered since the collapse to 240.', ['killed 19-19 exact', 'killed 240-240 exact']],
    // Prices and rates are no tolls.
    ['Wheat now 212 per tonne, up from 190 in March.', []],
    ['Deaths run at 40 per day in the camps.', []],
    ['The rate is 3 deaths per 100,000 people.', []],
  ]);
  it.each([
    ['Storm toll now 31 per civil defence agency.', 'civil defence agency'],
    ['Death toll 45 per the health ministry', 'the health ministry'],
  ])('%s -> %s', (text, source) => {
    expect(figuresOf(text)[0]?.source ?? null).toBe(source);
  });
});

describe('round 10: floors in judgments', () => {
  cases([
    ['The chamber found that not less than 450 civilians were killed.', ['killed 450-? at_least']],
    ['Not fewer than twenty prisoners were executed.', ['killed 20-? at_least']],
    ['Not more than 12 people were wounded.', ['wounded ?-12 at_most']],
  ]);
});
