// Families fixed in dossier round 11 (tests/cli/dossier-round11.test.ts), reconcile side, each with
// invented cases and the cases that must stay as they were.
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/figure.js';
import { figureDays, reconcile } from '../../src/reconcile/index.js';
import { figure } from './seed-figures.js';

const dead = (doc: string, source: string, low: number, extra: Partial<Figure> = {}) =>
  figure({ doc, category: 'killed', low, high: low, qualifier: 'exact', actor: 'people', source, sentence: `${low} died.`, quote: String(low), ...extra });
const displays = (figures: Figure[]) => reconcile(figures).groups.flatMap((group) => group.rows.map((row) => row.display));

describe('claimants: an acronym that spells the last words of a longer name', () => {
  it.each([
    ['Tamsia\'s Ministry of Health', 'The MoH'],
    ['the Ministry of Defence', 'MoD officials'],
    ['the Kesh State Disaster Management Authority', 'the SDMA'],
  ])('joins %s and %s', (full, acronym) => {
    const figures = [dead('a', full, 40, { date: '2026-05-04' }), dead('b', acronym, 52, { date: '2026-05-11' })];
    expect(displays(figures)).toHaveLength(1);
  });

  it.each([
    ['Tamsia\'s Ministry of Health', 'The MoD'],
    ['the Red Cross', 'The RCS'],
    ['the Ministry of Health', 'The HM'],
  ])('keeps %s and %s apart', (full, acronym) => {
    const figures = [dead('a', full, 40, { date: '2026-05-04' }), dead('b', acronym, 52, { date: '2026-05-11' })];
    expect(displays(figures)).toHaveLength(2);
  });
});

describe('dates: a count after a day and a comma is no two-digit year', () => {
  it('reads no day of 1996 from "since June 1, 96 of them"', () => {
    const [days] = figureDays([{ sentence: 'The agency said 312 people had died since June 1, 96 of them in Kesh state.', date: '2026-07-22' }]);
    expect(days!.event).toBe(null);
  });

  it('still reads a day with its year written out', () => {
    const [days] = figureDays([{ sentence: 'The flood on June 1, 2026 killed 12 people, the agency said.', date: '2026-07-22' }]);
    expect(days!.event).toBe('2026-06-01');
  });
});

describe('revisions: a running total since a start, revised with no period, keeps one ledger', () => {
  const scoped = (doc: string, low: number, scope: Figure['scope'], extra: Partial<Figure> = {}) => dead(doc, 'the national agency', low, { scope, ...extra });

  it('revises the count "since June 1 across the country" by "raised the national toll to 338"', () => {
    const figures = [
      scoped('a', 312, { period: 'since june', place: 'across the country' }, { date: '2026-07-22' }),
      scoped('b', 338, undefined, { date: '2026-07-24', revision: 'revised' }),
    ];
    const { groups } = reconcile(figures);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.rows[0]!.claims.map((c) => c.label)).toEqual(['338']);
  });

  it('leaves a day\'s count and a year\'s count apart', () => {
    const figures = [
      scoped('a', 14, { period: '24 hours' }, { date: '2026-07-22' }),
      scoped('b', 40, { period: 'in 2013' }, { date: '2026-07-22' }),
      scoped('c', 338, undefined, { date: '2026-07-24', revision: 'revised' }),
    ];
    expect(reconcile(figures).groups).toHaveLength(3);
  });
});

describe('shares: captives freed are some of the captives, no rival of those still held', () => {
  const held = (doc: string, source: string, low: number, sentence: string, quote: string) =>
    figure({ doc, category: 'captured', low, high: low, qualifier: 'exact', actor: 'students', source, sentence, quote, date: '2026-03-09' });

  it.each([
    ['Troops had freed 40 students in a raid on a forest camp.', '40'],
    ['40 students were freed in a raid, the army said.', '40'],
    ['The army said it had rescued another 40 of the pupils.', '40'],
  ])('%s', (sentence, quote) => {
    const figures = [held('a', 'the governor', 53, 'The governor said 53 remained in captivity.', '53'), held('b', 'the army', 40, sentence, quote)];
    const [group] = reconcile(figures, { groupBy: 'category' }).groups;
    expect(group!.disagreements).toEqual([]);
  });

  it('still sets two counts of those held against each other', () => {
    const figures = [
      held('a', 'the governor', 53, 'The governor said 53 remained in captivity.', '53'),
      held('b', 'the parents', 137, 'The parents said 137 children were still held.', '137'),
    ];
    const [group] = reconcile(figures, { groupBy: 'category' }).groups;
    expect(group!.disagreements).toHaveLength(1);
  });
});

describe('scope: a count since the month an outbreak began is the outbreak\'s running total', () => {
  const since = (doc: string, source: string, low: number, sentence: string, scope: Figure['scope']) =>
    dead(doc, source, low, { sentence, scope, date: `2026-05-1${doc === 'a' ? 1 : 2}` });

  it('sets WHO\'s "since March" beside the ministry\'s "since the outbreak began in March"', () => {
    const figures = [
      since('a', 'the ministry', 212, 'The ministry said 212 people had died of cholera since the outbreak began in March.', { cumulative: true }),
      since('b', 'WHO', 240, 'WHO said 240 cholera deaths had been reported since March.', { period: 'since march' }),
    ];
    expect(reconcile(figures).groups).toHaveLength(1);
  });

  it('leaves "since March" apart when no outbreak began then', () => {
    const figures = [
      since('a', 'the ministry', 212, 'The ministry said 212 people had died of cholera since the outbreak began in April.', { cumulative: true }),
      since('b', 'WHO', 240, 'WHO said 240 cholera deaths had been reported since March.', { period: 'since march' }),
    ];
    expect(reconcile(figures).groups).toHaveLength(2);
    const war = [
      since('a', 'the ministry', 212, 'The ministry said 212 civilians had been killed since the war began in March.', { cumulative: true }),
      since('b', 'the UN', 240, 'The UN said 240 civilians had been killed since March.', { period: 'since march' }),
    ];
    expect(reconcile(war).groups).toHaveLength(2);
  });
});

describe('revisions: a running total since a start is raised, not cut', () => {
  it('leaves "1,200 since January" apart from a later toll of 40 with no period', () => {
    const figures = [
      dead('a', 'the UN mission', 1200, { scope: { period: 'since january' }, date: '2026-07-22' }),
      dead('b', 'the UN mission', 40, { date: '2026-07-24', revision: 'revised' }),
    ];
    expect(reconcile(figures).groups).toHaveLength(2);
  });
});
