// Round 12 phrase families of breakdowns, revisions and numbers, from committee evidence, inquiry
// reports, health statistics and military briefings: "Of these, N were X" after the figure's sentence,
// "Of those who died, N were X", "of which N were" after deaths, "including a woman and her three
// children", an increment's sign after "including", "dozens of other" people, a toll "revised from" an
// earlier one, "1,100-plus", and "one of" a count (the count is the figure) or "every one of them" (none).
import { describe } from 'vitest';
import { cases } from './helpers.js';

describe('round 12: parts of a figure counted after it', () => {
  cases([
    ['The crush killed 90 people. Of these, 40 were pilgrims and 12 were guides.', ['killed 90-90 exact', 'killed 40-40 exact', 'killed 12-12 exact']],
    ['Rebels abducted 60 villagers. Of them, 25 were girls.', ['captured 60-60 exact', 'captured 25-25 exact']],
    ['The blaze killed 30 residents. Of those who died, 11 were firefighters.', ['killed 30-30 exact', 'killed 11-11 exact']],
    ['Of those who were injured, 4 were police officers.', ['wounded 4-4 exact']],
    ['The flu caused 3,000 deaths last winter, of which 1,200 were in care homes.', ['killed 3000-3000 exact', 'killed 1200-1200 exact']],
    ['The toll climbed to 21, including a mother and her four daughters.', ['killed 21-21 exact', 'killed 4-4 exact']],
    ['Gunmen killed nine villagers, including a man and his two sons.', ['killed 9-9 exact', 'killed 2-2 exact']],
    ['Total enemy losses stand at 310,000 troops, including +950 in the last 24 hours.', ['casualties 310000-310000 exact', 'casualties 950-950 exact']],
    ['Dozens of other passengers were treated for minor injuries.', ['wounded 24-99 vague']],
    // Negatives: no figure before; parts that are places or things; no harm.
    ['Of these, 40 were women.', []],
    ['Twelve soldiers died. Of these, 3 were in Kabul.', ['killed 12-12 exact']],
    ['The quake destroyed 400 houses and killed 12 people. Of these, 40 were schools.', ['killed 12-12 exact']],
    ['Police reported 40 attacks, of which 12 were bombings.', []],
    ['Of those who attended, 40 were women.', []],
    ['The flood destroyed 40 homes, including a school and its two annexes.', []],
    ['Hundreds of other buildings were damaged.', []],
  ]);
});

describe('round 12: revisions and numbers', () => {
  cases([
    ['The toll rose to 31, revised from 28 announced earlier.', ['killed 31-31 exact', 'killed 28-28 exact']],
    ['The toll was put at 40, corrected from the 45 given on Monday.', ['killed 40-40 exact', 'killed 45-45 exact']],
    ['The number of injured was put at 450-plus.', ['wounded 450-? at_least']],
    ['300-plus people were injured.', ['wounded 300-? at_least']],
    ['He was one of three miners killed in the blast.', ['killed 3-3 exact']],
    ['She was one of 12 passengers injured when the bus overturned.', ['wounded 12-12 exact']],
    ['One of two crewmen was killed.', ['killed 1-1 exact']],
    ['Police said 14 were killed, every one of them a civilian.', ['killed 14-14 exact']],
    // The one killed is still the figure after a harm verb; the whole after it is none.
    ['The blast killed one of two crewmen.', ['killed 1-1 exact']],
    ['32 of the 543 passengers died.', ['killed 32-32 exact']],
    // Negatives.
    ['Sales were 40, revised from 45.', []],
    ['A 300-plus crowd gathered peacefully.', []],
    ['A 25-year-old was arrested.', []],
  ]);
});
