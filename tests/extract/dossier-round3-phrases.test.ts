// Phrase families found by the third blind dossier round (tests/cli/dossier-round3.test.ts), each
// with invented positive and negative phrases.
import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.js';

const sourceOf = (text: string) => figuresOf(text)[0]?.source ?? null;

describe('claimant: "and" inside a body\'s name', () => {
  it.each([
    ['Nine fishermen drowned, the National Search and Rescue Agency said.', 'the National Search and Rescue Agency'],
    ['Researchers at the Institute of Soil and Water estimated that 300 people died.', 'Researchers at the Institute of Soil and Water'],
    ['The Ministry of Health and Population said 14 people were killed.', 'The Ministry of Health and Population'],
    ['Twelve people died, according to the Office of Relief and Recovery.', 'the Office of Relief and Recovery'],
    // Written small, after an article or opening its clause.
    ['Four hikers died, the search and rescue service said.', 'the search and rescue service'],
    ['Four hikers died, fire and rescue agency chief Ilse Varga said.', 'fire and rescue agency chief Ilse Varga'],
  ])('%s -> %s', (text, source) => {
    expect(sourceOf(text)).toBe(source);
  });

  it.each([
    // Two bodies or two claimants who speak together: both, the fullest name the text gives (guideline).
    ['Nine people were killed, Police and Army officials said.', 'Police and Army officials'],
    ['At least 14 people were killed, witnesses and medics said.', 'witnesses and medics'],
    ['Six people died, Hamas and Islamic Jihad said.', 'Hamas and Islamic Jihad'],
    ['Six people died, the Interior Ministry and the Army said.', 'the Interior Ministry and the Army'],
    ['Witnesses and doctors said 20 people were killed.', 'Witnesses and doctors'],
    // Two clauses joined by "and": the speaker of the second only.
    ['Rebels attacked the town and police said 12 people died.', 'police'],
    ['Gunmen stormed the hotel, and officials said 3 guests were wounded.', 'officials'],
  ])('%s -> %s (two joined)', (text, source) => {
    expect(sourceOf(text)).toBe(source);
  });
});

describe('claimant: a centre revises its own count', () => {
  it('credits the revision to the centre, and keeps a city centre a place', () => {
    expect(sourceOf('The monitoring centre raised its count to 61 people killed.')).toBe('The monitoring centre');
    expect(sourceOf('Seven people were hurt in the city centre, police said.')).toBe('police');
  });
});

const scopeOf = (text: string) => figuresOf(text).map((f) => f.scope ?? null);

describe('scope: an event of a named year, a place "alone", excess mortality', () => {
  it.each([
    ['A cold snap in 2021 killed an estimated 900 people, a later review found.', { period: 'in 2021' }],
    ['The riots of 2011 were quelled by force; activists said 40 people died then.', { period: 'in 2011' }],
    ['In the old city alone, medics said they had counted 85 bodies.', { place: 'in the old city' }],
    ['At least 120 people died in Marren alone, officials said.', { place: 'in Marren' }],
    ['The bureau put excess mortality during the cold spell at 2,100 deaths.', { deaths: 'excess' }],
  ])('%s', (text, scope) => {
    expect(scopeOf(text)[0]).toEqual(scope);
  });

  it.each([
    // The year after the figure is no subject of it; "alone" after a year stays a period.
    ['The storm killed 40 people, more than the storm in 2009 did.', null],
    ['Nine soldiers died in 2023 alone.', { period: 'in 2023' }],
    // "excess mortality" in another clause is not this figure's.
    ['Excess mortality is hard to measure, but officials say 12 people died in the fire.', null],
  ])('%s (negative)', (text, scope) => {
    expect(scopeOf(text)[0]).toEqual(scope);
  });
});

const read = (text: string) => figuresOf(text).map((f) => `${f.category} ${f.low} ${f.actor}${f.partOf !== undefined ? ' part' : ''}`);

describe('a difference between counts is no count', () => {
  it.each([
    ['Volunteers said they had recovered 31 bodies, nine more than the official toll.', ['killed 31 bodies']],
    ['The embassy said 14 of its citizens were among the dead, three more than the airline\'s figure.', ['killed 14 citizens']],
    ['The monitor counted 80 dead, 20 fewer than its earlier tally.', ['killed 80 people']],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('keeps an increment named as such', () => {
    expect(read('Officials said 12 more people died, bringing the toll to 40.')).toEqual(['killed 12 people part', 'killed 40 people']);
  });
});

describe('increments: "also" killed beside a total, and what raised a toll', () => {
  it.each([
    ['Three farm workers were also killed when the jet came down, police said, bringing the total number of dead to 92.', ['killed 3 farm workers part', 'killed 92 people']],
    ['The toll rose to 15 after four people wounded in the blast died in hospital.', ['killed 15 people', 'killed 4 people part']],
    ['The toll rose to 12 after rescuers found three more bodies.', ['killed 12 people', 'killed 3 bodies part']],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    // No total beside it: an increment of nothing stated is a toll of its own.
    ['Five soldiers were also killed in the clashes.', ['killed 5 soldiers']],
    ['Prices rose to 40 after 3 firms merged.', []],
  ])('%s (negative)', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('the wounded who died', () => {
  it.each([
    ['Three people wounded in the shelling died in hospital.', ['killed 3 people']],
    ['Six soldiers injured in Monday\'s clashes later died of their wounds.', ['killed 6 soldiers']],
    ['Two men hurt in the blast succumbed to their injuries.', ['killed 2 men']],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ['Five people wounded in the attack were taken to hospital.', ['wounded 5 people']],
    ['Four people wounded in the raid where two died were flown out.', ['wounded 4 people', 'killed 2 people']],
  ])('%s (negative)', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('zero: the people named after "no"', () => {
  it.each([
    ['An army spokesman said no Indian soldiers had been killed.', ['killed 0 Indian soldiers']],
    ['No civilians were hurt in the strike.', ['wounded 0 civilians']],
    ['No one was killed.', ['killed 0 people']],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('a share named after a speaker set off by commas', () => {
  it.each([
    ['All 96 people on board died, the transport ministry said, including 88 passengers and eight crew.', ['killed 96 people', 'killed 88 passengers part', 'killed 8 crew part']],
    ['Nine people died, the police said, including two children.', ['killed 9 people', 'killed 2 children part']],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('not across a clause of its own', () => {
    expect(read('Nine people died, the police said, while 40 were treated, including two children.')).not.toContain('killed 2 children part');
  });
});

describe('a cause before "deaths" names no people', () => {
  it.each([
    ['The ministry said its count stood at 502 confirmed heat deaths.', ['killed 502 people']],
    ['Officials recorded 40 cholera deaths this week.', ['killed 40 people']],
    ['The agency reported 12 road deaths over the holiday.', ['killed 12 people']],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('keeps people named before "deaths"', () => {
    expect(read('The monitor recorded 9 civilian deaths.')).toEqual(['killed 9 civilian']);
  });
});

describe('claimant: a body\'s count that stands at its number', () => {
  it.each([
    ["The health ministry's count stood at 502 confirmed heat deaths, and officials urged caution.", 'The health ministry'],
    ["The rebels' tally stands at 40 dead.", 'The rebels'],
  ])('%s -> %s', (text, source) => {
    expect(sourceOf(text)).toBe(source);
  });

  it('not a thing that stands at a number', () => {
    expect(figuresOf("The region's unemployment stood at 12 percent.")).toEqual([]);
  });
});

describe('claimant: "put X … at N" with words between', () => {
  it.each([
    ['The national statistics office put excess mortality during the cold spell at 2,900 deaths.', 'The national statistics office'],
    ['The bureau put mortality in August at about 1,200 deaths.', 'The bureau'],
  ])('%s -> %s', (text, source) => {
    expect(sourceOf(text)).toBe(source);
  });

  it('not a putting that states no number', () => {
    expect(figuresOf('The brawl put three officers at risk.')).toEqual([]);
  });
});

describe('kind: some of the dead listed after "among the dead were"', () => {
  it('counts each of the list as a floor', () => {
    expect(figuresOf('Among the dead were 12 Chileans, 7 Dutch nationals and three Kenyans, the airline said.').map((f) => f.kind)).toEqual(['counted', 'counted', 'counted']);
  });

  it('not a figure before the phrase, nor in another sentence', () => {
    expect(figuresOf('The crash killed 90 people; among the dead were officials.').map((f) => f.kind ?? null)).toEqual([null]);
  });
});

describe('a place after the people ends them', () => {
  it.each([
    ['Volunteers had helped recover 44 bodies along the coast.', ['killed 44 bodies']],
    ['Divers pulled 12 bodies off the coast on Sunday.', ['killed 12 bodies']],
    ['Four people beneath the rubble were killed.', ['killed 4 people']],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('not people who were only found', () => {
    expect(read('Nine fishermen off the coast were rescued.')).toEqual([]);
  });
});
