// Round 7, fires and blasts in local news: burns sustained or suffered are injuries ("seven people
// sustained burns", "two workers suffered burns to their hands"). Burns of no one are no figure.
import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.js';

const figures = (text: string) => figuresOf(text).map((f) => [f.category, f.low, f.high, f.actor]);

describe('burns sustained or suffered', () => {
  it.each([
    ['Five workers sustained burns when a furnace exploded at the steel plant.', [['wounded', 5, 5, 'workers']]],
    ['Three children suffered burns after a firecracker went off at a wedding.', [['wounded', 3, 3, 'children']]],
    ['Nine others are nursing burns at the district hospital.', [['wounded', 9, 9, 'others']]],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));
});

describe('burns that hurt no one counted', () => {
  it.each([
    ['The clinic treats burns and scalds for 12 villages.', []],
    ['The wildfire burns across 3,000 hectares of bush.', []],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));
});
