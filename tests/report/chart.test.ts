import { describe, expect, it } from 'vitest';
import { bar, logScale, scaleLabel } from '../../src/report/chart.js';

describe('the log-scale chart', () => {
  const scale = logScale([{ low: 270, high: 330 }, { low: 900, high: 1100 }, { low: 300, high: null }], 20)!;

  it('spans the positive bounds it is given', () => {
    expect(scale).toEqual({ low: 270, high: 1100, width: 20 });
    expect(scaleLabel(scale)).toBe('270 … 1,100 (log)');
  });

  it('draws intervals where a log scale puts them, open ones to the edge', () => {
    expect(bar({ low: 270, high: 330 }, scale)).toBe('████················');
    expect(bar({ low: 900, high: 1100 }, scale)).toBe('················████');
    expect(bar({ low: 300, high: null }, scale)).toBe('·██████████████████▶');
  });

  it('puts zero and anything below the scale at the left edge', () => {
    expect(bar({ low: 0, high: 0 }, scale)).toBe('█···················');
    expect(bar({ low: 0, high: 500 }, scale)).toBe('█████████···········');
  });

  it('centres a single count, and draws all-zero groups without a scale', () => {
    const one = logScale([{ low: 2, high: 2 }], 9)!;
    expect(one).toEqual({ low: 1, high: 4, width: 9 });
    expect(bar({ low: 2, high: 2 }, one)).toBe('····█····');
    expect(logScale([{ low: 0, high: 0 }])).toBeNull();
    expect(scaleLabel(null)).toBe('Chart');
    expect(bar({ low: 0, high: 0 }, null)).toBe(`█${'·'.repeat(23)}`);
  });
});
