import { describe, expect, it } from 'vitest';
import { summarise } from './helpers.js';

// Things a careless extractor turns into casualty figures. None of them is one.
describe('not casualty figures', () => {
  it.each([
    ['The war ended in 1953 after killing began in 1950.'],
    ['Russia invaded almost three years ago.'],
    ['The 1950-53 war killed no ... ahem'],
    ['Out of the estimated 11,'],
    ['A 25-year-old soldier was killed by a sniper.'],
    ['About 11,000 troops were deployed to the front.'],
    ['The army has 30,000 soldiers ready to fight.'],
    ['Three brigades were destroyed in the assault.'],
    ['Some 16,000 people have been left homeless.'],
    ['About 135,000 people were evacuated.'],
    ['Thousands of people marched against the killings.'],
    ['Forces destroyed 45 tanks and killed a commander.'],
    ['The storm damaged 50 to 60 homes and killed a cow.'],
    ['It is the fourth deadliest attack this year.'],
    ['A 5.8 magnitude quake killed nobody we know of... '],
    ['The ransom was $5 million for the kidnapped pilot.'],
    ['Wounded veterans received 40 percent more support.'],
    ['Two women were among the leaders, and the attack killed her husband.'],
    ['The company said it executed 2 contracts with the army.'],
    ['The judge sentenced one man to death for the killings.'],
  ])('%s', (text) => {
    expect(summarise(text).filter((s) => !s.startsWith('killed 0') && !s.startsWith('wounded 0'))).toEqual([]);
  });
});
