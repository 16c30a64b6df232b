// Round 6 phrase family of official statements: a header that names the body issuing the statement
// ("Statement by the Office of the Governor:", "Press release from the Ministry of Health:") speaks
// for the sentence after its colon, unless a speaker of its own is named there.
import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.js';

describe('statement headers: the claimant', () => {
  it.each([
    ['Statement by the Office of the Mayor: as of noon, 11 people have died and 30 were injured in the floods.', 'the Office of the Mayor'],
    ['Press release from the Ministry of Health: 14 new deaths were recorded in the past 24 hours.', 'the Ministry of Health'],
    ['Communique of the Defence Staff: 3 soldiers were killed in the ambush near the border.', 'the Defence Staff'],
    ['Statement by the Office of the Governor: the police said 5 people died.', 'the police'],
  ])('%s -> %s', (text, source) => {
    expect(figuresOf(text)[0]?.source ?? null).toBe(source);
  });
});

describe('no statement header', () => {
  it.each([
    ['Update of 4 May: 12 people were killed in the district.', null],
    ['Release of the hostages: 12 hostages were freed on Monday.', null],
    ['Statement: 9 people died when the bridge collapsed.', null],
  ])('%s -> %s', (text, source) => {
    expect(figuresOf(text)[0]?.source ?? null).toBe(source);
  });
});
