// Round 9 phrase families of who said it, from wires and reference works: a writer's comment after
// the closing speaker (", in what would be …"), a body's name holding "to" ("the mission to the
// JCCC"), the fullest name before its acronym in brackets, a sentence adverb between the speaker and
// the verb (", however,"), a headline credit before a byline after a bar, "disclosed" and
// "revealed", and a finding verb with a toll for its object ("research suggests a toll closer to 700").
import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.js';

describe('round 9 speakers: the claimant', () => {
  it.each([
    ['Airstrikes on the port killed 31 people, the health ministry said Friday, in what would be the deadliest raid so far.', 'the health ministry'],
    ['Shelling killed 8 people, the regional governor said, which would make it the worst day this month.', 'the regional governor'],
    ['One civilian was wounded, the DPR mission to the JCCC reported on its Telegram channel.', 'the DPR mission to the JCCC'],
    ['Nine passengers were killed, the Federal Road Safety Corps (FRSC) has said.', 'the Federal Road Safety Corps'],
    ['Contemporary accounts, however, spoke of as many as 300 dead.', 'Contemporary accounts'],
    ['M23 rebels kill at least 14 villagers – local sources | By John Doe, Goma | 3 May 2025', 'local sources'],
    ['Police rescued 6 abductees, the spokesperson, SP Jane Doe, disclosed in a statement.', 'SP Jane Doe'],
    ['Twelve pupils were abducted, the commissioner revealed on Sunday.', 'the commissioner'],
    ['Officials counted 300 dead, though archival research suggests a toll closer to 500.', 'archival research'],
  ])('%s -> %s', (text, source) => {
    const figures = figuresOf(text);
    expect(figures[figures.length - 1]?.source ?? null).toBe(source);
  });
});

describe('round 9 speakers: no one', () => {
  it.each([
    ['The tremor, however, recorded at 5.1, killed 12 people.', null],
    ['Twelve people were killed on the road to Goma.', null],
    ['Gunmen killed 4 people near the Lagos State University (LASU) campus.', null],
    ['Investigators found 12 bodies in the house.', null],
  ])('%s -> %s', (text, source) => {
    expect(figuresOf(text)[0]?.source ?? null).toBe(source);
  });
});
