import { describe, expect, it } from 'vitest';
import { reconcile } from '../../src/reconcile/index.js';
import { FIGURE_FORMATTERS, OUTPUT_FORMATS, RECONCILE_FORMATTERS } from '../../src/report/index.js';
import { formatTable } from '../../src/report/table.js';
import { figure, SEED_FIGURES } from '../reconcile/seed-figures.js';

const plain = { color: false };

describe('formatters by name', () => {
  it('has every output format for reconcile and for extract, each ending in a newline', () => {
    const result = reconcile(SEED_FIGURES);
    for (const format of OUTPUT_FORMATS) {
      expect(RECONCILE_FORMATTERS[format](result, plain), format).toMatch(/\n$/);
      expect(FIGURE_FORMATTERS[format](SEED_FIGURES, plain), format).toMatch(/\n$/);
    }
  });
});

describe('labels in other groupings', () => {
  const figures = [
    figure({ doc: 'd1', category: 'killed', low: 200, high: 999, qualifier: 'vague', quote: 'hundreds', source: 'A' }),
    figure({ doc: 'd2', category: 'wounded', low: 1500, high: 1500, qualifier: 'approx', source: 'A' }),
    figure({ doc: 'd3', category: 'killed', low: 50, high: null, qualifier: 'at_least', actor: 'civilians', source: 'B' }),
  ];

  it('heads a category group with the category alone', () => {
    const output = formatTable(reconcile(figures, { groupBy: 'category' }), plain);
    expect(output.split('\n')[0]).toBe('killed');
    expect(output).toContain('│ 200–999 (hundreds) │');
  });

  it('puts the category before each estimate when nothing is grouped', () => {
    const output = formatTable(reconcile(figures, { groupBy: 'none' }), plain);
    expect(output.split('\n')[0]).toBe('all figures');
    expect(output).toContain('│ killed 200–999 (hundreds), wounded ≈1,500 │');
  });
});
