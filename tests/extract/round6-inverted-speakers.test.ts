// Round 6 phrase families of who said it: a speaker after the verb named by a role "of" a body
// (", said the head of the district administration"), a bare body after it (", says coast guard",
// "-state media"), and the reporting verbs of translated and wire English (", reports the press
// service", ", informs the prosecutor's office").
import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.js';

describe('inverted speakers: the claimant', () => {
  it.each([
    ['Four villagers were killed, said the head of the district administration.', 'the head of the district administration'],
    ['"Two guards were wounded," said the chairman of the regional council.', 'the chairman of the regional council'],
    ['Ferry sinks off the coast; 30 missing, says coast guard', 'coast guard'],
    ['Mine blast kills 14 -state media', 'state media'],
    ['Nine workers died on the spot, reports the press service of the regional police.', 'the press service of the regional police'],
    ['Six passengers were injured, informs the regional prosecutor\'s office.', "the regional prosecutor's office"],
    ['One person was killed and 15 injured in the market blast, reports The Daily Star.', 'The Daily Star'],
  ])('%s -> %s', (text, source) => {
    expect(figuresOf(text)[0]?.source ?? null).toBe(source);
  });
});

describe('not a speaker', () => {
  it.each([
    ['Six people died, reports of which were later denied.', null],
    ['Twelve people were killed near the head of the valley.', null],
    ['Three soldiers were wounded near the coast guard station.', null],
    ['Four people were killed, reports the head of a village near the border.', null],
    ['Five miners were killed, says a long report that nobody in the district administration has read yet.', null],
  ])('%s -> %s', (text, source) => {
    expect(figuresOf(text)[0]?.source ?? null).toBe(source);
  });
});
