// Who was counted, read through the claimant: a toll that names no one ("the toll rose to 15") is of
// the people its claimant counts; a state's forces counting irregular fighters count the enemy.
import { describe, expect, it } from 'vitest';
import { readBuiltinAliases, reconcile } from '../../src/reconcile/index.js';
import { figure } from './seed-figures.js';

const killed = (doc: string, source: string, low: number, actor: string, date: string, sentence = '') =>
  figure({ doc, source, category: 'killed', low, high: low, qualifier: 'exact', actor, date, sentence });

const rowsOf = (group: ReturnType<typeof reconcile>['groups'][number]) =>
  group.rows.map((row) => [row.display, row.claims.map((claim) => claim.label), row.history.map((claim) => claim.label)]);

describe('a toll that names no one counted', () => {
  it('joins the one kind of people its claimant counts, so its ledger is one', () => {
    const { groups } = reconcile([
      killed('d1', 'the Coastal Health Ministry', 14, 'Palestinians', '2024-03-12'),
      killed('d2', 'the Coastal Health Ministry', 15, 'people', '2024-03-14'),
      killed('d3', 'Red Crescent paramedics', 14, 'people', '2024-03-13'),
    ]);
    expect(groups.map((group) => [group.actor, rowsOf(group)])).toEqual([
      ['Palestinians', [['the Coastal Health Ministry', ['15'], ['14']]]],
      ['people', [['Red Crescent paramedics', ['14'], []]]],
    ]);
  });

  it('stays apart from a kind of people within a population: "2 civilians", then "7 killed"', () => {
    const { groups } = reconcile([
      killed('d1', 'the governor', 2, 'civilians', '2024-03-12'),
      killed('d2', 'the governor', 7, 'people', '2024-03-13'),
    ]);
    expect(groups.map((group) => group.actor)).toEqual(['civilians', 'people']);
  });

  it('stays apart when its claimant counts several kinds of people, or names no claimant', () => {
    const { groups } = reconcile([
      killed('d1', 'the army', 10, 'Palestinians', '2024-03-12'),
      killed('d1', 'the army', 2, 'Israelis', '2024-03-12'),
      killed('d2', 'the army', 12, 'people', '2024-03-13'),
      killed('d3', '', 7, 'people', '2024-03-13'),
    ]);
    expect(groups.map((group) => group.actor)).toEqual(['Palestinians', 'Israelis', 'people']);
  });
});

describe('a state counting irregular fighters', () => {
  it('counts the enemy: the row is flagged enemy_losses', () => {
    const { groups } = reconcile([killed('d1', 'the Israeli military', 10, 'militants', '2024-03-12')], { aliases: readBuiltinAliases() });
    expect(groups[0]!.rows.map((row) => [row.display, row.party])).toEqual([['Israel Defense Forces (IDF)', 'enemy_losses']]);
  });

  it('flags nothing when the claimant is no state, or counts its own soldiers', () => {
    const { groups } = reconcile([
      killed('d1', 'a local monitor', 10, 'militants', '2024-03-12'),
      killed('d2', 'the Israeli military', 3, 'people', '2024-03-12', 'Three people were killed at a checkpoint, the military said.'),
    ], { aliases: readBuiltinAliases() });
    expect(groups.flatMap((group) => group.rows.map((row) => row.party))).toEqual([null, null]);
  });
});

describe('who did the harm, and people named as the enemy', () => {
  const party = (source: string, actor: string, sentence: string) =>
    reconcile([killed('d1', source, 12, actor, '2024-03-12', sentence)], { aliases: readBuiltinAliases(), groupBy: 'category' }).groups[0]!.rows[0]!.party;

  it.each([
    // The people are named as the claimant's enemy, whoever is named beside them.
    ['Ukrinform', 'invaders', 'Ukrainian marines destroyed 12 invaders near the river crossing'],
    ['Ukrinform', 'occupiers', 'Paratroopers eliminated 12 occupiers and two depots overnight'],
    ['the Russian Defence Ministry', 'enemy soldiers', 'Artillery killed 12 enemy soldiers at a crossing, the Russian Defence Ministry said'],
    // The side named as doing the harm is the people's enemy, not their side.
    ['the Russian Defence Ministry', 'people', 'Russian troops killed 12 people near the depot'],
  ])('%s counting %s is flagged enemy_losses: %s', (source, actor, sentence) => {
    expect(party(source, actor, sentence)).toBe('enemy_losses');
  });

  it.each([
    ['Ukrinform', 'people', 'Russian shelling kills 12 people in a market town'],
    ['Ukrinform', 'residents', 'Twelve residents were killed in the shelling by Russian troops overnight'],
    ['Ukrinform', 'person', 'One person was killed after the aggression of the Russian Federation'],
    ['Ukrinform', 'civilians', 'The Russian army shelled the district, killing 12 civilians'],
    ['the Russian Defence Ministry', 'people', 'The Armed Forces of Ukraine killed 12 people near the depot'],
    ['TASS', 'militiamen', 'Ukrainian military barrage leaves 12 militiamen dead'],
    ['TASS', 'people', 'Twelve people died in the district after the shelling of the Armed Forces of Ukraine'],
    ['TASS', 'servicemen', 'Twelve servicemen killed as Ukrainian troops open fire on a village'],
  ])('%s counting %s harmed by the other side is flagged own_losses: %s', (source, actor, sentence) => {
    expect(party(source, actor, sentence)).toBe('own_losses');
  });

  it.each([
    // A side after "in" is a place; "shells of" an army are its things.
    ['Ukrinform', 'civilians', 'Rebel shelling in east Ukraine kills 12 civilians', 'own_losses'],
    ['the Russian Defence Ministry', 'soldiers', 'Gunners destroyed 12 soldiers and 300 shells of the Armed Forces of Ukraine', 'enemy_losses'],
    // No side named at all: no flag. "Shelling of X" is not read: X is as often the target.
    ['Ukrinform', 'people', 'Twelve people were killed in a shelling overnight', null],
    ['the DPR command', 'militiamen', 'Twelve militiamen killed in the shelling of DPR positions by Ukrainian troops', 'own_losses'],
    ['Ukrinform', 'people', 'Twelve people were killed in the shelling of Donetsk', null],
    // The war's other parties: the DPR and LPR stand with Russia.
    ['Eduard Basurin', 'Ukrainian soldiers', 'Twelve Ukrainian soldiers killed near the airport, Basurin said', 'enemy_losses'],
    ['the LPR militia', 'LPR servicemen', 'Twelve LPR servicemen killed in a week, the LPR militia said', 'own_losses'],
    ['JFO HQ', 'Ukrainian soldiers', 'Twelve Ukrainian soldiers killed in the past week - JFO HQ', 'own_losses'],
  ])('%s counting %s: %s -> %s', (source, actor, sentence, flag) => {
    expect(party(source, actor, sentence)).toBe(flag);
  });
});

describe('two parties each counting the other side', () => {
  const lost = (doc: string, source: string, low: number, actor: string, date: string, sentence: string) =>
    figure({ doc, source, category: 'casualties', low, high: low, qualifier: 'exact', actor, date, sentence, quote: low.toLocaleString('en') });

  it('are two groups, one of each side, never rivals in one', () => {
    const { groups } = reconcile([
      lost('d1', "Ukraine's General Staff", 1020, 'troops', '2024-05-02', 'Russian forces lost 1,020 troops over the past day, the General Staff said.'),
      lost('d2', 'the Russian Defence Ministry', 145, 'troops', '2024-05-03', 'Ukrainian losses over the past 24 hours amounted to 145 troops, the Russian Defence Ministry said.'),
    ], { aliases: readBuiltinAliases() });
    expect(groups.map((group) => [group.actor, group.side, group.conflict, group.rows.map((row) => row.party)])).toEqual([
      ['Russia troops', 'Russia', false, ['enemy_losses']],
      ['Ukraine troops', 'Ukraine', false, ['enemy_losses']],
    ]);
  });

  it('keeps people of no kind, and a sentence naming no side or both, as they were', () => {
    const { groups } = reconcile([
      lost('d1', "Ukraine's General Staff", 1020, 'people', '2024-05-02', 'Russian forces lost 1,020 people over the past day, the General Staff said.'),
      lost('d2', "Ukraine's General Staff", 30, 'troops', '2024-05-02', 'The enemy lost 30 troops near the river, the General Staff said.'),
      lost('d3', 'the Russian Defence Ministry', 12, 'troops', '2024-05-03', 'Russian and Ukrainian troops fought; 12 troops were lost, the ministry said.'),
    ], { aliases: readBuiltinAliases() });
    expect(groups.map((group) => group.actor)).toEqual(['people', 'troops']);
  });
});
