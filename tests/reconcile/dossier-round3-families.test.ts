// Families found by the third blind dossier round (tests/cli/dossier-round3.test.ts), reconcile side,
// each with invented cases and the cases that must stay as they were.
import { describe, expect, it } from 'vitest';
import { readBuiltinAliases, reconcile, resolveClaimants } from '../../src/reconcile/index.js';
import { NO_ALIASES } from '../../src/reconcile/aliases.js';
import type { Revision } from '../../src/figure.js';
import { figure } from './seed-figures.js';

type Stated = { doc: string; date: string; low: number; high?: number | null; qualifier?: 'exact' | 'at_least'; source?: string; kind?: 'counted'; revision?: Revision };
const stated = ({ doc, date, low, high = low, qualifier = 'exact', source = 'the Lake Authority', kind, revision }: Stated) =>
  ({ ...figure({ doc, date, category: 'killed', low, high, qualifier, source, sentence: '' }), ...(kind ? { kind } : {}), ...(revision ? { revision } : {}) });
const ledger = (row: { claims: { label: string }[]; history: { label: string; status: string }[] }) =>
  [row.claims.map((c) => c.label), row.history.map((c) => `${c.status} ${c.label}`)];

describe('ledger: a count of an earlier day is where the count stood then', () => {
  it('puts the confirmed deaths of an earlier day in the history of a higher later count', () => {
    const row = reconcile([
      stated({ doc: 'a', date: '2025-07-20', low: 312, kind: 'counted' }),
      stated({ doc: 'b', date: '2025-07-24', low: 455, kind: 'counted' }),
    ]).groups[0]!.rows[0]!;
    expect(ledger(row)).toEqual([['455 counted'], ['superseded 312 counted']]);
  });

  it('keeps a count stated later, or the same day, beside the total', () => {
    const later = reconcile([stated({ doc: 'a', date: '2025-07-20', low: 471 }), stated({ doc: 'b', date: '2025-07-22', low: 14, kind: 'counted' })]).groups[0]!.rows[0]!;
    expect(ledger(later)).toEqual([['471', '14 counted'], []]);
    const sameDay = reconcile([stated({ doc: 'a', date: '2025-07-20', low: 20, kind: 'counted' }), stated({ doc: 'b', date: '2025-07-20', low: 31 })]).groups[0]!.rows[0]!;
    expect(ledger(sameDay)).toEqual([['20 counted', '31'], []]);
  });

  it('lets a figure marked as the revision replace a different one of an earlier day', () => {
    const row = reconcile([
      stated({ doc: 'a', date: '2025-07-20', low: 40, high: null, qualifier: 'at_least' }),
      stated({ doc: 'b', date: '2025-07-21', low: 60, high: null, qualifier: 'at_least', revision: 'revised' }),
    ]).groups[0]!.rows[0]!;
    expect(ledger(row)).toEqual([['≥60'], ['superseded ≥40']]);
  });
});

describe('ledger: a claimant that withdraws its figure stands by nothing it said before', () => {
  it('leaves the figure it had raised in the history, not current again', () => {
    const row = reconcile([
      stated({ doc: 'a', date: '2025-10-03', low: 4 }),
      stated({ doc: 'b', date: '2025-10-06', low: 19 }),
      stated({ doc: 'c', date: '2025-10-08', low: 19, revision: 'retracted' }),
    ]).groups[0]!.rows[0]!;
    expect(ledger(row)).toEqual([[], ['superseded 4', 'retracted 19']]);
  });

  it('keeps what the withdrawing report states instead, and what comes after', () => {
    const row = reconcile([
      stated({ doc: 'a', date: '2025-10-03', low: 50 }),
      { ...stated({ doc: 'b', date: '2025-10-05', low: 50, revision: 'retracted' }), start: 0 },
      { ...stated({ doc: 'b', date: '2025-10-05', low: 12, kind: 'counted' }), start: 60 },
    ]).groups[0]!.rows[0]!;
    expect(ledger(row)[0]).toEqual(['12 counted']);
  });
});

describe('party flags: the side named as the attacker is not the side of the dead', () => {
  const killed = (doc: string, source: string, low: number, actor: string, sentence: string) =>
    figure({ doc, source, category: 'killed', low, high: low, qualifier: 'exact', actor, date: '2026-05-08', sentence });
  const flags = (figures: ReturnType<typeof figure>[]) =>
    reconcile(figures, { aliases: readBuiltinAliases() }).groups.flatMap((group) => group.rows.map((row) => [row.display, row.party]));

  it('reads the dead of an attack by the enemy as the claimant\'s own', () => {
    expect(flags([killed('d1', 'Indian army officials', 4, 'civilians', 'Pakistani troops shelled villages near the border, killing four civilians, Indian army officials said.')]))
      .toEqual([['Indian Army', 'own_losses']]);
    expect(flags([killed('d2', "Pakistan's military", 6, 'civilians', "Pakistan's military said Indian shelling had killed six civilians.")]))
      .toEqual([['Pakistan Armed Forces (ISPR)', 'own_losses']]);
    // The forces' verb a word on, and a weapon after the side (the agent patterns of sides.ts).
    expect(flags([killed('d6', 'Indian army officials', 3, 'civilians', 'Pakistani troops had fired on two hamlets overnight, killing three civilians, Indian army officials said.')]))
      .toEqual([['Indian Army', 'own_losses']]);
    expect(flags([killed('d7', "Pakistan's military", 2, 'civilians', "Indian gunfire killed two civilians in the valley, Pakistan's military said.")]))
      .toEqual([['Pakistan Armed Forces (ISPR)', 'own_losses']]);
  });

  it('reads the dead of its own side\'s attack as the enemy\'s, and a side named otherwise as before', () => {
    expect(flags([killed('d3', 'the Indian army', 5, 'people', 'Indian troops struck a post across the border, killing five, the Indian army said.')]))
      .toEqual([['Indian Army', 'enemy_losses']]);
    // Named as the people's own, not as an attacker: the troops of a deployment point are the counted.
    expect(flags([killed('d4', 'the Indian army', 9, 'servicemen', 'The Indian army said it struck a post of Pakistani troops, killing nine servicemen.')]))
      .toEqual([['Indian Army', 'enemy_losses']]);
    // No registry side for the claimant: no flag.
    expect(flags([killed('d5', 'a village elder', 4, 'civilians', 'Pakistani troops shelled the village, killing four civilians, a village elder said.')]))
      .toEqual([['a village elder', null]]);
  });
});

describe('claimants: the people of a body speak for it', () => {
  const displays = (names: string[]) => [...new Set(resolveClaimants(names, NO_ALIASES).map((c) => c.identity.display))];

  it('joins volunteers from a group, and the group named with a generic noun, to the group', () => {
    expect(displays(['Volunteer rescuers from the Blue Shields group', 'Blue Shields coordinator Ana Berg'])).toEqual(['the Blue Shields']);
    expect(displays(['members of the Lake Rights Centre', 'the Lake Rights Centre'])).toEqual(['the Lake Rights Centre']);
  });

  it('joins researchers at an institute, and "the institute", to the institute', () => {
    expect(displays(['Researchers at the Institute of Soil and Water', 'The institute'])).toEqual(['the Institute of Soil and Water']);
  });

  it('keeps doctors at a hospital, and a group named only by a common noun, as written', () => {
    expect(displays(['Doctors at the district hospital'])).toEqual(['Doctors at the district hospital']);
    expect(displays(['the rescue group'])).toEqual(['the rescue group']);
  });
});
