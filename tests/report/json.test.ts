import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/figure.js';
import { escapeJsonText } from '../../src/report/sanitize.js';
import { FIGURE_FIELDS, figureRecord } from '../../src/report/records.js';
import { reconcile } from '../../src/reconcile/index.js';
import { RECONCILE_SCHEMA, formatJson } from '../../src/report/json.js';
import { formatNdjson } from '../../src/report/ndjson.js';
import { formatFiguresJson } from '../../src/report/figures-json.js';
import { figureToNdjsonLine, formatFiguresNdjson } from '../../src/report/figures-ndjson.js';
import { figure, SEED_FIGURES } from '../reconcile/seed-figures.js';


describe('formatJson (reconcile): schema toll.reconcile/1', () => {
  const document = JSON.parse(formatJson(reconcile(SEED_FIGURES)));

  it('has the versioned envelope', () => {
    expect(RECONCILE_SCHEMA).toBe('toll.reconcile/1');
    expect(Object.keys(document)).toEqual(['schema', 'tolerance', 'groupBy', 'perRecord', 'policy', 'groups']);
    expect(document).toMatchObject({ schema: 'toll.reconcile/1', tolerance: 0.1, groupBy: 'actor', perRecord: false, policy: 'range' });
  });

  it('keeps the keys of version 1 and adds the new ones after them or beside their kin (see docs/json-schema.md)', () => {
    const [group] = document.groups;
    expect(Object.keys(group)).toEqual(expect.arrayContaining(['key', 'actor', 'actorKey', 'category', 'rows', 'conflict', 'spread', 'disagreements']));
    expect(Object.keys(group.rows[0])).toEqual(expect.arrayContaining(['source', 'display', 'kind', 'side', 'claims', 'reports', 'docs', 'outlets', 'conflict']));
    expect(Object.keys(group.rows[0].claims[0])).toEqual(expect.arrayContaining(['category', 'qualifier', 'low', 'high', 'label', 'bounds', 'reports', 'docs', 'figures']));
    expect(Object.keys(group.rows[0].claims[0].figures[0])).toEqual(FIGURE_FIELDS);
  });

  it('writes the figures behind a part like every other figure: the extract keys, no sourceVia', () => {
    const breakdown = [
      figure({ doc: 'b1', start: 10, category: 'killed', low: 23, high: 23, qualifier: 'exact', actor: 'people', source: 'police', sourceVia: 'named' }),
      figure({ doc: 'b1', start: 30, partOf: 10, category: 'killed', low: 9, high: 9, qualifier: 'exact', actor: 'people', source: 'police', sourceVia: 'named' }),
    ];
    const [part] = JSON.parse(formatJson(reconcile(breakdown))).groups[0].rows[0].parts;
    expect(Object.keys(part.claim.figures[0])).toEqual([...FIGURE_FIELDS, 'partOf']);
    const [line] = formatNdjson(reconcile(breakdown)).split('\n');
    expect(Object.keys(JSON.parse(line!).rows[0].parts[0].claim.figures[0])).toEqual([...FIGURE_FIELDS, 'partOf']);
  });

  it('carries the conflict flags and the seed values', () => {
    expect(document.groups.map((group: { key: string; conflict: boolean }) => [group.key, group.conflict])).toEqual([
      ['north korea soldier/killed', true],
      ['north korea soldier/wounded', false],
      ['north korea soldier/captured', false],
    ]);
    const intelligence = document.groups[0].rows[1];
    expect(intelligence.claims.map((claim: { label: string; bounds: unknown }) => [claim.label, claim.bounds])).toEqual([
      ['≈300', { low: 270, high: 330 }],
      ['≥300', { low: 300, high: null }],
    ]);
    expect(document.groups[0].disagreements).toEqual([{ category: 'killed', a: 'news report', b: intelligence.source, ratio: 3.33, older: null }]);
    expect(document.groups[0].summary).toEqual({ policy: 'range', point: null, low: 300, high: 1000, label: '300–1,000', sources: [intelligence.source, 'news report'],
      rule: 'lowest to highest number stated',
    });
  });

  it('round-trips to the reconcile result', () => {
    // Figures without a revision mark carry `revision: null` in JSON, so that every figure has every key.
    const result = reconcile(SEED_FIGURES.map((figure) => ({ ...figure, revision: undefined })));
    const marked = JSON.parse(JSON.stringify(result.groups, (key, value) => (key === 'revision' && value === undefined ? null : value)));
    expect(JSON.parse(formatJson(result)).groups).toEqual(marked);
  });
});

describe('formatNdjson (reconcile)', () => {
  it('writes one group per line, as in the JSON groups', () => {
    const result = reconcile(SEED_FIGURES);
    const lines = formatNdjson(result).split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
    expect(lines.slice(0, 3).map((line) => JSON.parse(line))).toEqual(JSON.parse(formatJson(result)).groups);
    expect(formatNdjson(reconcile([]))).toBe('');
  });
});

describe('figures as NDJSON and JSON (extract)', () => {
  it('writes exactly the Figure keys in a stable order, whatever order the object was built in', () => {
    const f = figure({ category: 'killed', low: 300, high: null, qualifier: 'at_least', doc: 'x1' });
    const shuffled = Object.fromEntries(Object.entries(f).reverse()) as typeof f;
    const line = figureToNdjsonLine(shuffled);
    expect(Object.keys(JSON.parse(line))).toEqual([
      'doc', 'category', 'low', 'high', 'qualifier', 'actor', 'source', 'outlet', 'quote',
      'file', 'line', 'start', 'end', 'confidence', 'date', 'sentence', 'revision',
    ]);
    expect(line).toBe(figureToNdjsonLine(f));
    expect(line).not.toContain('\n');
  });

  it('writes each line as JSON.stringify of the figure record would, escaped, for any text and optional fields', () => {
    const text = fc.string({ unit: 'binary', maxLength: 20 });
    const optional = fc.record({
      scope: fc.record({ period: text, cumulative: fc.boolean() }, { requiredKeys: [] }),
      partOf: fc.nat(), kind: fc.constantFrom('counted', 'estimated'), interval: fc.record({ low: fc.nat(), high: fc.nat() }),
      event: text, revision: fc.constantFrom(null, 'superseded', 'denied'),
    }, { requiredKeys: [] });
    const figures = fc.tuple(fc.record({
      doc: text, actor: fc.option(text), source: fc.option(text), outlet: fc.option(text), quote: text, sentence: text,
      date: fc.option(text), low: fc.option(fc.nat()), high: fc.option(fc.nat()), confidence: fc.double({ min: 0, max: 1, noNaN: true }),
      line: fc.nat(), start: fc.nat(), end: fc.nat(),
    }), optional).map(([fields, extra]) => ({ ...figure({ category: 'killed', low: 1, high: 1, qualifier: 'exact' }), ...fields, ...extra }) as Figure);
    fc.assert(fc.property(figures, (f) => {
      expect(figureToNdjsonLine(f)).toBe(escapeJsonText(JSON.stringify(figureRecord(f))));
    }), { numRuns: 500 });
  });

  it('drops keys that are not in the Figure type', () => {
    const extra = { ...figure({ category: 'killed', low: 1, high: 1, qualifier: 'exact' }), debug: 'x' };
    expect(JSON.parse(figureToNdjsonLine(extra))).not.toHaveProperty('debug');
  });

  it('writes a line per figure, or a JSON array', () => {
    expect(formatFiguresNdjson(SEED_FIGURES).trimEnd().split('\n')).toHaveLength(SEED_FIGURES.length);
    expect(formatFiguresNdjson([])).toBe('');
    const array = JSON.parse(formatFiguresJson(SEED_FIGURES));
    expect(array).toHaveLength(SEED_FIGURES.length);
    expect(array[0]).toEqual(JSON.parse(figureToNdjsonLine(SEED_FIGURES[0]!)));
    expect(formatFiguresJson([])).toBe('[]\n');
  });
});

describe('JSON written in pieces', () => {
  it('is byte for byte JSON.stringify of the whole document', async () => {
    const { jsonChunks, RECONCILE_SCHEMA } = await import('../../src/report/json.js');
    const { reconcile } = await import('../../src/reconcile/index.js');
    const { SEED_FIGURES } = await import('../reconcile/seed-figures.js');
    for (const figures of [SEED_FIGURES, []]) {
      const result = reconcile(figures);
      const whole = JSON.parse([...jsonChunks(result)].join('')) as { schema: string };
      expect(whole.schema).toBe(RECONCILE_SCHEMA);
      expect([...jsonChunks(result)].join('')).toBe(`${JSON.stringify(whole, null, 2)}\n`);
    }
  });

  it('writes a large group a piece of rows at a time, still byte for byte, escaped, in JSON and NDJSON', async () => {
    const { jsonChunks } = await import('../../src/report/json.js');
    const { ndjsonChunks } = await import('../../src/report/ndjson.js');
    // Figures nobody claims are a row each: 2,000 rows of one group, each row about 1,500 characters.
    const sentence = `Officials said ${'the floods in the delta '.repeat(40)}killed people \u202e and more.`;
    const many = Array.from({ length: 2000 }, (_, i) => figure({
      category: 'killed', low: 10 + i, high: 10 + i, qualifier: 'exact', source: null, doc: `doc-${i}`, sentence,
    }));
    // And one claimant's row of 2,000 figures: it too is written a figure at a time.
    const oneRow = reconcile(many.map((f) => ({ ...f, source: 'police', low: 12, high: 12 })));
    expect(oneRow.groups[0]!.rows).toHaveLength(1);
    const rowPieces = [...jsonChunks(oneRow)];
    // (A claim's list of its 2,000 reports is written whole: a piece may hold it besides 64 Ki characters.)
    expect(rowPieces.length).toBeGreaterThan(10);
    expect(Math.max(...rowPieces.map((piece) => piece.length))).toBeLessThan(200_000);
    expect(rowPieces.join('')).toBe(`${JSON.stringify(JSON.parse(rowPieces.join('')), null, 2).replaceAll('\u202e', '\\u202e')}\n`);
    const result = reconcile(many);
    expect(result.groups).toHaveLength(1);
    const pieces = [...jsonChunks(result)];
    expect(pieces.length).toBeGreaterThan(10);
    // A piece ends after the row that takes it past 64 Ki characters (here a row is about 17,000).
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThan(100_000);
    const json = pieces.join('');
    expect(json).not.toContain('\u202e');
    expect(json).toContain('\\u202e');
    expect(json).toBe(`${JSON.stringify(JSON.parse(json), null, 2).replaceAll('\u202e', '\\u202e')}\n`);
    const ndjson = [...ndjsonChunks(result)].join('');
    expect(ndjson).toBe(`${JSON.stringify((JSON.parse(json) as { groups: unknown[] }).groups[0]).replaceAll('\u202e', '\\u202e')}\n`);
  });
});
