import { describe, expect, it } from 'vitest';
import { groupThousands } from '../src/thousands.js';

describe('groupThousands', () => {
  it.each([
    [0, '0'], [7, '7'], [999, '999'], [1000, '1,000'], [2700, '2,700'], [1234567, '1,234,567'],
    [3.333, '3.33'], [3.3, '3.3'], [2.0, '2'], [-1500, '-1,500'], [9_000_000_000, '9,000,000,000'],
  ])('%d -> %s', (n, text) => {
    expect(groupThousands(n)).toBe(text);
  });
});
