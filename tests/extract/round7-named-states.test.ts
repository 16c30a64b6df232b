// Round 7, Nigerian and Indian bulletins: "states" closing a sentence after named states ("in Edo and
// Ondo states", "across Borno, Yobe and Adamawa states") is the plural noun, not a verb of saying,
// so it names no speaker. A speaker before a closing "states" still speaks.
import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.js';

const sources = (text: string) => figuresOf(text).map((f) => [f.category, f.low, f.source]);

describe('named states are places', () => {
  it.each([
    ['Eleven deaths from cholera were confirmed in Kano and Jigawa states.', [['killed', 11, null]]],
    ['Floods have killed 63 people across Borno, Yobe and Adamawa states.', [['killed', 63, null]]],
    ['Heatwave: 14 deaths reported in Odisha and Jharkhand states.', [['killed', 14, null]]],
  ])('%s', (text, expected) => expect(sources(text)).toEqual(expected));
});

describe('a speaker before a closing "states" still speaks', () => {
  it.each([
    ['Twelve people were killed in the attack, Amnesty states.', [['killed', 12, 'Amnesty']]],
    ['Four soldiers died in the ambush, the report states.', [['killed', 4, 'the report']]],
  ])('%s', (text, expected) => expect(sources(text)).toEqual(expected));
});
