import { describe, expect, it } from 'vitest';
import { reconcile, timeline } from '../../src/reconcile/index.js';
import { FIGURE_FORMATTERS, OUTPUT_FORMATS, RECONCILE_FORMATTERS, TIMELINE_FORMATTERS } from '../../src/report/index.js';
import { formatTable } from '../../src/report/table.js';
import { figure, SEED_FIGURES } from '../reconcile/seed-figures.js';

const plain = { color: false };

describe('formatters by name', () => {
  it('has every output format for reconcile, timeline and extract, each ending in a newline', () => {
    const result = reconcile(SEED_FIGURES);
    for (const format of OUTPUT_FORMATS) {
      expect(RECONCILE_FORMATTERS[format](result, plain), format).toMatch(/\n$/);
      expect(TIMELINE_FORMATTERS[format](timeline(result), plain), format).toMatch(/\n$/);
      expect(FIGURE_FORMATTERS[format](SEED_FIGURES, plain), format).toMatch(/\n$/);
    }
  });
});

describe('labels in other groupings', () => {
  const figures = [
    figure({ doc: 'd1', category: 'killed', low: 200, high: 999, qualifier: 'vague', quote: 'hundreds', source: 'A', actor: 'people' }),
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
    // The whole group is compared category by category: killed 200–999 and ≥50 could both hold.
    expect(output).toContain('✓ killed: A (200–999 (hundreds)) vs B (≥50): 12.0× apart, could both hold');
  });
});
