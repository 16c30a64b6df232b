// Families fixed in dossier round 5 (the open it.fails of rounds 2–4 and tests/cli/dossier-round5.test.ts),
// reconcile side, each with invented cases and the cases that must stay as they were.
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/figure.js';
import { reconcile } from '../../src/reconcile/index.js';
import { figure } from './seed-figures.js';

const killed = (doc: string, source: string, low: number, sentence: string, extra: Partial<Figure> = {}) =>
  figure({ doc, category: 'killed', low, high: low, qualifier: 'exact', actor: 'people', source, sentence, quote: String(low), ...extra });
const rowsOf = (figures: Figure[]) => reconcile(figures).groups.map((group) => [group.actor, group.scope, group.rows.map((row) => row.display)]);

describe('parts: a breakdown is said by whoever states its total', () => {
  const sentence = 'Health Minister Ana Sol said 41 deaths had been confirmed by laboratory tests, including 12 children.';
  const whole = killed('a', 'Health Minister Ana Sol', 41, sentence, { start: 30 });

  it('credits the part to the total\'s speaker, and says so', () => {
    const part = killed('a', 'laboratory tests', 12, sentence, { actor: 'children', partOf: 30, start: 90 });
    const children = reconcile([whole, part]).groups.find((group) => group.actor === 'children')!;
    expect(children.rows.map((row) => row.display)).toEqual(['Health Ministry']);
  });

  it('leaves a figure of another sentence, or of no whole, to its own claimant', () => {
    const alone = killed('a', 'the Red Cross', 12, 'The Red Cross said 12 children died.', { actor: 'children', start: 120 });
    expect(reconcile([whole, alone]).groups.find((group) => group.actor === 'children')!.rows.map((row) => row.display)).toEqual(['the Red Cross']);
  });
});

describe('scope: an event across a border keeps each country\'s toll apart', () => {
  it('splits the unscoped figures of a category naming two countries, by sentence, "the country" and ledger', () => {
    const figures = [
      killed('a', "Vardania's disaster authority", 120, "Vardania's disaster authority said 120 people had been killed in Vardania."),
      killed('b', "Ostrel's civil protection service", 46, 'The service said 46 people had died in the province of Karsk.'),
      killed('c', "Ostrel's civil protection service", 212, 'The service raised the toll in Ostrel to 212.'),
      killed('d', "Vardania's health ministry", 400, 'The ministry said 400 deaths had been confirmed in the country.'),
    ];
    expect(rowsOf(figures)).toEqual([
      ['people', 'in Vardania', ["Vardania's disaster authority", "Vardania's health ministry"]],
      ['people', 'in Ostrel', ["Ostrel's civil protection service"]],
    ]);
  });

  it('keeps one group when one country is named, or many (many events), and leaves towns alone', () => {
    const one = [
      killed('a', 'the ministry', 30, 'The ministry said 30 people were killed in Ukraine.'),
      killed('b', 'the governor', 32, 'The governor said 32 people were killed in Kharkiv.'),
    ];
    expect(rowsOf(one)).toEqual([['people', null, ['the ministry', 'the governor']]]);
    const many = ['Iraq', 'Syria', 'Yemen', 'Libya'].map((country, i) => killed(`m${i}`, `agency ${i}`, 10 + i, `Ten people were killed in ${country}.`));
    expect(rowsOf(many)).toEqual([['people', null, ['agency 0', 'agency 1', 'agency 2', 'agency 3']]]);
  });
});

describe('claimants: the clause after one its speaker closes goes on with the statement', () => {
  const sentence = "The number of missing fell to 38, the sheriff's office said, while the confirmed death toll rose to 31.";
  const missing = figure({ doc: 'w', category: 'missing', low: 38, high: 38, qualifier: 'exact', actor: 'people', source: "the sheriff's office", sentence, quote: '38', start: 30 });
  const toll = (source: string, text = sentence) => killed('w', source, 31, text, { start: text.indexOf('31'), sourceVia: 'column' });

  it('credits the count after ", while" or ", and" to the speaker', () => {
    expect(reconcile([missing, toll('Wire A')]).groups.find((group) => group.category === 'killed')!.rows.map((row) => row.display)).toEqual(["the sheriff's office"]);
    const and = sentence.replace('while', 'and');
    expect(reconcile([{ ...missing, sentence: and }, toll('Wire A', and)]).groups.find((group) => group.category === 'killed')!.rows.map((row) => row.display)).toEqual(["the sheriff's office"]);
  });

  it('leaves a clause with its own speaker, or after no closing speaker, to the outlet', () => {
    const other = "The number of missing fell to 38, the sheriff's office said, while the confirmed death toll rose to 31, a local paper said.";
    const credited = { ...toll('a local paper', other), sourceVia: undefined };
    expect(reconcile([{ ...missing, sentence: other }, credited]).groups.find((group) => group.category === 'killed')!.rows.map((row) => row.display)).toEqual(['a local paper']);
    const unclosed = "The sheriff's office said the number of missing fell to 38 while the confirmed death toll rose to 31.";
    expect(reconcile([{ ...missing, sentence: unclosed }, toll('Wire A', unclosed)]).groups.find((group) => group.category === 'killed')!.rows.map((row) => row.display)).toEqual(['Wire A']);
  });
});

describe('who was counted: the people taken hostage are hostages', () => {
  const captured = (doc: string, source: string, low: number, actor: string, sentence: string) =>
    figure({ doc, category: 'captured', low, high: low, qualifier: 'exact', actor, source, sentence, quote: String(low) });

  it('groups "took 60 guests and staff hostage" and "40 workers were taken hostage" with the hostages', () => {
    const groups = reconcile([
      captured('a', 'police', 60, 'guests', 'Gunmen took 60 guests and staff hostage, police said.'),
      captured('b', 'the group', 100, 'hostages', 'The group said it held 100 hostages.'),
      captured('c', 'the company', 40, 'workers', 'The company said 40 workers were taken hostage.'),
    ]).groups;
    expect(groups.map((group) => [group.actor, group.rows.map((row) => row.display)])).toEqual([['hostages', ['police', 'the group', 'the company']]]);
  });

  it('keeps people captured otherwise, or hostages named far after, apart', () => {
    const groups = reconcile([
      captured('a', 'police', 60, 'guests', 'Gunmen abducted 60 guests from the hotel, police said.'),
      captured('b', 'the group', 100, 'hostages', 'The group said it held 100 hostages.'),
    ]).groups;
    expect(groups.map((group) => group.actor)).toEqual(['guests', 'hostages']);
  });
});

describe('round 5 dossiers: workers, a minister\'s department, revisions of a kind, the latest past a count', () => {
  const dead = (doc: string, source: string, low: number, actor: string, extra: Partial<Figure> = {}) =>
    figure({ doc, category: 'killed', low, high: low, qualifier: 'exact', actor, source, sentence: `${low} died.`, quote: String(low), ...extra });

  it('counts employees and staff as workers', () => {
    const groups = reconcile([dead('a', 'the fire service', 52, 'workers'), dead('b', 'Lumen Group', 41, 'employees'), dead('c', 'the union', 3, 'staff')]).groups;
    expect(groups.map((group) => group.rows.map((row) => row.display))).toEqual([['the fire service', 'Lumen Group', 'the union']]);
    // Other kinds of people stay apart, as before.
    expect(reconcile([dead('a', 'the fire service', 52, 'workers'), dead('b', 'police', 3, 'firefighters')]).groups).toHaveLength(2);
  });

  it('reads a minister\'s ministry as the run\'s one department of that field', () => {
    const groups = reconcile([dead('a', 'the state excise department', 31, 'people'), dead('b', 'State excise minister Meera Pillai', 38, 'people')]).groups;
    expect(groups[0]!.rows.map((row) => row.display)).toEqual(['the state excise department']);
    // A department of another field stays apart.
    const apart = reconcile([dead('a', 'the state health department', 31, 'people'), dead('b', 'State excise minister Meera Pillai', 38, 'people')]).groups;
    expect(apart[0]!.rows).toHaveLength(2);
  });

  it('joins a revision naming no one to the kind its claimant counts, unless others count people of no kind', () => {
    const raised = dead('b', 'the fire service', 58, 'people', { revision: 'revised', date: '2026-11-24' });
    const own = [dead('a', 'the fire service', 52, 'workers', { date: '2026-11-22' }), raised];
    expect(reconcile(own).groups.map((group) => [group.actor, group.rows.map((row) => row.claims.map((c) => c.label))])).toEqual([['workers', [['58']]]]);
    const beside = [...own, dead('c', 'the hospital', 60, 'people', { date: '2026-11-23' })];
    expect(reconcile(beside).groups.map((group) => group.actor)).toEqual(['workers', 'people']);
  });

  it('names a count passed by later counts the latest, not the estimate before them', () => {
    const group = reconcile([
      dead('a', 'Lumen Group', 41, 'workers', { date: '2026-11-22' }),
      dead('b', 'the fire service', 58, 'workers', { date: '2026-11-24', kind: 'counted' }),
    ]).groups[0]!;
    expect(group.digest!.text).toMatch(/^latest: 58 counted \(the fire service, 24 November 2026\)/);
    // A count below the estimate: the estimate stays the latest, as before.
    const below = reconcile([
      dead('a', 'Lumen Group', 70, 'workers', { date: '2026-11-22' }),
      dead('b', 'the fire service', 58, 'workers', { date: '2026-11-24', kind: 'counted' }),
    ]).groups[0]!;
    expect(below.digest!.text).toMatch(/^latest: 70 \(Lumen Group/);
  });

  it('reads "A mortality survey by X" as X', () => {
    const groups = reconcile([dead('a', 'A mortality survey by the Global Nutrition Cluster', 1800, 'people')]).groups;
    expect(groups[0]!.rows[0]!.display).toBe('the Global Nutrition Cluster');
  });
});

describe('scope: countries apart, on figures read back from a stream and by name only', () => {
  it('keeps every field of a figure whose fields are getters (a figure stream\'s view)', () => {
    const plain = killed('a', "Vardania's disaster authority", 120, 'The toll in Vardania rose to 120.');
    const view = Object.create({ get sentence() { return plain.sentence; }, get actor() { return plain.actor; }, get source() { return plain.source; } }) as Figure;
    for (const [key, value] of Object.entries(plain)) if (!['sentence', 'actor', 'source'].includes(key)) Object.defineProperty(view, key, { value, enumerable: true });
    const other = killed('b', "Ostrel's civil protection service", 46, 'The toll in Ostrel rose to 46.');
    const groups = reconcile([view, other]).groups;
    expect(groups.map((group) => [group.scope, group.rows.map((row) => row.display)])).toEqual([
      ['in Vardania', ["Vardania's disaster authority"]], ['in Ostrel', ["Ostrel's civil protection service"]],
    ]);
  });

  it('reads a country by its name, not its demonym', () => {
    const figures = [
      killed('a', 'officials', 12, 'Twelve miners died in Chinese mines.'),
      killed('b', 'officials', 9, 'Nine people died in Japan.'),
    ];
    expect(reconcile(figures).groups.map((group) => group.scope)).toEqual([null]);
  });
});
