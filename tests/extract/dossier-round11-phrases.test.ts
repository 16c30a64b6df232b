// Phrase families fixed in dossier round 11 (tests/cli/dossier-round11.test.ts), each with invented
// positive and negative phrases.
import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.js';

const at = (text: string, quote: string) => figuresOf(text).find((f) => f.quote === quote);
const partOf = (text: string, part: string, whole: string) => {
  const figures = figuresOf(text);
  return figures.find((f) => f.quote === part)?.partOf === figures.find((f) => f.quote === whole)?.start;
};

describe('captives counted as held: in the hands of their captors, the number still held', () => {
  it.each([
    ['A parents\' group said 137 children were still in the hands of the kidnappers.', '137'],
    ['Officials said 12 hostages remain in the hands of the gunmen holding the hotel.', '12'],
    ['The governor\'s office said the number of students still held by the kidnappers had fallen to 93.', '93'],
    ['The army said the number of hostages in captivity stood at 40.', '40'],
  ])('%s', (text, quote) => {
    expect(at(text, quote)?.category).toBe('captured');
  });

  it.each([
    ['Five villages were in the hands of the rebels, and 3 people were killed.', 'Five'],
    ['The number of people held in the stadium rose to 4,000 for the final.', '4,000'],
    ['The number of meetings held by the kidnappers\' negotiators rose to 6.', '6'],
  ])('reads no captives in: %s', (text, quote) => {
    expect(at(text, quote)?.category).not.toBe('captured');
  });
});

describe('the bodies of all N people', () => {
  it.each([
    ['The governor said the bodies of all 12 miners had been recovered.', '12'],
    ['Divers found the bodies of all 5 crew members on Sunday.', '5'],
  ])('%s', (text, quote) => {
    expect(at(text, quote)).toMatchObject({ category: 'killed', kind: 'counted' });
  });

  it('reads no figure in "thanked all of 12 volunteers"', () => {
    expect(figuresOf('He thanked all of 12 volunteers.')).toEqual([]);
  });
});

describe('what raised a running total is a part of it', () => {
  it.each([
    ['The ministry said the death toll stood at 12, up from an earlier figure of 5, after the bodies of the 7 missing miners were found.', '7', '12'],
    ['The authority said the number of monsoon deaths had risen to 104 after 8 more bodies were pulled from the debris.', '8', '104'],
    ['The ministry raised the toll to 281, saying 38 deaths that had been reported late had been added to the count.', '38', '281'],
  ])('%s', (text, part, whole) => {
    expect(partOf(text, part, whole)).toBe(true);
  });

  it('keeps the toll itself uncounted by the bodies that raised it', () => {
    expect(at('The authority said the number of monsoon deaths had risen to 104 after 8 more bodies were pulled from the debris.', '104')?.kind).toBeUndefined();
  });

  it('keeps a toll that was itself counted', () => {
    expect(at('Rescuers said 20 bodies had been added to the morgue\'s list.', '20')?.partOf).toBeUndefined();
  });
});

describe('periods: a bulletin\'s weekly or daily deaths, and the date an outbreak began', () => {
  it.each([
    ['The spokesman said weekly deaths had fallen to 9.', '9', '1 week'],
    ['The daily death toll rose to 31 on Tuesday, officials said.', '31', '24 hours'],
    ['Monthly fatalities reached 60 in the province.', '60', '1 month'],
  ])('%s', (text, quote, period) => {
    expect(at(text, quote)?.scope?.period).toBe(period);
  });

  it.each([
    ['The ministry said 212 people had died of cholera since the outbreak began in March.', '212'],
    ['The agency said 40 people had died since the epidemic started in May.', '40'],
  ])('names no period "in <month>": %s', (text, quote) => {
    expect(at(text, quote)?.scope?.period).toBeUndefined();
  });

  it('keeps a weekly bulletin no period of its own', () => {
    expect(at('The weekly bulletin put the toll at 229.', '229')?.scope?.period).toBeUndefined();
  });
});

describe('places: a place told with "where", a neighbouring state named after "of"', () => {
  it.each([
    ['Most of the deaths were in Lower Sava region, where 131 people had died, the ministry said.', '131', 'in Lower Sava'],
    ['The worst-hit district was Kolo, where 40 people died, officials said.', '40', 'in Kolo'],
    ['A flood in the neighbouring state of Moran killed 6 people on Friday.', '6', 'in the neighbouring state of moran'],
  ])('%s', (text, quote, place) => {
    expect(at(text, quote)?.scope?.place).toBe(place);
  });

  it.each([
    ['It was a day where 12 people died, the ministry said.', '12'],
    ['Earthquakes shook central Tamsia in Doru prefecture, where quakes have killed more than 30 people.', 'more than 30'],
    ['Gunmen attacked a market in Kolo, where dozens of bodies have been found.', 'dozens'],
  ])('names no place of the event\'s own count: %s', (text, quote) => {
    expect(at(text, quote)?.scope?.place).toBeUndefined();
  });
});

describe('a share of a total after a long clause', () => {
  it('reads "312 people had died in floods … since June 1, 96 of them in Kesh state"', () => {
    expect(partOf('The agency said 312 people had died in floods and landslides across the country since June 1, 96 of them in Kesh state.', '96', '312')).toBe(true);
  });
});

describe('days: a count after a month\'s day and "to" is no span of days', () => {
  it('reads "took the state\'s toll since June 1 to 96"', () => {
    expect(at('The rains took the state\'s toll since June 1 to 96, the authority said.', '96')?.category).toBe('killed');
  });

  it('still reads "between March 3 and 9," as days', () => {
    expect(figuresOf('Clashes between March 3 and 9, killed 12 people.').map((f) => f.quote)).toEqual(['12']);
  });
});

describe('a period after a part of a total is the part\'s', () => {
  it.each([
    ['The ministry said 212 people had died, including 14 in the past week.', '212', '14', '1 week'],
    ['Officials said 80 people had been killed, 12 of them in the past 24 hours.', '80', '12', '24 hours'],
  ])('%s', (text, whole, part, period) => {
    expect(at(text, whole)?.scope?.period).toBeUndefined();
    expect(at(text, part)?.scope?.period).toBe(period);
  });

  it('nor another part set off before it', () => {
    const text = 'The ministry raised the toll to 281, saying 38 deaths from April had been added to the count, along with 14 new deaths in the past week.';
    expect(at(text, '38')?.scope?.period).toBeUndefined();
    expect(at(text, '14')?.scope?.period).toBe('1 week');
    expect(at('Officials said 40 people died, including 9 children and 4 women in the past day.', '9')?.scope?.period).toBe('24 hours');
  });

  it.each([
    ['In the past 24 hours, 23 people died, including 4 children.', '23', '24 hours'],
    ['The ministry says 31,000 people, including 12,500 soldiers, have been killed since 2019.', '31,000', 'since 2019'],
  ])('keeps the total\'s own period the total\'s: %s', (text, quote, period) => {
    expect(at(text, quote)?.scope?.period).toBe(period);
  });
});
