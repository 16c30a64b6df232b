// Families fixed in dossier round 7 (tests/cli/dossier-round7.test.ts), reconcile side, each with
// invented cases and the cases that must stay as they were.
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/figure.js';
import { aliasTable } from '../../src/reconcile/aliases.js';
import { reconcile } from '../../src/reconcile/index.js';
import { figure } from './seed-figures.js';

const dead = (doc: string, source: string, low: number, actor: string, extra: Partial<Figure> = {}) =>
  figure({ doc, category: 'killed', low, high: low, qualifier: 'exact', actor, source, sentence: `${low} died.`, quote: String(low), ...extra });
const ledgers = (figures: Figure[], options = {}) => reconcile(figures, options).groups.map((group) => [
  group.actor, group.rows.map((row) => [row.display, row.claims.map((c) => c.label), row.history.map((c) => `${c.status} ${c.label}`)]),
]);

describe('who was counted: the people of a prison', () => {
  it('reads inmates, prisoners and convicts as one people', () => {
    const figures = [
      dead('a', 'the justice ministry', 7, 'prisoners', { date: '2026-05-18' }),
      dead('b', 'the families association', 15, 'inmates', { date: '2026-05-21' }),
      dead('c', 'the prison service', 9, 'convicts', { date: '2026-05-20' }),
    ];
    expect(reconcile(figures).groups.map((group) => group.rows.length)).toEqual([3]);
    // Guards of the prison are no inmates.
    expect(reconcile([figures[0]!, dead('d', 'the justice ministry', 2, 'guards')]).groups.map((group) => group.actor)).toEqual(['prisoners', 'guards']);
  });
});

describe('parts: a part that names no kind of people', () => {
  const total = dead('a', 'the justice ministry', 13, 'prisoners', { start: 40, sentence: 'The ministry raised the number of prisoners killed to 13, saying 6 more bodies had been found.' });
  const part = (actor: string) => ({ ...total, low: 6, high: 6, quote: '6', start: 70, actor, partOf: 40 });

  it('lists "6 more bodies" under its total\'s people, not as a claim of its own', () => {
    const groups = reconcile([total, part('bodies')]).groups;
    expect(groups.map((group) => group.actor)).toEqual(['prisoners']);
    expect(groups[0]!.rows[0]!.parts.map((p) => p.claim.label)).toEqual(['6']);
  });

  it('keeps a part of a kind of people a claim of its own group too', () => {
    expect(reconcile([total, part('guards')]).groups.map((group) => group.actor)).toEqual(['prisoners', 'guards']);
  });
});

describe('ledgers: a denial of a figure named as "dead"', () => {
  const ministry = dead('a', 'the interior ministry', 19, 'civilians', { date: '2026-11-04' });
  const denial = dead('b', 'the army', 19, 'dead', { date: '2026-11-05', revision: 'denied' });

  it('goes with the people whose count it denies', () => {
    expect(ledgers([ministry, denial])).toEqual([['civilians', [['the interior ministry', ['19'], []], ['the army', [], ['denied 19']]]]]);
  });

  it('stays with people of no kind where the number names no one else\'s count, or two kinds\'', () => {
    expect(ledgers([ministry, { ...denial, low: 40, high: 40 }]).map(([actor]) => actor)).toEqual(['civilians', 'people']);
    const twoKinds = [ministry, dead('c', 'the rebels', 19, 'soldiers', { date: '2026-11-04' }), denial];
    expect(ledgers(twoKinds).map(([actor]) => actor)).toEqual(['civilians', 'soldiers', 'people']);
  });
});

describe('party flags: the side a claimant blames', () => {
  const aliases = aliasTable(
    [
      { name: 'Ostrel Interior Ministry', kind: 'ministry', side: 'Ostrel', aliases: ['the Ostrelian interior ministry'] },
      { name: 'Varn Army', kind: 'military', side: 'Varn', aliases: ['the Varnian army'] },
    ],
    [{ name: 'Ostrel–Varn border conflict', sides: [['Ostrel'], ['Varn']] }],
  );
  const killed = (sentence: string) => figure({ doc: 'a', source: 'the Ostrelian interior ministry', category: 'killed', low: 12, high: 12, qualifier: 'exact', actor: 'civilians', date: '2026-11-03', sentence });
  const flags = (figures: Figure[]) => reconcile(figures, { aliases }).groups.flatMap((group) => group.rows.map((row) => row.party));

  it('reads the side blamed as the attacker, so the claimant counts its own', () => {
    expect(flags([killed('A drone strike killed 12 civilians in Ketra, the Ostrelian interior ministry said, blaming Varn\'s army.')])).toEqual(['own_losses']);
    expect(flags([killed('The Ostrelian interior ministry blamed Varn for the strike that killed 12 civilians.')])).toEqual(['own_losses']);
  });

  it('reads a side named otherwise as the people\'s', () => {
    expect(flags([killed('A drone strike killed 12 civilians from Varn, the Ostrelian interior ministry said.')])).toEqual(['enemy_losses']);
  });
});

describe('claimants: a generic noun of what the body is, before its name', () => {
  const displays = (figures: Figure[]) => reconcile(figures).groups.map((group) => group.rows.map((row) => row.display));

  it('reads "The rights group Prison Watch" as Prison Watch', () => {
    expect(displays([dead('a', 'The rights group Prison Watch', 17, 'inmates'), dead('b', 'Prison Watch', 18, 'inmates')])).toEqual([['Prison Watch']]);
    expect(displays([dead('a', 'the charity Aid First', 4, 'people')])).toEqual([['Aid First']]);
  });

  it('keeps a name that goes on after the noun, or a group named by its kind, as written', () => {
    expect(displays([dead('a', 'the rights group', 17, 'inmates')])).toEqual([['the rights group']]);
    expect(displays([dead('a', 'the Green Helmets group', 17, 'people')])).toEqual([['the Green Helmets']]);
    expect(displays([dead('a', 'the rights group Prison Watch of the north', 17, 'people')])).toEqual([['the rights group Prison Watch of the north']]);
  });
});

describe('dates: a day after the event\'s own verb', () => {
  const riot = (sentence: string) => reconcile([dead('a', 'the justice ministry', 7, 'prisoners', { date: '2026-05-18', sentence })]).groups[0]!.rows[0]!.claims[0]!;

  it('dates the riot, not the statement, by "rioted on Sunday, and the ministry said"', () => {
    const claim = riot('Inmates rioted on Sunday, and the justice ministry said 7 prisoners had been killed.');
    expect(claim.events).toEqual(['2026-05-17']);
    expect(claim.statements.map((s) => s.date)).toEqual(['2026-05-18']);
    expect(riot('Fans were crushed at the gates on Sunday, and the service said 7 had died.').events).toEqual(['2026-05-17']);
  });

  it('keeps "On Sunday, the ministry said" the statement\'s day', () => {
    const claim = riot('On Sunday, the justice ministry said 7 prisoners had been killed in the riot.');
    expect(claim.statements.map((s) => s.date)).toEqual(['2026-05-17']);
  });
});
