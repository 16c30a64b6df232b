import { describe, expect, it } from 'vitest';
import { figureDays, reportDay, statedDays } from '../../src/reconcile/index.js';

// 2024-12-25 was a Wednesday.
const stated = (sentence: string, date: string | null = '2024-12-25') => statedDays([{ sentence, date }])[0];

describe('reportDay', () => {
  it.each([
    ['2024-12-25', '2024-12-25'],
    ['1/22/2014 12:00:00 AM', '2014-01-22'],
    ['December 19, 2024', '2024-12-19'],
    ['Thursday', null],
    ['not a date', null],
    [null, null],
  ])('%j → %j', (raw, day) => {
    expect(reportDay(raw)).toBe(day);
  });
});

describe('statedDays: the day a figure was stated', () => {
  it('is the report date when the sentence names no day', () => {
    expect(stated('Police said 12 people were killed.')).toBe('2024-12-25');
  });

  it('reads a weekday as the last one on or before the report date', () => {
    expect(stated('Zelenskyy said on Saturday that two soldiers were captured.')).toBe('2024-12-21');
    expect(stated('Two soldiers were captured, Zelenskyy said Wednesday.')).toBe('2024-12-25');
    expect(stated('A news report said Thursday that 1,000 were killed.')).toBe('2024-12-19');
  });

  it('reads "yesterday" and a day without a year relative to the report date', () => {
    expect(stated('The ministry said yesterday that 40 died.')).toBe('2024-12-24');
    expect(stated('On 3 January, officials said 12 were killed.', '2025-01-10')).toBe('2025-01-03');
    expect(stated('On 30 December, officials said 12 were killed.', '2025-01-10')).toBe('2024-12-30');
  });

  it('prefers the day of the statement over the day of the event', () => {
    expect(stated('Twelve were killed on Monday, the governor said on Tuesday.')).toBe('2024-12-24');
  });

  it('ignores times, months and a written date after the report', () => {
    expect(stated('Two were killed at 10:00, police said.')).toBe('2024-12-25');
    expect(stated('Since December 2024, 300 were killed.')).toBe('2024-12-25');
    expect(stated('By March 3, 2025, 300 will have died.')).toBe('2024-12-25');
  });

  it('without a report date, trusts only dates with the year written out', () => {
    expect(stated('On December 19, 2024, the NIS said 100 were killed.', null)).toBe('2024-12-19');
    expect(stated('Zelenskyy said on Saturday that two were captured.', null)).toBeNull();
    expect(stated('The ministry said yesterday that 40 died.', null)).toBeNull();
  });
});

describe('figureDays: the day of the event kept apart from the day stated', () => {
  const days = (sentence: string) => figureDays([{ sentence, date: '2024-12-25' }])[0];

  it.each([
    ['The blast on Monday killed 40 people, police said.', { stated: '2024-12-25', event: '2024-12-23' }],
    ['Officials said 40 were killed in the blast on Tuesday.', { stated: '2024-12-25', event: '2024-12-24' }],
    ['The ministry said on Tuesday that 40 died in Monday\'s blast.', { stated: '2024-12-24', event: '2024-12-23' }],
    ['On Tuesday, the ministry said 40 people were killed.', { stated: '2024-12-24', event: null }],
    ['Twelve were killed on Monday, the governor said on Tuesday.', { stated: '2024-12-24', event: '2024-12-23' }],
    // A toll given its number, then the day: the day of the count.
    ['The agency put the toll at 5,894 on Tuesday.', { stated: '2024-12-24', event: null }],
    ['The death toll from Monday\'s quake rose to 3,419 on Tuesday.', { stated: '2024-12-24', event: '2024-12-23' }],
    ['The blast killed 40 people on Monday.', { stated: '2024-12-25', event: '2024-12-23' }],
    // A period counted names no day (dossier round 6): not a week before the report.
    ['The ministry raised its count to 71, with 13 in the past week.', { stated: '2024-12-25', event: null }],
    ['Shelling killed 4 civilians over the last 24 hours, officials said.', { stated: '2024-12-25', event: null }],
    ['A week ago, 9 people died in the floods.', { stated: '2024-12-25', event: '2024-12-18' }],
  ])('%s', (sentence, expected) => {
    expect(days(sentence)).toEqual(expected);
  });
});
