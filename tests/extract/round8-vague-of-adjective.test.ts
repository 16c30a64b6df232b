// Round 8, coder notes: a vague quantity with "of", then a harm adjective and the people ("dozens of
// dead combatants", "hundreds of injured people"), counts the harmed, as "12 dead soldiers" does.
// Not where the people are things ("thousands of dead cattle") or the adjective names no harm.
import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.js';

const figures = (text: string) => figuresOf(text).map((f) => [f.category, f.low, f.high]);

describe('a vague quantity of harmed people', () => {
  it.each([
    ['Reports spoke of dozens of dead combatants on both sides.', [['killed', 24, 99]]],
    ['Hundreds of injured people were treated in field clinics.', [['wounded', 200, 999]]],
    ['Scores of wounded soldiers were evacuated by helicopter.', [['wounded', 40, 99]]],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));
});

describe('a vague quantity of anything else', () => {
  it.each([
    ['Thousands of dead cattle littered the plain.', []],
    ['Hundreds of displaced families arrived at the camp.', []],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));
});
