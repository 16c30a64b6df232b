import { describe, expect, it } from 'vitest';
import { figuresOf, summarise } from './helpers.js';

describe('harm noun + of', () => {
  it.each([
    ['Crowds mourned the deaths of 17 miners.', ['killed 17-17 exact']],
    // People whose fate or whereabouts is not known are missing; a known location is nothing.
    ['The location of 137 students is still unknown, the pastor said.', ['missing 137-137 exact']],
    ['The fate of 40 sailors aboard the ferry remains unclear.', ['missing 40-40 exact']],
    ['The location of 12 polling stations was announced on Monday.', []],
    ['The fate of 3 bills is unclear in the senate.', []],
    // A headline drops the copula: the people stop before the predicate.
    ['Refugees: Fate of Hundreds Unknown', ['missing 200-999 vague']],
    ['Fate of 40 Miners Unclear After Shaft Floods', ['missing 40-40 exact']],
    ['Fate of 3 Bills Unclear', []],
    ['The fate of 40 sailors who worked for an unknown company was sealed.', []],
    ['The killing of three monks shocked the region.', ['killed 3-3 exact']],
    // People the text already knows are counted all the same.
    ['The suit blamed the contractor for the deaths of the seven crew members.', ['killed 7-7 exact']],
    ['The killing of the 43 students in 2014 remains unsolved.', ['killed 43-43 exact']],
    ['The loss of the 300 jobs hit the town.', []],
    ['The deaths of the 1990s were counted twice.', []],
    ['The history of the 12 tribes was retold.', []],
    // Humanitarian reports pair killing and maiming: maiming is wounding.
    ['Monitors confirmed the killing of 9 boys and the maiming of 17 others.', ['killed 9-9 exact', 'wounded 17-17 exact']],
    ['The maimings of 4 girls by landmines were recorded in March.', ['wounded 4-4 exact']],
    ['A group claimed the abduction of over 100 schoolgirls.', ['captured 100-? at_least']],
    ['The kidnappers of two engineers demanded a ransom.', ['captured 2-2 exact']],
    ['They grieved the deaths of 12 hostages held since spring.', ['killed 12-12 exact']],
    ['The floods claimed the lives of 30 people.', ['killed 30-30 exact']],
    ['The clinic saved the lives of 30 children.', []],
    ['The liner sank with a loss of 1,500 lives.', ['killed 1500-1500 exact']],
    ['The firm ended the year with a loss of 3 mln dlrs.', []],
    ['A loss of 30 jobs was announced at the plant.', []],
  ])('%s', (text, expected) => {
    expect(summarise(text)).toEqual(expected);
  });

  it('keeps who was counted', () => {
    expect(figuresOf('Crowds mourned the deaths of 17 coal miners.')[0].actor).toBe('coal miners');
  });
});
