import { describe, expect, it } from 'vitest';
import { cases, figuresOf, summarise } from './helpers.js';

describe('people followed by a harm predicate', () => {
  it.each([
    ['Four hikers were killed by the avalanche.', ['killed 4-4 exact']],
    ['At least 60 people have reportedly died since Monday.', ['killed 60-? at_least']],
    ['About 80 miners remain unaccounted for.', ['missing 80-80 approx']],
    ['Nine crew members are missing after the collision.', ['missing 9-9 exact']],
    ['Two journalists were taken hostage in the capital.', ['captured 2-2 exact']],
    ['Three aid workers held hostage since May were freed.', ['captured 3-3 exact']],
    // An adverb after the people starts what follows them: "30 people just hours after".
    ['A bomb exploded, injuring about 30 people just hours after the visit.', ['wounded 30-30 approx']],
    // Killings named as events, and the gerund of losing lives.
    ['A video shows two beheadings near the border.', ['killed 2-2 exact']],
    ['Police are investigating three killings in the district.', ['killed 3-3 exact']],
    ['The worst month so far, with at least 135 soldiers losing their lives.', ['killed 135-? at_least']],
    // "hostage" after the people is their predicate, whatever verb follows; before a noun it is a modifier.
    ['Rebels holding three engineers hostage began talks on Sunday.', ['captured 3-3 exact']],
    ['A group holding two U.N. staff hostage made new demands.', ['captured 2-2 exact']],
    ['Police said three hostage takers were killed.', ['killed 3-3 exact']],
    ['Three hostage negotiators arrived at the scene.', []],
    ['Six guards were shot dead at the gate.', ['killed 6-6 exact']],
    ['Eleven climbers froze to death on the ridge.', ['killed 11-11 exact']],
    ['Two hunters were frozen to death near the lake.', ['killed 2-2 exact']],
    ['Twelve students lost their lives in the fire.', ['killed 12-12 exact']],
    // Suicide attackers dead by their own bombs; not the building or the car they blew up.
    ['Three gunmen were shot and the other two blew themselves up at the gate.', ['killed 2-2 exact']],
    ['Two attackers blew themselves up outside the barracks, police said.', ['killed 2-2 exact']],
    ['Insurgents blew up two bridges and a fuel depot overnight.', []],
    ['The ministry recorded 1,400 deaths and 3,100 injuries.', ['killed 1400-1400 exact', 'wounded 3100-3100 exact']],
    ['Five sailors dead, 14 wounded in harbour blast', ['killed 5-5 exact', 'wounded 14-14 exact']],
    ['Rescuers pulled 9 bodies from the river.', ['killed 9-9 exact']],
    ['Police said 40 protesters were killed or injured.', ['casualties 40-40 exact']],
    ['About 2,000 villagers are dead or missing.', ['casualties 2000-2000 approx']],
    ['Thirty-one prisoners of war were exchanged on Friday.', ['captured 31-31 exact']],
    ['The two POWs were handed over.', ['captured 2-2 exact']],
    ['Ten soldiers sent to guard the pass have been killed.', ['killed 10-10 exact']],
    ['At least three people from Galway died in the crash.', ['killed 3-? at_least']],
    ['Two pilots were admitted to hospital.', ['wounded 2-2 exact']],
    ['Fifteen fighters were martyred in the raid.', ['killed 15-15 exact']],
    ['Two of the injured later died in hospital.', ['killed 2-2 exact']],
    ['Four tourists are among the dead.', ['killed 4-4 exact']],
    ['As many as 400 people may have died.', ['killed ?-400 at_most']],
  ])('%s', (text, expected) => {
    expect(summarise(text)).toEqual(expected);
  });

  it('skips an aside about the same people', () => {
    expect(summarise('Eight people, including three children, were wounded.')).toEqual(['wounded 8-8 exact', 'wounded 3-3 exact']);
    expect(summarise('Nine workers - five men and four women - were killed.')).toEqual(
      ['killed 9-9 exact', 'killed 5-5 exact', 'killed 4-4 exact']);
    expect(summarise('Some 1.2 million people, mostly farmers, perished.')).toEqual(['killed 1200000-1200000 approx']);
  });

  it('does not read an obligation as harm', () => {
    expect(summarise('Twenty patients had to be hospitalized after the outbreak.')).toEqual([]);
  });

  it('reads "prisoners of war" but not plain prisoners', () => {
    expect(summarise('Kyiv said 40 prisoners of war returned home.')).toEqual(['captured 40-40 exact']);
    expect(summarise('The court released 200 prisoners this week.')).toEqual([]);
  });

  it('keeps people-words before a harm noun as who was counted, but not "new" or "confirmed"', () => {
    expect(figuresOf('Monitors recorded 9,701 civilian deaths.')[0].actor).toBe('civilian');
    expect(figuresOf('The ministry reported 1,024 new deaths.')[0].actor).toBe('people');
  });

  it('takes the adjective when no verb governs', () => {
    const [figure] = figuresOf('The video showed two wounded sailors on deck.');
    expect(figure).toMatchObject({ category: 'wounded', low: 2, actor: 'sailors' });
  });

  it('sentences to death are not deaths', () => {
    expect(summarise('The court sentenced one man to death on Tuesday.')).toEqual([]);
  });
});

// Treated for injuries: a treatment or a "with" that names injuries says the people were hurt.
describe('people treated for injuries', () => {
  cases([
    ['Some 2,100 people sought treatment for injuries at mobile clinics last week.', ['wounded 2100-2100 approx']],
    ['Eleven pilgrims were treated for minor injuries and released.', ['wounded 11-11 exact']],
    ['Two guards received care for gunshot wounds.', ['wounded 2-2 exact']],
    ['The gas leak left one worker dead and four others with burn injuries.', ['killed 1-1 exact', 'wounded 4-4 exact']],
    ['About 30 passengers with serious injuries were flown to the capital.', ['wounded 30-30 approx']],
    ['Twelve residents were treated for smoke inhalation.', []],
    ['Four men with knives were arrested outside the stadium.', []],
    ['The clinic supports 127 children with injuries and/or disabilities.', []],
    ['Nine patients were treated for injuries or illness during the festival.', []],
  ]);
});

// People joined by "and" before the vessel they were aboard.
describe('passengers and crew aboard', () => {
  cases([
    ['All 48 passengers and crew aboard the helicopter were killed.', ['killed 48-48 exact']],
    ['The 30 fishermen and guards on board the trawler are missing.', ['missing 30-30 exact']],
    ['The 12 passengers and cargo aboard the barge arrived safely.', []],
  ]);
});

describe('people, where they were, then a past tense of dying', () => {
  cases([
    ['At least 3 patients in intensive care died after the power was cut.', ['killed 3-? at_least']],
    ['Two men in the boat drowned.', ['killed 2-2 exact']],
    ['Four miners inside the flooded shaft perished.', ['killed 4-4 exact']],
    ['He found six people on top of the wreck who were dead.', ['killed 6-6 exact']],
  ]);
  cases([
    // The place's own clause has its own people.
    ['Two men in the house where a woman died were arrested.', []],
    ['Three guards at the gate whose colleague drowned were questioned.', []],
  ]);
});

// Members of a family are people; a family or household counted is not a head count.
describe('members of one family', () => {
  cases([
    ['Seven members of one family drowned when the minibus left the road.', ['killed 7-7 exact']],
    ['Four members of the same household were shot dead.', ['killed 4-4 exact']],
    ['Two families were killed in the shelling.', []],
    ['Some 40 households lost their homes.', []],
  ]);
});

// Buried people still searched for are missing, not dead.
describe('searching for people buried', () => {
  cases([
    ['Rescuers are searching for 23 villagers buried by the mudslide.', ['missing 23-23 exact']],
    ['Teams were still digging for 4 miners buried in the collapsed shaft.', ['missing 4-4 exact']],
    ['Villagers buried 16 people killed in the raid.', ['killed 16-16 exact']],
    ['Investigators identified 16 people buried in the mass grave.', ['killed 16-16 exact']],
  ]);
});

describe('a headline\'s first deed, then a comma and the harm', () => {
  cases([
    ['Two Millwall fans stabbed, hospitalized.', ['wounded 2-2 exact']],
    ['Three suspects arrested, killed in shootout', ['killed 3-3 exact']],
    ['Four men detained, released.', []],
  ]);
});
