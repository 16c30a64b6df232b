// Phrase families fixed in dossier round 7 (tests/cli/dossier-round7.test.ts), each with invented
// positive and negative phrases.
import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.js';

const at = (text: string, quote: string) => figuresOf(text).find((f) => f.quote === quote);
const quotes = (text: string) => figuresOf(text).map((f) => f.quote);

describe('scope: an invasion is its war\'s start, however it is dated', () => {
  it.each([
    ['The health ministry said 9,400 civilians had been killed since the invasion.', '9,400'],
    ['The civilian death toll since the Tarsian invasion began in March 2023 has risen to 8,100, officials said.', '8,100'],
    ['Officials said 2,300 soldiers had died since the full-scale invasion began.', '2,300'],
    ['The army said 600 fighters had been killed since the start of the invasion.', '600'],
    ['Since the invasion of the north, 1,200 people have been killed, the monitor said.', '1,200'],
  ])('%s', (text, quote) => {
    expect(at(text, quote)?.scope?.period).toBe('since the start of the invasion');
  });

  it('keeps a dated invasion a year, and an invasion of no period none', () => {
    expect(at('The ministry said 9,000 civilians had been killed since the 2003 invasion.', '9,000')?.scope?.period).toBe('since 2003');
    expect(at('Police said 14 people were killed in the invasion of the compound.', '14')?.scope).toBeUndefined();
  });

  it('reads "since" after a superlative as a comparison, no period of the toll', () => {
    expect(at('The bombing killed 40 people, the deadliest attack since the invasion.', '40')?.scope).toBeUndefined();
    expect(at('The blast killed 40, the worst since 2003.', '40')?.scope).toBeUndefined();
    expect(at('Floods killed 12, the heaviest toll in the region since the war began.', '12')?.scope).toBeUndefined();
    // A past year's incident after it stays that year's, and a running total keeps its period.
    expect(at('Cholera has killed 63, making it the deadliest outbreak since 2017, when it killed 280.', '280')?.scope?.period).toBe('in 2017');
    expect(at('At least 30 have died since the war began, the worst toll in years.', 'At least 30')?.scope?.period).toBe('since the start of the war');
  });

  it('reads a share after the period as the total\'s part', () => {
    const text = 'The health ministry said 11,100 civilians had been killed since the Tarsian invasion began in February 2024, including 580 children.';
    const [whole, part] = [at(text, '11,100')!, at(text, '580')!];
    expect(part.partOf).toBe(whole.start);
    expect(part.actor).toBe('children');
    // A clause of another harm between stays a clause: no share of the first count.
    expect(quotes('The ministry said 40 were killed in the city, and 300 were arrested since the protests began, including 12 students.')).toEqual(['40']);
  });
});

describe('scope: when a figure was stated, and a period of another act', () => {
  it('reads no period from "reported in January"', () => {
    expect(at('The review found 31 deaths, fewer than the 36 the agency reported in January.', '31')?.scope).toBeUndefined();
    expect(at('The review found 31 deaths, fewer than the 36 the agency said in March.', '31')?.scope).toBeUndefined();
    // A month the count is limited to stays one.
    expect(at('The agency said 36 people died in January.', '36')?.scope?.period).toBe('in january');
  });

  it('gives a period after "and" a past verb of no harm with its object to that act', () => {
    expect(at('The league said 12 fans had died and suspended all matches for two weeks.', '12')?.scope).toBeUndefined();
    expect(at('The governor said 30 people had died and closed the border for three days.', '30')?.scope).toBeUndefined();
    // A harm verb is the count's own clause: its period stays.
    expect(at('Shelling killed 12 people and wounded the mayor over the past week.', '12')?.scope?.period).toBe('1 week');
    expect(at('The league said 12 fans had died over the past week.', '12')?.scope?.period).toBe('1 week');
  });

  it('reads no figure of deaths of other causes', () => {
    expect(quotes('The inquiry found 12 deaths were caused by the outbreak, because two residents had died of other causes.')).toEqual(['12']);
    expect(quotes('The coroner said 40 people died in the flood and that three deaths were from unrelated causes.')).toEqual(['40']);
    expect(quotes('The coroner said two residents had died of their injuries.')).toEqual(['two']);
  });
});

describe('kinds: an interval at the end of the figure\'s clause', () => {
  it.each([
    ['The monitor estimated that 24 people were killed in the Ketra strike (95% CI 17-33).', '24', [17, 33]],
    ['Researchers put the toll at 410 deaths in the two provinces (range 330-520).', '410', [330, 520]],
  ])('%s', (text, quote, [low, high]) => {
    expect(at(text, quote)?.interval).toEqual({ low, high });
  });

  it('keeps an interval of another number its own', () => {
    expect(at('The monitor said 24 people were killed, and 60 were wounded (95% CI 40-90).', '24')?.interval).toBeUndefined();
  });
});

describe('increments: a total named by its people', () => {
  it('reads "6 more bodies" as a part of "the number of prisoners killed"', () => {
    const text = 'The justice ministry raised the number of prisoners killed to 13, saying 6 more bodies had been found.';
    expect(at(text, '6')?.partOf).toBe(at(text, '13')!.start);
    // No total: an increment stands alone.
    expect(at('The justice ministry said 6 more bodies had been found.', '6')?.partOf).toBeUndefined();
  });
});

describe('claimants: a body with a lower-case name, then "and" its revision', () => {
  it.each([
    ['The health authority accepted the inquiry\'s finding and revised its toll to 12.', '12', 'The health authority'],
    ['The regional health authority met on Monday and said 12 had died.', '12', 'The regional health authority'],
    ['Police released a photo of the suspect and said 4 died.', '4', 'Police'],
  ])('%s', (text, quote, source) => {
    expect(at(text, quote)?.source).toBe(source);
  });

  it('gives an event that raises a toll no speaker', () => {
    expect(at('The storm weakened and raised the toll to 12.', '12')?.source ?? null).toBe(null);
  });
});
