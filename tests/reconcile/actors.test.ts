import { describe, expect, it } from 'vitest';
import { actorKey } from '../../src/reconcile/index.js';

describe('actorKey', () => {
  it.each([
    ['North Korean soldiers', 'north korea soldier'],
    ['North Korean troops', 'north korea soldier'],
    ['N.K. soldiers', 'north korea soldier'],
    ["the DPRK's servicemen", 'north korea soldier'],
    ['more North Korean troops', 'north korea soldier'],
    ['US troops', 'united states soldier'],
    ['U.S. soldier', 'united states soldier'],
    ['American service members', 'united states soldier'],
    ['Palestinians', 'palestinian'],
    ['Iraqis', 'iraqi'],
    ['civilians', 'civilian'],
    ['children', 'child'],
    ['person', 'people'],
    ['witnesses', 'witness'],
    ['casualties', 'casualty'],
    ['press', 'press'],
  ])('%s → %s', (actor, key) => {
    expect(actorKey(actor)).toBe(key);
  });

  it('keeps nationalities apart', () => {
    expect(actorKey('North Korean soldiers')).not.toBe(actorKey('Ukrainian soldiers'));
    expect(actorKey('Ukrainian soldiers')).not.toBe(actorKey('Ukrainian civilians'));
  });

  it('counts an unknown actor as people', () => {
    expect(actorKey(null)).toBe('people');
    expect(actorKey('  ')).toBe('people');
    expect(actorKey('people')).toBe('people');
  });

  it('is not fooled by words that name object properties', () => {
    expect(actorKey('constructor')).toBe('constructor');
  });
});
