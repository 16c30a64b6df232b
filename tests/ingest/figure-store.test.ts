// Figures read back are held in columns (ingest/figure-store.ts): every field must read back as the
// line gave it, the unusual values (null, fractions, -0, numbers past 32 bits, rare fields) too.
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/figure.js';
import { FigureStore } from '../../src/ingest/figure-store.js';
import { toFigure } from '../../src/ingest/figures.js';
import { figureRecord } from '../../src/report/records.js';

const line = {
  doc: 'wire-17', file: 'shard-2.ndjson', line: 4, category: 'killed', low: 12, high: 12, qualifier: 'exact',
  actor: 'villagers', source: 'the provincial governor', outlet: 'Harbour Post', quote: '12 villagers', start: 31, end: 43,
  confidence: 0.9, date: '2024-03-02', sentence: 'Floods in the valley killed 12 villagers, the provincial governor said.', revision: null,
};

const ALL_FIELDS = [
  'doc', 'file', 'line', 'category', 'low', 'high', 'qualifier', 'actor', 'source', 'outlet', 'quote', 'start', 'end',
  'sentence', 'date', 'confidence', 'revision', 'scope', 'partOf', 'kind', 'interval', 'event', 'sourceVia',
] as const;

function stored(store: FigureStore, value: Record<string, unknown>): { plain: Figure; kept: Figure } {
  const plain = toFigure(value) as Figure;
  return { plain, kept: store.add(plain.doc, plain) };
}

describe('FigureStore', () => {
  it('gives back every field of an ordinary figure, and the same record for the formatters', () => {
    const { plain, kept } = stored(new FigureStore(), line);
    for (const field of ALL_FIELDS) expect(kept[field], field).toStrictEqual(plain[field]);
    expect(figureRecord(kept)).toStrictEqual(figureRecord(plain));
  });

  it('keeps values that do not fit its columns: null bounds, fractions, -0, large and negative numbers', () => {
    const store = new FigureStore();
    const odd = [
      { ...line, low: null, high: null, qualifier: 'vague' },
      { ...line, low: 0, high: 9_000_000_000, qualifier: 'range', start: 1.5, end: -3, line: -0 },
      { ...line, low: -0, high: 2_147_483_647, line: 2 ** 40, start: -2_147_483_648, end: 2 ** 31 },
    ];
    const kept = odd.map((value) => stored(store, value));
    for (const { plain, kept: figure } of kept) {
      for (const field of ALL_FIELDS) expect(Object.is(figure[field], plain[field]) || figure[field] === plain[field], field).toBe(true);
    }
    expect(Object.is(kept[2]!.kept.low, -0)).toBe(true);
  });

  it('keeps the rare fields, shared between figures that have the same ones', () => {
    const store = new FigureStore();
    const rare = {
      ...line, revision: 'revised', kind: 'counted', partOf: 7, event: 'valley floods', interval: { low: 10, high: 15 },
      scope: { period: '24 hours', place: 'elsewhere', cumulative: true },
    };
    const a = stored(store, rare);
    const b = stored(store, { ...rare, doc: 'wire-18' });
    const c = stored(store, { ...line, confidence: 0.75 });
    for (const { plain, kept } of [a, b, c]) expect(figureRecord(kept)).toStrictEqual(figureRecord(plain));
    expect(b.kept.scope).toBe(a.kept.scope);
    expect(c.kept.scope).toBeUndefined();
    expect(c.kept.revision).toBeUndefined();
    expect(c.kept.confidence).toBe(0.75);
  });

  it('holds many figures, their texts told apart', () => {
    const store = new FigureStore();
    const kept = Array.from({ length: 5000 }, (_, i) => stored(store, {
      ...line, doc: `wire-${i}`, line: i + 1, low: i, high: i + 2, qualifier: 'range', actor: i % 3 === 0 ? null : `crew ${i % 7}`,
      sentence: `Report ${i}: a storm killed ${i} to ${i + 2} people.`, start: i, end: i + 9,
    }));
    for (const { plain, kept: figure } of kept) expect(figureRecord(figure)).toStrictEqual(figureRecord(plain));
  });
});
