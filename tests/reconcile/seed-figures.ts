// The seed reports' figures (../shared/eval/seed.gold.jsonl) as extract would give them, so
// reconcile and the formatters can be tested without running extract.
import type { Figure } from '../../src/figure.js';

/** A Figure with test defaults; only what a case is about needs saying. */
export function figure(fields: Partial<Figure> & Pick<Figure, 'category' | 'low' | 'high' | 'qualifier'>): Figure {
  return {
    file: 'data/reports.txt',
    line: 1,
    doc: 'doc-1',
    actor: 'North Korean soldiers',
    source: null,
    outlet: null,
    quote: String(fields.low ?? fields.high),
    start: 0,
    end: 0,
    sentence: '',
    date: null,
    confidence: 0.9,
    ...fields,
  };
}

const seed = (line: number, fields: Parameters<typeof figure>[0]) => figure({ line, doc: `seed-${line}`, ...fields });

export const SEED_FIGURES: readonly Figure[] = [
  seed(1, { category: 'captured', low: 2, high: 2, qualifier: 'exact', source: 'South Korea’s intelligence service', quote: 'two' }),
  seed(3, { category: 'killed', low: 1000, high: 1000, qualifier: 'approx', source: 'a news report', quote: 'About 1,000' }),
  seed(6, { category: 'killed', low: 300, high: 300, qualifier: 'approx', source: "South Korea's intelligence agency", quote: 'approximately 300' }),
  seed(6, { category: 'wounded', low: 2700, high: 2700, qualifier: 'exact', source: "South Korea's intelligence agency", quote: '2,700' }),
  seed(8, { category: 'captured', low: 2, high: 2, qualifier: 'exact', source: 'Ukrainian President Volodymyr Zelenskyy', quote: 'two' }),
  seed(12, { category: 'killed', low: 300, high: null, qualifier: 'at_least', source: 'South Korean intelligence', outlet: 'Yonhap', quote: 'at least 300' }),
  seed(12, { category: 'wounded', low: 2700, high: 2700, qualifier: 'exact', source: 'South Korean intelligence', outlet: 'Yonhap', quote: '2,700' }),
];
