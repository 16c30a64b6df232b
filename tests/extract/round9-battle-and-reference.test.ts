// Round 9, reference works and battle reports: idioms of dying in battle ("put to the sword", "paid
// the supreme price"), fighters who "fell", estimates of the dead ("estimated the dead at"), losses
// of sides named without a demonym ending ("Soviet losses"), a comparison before ", at N", a unit's
// strength after "among its" (a whole, not a figure) and a second noun with words describing it.
import { describe, expect, it } from 'vitest';
import { cases, figuresOf } from './helpers.js';

describe('idioms of dying in battle', () => {
  cases([
    ['Some 1,200 prisoners were put to the sword after the town fell.', ['killed 1200-1200 approx']],
    ['The garrison of about 900 was put to the sword.', ['killed 900-900 approx']],
    ['The besiegers put 300 defenders to the sword.', ['killed 300-300 exact']],
    ['Four policemen paid the supreme price during the raid.', ['killed 4-4 exact']],
    ['Two pilots paid the ultimate price in the crash.', ['killed 2-2 exact']],
    ['Three sergeants made the supreme sacrifice defending the post.', ['killed 3-3 exact']],
  ]);
});

describe('not idioms of dying', () => {
  cases([
    ['The 40 knights took to the sword at dawn.', []],
    ['They put 12 guards in charge of the sword collection.', []],
    ['Buyers paid the supreme price of 40,000 dollars for the painting.', []],
  ]);
});

describe('fighters who fell', () => {
  cases([
    ['In all, 40 officers and 900 men fell on the first day.', ['killed 40-40 exact', 'killed 900-900 exact']],
    ['About 350 defenders fell in the final assault.', ['killed 350-350 approx']],
    ['Twelve soldiers fell at the bridge.', ['killed 12-12 exact']],
  ]);
});

describe('falling that kills no one', () => {
  cases([
    ['Two soldiers fell from the truck on the way to the base.', []],
    ['Three officers fell ill after the banquet.', []],
    ['The 500 troops fell back to the river.', []],
    ['Shares of 12 companies fell on Monday.', []],
    ['Four climbers fell into a crevasse but were rescued.', []],
  ]);
});

describe('estimates of the dead and of losses', () => {
  cases([
    ['Consular reports estimated the dead at 2,000 to 3,000.', ['killed 2000-3000 range']],
    ['Missionaries estimated the deaths at about 450.', ['killed 450-450 approx']],
    ['Soviet losses are estimated at 8,200.', ['casualties 8200-8200 approx']],
    ['Confederate losses were 1,900.', ['casualties 1900-1900 exact']],
    ['Union casualties were heavier, at 1,200.', ['casualties 1200-1200 exact']],
    ["The defenders' casualties were far lighter, at an estimated 200–250.", ['casualties 200-250 range']],
  ]);
});

describe('estimates that count no one', () => {
  cases([
    ['Analysts estimated the losses at 12,000 dlrs.', []],
    ['The firm estimated the cost at 5,000.', []],
    ['Deaths were reported in the town, at 12 sites.', []],
  ]);
});

describe("a unit's strength after \"among its\" is a whole", () => {
  cases([
    ['The regiment suffered 600 casualties among its 2,100 men, including 30 officers killed.', ['casualties 600-600 exact', 'killed 30-30 exact']],
    ['Among its 40 dead were 12 children.', ['killed 40-40 exact']],
    ['Among their 300 hostages, 12 were killed.', ['captured 300-300 exact', 'killed 12-12 exact']],
  ]);
});

describe('a second noun described before its predicate', () => {
  it.each([
    ['Some 5,000 Hutu and moderate Tutsi were killed.', 'Hutu and moderate Tutsi'],
    ['Twelve soldiers and allied militiamen were killed.', 'soldiers and allied militiamen'],
    ['Five soldiers and two civilians were killed.', 'soldiers'],
  ])('%s -> %s', (text, actor) => {
    expect(figuresOf(text)[0]?.actor).toBe(actor);
  });
});

describe('the dead buried by mourners', () => {
  cases([
    ['"We buried 23 people yesterday," a survivor said.', ['killed 23-23 exact']],
    ['Villagers have buried 40 bodies in a mass grave.', ['killed 40-40 exact']],
    ['Relatives buried 7 victims on Sunday.', ['killed 7-7 exact']],
  ]);
});

describe('burying that counts no dead', () => {
  cases([
    ['The landslide buried 30 people in the village.', []],
    ['They buried 12 cows after the flood.', []],
    ['Rescuers are searching for 16 people buried under the debris.', ['missing 16-16 exact']],
  ]);
});

describe('a figure restated by a copula, and losses a clause gave its army', () => {
  cases([
    ["Consuls estimated the dead at 3,000; the Patriarchate's own figure, published in 1896, was 4,750.", ['killed 3000-3000 exact', 'killed 4750-4750 exact']],
    ["Some 9,000 perished, although the local soviet's tally, which included deaths from typhus, was 12,300.", ['killed 9000-9000 approx', 'killed 12300-12300 exact']],
    ['The army lost 40 soldiers on Monday, bringing its total losses since May to 900.', ['killed 40-40 exact', 'casualties 900-900 exact']],
  ]);
});

describe('restated figures and losses of no one', () => {
  cases([
    ["Sales rose to 400 units; the company's figure for March was 380.", []],
    ['The company cut 400 jobs, bringing its total losses to 12,000.', []],
    ["Twelve people died; the village's population is 3,000.", ['killed 12-12 exact']],
  ]);
});
