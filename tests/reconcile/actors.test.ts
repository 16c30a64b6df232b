import { describe, expect, it } from 'vitest';
import { actorKey, describeActor } from '../../src/reconcile/index.js';

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
    ['Palestinians', 'palestine people'],
    ['Iraqis', 'iraq people'],
    ['Iraqi people', 'iraq people'],
    ["Korean People's Army soldiers", 'north korea soldier'],
    ["soldiers of the Korean People's Army", 'north korea soldier'],
    ['KPA troops', 'north korea soldier'],
    ['civilians in Gaza', 'gaza civilian'],
    ['Gazan civilians', 'gaza civilian'],
    ['people in the United States', 'united states people'],
    ['Hamas fighters', 'hamas soldier'],
    ['Hamas militants', 'hamas soldier'],
    ['Russian forces', 'russia soldier'],
    ['people in Florida', 'people in florida'],
    ['civilians', 'civilian'],
    ['children', 'child'],
    ['person', 'people'],
    // the people of a toll, whoever they were
    ['bodies', 'people'],
    ['victims', 'people'],
    ['Palestinian victims', 'palestine people'],
    ['witnesses', 'witness'],
    ['casualties', 'casualty'],
    ['press', 'press'],
    // Ukraine's forces by their initials, as Russian and Ukrainian statements write them
    ['APU servicemen', 'ukraine soldier'],
    ['AFU soldiers', 'ukraine soldier'],
    ['ZSU fighters', 'ukraine soldier'],
    ['servicemen of the AFU', 'ukraine soldier'],
    ['the Armed Forces of Ukraine', 'ukraine soldier'],
    ['Ukrainian Armed Forces', 'ukraine soldier'],
    ['Russian armed forces', 'russia soldier'],
    // words that point back to people named before name no one of their own
    ['others', 'people'],
    ['the others', 'people'],
    ['more', 'people'],
    ['those', 'people'],
    ['other soldiers', 'soldier'],
    ['more civilians', 'civilian'],
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

describe('describeActor: side and role', () => {
  it.each([
    ['North Korean soldiers', 'North Korea', 'military'],
    ['DPRK troops', 'North Korea', 'military'],
    ["the Korean People's Army", 'North Korea', 'military'],
    ['Ukrainian civilians', 'Ukraine', 'civilian'],
    ['children', null, 'civilian'],
    ['Iraqis', 'Iraq', 'unspecified'],
    ['people in Syria', 'Syria', 'unspecified'],
    ['U.S. Marines', 'United States', 'military'],
    ['Hamas gunmen', 'Hamas', 'military'],
    ['al-Shabaab militants', 'Al-Shabaab', 'military'],
    ['passengers and crew', null, 'unspecified'],
    ['APU servicemen', 'Ukraine', 'military'],
    ['AFU soldiers', 'Ukraine', 'military'],
    // Forces of wars the registry has no conflict for: named, no side.
    ['FARDC soldiers', null, 'military'],
    ['RSF fighters', null, 'military'],
    [null, null, 'unspecified'],
  ])('%s → side %s, role %s', (actor, side, role) => {
    expect(describeActor(actor)).toMatchObject({ side, role });
  });

  it('never merges a part of a group into the whole: children are not civilians', () => {
    expect(actorKey('children')).not.toBe(actorKey('civilians'));
    expect(describeActor('children').role).toBe(describeActor('civilians').role);
  });
});

describe('describeActor: sides the registry knows', () => {
  const known = new Map([['hill brigade', 'Hill Brigade'], ['palestine islamic jihad', 'Palestinian Islamic Jihad']]);

  it('finds a side named in the registry\'s conflicts, before the gazetteer', () => {
    expect(describeActor('Hill Brigade fighters', known)).toEqual({ key: 'hill brigade soldier', side: 'Hill Brigade', role: 'military' });
    expect(describeActor('fighters of the Hill Brigade', known).key).toBe('hill brigade soldier');
    expect(describeActor('Palestinian Islamic Jihad militants', known).side).toBe('Palestinian Islamic Jihad');
    expect(describeActor('Hill Brigade fighters').side).toBeNull();
  });
});
