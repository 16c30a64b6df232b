import { describe, expect, it } from 'vitest';
import { normalizeDate } from '../../src/calendar.js';

describe('normalizeDate', () => {
  it.each([
    ['2024-03-05', '2024-03-05'],
    ['2024-3-5', '2024-03-05'],
    ['2024/03/05', '2024-03-05'],
    ['2024-03-05T10:00:00Z', '2024-03-05'],
    ['2024-03-05 10:00', '2024-03-05'],
    [' 5 March 2024 ', '2024-03-05'],
    ['5 Mar. 2024', '2024-03-05'],
    ['March 5, 2024', '2024-03-05'],
    ['Sept 30 2024', '2024-09-30'],
    ['Feb 29, 2024', '2024-02-29'],
    // Day and month in either order, when one of them cannot be a month (or both are the same).
    ['1/22/2014 12:00:00 AM', '2014-01-22'],
    ['27/01/2014', '2014-01-27'],
    ['27.01.2014', '2014-01-27'],
    ['5/5/2014', '2014-05-05'],
  ])('%s -> %s', (raw, iso) => {
    expect(normalizeDate(raw)).toBe(iso);
  });

  it.each(['2023-02-29', '2024-13-01', '03/05/2024', '1/2/2014 12:00:00 AM', '31/02/2014', '13/13/2014', '5 Marchx 2024', 'yesterday', '2024-03', '20240305'])('keeps %s as given', (raw) => {
    expect(normalizeDate(raw)).toBe(raw);
  });

  it('maps empty to null', () => {
    expect(normalizeDate('  ')).toBeNull();
    expect(normalizeDate(null)).toBeNull();
  });
});
