import { describe, expect, it } from 'vitest';
import { cases, figuresOf } from './helpers.js';

// The harmed named first, then a copula or "include" and the count: the count takes their harm.
describe('among the harmed', () => {
  cases([
    ['Among the dead were 6 nurses and a doctor.', ['killed 6-6 exact']],
    ['Among those wounded were 14 schoolchildren, 3 teachers and one driver.', ['wounded 14-14 exact', 'wounded 3-3 exact', 'wounded 1-1 exact']],
    ['The dead included 9 soldiers and 2 interpreters.', ['killed 9-9 exact', 'killed 2-2 exact']],
    ['Those killed in the ambush near the ford include two reporters.', ['killed 2-2 exact']],
    ['Among those abducted was one priest.', ['captured 1-1 exact']],
    ['Those hurt were 12 fans of the visiting side.', ['wounded 12-12 exact']],
    ['The dead man was 45.', []],
    ['Among the guests were 40 diplomats.', []],
    ['The dead included 3 horses and a mule.', []],
    ['Those killed could include 20 children, officials feared.', []],
    // "Of the dead, N were X": the harmed opening the clause, the people after the copula.
    ['Of the dead, 9 were children.', ['killed 9-9 exact']],
    ['Of those injured in the stampede, 14 were pilgrims from the north.', ['wounded 14-14 exact']],
    ['Of the guests, 40 were diplomats.', []],
  ]);

  it('names the people after the copula', () => {
    expect(figuresOf('Of those killed in the raid, 8 were civilians.').map((f) => f.actor)).toEqual(['civilians']);
  });
});

// "8 of those killed were civilians": who was counted is named after the copula.
describe('a partitive of the harmed, then who they were', () => {
  it.each([
    ['Residents said 8 of those killed in the raid were civilians.', 'civilians'],
    ['At least 12 of the dead were children, the agency said.', 'children'],
    ['Twelve of the dead were buried on Sunday.', 'people'],
    ['Four of the injured were in critical condition.', 'people'],
  ])('%s -> %s', (text, actor) => {
    expect(figuresOf(text)[0]?.actor ?? 'people').toBe(actor);
  });
});

describe('some of a count of the harmed, after "among", share its harm', () => {
  cases([
    ['Two toddlers were among four people who died in the house fire.', ['killed 2-2 exact', 'killed 4-4 exact']],
    ['Five foreign tourists were among 40 people killed in the attack.', ['killed 5-5 exact', 'killed 40-40 exact']],
    ['Three Britons are among the 20 dead, the Foreign Office said.', ['killed 3-3 exact', 'killed 20-20 exact']],
    ['Two nurses were among dozens of people injured in the blast.', ['wounded 2-2 exact', 'wounded 24-99 vague']],
  ]);
});

describe('some of a count of people unharmed take no harm', () => {
  cases([
    ['Two Americans were among the 300 passengers on the flight.', []],
    ['Four of the suspects were among 12 people arrested on Monday.', []],
  ]);
});
