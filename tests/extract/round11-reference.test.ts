// Round 11, reference works on disasters, famines and attacks: "exceeded", "surpassed" as
// qualifiers that link a toll to its number, "may have exceeded" (a guess about the past, not a
// forecast), fractions of a million, and "X estimates range" (a noun, not a speaker).
import { describe, expect, it } from 'vitest';
import { cases, figuresOf } from './helpers.js';

describe('a toll that exceeded its number', () => {
  cases([
    ['The death toll has surpassed 200, officials said.', ['killed 200-? at_least']],
    ['Deaths surpassed 1,000 on Monday.', ['killed 1000-? at_least']],
    ['The toll exceeded 5,000 within a week.', ['killed 5000-? at_least']],
    ['Later research suggests the toll may have exceeded 5,000.', ['killed 5000-? at_least']],
    ['Fatalities from the cyclone might have topped 300.', ['killed 300-? at_least']],
  ]);
});

describe('exceeding that counts no one', () => {
  cases([
    ['Exports exceeded 5,000 tonnes in May.', []],
    ['The toll could reach 500 if the rains continue.', []],
    ['The death toll could have been 300 had the dam failed.', []],
    ['Losses surpassed 40 million dollars.', []],
  ]);
});

describe('fractions of a million', () => {
  cases([
    ['The famine killed half a million people.', ['killed 500000-500000 exact']],
    ['The war killed a quarter of a million people.', ['killed 250000-250000 exact']],
    ['Some half million people died in the epidemic.', ['killed 500000-500000 approx']],
    ['An estimated quarter million civilians were killed.', ['killed 250000-250000 approx']],
  ]);
});

describe('fractions that are no count of people', () => {
  cases([
    ['Half the men were killed.', []],
    ['The fund raised half a million dollars for the families of the dead.', []],
    ['A quarter of the 40 dead were children.', ['killed 40-40 exact']],
  ]);
});

describe('estimates that range are no speaker', () => {
  it.each([
    ['Mortality estimates range from 60,000 to 110,000 deaths.', null],
    ['Casualty estimates vary from 300 to 500 dead.', null],
    ['Local reports say 12 people were killed.', 'Local reports'],
    ['Israel reports 12 soldiers killed.', 'Israel'],
  ])('%s -> %s', (text, source) => {
    expect(figuresOf(text)[0]?.source ?? null).toBe(source);
  });
});

describe('the words that name the counted in quotes', () => {
  cases([
    ["The 1979 inquiry acknowledged 310,000 'abnormal deaths'.", ['killed 310000-310000 exact']],
    ['The army said it killed 40 "terrorists" in the raid.', ['killed 40-40 exact']],
    ["He scored 12 'goals' and was injured.", []],
  ]);
});
