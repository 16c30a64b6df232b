// Round 8, who states a figure in coder notes, situation reports and disaster news:
// - "reports" before a qualified or vague count is a verb ("The government reports hundreds of
//   fighters killed"), not the noun of "initial reports";
// - a speaker set off after the figure, then the writer's clause of circumstance (", state media
//   reported on Sunday, as rescuers searched ..."), covers the sentence;
// - a date in the speaker's adjunct ("officials said on 12 May") is no count of what was said;
// - a number inside a name ("Rescue 1122 officials", "Channel 4 News") is part of the speaker;
// - a counting verb's incidents, then their outcome ("WHO has verified 1,520 attacks, resulting in
//   128 deaths"): the counter states the dead.
import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.js';

const sources = (text: string) => figuresOf(text).map((f) => [f.category, f.low, f.source]);

describe('"reports" before a qualified or vague count', () => {
  it.each([
    ['The government reports hundreds of rebel fighters killed.', [['killed', 200, 'The government']]],
    ['The army reports at least 30 soldiers wounded.', [['wounded', 30, 'The army']]],
    ['Initial reports of several hundred dead were not confirmed.', [['killed', 300, null]]],
  ])('%s', (text, expected) => expect(sources(text)).toEqual(expected));
});

describe('a set-off speaker, then a clause of circumstance', () => {
  it.each([
    ['Rain has left 47 people dead, state media reported on Sunday, as rescuers searched for survivors.', [['killed', 47, 'state media']]],
    ['Two climbers died, police said, as a third was airlifted out.', [['killed', 2, 'police']]],
    // "while" opens a report of its own: its count is no one's.
    ['Two climbers died, police said, while 3 others were hurt in a separate fall.', [['killed', 2, 'police'], ['wounded', 3, null]]],
    ['Nine miners are missing, the company said in a statement, amid fears of further collapses.', [['missing', 9, 'the company']]],
  ])('%s', (text, expected) => expect(sources(text)).toEqual(expected));
});

describe('a date in the speaker\'s adjunct', () => {
  it.each([
    ['Five soldiers were killed, officials said on 12 May.', [['killed', 5, 'officials']]],
    ['Three people drowned, the coastguard said on March 3, 2024.', [['killed', 3, 'the coastguard']]],
  ])('%s', (text, expected) => expect(sources(text)).toEqual(expected));
});

describe('a number inside a speaker\'s name', () => {
  it.each([
    ['At least 11 people died when the roof caved in, Rescue 1122 officials said.', [['killed', 11, 'Rescue 1122 officials']]],
    ['Channel 4 News reported that 12 people died.', [['killed', 12, 'Channel 4 News']]],
    // The name's number is no count, though a harm follows ("said 3 died" has a count of its own).
    ['Rescue 1122 officials said 3 died in the collapse.', [['killed', 3, 'Rescue 1122 officials']]],
    // A headline in capitals holds no name: its number is an amount.
    ['MINE FIRE CAUSED 10 MLN DLRS IN DAMAGE. The fire killed one miner, officials said.', [['killed', 1, 'officials']]],
  ])('%s', (text, expected) => expect(sources(text)).toEqual(expected));
});

describe('counted incidents, then their dead', () => {
  it.each([
    ['WHO has verified 1,520 attacks on health care, resulting in 128 deaths.', [['killed', 128, 'WHO']]],
    ['The mission verified 40 incidents, killing 12 civilians.', [['killed', 12, 'The mission']]],
    ['Inspectors verified 40 incidents; 12 civilians were killed.', [['killed', 12, null]]],
  ])('%s', (text, expected) => expect(sources(text)).toEqual(expected));
});
