import { describe, expect, it } from 'vitest';
import { cases, figuresOf, summarise } from './helpers.js';

describe('coordination and ellipsis', () => {
  it.each([
    ['The shelling killed 20 soldiers and three medics.', ['killed 20-20 exact', 'killed 3-3 exact']],
    ['Officials said 300 were killed and another 2,700 injured.', ['killed 300-300 exact', 'wounded 2700-2700 exact']],
    ['The strike killed 12, including 4 children.', ['killed 12-12 exact', 'killed 4-4 exact']],
    ['A blast killing five and wounding 20 hit the market.', ['killed 5-5 exact', 'wounded 20-20 exact']],
    ['Two men and three women were killed.', ['killed 2-2 exact', 'killed 3-3 exact']],
    ['Fire killed 8 people, wounded more than 40, and destroyed 50 to 60 homes.', ['killed 8-8 exact', 'wounded 40-? at_least']],
    ['About 5,000 people were evacuated and 12 were killed.', ['killed 12-12 exact']],
    ['Officials put the number of injured at 90; 15 of them are in critical condition.', ['wounded 90-90 exact', 'wounded 15-15 exact']],
    ['The ministry reported 120 new deaths, bringing the total to 5,400.', ['killed 120-120 exact', 'killed 5400-5400 exact']],
    // A share named after the clause that counts the whole: ", including N ...".
    ['Twelve people are missing, including 4 from the village.', ['missing 12-12 exact', 'missing 4-4 exact']],
    ['Dozens were hurt, including three aid workers.', ['wounded 24-99 vague', 'wounded 3-3 exact']],
    ['Hundreds, though, remain missing, including 46 in the harbour town.', ['missing 200-999 vague', 'missing 46-46 exact']],
    ['The 10 - six miners, two drivers and two cooks - were kidnapped.', ['captured 10-10 exact', 'captured 6-6 exact', 'captured 2-2 exact', 'captured 2-2 exact']],
    // A tally of enemy losses lists arms beside the dead: only the people are killed.
    ['Gunners destroyed 40 soldiers, four howitzers and an ammunition depot.', ['killed 40-40 exact']],
    ['The brigade eliminated 85 occupiers and six dozen pieces of equipment.', ['killed 85-85 exact']],
    ['Paratroopers killed 30 attackers, destroyed three rocket launchers and two armoured personnel carriers.', ['killed 30-30 exact']],
    // Not across a new clause, and not onto a count of another kind of thing.
    ['Twelve people were killed, but 40 residents, including 4 children, escaped.', ['killed 12-12 exact']],
    ['Twelve people died and the army sent 300 troops, including 40 medics.', ['killed 12-12 exact']],
  ])('%s', (text, expected) => {
    expect(summarise(text)).toEqual(expected);
  });

  it('carries who was counted into the elliptical conjunct', () => {
    const figures = figuresOf('About 300 North Korean soldiers were killed and another 2,700 injured.');
    expect(figures.map((f) => f.actor)).toEqual(['North Korean soldiers', 'North Korean soldiers']);
  });

  it('carries who was counted to a second verb with a bare number', () => {
    expect(figuresOf('Guerrillas ambushed a patrol, killing 17 soldiers and wounding 28.').map((f) => f.actor)).toEqual(['soldiers', 'soldiers']);
  });

  it('does not carry the people who are the subject to the ones their act counts', () => {
    expect(figuresOf('Two suicide bombers blew themselves up at a police post, killing 12.').map((f) => f.actor)).toEqual(['suicide bombers', 'people']);
    expect(figuresOf('Three soldiers were killed in the ambush, and the rebels lost 40 fighters.').map((f) => f.actor)).toEqual(['soldiers', 'fighters']);
  });

  it('uses "others" when the text says so', () => {
    expect(figuresOf('The attack killed 90 people and wounded 230 others.')[1].actor).toBe('others');
  });
});

// The whole a count is part of, and a count with a nominal of its own, borrow no harm from a neighbour.
describe('wholes and nominals of their own', () => {
  cases([
    ['Of the 3,100 people aboard the convoy, more than 700 died.', ['killed 700-? at_least']],
    ['Of the 60 miners, 14 were killed.', ['killed 14-14 exact']],
    ['Among the 300 pilgrims, 45 were injured.', ['wounded 45-45 exact']],
    // Round 15: the 12 are a part of the 30 killed, read as "Of the dead, 9 were children" is (among-the-harmed), not borrowed by coordination.
    ['Of the 30 killed, 12 were children.', ['killed 30-30 exact', 'killed 12-12 exact']],
    ['Three guards and two drivers were abducted.', ['captured 3-3 exact', 'captured 2-2 exact']],
    ['Monitors recorded the killing of 40 and the recruitment of 95 boys.', ['killed 40-40 exact']],
    ['The report lists the abduction of 12 and the detention of 300 activists.', ['captured 12-12 exact']],
    ['The raids caused the deaths of 12 soldiers and of 3 civilians.', ['killed 12-12 exact', 'killed 3-3 exact']],
    ['Monitors recorded the killing of 21 villagers and the injury of more than 290 others.', ['killed 21-21 exact', 'wounded 290-? at_least']],
  ]);
});

// A year between a figure and its breakdown is no count; a figure restated after a count noun takes its harm.
describe('breakdowns past a year, figures restated', () => {
  cases([
    ['Unexploded shells killed or maimed 61 people in 2021, among them 23 children.', ['casualties 61-61 exact', 'casualties 23-23 exact']],
    ['Floods killed 140 people in 2019, including 31 children.', ['killed 140-140 exact', 'killed 31-31 exact']],
    ['The raid left some 200 dead, though a monitor gives a figure as high as 650.', ['killed 200-200 approx', 'killed ?-650 at_most']],
    ['About 70 villagers died; the bishop gave a toll of 95.', ['killed 70-70 approx', 'killed 95-95 exact']],
    ['Floods killed 140 people in 2019, and 2020 was calmer.', ['killed 140-140 exact']],
    ['The army lost 30 men; its budget figure was 12 percent higher.', ['killed 30-30 exact']],
  ]);
});

describe('joiners of more than one word', () => {
  cases([
    ['The car bomb killed 10 people in addition to the 5 attackers.', ['killed 10-10 exact', 'killed 5-5 exact']],
    ['The raid killed 12 civilians as well as 3 police officers.', ['killed 12-12 exact', 'killed 3-3 exact']],
    ['Gunmen abducted 4 nurses besides 2 drivers.', ['captured 4-4 exact', 'captured 2-2 exact']],
    // What is joined is no people, or has a verb of its own.
    ['The blast killed 10 people in addition to destroying 5 houses.', ['killed 10-10 exact']],
    ['The storm killed 10 people as well as 40 goats.', ['killed 10-10 exact']],
    ['The strike killed 3 fighters in addition to 20 tonnes of ammunition.', ['killed 3-3 exact']],
  ]);
});

describe('a count restated by a copula after "number", "count" or "total" takes the figure before', () => {
  cases([
    ['Officials have confirmed 11 deaths, though locals say the real number is closer to 30.', ['killed 11-11 exact', 'killed 30-30 approx']],
    ['Four soldiers were killed on Monday; the total is 6 this week.', ['killed 4-4 exact', 'killed 6-6 exact']],
    ['Police said 3 people were hurt; the number of arrests was 40.', ['wounded 3-3 exact']],
    ['Twelve people died in the fire and the number of homes destroyed is 30.', ['killed 12-12 exact']],
  ]);
});
