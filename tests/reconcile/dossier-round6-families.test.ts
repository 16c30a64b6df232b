// Families fixed in dossier round 6 (tests/cli/dossier-round6.test.ts), reconcile side, each with
// invented cases and the cases that must stay as they were.
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/figure.js';
import { aliasTable } from '../../src/reconcile/aliases.js';
import { reconcile } from '../../src/reconcile/index.js';
import { figure } from './seed-figures.js';

const dead = (doc: string, source: string, low: number, actor: string, extra: Partial<Figure> = {}) =>
  figure({ doc, category: 'killed', low, high: low, qualifier: 'exact', actor, source, sentence: `${low} died.`, quote: String(low), ...extra });
const displays = (figures: Figure[]) => reconcile(figures).groups.map((group) => group.rows.map((row) => row.display));

describe('claimants: a leader, a union, the company, a minister beside a department', () => {
  it('reads a union\'s leader and "the union" as the run\'s one union', () => {
    expect(displays([dead('a', 'The Dockers Union', 12, 'people'), dead('b', 'Union leader Ada Fenn', 15, 'people'), dead('c', 'the union', 16, 'people')]))
      .toEqual([['The Dockers Union']]);
    // Two unions: the leader of no named one stays as written.
    expect(displays([dead('a', 'The Dockers Union', 12, 'people'), dead('b', 'the Miners Union', 14, 'people'), dead('c', 'Union leader Ada Fenn', 15, 'people')])[0])
      .toHaveLength(3);
  });

  it('keeps a leader of no body in the run as written', () => {
    expect(displays([dead('a', 'Opposition leader Rui Sato', 104, 'people'), dead('b', 'the interior ministry', 42, 'people')]))
      .toEqual([['Opposition leader Rui Sato', 'the interior ministry']]);
  });

  it('reads "the company" as the run\'s one company, named by a word of trade', () => {
    expect(displays([dead('a', 'the company', 7, 'people'), dead('b', 'Halden Mining', 9, 'people')])[0]).toHaveLength(1);
    expect(reconcile([dead('a', 'the company', 7, 'people'), dead('b', 'Halden Mining', 9, 'people')]).groups[0]!.rows[0]!.names.map((name) => name.written))
      .toEqual(['the company', 'Halden Mining']);
    // Two companies, or none: "the company" stays as written.
    expect(displays([dead('a', 'the company', 7, 'people'), dead('b', 'Halden Mining', 9, 'people'), dead('c', 'Orsk Steel', 8, 'people')])[0]).toHaveLength(3);
    expect(displays([dead('a', 'the company', 7, 'people'), dead('b', 'the fire service', 9, 'people')])[0]).toHaveLength(2);
  });

  it('reads a minister\'s ministry as the department of that field with more words', () => {
    expect(displays([dead('a', 'The state transport department', 11, 'people'), dead('b', 'Transport minister Ivo Pahl', 16, 'people')]))
      .toEqual([['The state transport department']]);
    expect(displays([dead('a', 'The state transport department', 11, 'people'), dead('b', 'Labour minister Ivo Pahl', 16, 'people')])[0]).toHaveLength(2);
  });
});

describe('party flags: a health body of a side, an armed group\'s count of a state\'s forces', () => {
  const aliases = aliasTable(
    [
      { name: 'Hill Army', kind: 'military', side: 'Hillia', aliases: ['the Hillian army'] },
      { name: 'Valley Front', kind: 'party', side: 'Valley Front', aliases: ['VF'] },
      { name: 'Valley Health Directorate', kind: 'ministry', side: 'Valley Front', aliases: ['the health directorate'] },
      { name: 'Valley Roads Directorate', kind: 'ministry', side: 'Valley Front', aliases: [] },
    ],
    [{ name: 'Valley war', sides: [['Hillia'], ['Valley Front']] }],
  );
  const killed = (doc: string, source: string, low: number, actor: string, sentence: string) =>
    figure({ doc, source, category: 'killed', low, high: low, qualifier: 'exact', actor, date: '2025-03-03', sentence });
  const flags = (figures: Figure[]) => reconcile(figures, { aliases }).groups.flatMap((group) => group.rows.map((row) => [row.display, row.party]));

  it('flags a side\'s health directorate counting people as its own', () => {
    expect(flags([killed('a', 'the health directorate', 34, 'people', 'The toll from the strike on the camp rose to 34, the health directorate said.')]))
      .toEqual([['Valley Health Directorate', 'own_losses']]);
    // A directorate of another field counts no population of its own.
    expect(flags([killed('b', 'Valley Roads Directorate', 3, 'people', 'Three people died on the road, the Valley Roads Directorate said.')]))
      .toEqual([['Valley Roads Directorate', null]]);
  });

  it('flags an armed group counting soldiers, police or security forces of no side as its enemy', () => {
    expect(flags([killed('c', 'VF', 40, 'members of the security forces', 'VF said its fighter had killed 40 members of the security forces.')]))
      .toEqual([['Valley Front', 'enemy_losses']]);
    expect(flags([killed('d', 'VF', 6, 'police officers', 'VF said it had killed 6 police officers at the checkpoint.')]))
      .toEqual([['Valley Front', 'enemy_losses']]);
    // Its own fighters, or civilians, are not its enemy's; a body of no side flags nothing.
    expect(flags([killed('e', 'VF', 12, 'civilians', 'VF said 12 civilians were killed in the shelling.')])).toEqual([['Valley Front', null]]);
    expect(flags([killed('f', 'a village chief', 5, 'soldiers', 'Five soldiers died, a village chief said.')])).toEqual([['a village chief', null]]);
  });
});

describe('ledgers: a retraction of a figure given of a kind, a union\'s own members', () => {
  it('takes back the claimant\'s own figure of a kind that a retraction names as "dead"', () => {
    const figures = [
      dead('a', 'Halden Mining', 7, 'miners', { date: '2026-10-14' }),
      dead('b', 'the state mines department', 11, 'people', { date: '2026-10-15' }),
      dead('c', 'Halden Mining', 7, 'people', { date: '2026-10-16', revision: 'retracted' }),
    ];
    const miners = reconcile(figures).groups.find((group) => group.actor === 'miners')!;
    expect(miners.rows.map((row) => [row.display, row.claims.map((c) => c.label), row.history.map((c) => `${c.status} ${c.label}`)]))
      .toEqual([['Halden Mining', [], ['retracted 7']]]);
    // A retraction of another number stays in its own group.
    const other = [...figures.slice(0, 2), dead('c', 'Halden Mining', 9, 'people', { date: '2026-10-16', revision: 'retracted' })];
    expect(reconcile(other).groups.find((group) => group.actor === 'miners')!.rows[0]!.claims.map((c) => c.label)).toEqual(['7']);
  });

  it('counts "N of its members" as the kind of people the claimant counts', () => {
    const figures = [
      dead('a', 'The Dockers Union', 15, 'members', { date: '2026-10-15', sentence: 'The Dockers Union said at least 15 of its members had been killed.', quote: 'at least 15', qualifier: 'at_least', high: null }),
      dead('b', 'The Dockers Union', 19, 'workers', { date: '2026-10-18' }),
      dead('c', 'the port authority', 16, 'people', { date: '2026-10-17' }),
    ];
    const workers = reconcile(figures).groups.find((group) => group.actor === 'workers')!;
    expect(workers.rows.map((row) => [row.display, row.claims.map((c) => c.label), row.history.map((c) => c.label)])).toEqual([['The Dockers Union', ['19'], ['≥15']]]);
    // Members of a body named otherwise are that body's, not the claimant's kind.
    const named = [{ ...figures[0]!, sentence: 'The Dockers Union said 15 members of the crew had been killed.', quote: '15' }, figures[1]!];
    expect(reconcile(named).groups.map((group) => group.actor)).toEqual(['members', 'workers']);
  });
});

describe('men counted alone, and an early toll in the digest', () => {
  it('counts men alone as the toll\'s people, and men beside women or children as a kind', () => {
    const union = dead('a', "the miners' union", 24, 'men', { sentence: "The miners' union said 24 men had died.", date: '2026-02-13' });
    const ministry = dead('b', 'the emergencies ministry', 22, 'people', { date: '2026-02-13' });
    const groups = reconcile([ministry, union]).groups;
    expect(groups.map((group) => [group.actor, group.rows.map((row) => row.display)])).toEqual([['people', ['the emergencies ministry', "the miners' union"]]]);
    const shares = dead('c', 'police', 12, 'men', { sentence: 'Police said 12 men and 3 women were shot.', date: '2026-02-13' });
    expect(reconcile([ministry, shares]).groups.map((group) => group.actor)).toEqual(['people', 'men']);
  });

  it('names no outlier in a toll stated before every figure far above it', () => {
    const figures = [
      dead('a', 'the company', 7, 'people', { date: '2026-02-11' }),
      dead('b', 'the ministry', 22, 'people', { date: '2026-02-13' }),
      dead('c', 'the union', 24, 'people', { date: '2026-02-13' }),
    ];
    expect(reconcile(figures).groups[0]!.digest!.outliers).toEqual([]);
    // Stated on the same day as the others, it still stands out.
    const sameDay = [{ ...figures[0]!, date: '2026-02-13' }, figures[1]!, figures[2]!];
    expect(reconcile(sameDay).groups[0]!.digest!.outliers.map((outlier) => outlier.label)).toEqual(['7']);
  });
});

describe('an armed group of no war the registry lists', () => {
  it('flags nothing', () => {
    const aliases = aliasTable([{ name: 'Valley Front', kind: 'party', side: 'Valley Front', aliases: ['VF'] }], []);
    const figures = [figure({ doc: 'a', source: 'VF', category: 'killed', low: 6, high: 6, qualifier: 'exact', actor: 'police officers', sentence: 'VF said it had killed 6 police officers.' })];
    expect(reconcile(figures, { aliases }).groups[0]!.rows[0]!.party).toBe(null);
  });
});
