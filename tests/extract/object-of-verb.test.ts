import { describe, expect, it } from 'vitest';
import { cases, figuresOf, summarise } from './helpers.js';

describe('object of a harm verb', () => {
  it.each([
    ['The storm killed 14 villagers overnight.', ['killed 14-14 exact']],
    ['A car bomb exploded, killing at least nine people and wounding 40.', ['killed 9-? at_least', 'wounded 40-40 exact']],
    ['Shelling injured 12 residents of the town.', ['wounded 12-12 exact']],
    ['Gunmen abducted seven aid workers near the border.', ['captured 7-7 exact']],
    ['Rebels captured two wounded border guards.', ['captured 2-2 exact']],
    ['The raid killed or wounded 1,200 fighters.', ['casualties 1200-1200 exact']],
    ['Militants took away three engineers from the site.', ['captured 3-3 exact']],
    // The hostage idiom before its people, and lives with a word or two before them.
    ['Militants are holding hostage three aid workers.', ['captured 3-3 exact']],
    ['Gunmen took hostage 20 villagers at dawn.', ['captured 20-20 exact']],
    ['The war has cost 100,000 Iraqi lives.', ['killed 100000-100000 exact']],
    ['The crash cost 12 innocent civilian lives.', ['killed 12-12 exact']],
    ['The strike cost 12 million dollars and many lives.', []],
    ['He was held hostage 12 days.', []],
    ['Flood Kills 8, Injures 30 In Valley Towns', ['killed 8-8 exact', 'wounded 30-30 exact']],
    ['Suicide bombers kill dozens at a market', ['killed 24-99 vague']],
    ['The war has claimed more than 10,000 lives since March.', ['killed 10000-? at_least']],
    ['Police said the gunmen shot dead three people.', ['killed 3-3 exact']],
    ['The reforms saved 3,000 lives a year.', []],
    // A plain verb of taking: people taken by captors, nothing else.
    ['The gunmen took more than 80 students, most of them girls.', ['captured 80-? at_least']],
    ['Bandits also took 12 villagers from the farm.', ['captured 12-12 exact']],
    ['Armed men snatched two engineers on the road to the mine.', ['captured 2-2 exact']],
    ['Rebels took 40 percent of the vote in the north.', []],
    ['The militants took 3 towns and a bridge.', []],
    ['Students took 3 exams in a week.', []],
    ['Insurgents took 20 minutes to cross the river.', []],
    // Holding is taking that lasts: captors hold people, anyone holds seats, talks and towns.
    ['Kidnappers are still holding 12 passengers from the bus.', ['captured 12-12 exact']],
    ['Militants holding three foreign engineers have demanded a ransom.', ['captured 3-3 exact']],
    ['The gang held 14 farm workers for a week.', ['captured 14-14 exact']],
    ['Police are holding 3 suspects over the robbery.', []],
    ['The rebels hold 40 percent of the province.', []],
    ['The insurgents held 5 meetings with the elders.', []],
  ])('%s', (text, expected) => {
    expect(summarise(text)).toEqual(expected);
  });

  it('reads who was counted from the object', () => {
    expect(figuresOf('The strike killed 14 Somali fishermen.')[0].actor).toBe('Somali fishermen');
  });

  it('looks past a harm adjective for who was counted', () => {
    expect(figuresOf('Rebels captured two wounded border guards.')[0].actor).toBe('border guards');
  });

  it('ignores objects that are not people', () => {
    expect(summarise('The company executed two new licences last week.')).toEqual([]);
    expect(summarise('Troops seized several strategic heights in the north.')).toEqual([]);
  });
});

// One person named with "a" before the count, the harm verb before them both.
describe('a single person, then the count', () => {
  cases([
    ['The shell killed a farmer and her three daughters near the well.', ['killed 3-3 exact']],
    // One person named with "the" before the count is the verb's object too.
    ['Gunmen kidnapped the district officer and 2 of his guards on Monday.', ['captured 2-2 exact']],
    ['The blast killed the driver and two passengers.', ['killed 2-2 exact']],
    ['Rebels attacked the base and 40 homes.', []],
    ['Bandits abducted a nurse and 14 patients from the clinic.', ['captured 14-14 exact']],
    ['The mortar killed a shepherd and 40 goats.', []],
    ['The flood destroyed a bridge and 40 homes.', []],
  ]);
});

// The rest of the captives named before, set free: captives counted.
describe('the remaining captives released', () => {
  cases([
    ['The kidnappers killed two hostages and released the remaining six on Friday.', ['killed 2-2 exact', 'captured 6-6 exact']],
    ['Of the captives, the rebels freed the other 9 unharmed.', ['captured 9-9 exact']],
    ['The club released the remaining four players.', []],
    ['The ministry released the other 12 names.', []],
  ]);
});

// A verb in quotes still governs the count after it.
describe('a harm verb in quotes', () => {
  cases([
    ["The ministry said its units had 'eliminated' up to 120 fighters.", ['killed ?-120 at_most']],
    ['Rebels said they had "captured" 14 soldiers near the dam.', ['captured 14-14 exact']],
    ["The word 'killed' appeared 40 times in the report.", []],
  ]);
});

describe('lives added to a count', () => {
  cases([
    ['The heatwave claimed 8 more lives on Sunday.', ['killed 8-8 exact']],
    ['The outbreak has claimed another 14 lives in the camps.', ['killed 14-14 exact']],
    ['Mudslides cost a further 6 lives overnight.', ['killed 6-6 exact']],
    // Not a count of lives: more than something else, lives saved, or a loss still to come.
    ['The reforms cost 12 more than planned and saved lives.', []],
    ['The new dam saved 30 more lives this year.', []],
    ['The storm could claim another 20 lives.', []],
  ]);
});

describe('sent to hospital', () => {
  cases([
    ['The crash sent 12 people to hospital.', ['wounded 12-12 exact']],
    ['The gas leak killed two workers and sent 30 others to hospital with breathing problems.', ['killed 2-2 exact', 'wounded 30-30 exact']],
    ['The brawl put three stewards in hospital.', ['wounded 3-3 exact']],
    ['The stand collapse landed 14 fans in the hospital on Saturday.', ['wounded 14-14 exact']],
    ['The heatwave sent hundreds to local hospitals.', ['wounded 200-999 vague']],
    // Staff sent to work there, things sent, a hospital that names something else, a prison.
    ['The ministry sent 40 doctors to hospitals in the north.', []],
    ['The charity sent 3 trucks to the hospital.', []],
    ['He sent 200 letters to hospital managers.', []],
    ['Police put 12 suspects in jail.', []],
    ['The storm could send 50 people to hospital.', []],
  ]);

  it('names no speaker for a verb of putting without "at"', () => {
    expect(figuresOf('The brawl put three stewards in hospital.')[0]?.source ?? null).toBe(null);
    expect(figuresOf('Officials put the toll at 40.')[0]?.source ?? null).toBe('Officials');
  });
});

describe('a possessive between the verb and its count', () => {
  cases([
    ['Gunmen killed the farmer and his two sons in their sleep.', ['killed 2-2 exact']],
    ['Bandits abducted her three daughters from the school.', ['captured 3-3 exact']],
    ['The shelling wounded our 12 colleagues at the clinic.', ['wounded 12-12 exact']],
    ['The gunman shot her 3 times in the leg.', []],
  ]);
});
