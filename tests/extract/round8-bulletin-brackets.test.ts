// Round 8, situation reports in brackets: a share of a total given in brackets ("9 killed (including
// 4 children)") is a part of the total, as ", including 4 children" is; an increment in brackets after
// a running total ("1,046 (+27 since the last report)", "Deaths: 1,046 (+27)") counts the new dead
// of the same harm and is a part of the total. Brackets that hold no count of people give nothing.
import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.js';

const figures = (text: string) => figuresOf(text).map((f) => [f.category, f.low, f.high]);

describe('"(including N)" after a total', () => {
  it.each([
    ['Mines and unexploded ordnance: 9 killed (including 4 children) and 14 injured.', [['killed', 9, 9], ['killed', 4, 4], ['wounded', 14, 14]]],
    ['Eleven people drowned (including 3 girls) when the canoe overturned.', [['killed', 11, 11], ['killed', 3, 3]]],
    ['The raid left 20 villagers wounded (including two infants).', [['wounded', 20, 20], ['wounded', 2, 2]]],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));

  it('marks the share a part of the total', () => {
    const [total, part] = figuresOf('Shelling killed 9 civilians (including 4 children).');
    expect(part.partOf).toBe(total.start);
  });
});

describe('"(+N)" after a running total', () => {
  it.each([
    ['Cumulative deaths rose to 1,046 (+27 since the last report).', [['killed', 1046, 1046], ['killed', 27, 27]]],
    ['Deaths: 318 (+6)', [['killed', 318, 318], ['killed', 6, 6]]],
    ['Injured: 2,140 (+95 in 24 hours)', [['wounded', 2140, 2140], ['wounded', 95, 95]]],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));

  it('marks the increment a part of the total', () => {
    const [total, part] = figuresOf('Deaths: 318 (+6)');
    expect(part.partOf).toBe(total.start);
  });
});

describe('brackets with no count of the harmed', () => {
  it.each([
    ['Suspected cases: 1,046 (+27)', []],
    ['The storm destroyed 300 homes (including 40 schools).', []],
    ['He was killed (including 3 hours of torture, his family said).', []],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));
});
