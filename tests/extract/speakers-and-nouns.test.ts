// Who states a figure, for phrase families of reference works, situation reports and disaster news:
// a noun-like verb before "of" is a noun ("Contemporary estimates of the dead"); "put the figure
// closer to 1,200" states it like "put the figure at"; "Partners report 7 deaths" (the base form);
// "said in a statement, bringing to 132 ..." speaks for the whole sentence; "gave way" gives nothing.
import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.js';

const sources = (text: string) => figuresOf(text).map((f) => [f.category, f.low, f.high, f.source]);

describe('noun-like verbs before "of" are nouns, and name no speaker', () => {
  it.each([
    ['Contemporary estimates of the dead ranged from 800 to 2,000.', [['killed', 800, 2000, null]]],
    ['Early reports of 40 dead in the village could not be confirmed.', [['killed', 40, 40, null]]],
    ['Conflicting claims of 300 killed circulated on Sunday.', [['killed', 300, 300, null]]],
  ])('%s', (text, expected) => expect(sources(text)).toEqual(expected));

  it('a capitalised subject before the same word as a verb still speaks', () => {
    expect(sources('Police report 12 dead after the bus overturned.')).toEqual([['killed', 12, 12, 'Police']]);
    expect(sources('Israel reports 3 soldiers killed in Gaza.')).toEqual([['killed', 3, 3, 'Israel']]);
  });
});

describe('"put" a toll at, or near, its number', () => {
  it.each([
    ['The dead numbered 800, although later historians have put the figure closer to 1,200.', 1200, 'historians'],
    ['Local officials put the toll as high as 450 dead.', 450, 'Local officials'],
  ])('%s', (text, low, source) => {
    expect(figuresOf(text).find((f) => f.low === low || f.high === low)?.source).toBe(source);
  });

  it('a putting verb with no toll as its object names no speaker', () => {
    expect(sources('The brawl put three officers in hospital, and 2 people were killed.')).toEqual([['wounded', 3, 3, null], ['killed', 2, 2, null]]);
  });
});

describe('the base form "report" is a verb of saying after its subject', () => {
  it.each([
    ['Partners report 2,306 suspected cases and seven associated deaths this week.', [['killed', 7, 7, 'Partners']]],
    ['Health authorities report 19 deaths from the outbreak.', [['killed', 19, 19, 'Health authorities']]],
  ])('%s', (text, expected) => expect(sources(text)).toEqual(expected));

  it('"report" as a noun names no one', () => {
    expect(sources('A report by the inquiry found that 14 workers had died.')).toEqual([['killed', 14, 14, 'the inquiry']]);
    expect(sources('The annual report lists 30 deaths in custody.')).toEqual([['killed', 30, 30, null]]);
  });
});

describe('a speaker with an adjunct, then a running clause, speaks for the sentence', () => {
  it.each([
    ['Four aid workers have been killed this year, the humanitarian coordinator said in a statement, bringing to 132 the number of aid workers killed since 2013.', 'the humanitarian coordinator'],
    ['Nine miners died on Monday, the company said on Tuesday, raising the toll to 23.', 'the company'],
  ])('%s', (text, source) => {
    expect(figuresOf(text).map((f) => f.source)).toEqual([source, source]);
  });

  it('a speaker whose adjunct ends the sentence covers only what came before', () => {
    expect(sources('Twelve people were killed, police said in a statement.')).toEqual([['killed', 12, 12, 'police']]);
  });
});

describe('idioms of giving give no figure', () => {
  it.each([
    ['The building, a garment factory, gave way at 9 a.m.; rescuers later brought out 52 bodies.', [['killed', 52, 52, null]]],
    ['The roof gave way under the snow and 3 people were killed.', [['killed', 3, 3, null]]],
  ])('%s', (text, expected) => expect(sources(text)).toEqual(expected));

  it('a giving verb with a toll still gives it', () => {
    expect(sources('The ministry gave a toll of 45 dead.')).toEqual([['killed', 45, 45, 'The ministry']]);
  });
});
