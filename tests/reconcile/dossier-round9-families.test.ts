// Families fixed in dossier round 9 (tests/cli/dossier-round9.test.ts), reconcile side, each with
// invented cases and the cases that must stay as they were.
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/figure.js';
import { reconcile } from '../../src/reconcile/index.js';
import { figure } from './seed-figures.js';

const dead = (doc: string, source: string, low: number, actor: string, extra: Partial<Figure> = {}) =>
  figure({ doc, category: 'killed', low, high: low, qualifier: 'exact', actor, source, sentence: `${low} died.`, quote: String(low), ...extra });
const byCategory = { groupBy: 'category' as const };
const pairs = (figures: Figure[]) => {
  const [group] = reconcile(figures, byCategory).groups;
  return { conflicts: group!.disagreements.map((p) => [p.a, p.b].sort().join(' / ')), compatible: group!.compatible.map((p) => [p.a, p.b].sort().join(' / ')), group: group! };
};

describe('claimants: a chief minister speaks for the state government', () => {
  it('joins the run\'s one government', () => {
    const figures = [
      dead('a', 'the state government', 54, 'people', { date: '2026-05-06' }),
      dead('b', 'Chief Minister Biren Laishram', 60, 'people', { date: '2026-05-08' }),
    ];
    const rows = reconcile(figures).groups[0]!.rows;
    expect(rows.map((row) => [row.display, row.claims.map((c) => c.label)])).toEqual([['the state government', ['60']]]);
    expect(rows[0]!.names.map((name) => name.how)).toContainEqual(expect.stringMatching(/^chief minister → the government/));
  });

  it('stays as written without a government, and beside two of them', () => {
    expect(reconcile([dead('a', 'Chief Minister Biren Laishram', 60, 'people')]).groups[0]!.rows.map((row) => row.display)).toEqual(['Chief Minister Biren Laishram']);
    const two = [
      dead('a', 'the state government', 54, 'people'),
      dead('b', 'the federal government', 70, 'people'),
      dead('c', 'Chief Minister Biren Laishram', 60, 'people'),
    ];
    expect(reconcile(two).groups[0]!.rows.map((row) => row.display)).toContain('Chief Minister Biren Laishram');
    // A prime minister stays a person (docs/reconcile.md).
    expect(reconcile([dead('a', 'the government', 54, 'people'), dead('b', 'Prime Minister Lena Vukic', 60, 'people')]).groups[0]!.rows).toHaveLength(2);
  });
});

describe('a count of some of the people in a group of every actor is a floor of the toll', () => {
  const toll = dead('a', 'the tourism department', 11, 'people', { date: '2026-10-09', start: 30, sentence: 'Among the dead were 3 Germans and 8 guides, and the toll stood at 11.' });
  const germans = { ...toll, low: 3, high: 3, quote: '3', start: 20, actor: 'Germans', partOf: 30 };
  const guides = { ...toll, low: 8, high: 8, quote: '8', start: 25, actor: 'guides', partOf: 30 };
  const foreignOffice = dead('b', 'the German foreign office', 3, 'Germans', { date: '2026-10-11' });

  it('sets a kind another row lists as a part of its total beside the toll, in no conflict', () => {
    const { conflicts, compatible, group } = pairs([toll, germans, guides, foreignOffice]);
    expect(conflicts).toEqual([]);
    expect(compatible).toEqual(['germany foreign office / tourism department']);
    // Never the latest, though stated last.
    expect(group.digest!.latest!.display).toBe('the tourism department');
  });

  it('does the same for the claimant\'s own people', () => {
    const forum = dead('c', 'the Hill Tribes Forum', 36, 'members of its community', { date: '2026-10-12' });
    expect(pairs([toll, forum]).conflicts).toEqual([]);
  });

  it('still compares a share above the toll, and kinds no one lists as a part', () => {
    // 14 Germans the day before the toll of 11: the toll cannot hold beside them.
    const many = dead('b', 'the German foreign office', 14, 'Germans', { date: '2026-10-08' });
    expect(pairs([toll, germans, guides, many]).conflicts).toEqual(['germany foreign office / tourism department']);
    const climbers = dead('b', 'the club', 3, 'climbers', { date: '2026-10-11' });
    expect(pairs([toll, germans, guides, climbers]).conflicts).toEqual(['club / tourism department']);
  });
});

describe('parts: each whole\'s parts add up on their own', () => {
  it('never sums the breakdowns of two reports of one claim', () => {
    const raised = dead('a', 'the department', 11, 'people', { start: 40, sentence: 'Rescuers found 4 more bodies, bringing the toll to 11.' });
    const more = { ...raised, low: 4, high: 4, quote: '4', start: 15, actor: 'bodies', partOf: 40 };
    const listed = dead('b', 'the department', 11, 'people', { start: 60, sentence: 'Of the 11 dead, 3 were Germans and 8 guides.' });
    const listedParts = [3, 8].map((n, i) => ({ ...listed, low: n, high: n, quote: String(n), start: 70 + i * 10, actor: i === 0 ? 'Germans' : 'guides', partOf: 60 }));
    const row = reconcile([raised, more, listed, ...listedParts], byCategory).groups[0]!.rows[0]!;
    expect(row.parts.map((part) => part.exceeds)).toEqual([false, false, false]);
    // One whole's parts above it are still a finding.
    const over = { ...listed, low: 9, high: 9, quote: '9', start: 90, actor: 'women', partOf: 60 };
    expect(reconcile([listed, ...listedParts, over], byCategory).groups[0]!.rows[0]!.parts.some((part) => part.exceeds)).toBe(true);
  });
});

describe('claimants: a generic noun before a name, the sentence\'s first word capitalised', () => {
  it('drops "Rights group" before the name', () => {
    const figures = [dead('a', 'Rights group Frontline Watch', 112, 'people'), dead('b', 'Frontline Watch', 112, 'people')];
    expect(reconcile(figures).groups[0]!.rows.map((row) => row.display)).toEqual(['Frontline Watch']);
  });

  it('keeps a name whose generic noun is capitalised', () => {
    expect(reconcile([dead('a', 'Amnesty Group Watch', 5, 'people')]).groups[0]!.rows.map((row) => row.display)).toEqual(['Amnesty Group Watch']);
  });
});
