// Round 10 phrase families of who said it, from judgments, rights reports, live updates and wires:
// a body's figure named with "of" ("the Trial Chamber's figure of at least 700"), a semicolon that
// closes a trailing speaker ("…, police say; driver detained"), a longer closing adjunct naming where
// it was said ("said in its annual report on …"), a wire's version slug ("UPDATE 3-"), a hearer
// between the verb and its clause ("tells me", "confirmed to our correspondent that"), and the credit
// of a live update (a time stamp, a retweet, a headline's dash, a handle, "on Telegram").
import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.js';

const sources = (text: string) => figuresOf(text).map((f) => [f.category, f.low, f.source ?? null]);

describe('round 10 speakers: a body owns the figure it names with "of"', () => {
  it.each([
    ["The Appeal Court cut the count of killings from the trial court's figure of at least 300 to no fewer than 210.",
      [['killed', 300, "the trial court"], ['killed', 210, 'The Appeal Court']]],
    ["The inquiry said the army's own figure of 18 deaths was far too low.", [['killed', 18, "the army"]]],
    ["Monitors put little faith in the governor's count of 9 dead.", [['killed', 9, 'the governor']]],
  ])('%s', (text, expected) => {
    expect(sources(text)).toEqual(expected);
  });
  it.each([
    // A figure a body disputes stays the disputer's (the denial family).
    ["The ministry dismissed the militia's tally of 60 dead, saying 14 soldiers were killed.", [['killed', 60, 'The ministry'], ['killed', 14, 'The ministry']]],
  ])('%s', (text, expected) => {
    expect(sources(text)).toEqual(expected);
  });
});

describe('round 10 speakers: a closing speaker', () => {
  it.each([
    ['Toll in Marlo ferry fire rises to 17, coast guard says; captain arrested', [['killed', 17, 'coast guard']]],
    ['Nine people died, officials said; roads remain closed.', [['killed', 9, 'officials']]],
    ['At least 60 prisoners were executed last year, the Kestrel Rights Centre said in its annual report on executions in the region.',
      [['killed', 60, 'the Kestrel Rights Centre']]],
    ['Four people were hurt, the agency said in a statement posted on its website late on Friday.', [['wounded', 4, 'the agency']]],
  ])('%s', (text, expected) => {
    expect(sources(text)).toEqual(expected);
  });
  it.each([
    // The adjunct holds a figure of its own: no closing speaker then.
    ['Nine people were killed, the ministry said in a statement that 40 others were hurt in the town.', [['killed', 9, null], ['wounded', 40, 'the ministry']]],
  ])('%s', (text, expected) => {
    expect(sources(text)).toEqual(expected);
  });
});

describe('round 10 speakers: wires and hearers', () => {
  it.each([
    ['UPDATE 2-Separatists say they seized 45 border guards near Varna', [['captured', 45, 'Separatists']]],
    ['WRAPUP 1-Police say 14 killed in weekend clashes', [['killed', 14, 'Police']]],
    ['A surgeon at the district hospital tells me they have treated 30 wounded since midnight.', [['wounded', 30, 'A surgeon at the district hospital']]],
    ['Elders in the village confirmed to our reporter that at least 11 people were abducted.', [['captured', 11, 'Elders in the village']]],
  ])('%s', (text, expected) => {
    expect(sources(text)).toEqual(expected);
  });
});

describe('round 10 speakers: live-update credits', () => {
  it.each([
    ['09:40 — District governor Ana Bilyk on Telegram: 3 killed, 8 wounded in shelling of Rivne.',
      [['killed', 3, 'District governor Ana Bilyk'], ['wounded', 8, 'District governor Ana Bilyk']]],
    ['18:05 GMT: Mayor: 2 dead after the tower crane fell', [['killed', 2, 'Mayor']]],
    ['Gunmen seize bus near Tarso — police sources: 12 passengers taken hostage', [['captured', 12, 'police sources']]],
    [".@MarloFireDept: 'Crews have recovered 3 bodies from the warehouse and we expect the search to continue overnight.'", [['killed', 3, '@MarloFireDept']]],
  ])('%s', (text, expected) => {
    expect(sources(text)).toEqual(expected);
  });
  it.each([
    // A side after a dash is no speaker; a place is none either; a time stamp alone credits no one.
    ['Casualties and losses — Northern army: 1,200 killed, 3,100 wounded', [['killed', 1200, null], ['wounded', 3100, null]]],
    ['Floods in the north — Varna province: 12 dead', [['killed', 12, null]]],
    ['17:02 - 40 people killed in market attack', [['killed', 40, null]]],
  ])('%s', (text, expected) => {
    expect(sources(text)).toEqual(expected);
  });
});

describe('round 10 speakers: judgments, indictments and despatches', () => {
  it.each([
    ['The Tribunal is satisfied beyond reasonable doubt that the militia killed at least 80 villagers.', 'The Tribunal'],
    ['The Chamber was convinced that 14 detainees died under torture.', 'The Chamber'],
    ['The indictment charges the accused with the shelling of the bus station, in which 23 civilians were killed.', 'The indictment'],
    ['Our correspondent at Varna telegraphs that 600 of the garrison were taken prisoner.', 'Our correspondent at Varna'],
    ['So far the storms leave 8 deceased, informed the National Office for Emergency Management.', 'the National Office for Emergency Management'],
  ])('%s -> %s', (text, source) => {
    expect(figuresOf(text)[0]?.source ?? null).toBe(source);
  });
  it.each([
    // A count after "charges" is of the charged; a pronoun that is satisfied names no body.
    ['Police charges 3 men after 2 killed in brawl', null],
    ['He is satisfied that 12 died.', null],
  ])('%s -> %s', (text, source) => {
    const figures = figuresOf(text);
    expect(figures[figures.length - 1]?.source ?? null).toBe(source);
  });
});

describe('round 10 speakers: a figure from a body', () => {
  it.each([
    ["CORRESPONDENT: Well, the latest figure from the governor's office is six dead.", "the governor's office"],
    ['The figure from the health ministry stands at 41 dead.', 'the health ministry'],
    // A toll from an event, or a figure from a year, names no one.
    ['The death toll from the landslide now stands at 27.', null],
    ['The latest figure from the flooding is 40 dead.', null],
    ['A figure from 2019 is 40 deaths.', null],
  ])('%s -> %s', (text, source) => {
    expect(figuresOf(text)[0]?.source ?? null).toBe(source);
  });
});
