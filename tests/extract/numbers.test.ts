import { describe, expect, it } from 'vitest';
import { findNumberMentions } from '../../src/extract/numbers.js';
import { tokenize } from '../../src/extract/tokens.js';
import { cases } from './helpers.js';

function mentions(text: string) {
  const tokens = tokenize(text);
  return findNumberMentions(tokens).map((m) => ({
    text: text.slice(tokens[m.start].start, tokens[m.last].end), low: m.low, high: m.high, qualifier: m.qualifier,
  }));
}

describe('number forms', () => {
  it.each([
    ['The blast killed 1,250 people.', 1250],
    ['Officials counted 40,005 dead.', 40005],
    ['A toll of 1.5 million was cited.', 1_500_000],
    ['They reported 11k casualties.', 11_000],
    ['Reports put the figure at 3 mln.', 3_000_000],
    ['twenty-five people died', 25],
    ['eleven thousand soldiers were lost', 11_000],
    ['one hundred and twenty were hurt', 120],
    ['six million people perished', 6_000_000],
    ['two dozen were hurt', 24],
    ['a hundred were missing', 100],
    ['1.234.567 people were counted', 1_234_567],
    ['10 000 people were affected', 10_000],
    // Spoken-style scales hyphenated to the number, and "another" standing for one before a scale.
    ['27-hundred were wounded', 2_700],
    ['three-thousand troops were lost', 3_000],
    ['twenty-five-hundred people died', 2_500],
    ['Two-thousand people were killed', 2_000],
    ['another thousand were wounded', 1_000],
  ])('%s -> %d', (text, value) => {
    expect(mentions(text)[0]).toMatchObject({ low: value, high: value, qualifier: 'exact' });
  });
});

describe('qualifiers', () => {
  it.each([
    ['about 300 died', 'approx', 300, 300],
    ['approximately 300 died', 'approx', 300, 300],
    ['some 30 were hurt', 'approx', 30, 30],
    ['an estimated 900 died', 'approx', 900, 900],
    ['nearly 500 deaths', 'approx', 500, 500],
    ['almost 100 people', 'approx', 100, 100],
    ['at least 34 people', 'at_least', 34, null],
    ['more than 1,800 people', 'at_least', 1800, null],
    ['over 120 were injured', 'at_least', 120, null],
    ['no fewer than 40 died', 'at_least', 40, null],
    ['the toll tops 1,000', 'at_least', 1000, null],
    ['up to 300 people', 'at_most', null, 300],
    ['upto 27 people', 'at_most', null, 27],
    ['as many as 60 died', 'at_most', null, 60],
    ['as high as 15', 'at_most', null, 15],
    ['fewer than 10 were hurt', 'at_most', null, 10],
    ['we know about 5 wounded', 'exact', 5, 5],
    // "over" as the particle of "hand over", "turn over": the count is as stated.
    ['the rebels handed over 3 bodies', 'exact', 3, 3],
    ['militiamen hand over 14 prisoners of war', 'exact', 14, 14],
    ['the patrol turned over 12 detained men', 'exact', 12, 12],
    ['gunmen took over 20 hostages', 'at_least', 20, null],
    // The qualifier of a count that adds to an earlier one stands before "another" / "a further".
    ['at least another 20 dead', 'at_least', 20, null],
    ['up to a further 30 were hurt', 'at_most', null, 30],
    ['more than an additional 400 people', 'at_least', 400, null],
    ['up to a total of 1,000 people', 'at_most', null, 1000],
    ['the agency says that least 300 people died', 'at_least', 300, null],
    ['a total of 300 people', 'exact', 300, 300],
  ])('%s -> %s', (text, qualifier, low, high) => {
    expect(mentions(text)[0]).toMatchObject({ qualifier, low, high });
  });
});

describe('ranges', () => {
  it.each([
    ['between 100 and 300 died', 100, 300],
    ['100 to 300 people', 100, 300],
    ['50-75 children', 50, 75],
    ['from 300 to 500 were killed', 300, 500],
    ['Between 1.1 and 1.5 million people', 1_100_000, 1_500_000],
    // A whole low end shares the scale too, unless the shared reading passes the high end.
    ['between 1 and 2 million died', 1_000_000, 2_000_000],
    ['from 3 to 5 thousand people', 3_000, 5_000],
    ['between 500 and 1 million died', 500, 1_000_000],
    ['dozens', 24, 99],
  ])('%s -> %d..%d', (text, low, high) => {
    expect(mentions(text)[0]).toMatchObject({ low, high });
  });

  // An approximation before a range belongs to its span, so the verb before it still governs it.
  describe('approximate ranges in a sentence', () => {
    cases([
      ['The earthquake killed an estimated 8,000–10,000 people[2] and left thousands homeless.', ['killed 8000-10000 range']],
      ['The typhoon killed some 1,200 to 1,500 islanders.', ['killed 1200-1500 range']],
      ['The raids left about 40-60 people dead.', ['killed 40-60 range']],
      ['Troops were deployed for an estimated 8-10 weeks after 3 soldiers died.', ['killed 3-3 exact']],
      ['The fund raised some 300 to 400 dollars for the victims.', []],
      // Reference works mark an estimate after the number.
      ['Killed: 2,750 (est.)', ['killed 2750-2750 approx']],
      ['The siege killed 1,200 (approx.) defenders.', ['killed 1200-1200 approx']],
      ['Killed: 2,750 (est. 1921)', ['killed 2750-2750 exact']],
    ]);
  });

  it('reads vague quantities per the guideline table', () => {
    expect(mentions('hundreds of students')[0]).toMatchObject({ low: 200, high: 999, qualifier: 'vague' });
    expect(mentions('tens of thousands of people')[0]).toMatchObject({ low: 20_000, high: 99_999, qualifier: 'vague' });
    expect(mentions('several hundred people')[0]).toMatchObject({ low: 300, high: 900, qualifier: 'vague' });
    expect(mentions('a few residents')[0]).toMatchObject({ low: 2, high: 5, qualifier: 'vague' });
    expect(mentions('a dozen guards')[0]).toMatchObject({ low: 12, high: 12, qualifier: 'exact' });
  });
});

describe('hyphenated words that are not counts', () => {
  it.each([
    'a three-thousand-year-old tomb', 'the 1,000-strong unit', 'a twenty-five-year-old man', 'a 3-hundredths margin', 'three-dozen eggs',
  ])('%s gives no number', (text) => {
    expect(mentions(text)).toEqual([]);
  });
});

describe('numbers that are not counts', () => {
  it.each([
    ['the 1950-53 war'],
    ['in December 2024'],
    ['on Sept. 17 officials met'],
    ['on 17 October 2000'],
    ['a 25-year-old man'],
    ['at 12:10 am'],
    ['at 0200 gmt'],
    ['up 12.5% on the year'],
    ['about 60 percent of buildings'],
    ['a $5 million ransom'],
    ['cost 950 mln dlrs'],
    ['150-mph winds'],
    ['about 50 km offshore'],
    ['measuring 6.5 on the scale'],
    ['the 3rd day'],
    ['as cited [8] in the article'],
    ['Flight 370 vanished'],
  ])('%s has no mention', (text) => {
    expect(mentions(text)).toEqual([]);
  });

  it('drops the whole that a part is taken from', () => {
    expect(mentions('32 of the 543 passengers').map((m) => m.low)).toEqual([32]);
    expect(mentions('one of two crewmen').map((m) => m.low)).toEqual([1]);
  });

  it('flags absurd magnitudes instead of giving them a value', () => {
    expect(mentions('killed 99999999999999 people')).toEqual([{ text: '99999999999999', low: null, high: null, qualifier: 'exact' }]);
    const tokens = tokenize('killed 99999999999999 people');
    expect(findNumberMentions(tokens)[0].absurd).toBe(true);
  });
});
