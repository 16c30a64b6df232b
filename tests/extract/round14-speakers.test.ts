// Round 14, who said it in accident briefs, island news and investigators' headers: a speaker who
// "told a press briefing" (an audience with its article), a role of a body before the holder's name
// after ", said", and a body's acronym heading its own bulletin or brief.
import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.js';

const sources = (text: string) => figuresOf(text).map((f) => `${f.low ?? '?'} ${f.source}`);

describe('a speaker who told an audience named with an article', () => {
  it.each([
    ['Three fishermen drowned off the point, the mayor told a press briefing on Tuesday.', ['3 the mayor']],
    ['Six people died in the flood, Governor Ana Ruiz told a local radio station.', ['6 Governor Ana Ruiz']],
    ['Nine people died when the storm crossed the atoll, the premier told a news conference on Friday night, adding that four divers were still missing.',
      ['9 the premier', '4 the premier']],
  ])('%s', (text, expected) => {
    expect(sources(text)).toEqual(expected);
  });
  it('reads no statement from a story or a lie told', () => {
    expect(sources('He told a story about 3 men killed in the war.')).toEqual(['3 null']);
    expect(sources('She told a lie, and 4 people died.')).toEqual(['4 null']);
  });
});

describe('a role of a body, then the holder, after ", said"', () => {
  it.each([
    ['Six people were killed after a bus overturned on the highway early today, said Perak police chief Datuk Azman Ibrahim.',
      ['6 Perak police chief Datuk Azman Ibrahim']],
    ['Two climbers died in the avalanche, said district disaster officer Mere Tuilagi.', ['2 district disaster officer Mere Tuilagi']],
  ])('%s', (text, expected) => {
    expect(sources(text)).toEqual(expected);
  });
  it('takes no long lower-case clause for a name', () => {
    expect(sources('Two climbers died in the avalanche, said the rescue team leader who reached them first on Sunday morning.')).not.toContain('2 the rescue team leader who reached them first on Sunday morning');
  });
});

describe("a body's acronym heading its own document credits the report", () => {
  it.each([
    ['AAIB bulletin: helicopter ditching east of the platform. Of the 14 on board, three passengers drowned.', ['3 AAIB']],
    ['NTSB Highway Accident Brief: A truck struck a stopped school bus; two students were killed.', ['2 NTSB']],
    ['TSB rail safety summary: a freight train struck a van at a level crossing, killing 2 workers.', ['2 TSB']],
  ])('%s', (text, expected) => {
    expect(sources(text)).toEqual(expected);
  });
  it('is no credit without a document word, for a place in capitals, or where a speaker is named', () => {
    expect(sources('UK report: 3 killed in a bus crash on the A9.')).toEqual(['3 null']);
    expect(sources('MANILA update: Rains continue. Four people drowned in Rizal.')).toEqual(['4 null']);
    expect(sources('AAIB bulletin: a glider crashed. Two people died, police said.')).toEqual(['2 police']);
  });
});

describe('bodies that list, admit or argue a count', () => {
  it.each([
    ['The health ministry lists 1,250 deaths in the past week.', ['1250 The health ministry']],
    ['Official returns listed 10,947 insurgents killed by security forces.', ['10947 Official returns']],
    ['The colonial administration admitted 8,400 deaths.', ['8400 The colonial administration']],
    ['Some historians have argued that the toll was close to 60,000.', ['60000 Some historians']],
  ])('%s', (text, expected) => {
    expect(sources(text)).toEqual(expected);
  });
  it('names no speaker from a passive list', () => {
    expect(sources('Three men were listed as missing.')).toEqual(['3 null']);
  });
});

describe("a body's latest count", () => {
  it.each([
    ["The disaster management agency's latest count is 412 dead and 86 missing.", ['412 The disaster management agency', '86 The disaster management agency']],
    ["The ministry's provisional tally is 40 dead.", ['40 The ministry']],
  ])('%s', (text, expected) => {
    expect(sources(text)).toEqual(expected);
  });
});

describe('a single quotation mark closing before an inverted speaker', () => {
  it.each([
    ["'We watched 11 of our brothers drown,' said Moussa, 19, from Guinea.", ['11 Moussa']],
    ['‘Four soldiers were killed,’ said Colonel Ade.', ['4 Colonel Ade']],
  ])('%s', (text, expected) => {
    expect(sources(text)).toEqual(expected);
  });
});

describe('what was said after "only" or "just", or in quotation marks', () => {
  it.each([
    ['The provincial administrator has confirmed only five bodies recovered.', ['5 The provincial administrator']],
    ['Officials confirmed just 3 deaths.', ['3 Officials']],
    ["A viral post claims 'over 100,000 civilians' died in the first month.", ['100000 A viral post']],
  ])('%s', (text, expected) => {
    expect(sources(text)).toEqual(expected);
  });
});
