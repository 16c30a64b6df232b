// Round 25, national disaster agencies' situation reports, outbreak news, OSINT threads, migrant-boat tragedies in
// translation, pilgrimage deaths and rail and bus disasters: a flattened row of bare entries after a place
// ("Aceh Tamiang — dead 4, missing 2, injured 11").
import { describe, expect, it } from 'vitest';
import { cases, figuresOf } from './helpers.js';

describe('a flattened row of bare entries: a harm word and its number, two or more in a row', () => {
  cases([
    ['Aceh Tamiang — dead 4, missing 2, injured 11; Langkat — dead 17, missing 8.',
      ['killed 4-4 exact', 'missing 2-2 exact', 'wounded 11-11 exact', 'killed 17-17 exact', 'missing 8-8 exact']],
    ['Dead 6, injured 30.', ['killed 6-6 exact', 'wounded 30-30 exact']],
    ['Barangay Tumana | dead 2; missing 1; injured 9', ['killed 2-2 exact', 'missing 1-1 exact', 'wounded 9-9 exact']],
    ['Sindh: deaths 14, injuries 41 (since 1 July).', ['killed 14-14 exact', 'wounded 41-41 exact']],
  ]);
  cases([
    // No row opened: a lone entry, or a number that does not end its entry.
    ['Rescuers counted the injured 11 times over the night.', []],
    ['Cholera — cases 120, recoveries 98.', []],
    ['Region VII — affected 2,300, displaced 410.', []],
  ]);
});

describe('voices of round 25: a bare plural "claim", a body before ", which said", "By our tally of …,"', () => {
  const sourcesOf = (text: string) => figuresOf(text).map((f) => f.source);
  it.each([
    ['Local channels claim 11 dead and 20+ wounded.', ['Local channels', 'Local channels']],
    ['Villagers allege 6 people were shot dead at the checkpoint.', ['Villagers']],
    ['Pro-government outlets claim that 40 fighters were killed in the raid.', ['Pro-government outlets']],
    ['The clip was first posted by a pro-junta Telegram channel, which said 30 soldiers were killed.', ['a pro-junta Telegram channel']],
    ['The figure came from Amaq, which claimed 14 soldiers were killed; the army said 3.', ['Amaq', 'the army']],
    ['By our tally of named obituaries in regional media, at least 900 servicemen have died.', ['our tally of named obituaries in regional media']],
    ['By the ministry\'s count of death certificates, 40 people have died.', ['the ministry']],
  ])('%s', (text, expected) => {
    expect(sourcesOf(text)).toEqual(expected);
  });
  it.each([
    // "claim" as a noun, or after a modal or "to", states nothing.
    ['Rebels lay claim to 11 soldiers killed near the pass.', [null]],
    ['Leaders cannot claim they knew nothing of the 40 killings in the town.', [null]],
    ['Rebels claim responsibility for the attack that killed 11 soldiers.', [null]],
    // A possessive before "claim", or "of" after it: a noun.
    ["The rebels' claim that 40 soldiers died was denied.", [null]],
    ['Rebels put out a claim of 40 soldiers killed near the pass.', [null]],
    // Not a count of the writers: "By our standards of evidence".
    ['By our standards of evidence, 40 people died.', [null]],
    // A place before ", which" that does not say the figure.
    ['The convoy was ambushed near Kidal, which mourned 30 soldiers killed in the war.', [null]],
  ])('%s', (text, expected) => {
    expect(sourcesOf(text)).toEqual(expected);
  });
});

describe('a bracketed credit with its date and hour; a unit after an acronym', () => {
  const sourcesOf = (text: string) => figuresOf(text).map((f) => f.source);
  it.each([
    ['Dead 3, injured 12 (BNPB, 2 Dec, 18:00 WIB)', ['BNPB', 'BNPB']],
    ['Kampar — dead 2, missing 5. (BNPB Pusdalops, 4 Dec, 06:00 WIB)', ['BNPB Pusdalops', 'BNPB Pusdalops']],
    ['Six people drowned in the flash flood (OCHA ROSEA, 12 March).', ['OCHA ROSEA']],
  ])('%s', (text, expected) => {
    expect(sourcesOf(text)).toEqual(expected);
  });
  it.each([
    // A place in brackets, or a bracket that says more than a name and its date.
    ['Four people died in the flood (Aceh Tamiang).', [null]],
    ['Four people died in the flood (UK, 3 May, 18:00 GMT).', [null]],
    ['Four people died (BNPB said the river rose at 18:00 on 3 May).', [null]],
  ])('%s', (text, expected) => {
    expect(sourcesOf(text)).toEqual(expected);
  });
});

describe('the recovered are no dead', () => {
  cases([
    ['Marburg update: 40 confirmed cases, 12 deaths and 26 recoveries.', ['killed 12-12 exact']],
    ['The clinic reported 9 deaths and 140 cured patients.', ['killed 9-9 exact']],
  ]);
  cases([
    ['Nine deaths and 14 injuries were recorded; 40 patients were discharged.', ['killed 9-9 exact', 'wounded 14-14 exact']],
  ]);
});

describe('cases of a disease, some of them fatal, with no other harm word', () => {
  cases([
    ['The ministry has confirmed 9 cases of Marburg virus disease, three of them fatal, in Kagera.', ['killed 3-3 exact']],
    ['Twelve human infections, five of them fatal, were reported.', ['killed 5-5 exact']],
  ]);
  cases([
    ['Police logged 30 crashes of heavy trucks, five of them fatal.', []],
    ['The board reviewed 14 cases of fraud, four of them serious.', []],
  ]);
});

describe("a document's header dated and closed by a full stop credits the report", () => {
  const sourcesOf = (text: string) => figuresOf(text).map((f) => f.source);
  it.each([
    ['NDMA daily situation report, 28 August. Cumulative losses since 14 June: deaths 912; injuries 1,340.', ['NDMA', 'NDMA']],
    ['BNPB flood update, 3 December. Twelve people died in Agam.', ['BNPB']],
    // The header with its colon still credits, as before.
    ['MINUSCA casualty update, 3 February: two peacekeepers were killed.', ['MINUSCA']],
  ])('%s', (text, expected) => {
    expect(sourcesOf(text)).toEqual(expected);
  });
  it.each([
    // Not a document: a clause about a place, with a date.
    ['ISIS fighters raided Kobani, 3 May. Twelve people were killed.', [null]],
    ['UN convoy attacked, 3 May. Two drivers were killed.', [null]],
  ])('%s', (text, expected) => {
    expect(sourcesOf(text)).toEqual(expected);
  });
});
