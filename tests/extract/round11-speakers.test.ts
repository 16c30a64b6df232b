// Round 11 phrase families of who said it, from conflict news with claims of both sides: a denial
// going on ", saying" with a count in words ("lost 'a handful' of men"), an accuser ("accused
// government troops of killing 40", also after "denied involvement and"), and a quotation that
// resumes after the speaker and a role set off by commas.
import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.js';

describe('round 11 speakers: the claimant', () => {
  it.each([
    ["The army denied the claim, saying it had lost 'a handful' of men.", 'The army'],
    ['The ministry rejected the report, saying only two soldiers were wounded.', 'The ministry'],
    ['The opposition accused the army of killing 12 protesters.', 'The opposition'],
    ['Residents blamed bandits for abducting 30 pupils.', 'Residents'],
    ["Police said 26 people were killed; the militia's spokesman denied involvement and accused government troops of killing 'at least 40' civilians.", "the militia's spokesman"],
    ['"Eight of the dead were children," said Dr. Hamid Rahimi, director of the provincial hospital, "and 23 wounded are being treated here."', 'Dr. Hamid Rahimi'],
    ['"Two died," said the mayor, "and 5 are missing."', 'the mayor'],
  ])('%s -> %s', (text, source) => {
    const figures = figuresOf(text);
    expect(figures[figures.length - 1]?.source ?? null).toBe(source);
  });
});

describe('round 11 speakers: no one, or someone else', () => {
  it.each([
    ['Three men were accused of killing 12 people.', null],
    ['He was accused of killing 3 people, police said.', 'police'],
    ['Two soldiers died, said the army, and a later report put the toll at 5.', 'a later report'],
    ['The army denied the claim, saying it would never harm civilians; 12 died.', null],
  ])('%s -> %s', (text, source) => {
    const figures = figuresOf(text);
    expect(figures[figures.length - 1]?.source ?? null).toBe(source);
  });
});
