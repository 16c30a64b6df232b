// Phrase families fixed in dossier round 5 (the open it.fails of round 4's hotel siege, and
// tests/cli/dossier-round5.test.ts), each with invented positive and negative phrases.
import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.js';

const at = (text: string, quote: string) => figuresOf(text).find((f) => f.quote === quote);
const read = (text: string, quote: string) => {
  const figure = at(text, quote);
  return figure ? [figure.category, figure.actor, figure.kind ?? null, figure.partOf !== undefined] : null;
};

describe('actor: "N of them" counts the people counted before it', () => {
  it.each([
    ['The group said its fighters held more than 100 hostages and had killed 15 of them.', '15', 'hostages'],
    ['Pirates seized 22 sailors and have since released 9 of them.', '9', 'sailors'],
    ['Gunmen seized 40 passengers and killed 12 of them, police said.', '12', 'passengers'],
  ])('%s (%s) -> %s', (text, quote, actor) => {
    expect(at(text, quote)?.actor).toBe(actor);
  });

  it.each([
    // Nothing counted before "them": no one to name, as before.
    ['The ministry said it had killed 15 of them.', '15', 'people'],
    // The people named after the copula win, as before.
    ['Rebels held 30 hostages and 12 of them were children.', '12', 'children'],
  ])('%s (%s) -> %s (as before)', (text, quote, actor) => {
    expect(at(text, quote)?.actor ?? 'people').toBe(actor);
  });
});

describe('category: "were among the <people> killed" is some of the dead', () => {
  it.each([
    ['France\'s foreign ministry said three French nationals were among the hostages killed.', 'three', ['killed', 'French nationals', 'counted', false]],
    ['Two Britons were among the passengers injured in the crash.', 'Two', ['wounded', 'Britons', null, false]],
    ['Four teachers were among the pupils killed.', 'Four', ['killed', 'teachers', 'counted', false]],
  ])('%s', (text, quote, expected) => {
    expect(read(text, quote)).toEqual(expected);
  });

  it.each([
    // The people they are among, with no harm after: the captivity, as before.
    ['Three nurses were among the hostages freed on Monday.', 'Three', 'captured'],
    ['Two Germans were among the hostages.', 'Two', 'captured'],
    ['Two journalists were among the dead.', 'Two', 'killed'],
  ])('%s (as before)', (text, quote, category) => {
    expect(figuresOf(text)[0]?.category).toBe(category);
  });
});

describe('parts: "including those of N", and a share of a counted total', () => {
  it.each([
    ['Doctors said they had received 23 bodies, including those of four attackers.', 'four', ['killed', 'attackers', 'counted', true]],
    ['The morgue received 40 bodies, including those of 12 children.', '12', ['killed', 'children', 'counted', true]],
    ['The ministry said 41 deaths had been confirmed, including 12 children.', '12', ['killed', 'children', 'counted', true]],
    ['Police said 34 of the 35 dead had been identified, among them 11 students.', '11', ['killed', 'students', 'counted', true]],
    ['Police said 34 of the 35 dead had been identified, including 11 students.', '11', ['killed', 'students', 'counted', true]],
  ])('%s', (text, quote, expected) => {
    expect(read(text, quote)).toEqual(expected);
  });

  it.each([
    // A share of a total that is no count: no kind, as before.
    ['The strike killed 20 people, including 5 children.', '5', ['killed', 'children', null, true]],
    // A clause of its own after the count "of the 35": its own harm, as before.
    ['Police said 34 of the 35 dead had been identified, and 11 people were injured.', '11', ['wounded', 'people', null, false]],
    // "those of" without "including": no share.
    ['The morgue received 40 bodies; those of 12 children were unclaimed.', '12', null],
  ])('%s (as before)', (text, quote, expected) => {
    expect(read(text, quote)).toEqual(expected);
  });
});
