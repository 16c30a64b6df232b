// Estimates stated by their verb or their hedge, as reference works write them: "the toll is thought
// to have been several hundred", "was estimated at 3,000", "is estimated to have killed 5.5 million",
// "in the region of 400", "closer to 1,200".
import { describe, expect, it } from 'vitest';
import { cases, figuresOf } from './helpers.js';

describe('a toll linked to its number by "been"', () => {
  cases([
    ['The true toll is thought to have been several hundred.', ['killed 300-900 vague']],
    ['The official death toll has been 112 since the first week of the outbreak.', ['killed 112-112 exact']],
    ['The number of dead is believed to have been about 4,000.', ['killed 4000-4000 approx']],
  ]);
});

describe('a toll "been" does not link to other numbers', () => {
  cases([
    ['The toll has been rising for 3 days.', []],
    ['The death toll has been a matter of dispute since 1998.', []],
  ]);
});

describe('"estimated" as a verb states an estimate: approx', () => {
  cases([
    ['The death toll was estimated at 3,000.', ['killed 3000-3000 approx']],
    ['The famine is estimated to have killed 5.5 million people in the province.', ['killed 5500000-5500000 approx']],
    ['The blockade is estimated to have caused 760,000 deaths.', ['killed 760000-760000 approx']],
    ['The toll is estimated to be 300.', ['killed 300-300 approx']],
    ['The toll was estimated to have been 1,450.', ['killed 1450-1450 approx']],
  ]);
});

describe('an estimate verb keeps a stronger qualifier, and is no estimate of other things', () => {
  cases([
    ['The death toll was estimated at more than 3,000.', ['killed 3000-? at_least']],
    ['The earthquake is estimated to have killed between 300 and 500 people.', ['killed 300-500 range']],
    ['Losses to farmers were estimated at 300 million dollars after the floods killed 12 people.', ['killed 12-12 exact']],
    ['The storm killed 40 people, an estimate that rose to 52 at dawn.', ['killed 40-40 exact', 'killed 52-52 exact']],
  ]);
});

describe('British and reference-work hedges: approx', () => {
  cases([
    ['The storm killed in the region of 400 people across the delta.', ['killed 400-400 approx']],
    ['Later historians have put the figure closer to 1,200 dead.', ['killed 1200-1200 approx']],
    ['Fighting killed of the order of 10,000 soldiers on each side.', ['killed 10000-10000 approx']],
  ]);
});

describe('the hedges outside a count', () => {
  cases([
    ['Five soldiers were killed in the region of Donetsk.', ['killed 5-5 exact']],
    ['The march drew closer to 2,000 supporters than organisers had hoped.', []],
  ]);
});

describe('a hedge that opens with a preposition opens no reported clause', () => {
  it('"accused of plotting the bombings that killed 34": the accused are no source', () => {
    const figures = figuresOf('Eight Egyptians have been arrested and accused of plotting the car bombings that killed at least 34 people.');
    expect(figures.map((f) => [f.category, f.low, f.source])).toEqual([['killed', 34, null]]);
  });
});
