import { describe, expect, it } from 'vitest';
import { extractFigures, type ExtractWarning } from '../../src/extract/index.js';

function run(text: string) {
  const warnings: ExtractWarning[] = [];
  const figures = extractFigures({ doc: 'd', file: 'f.txt', line: 7, text, source: null, date: null }, { onWarning: (w) => warnings.push(w) });
  return { figures, warnings };
}

describe('impossible values', () => {
  it('rejects a figure larger than any population with a warning naming the span', () => {
    const { figures, warnings } = run('Officials said 10000000000000 people were killed.');
    expect(figures).toEqual([]);
    expect(warnings).toEqual([{ code: 'FIGURE_IMPOSSIBLE', file: 'f.txt', line: 7, quote: '10000000000000', message: 'figure "10000000000000" is larger than any population; ignored' }]);
  });

  it('never turns a number beyond floating point into Infinity', () => {
    const { figures, warnings } = run(`Rebels said ${'9'.repeat(400)} soldiers were killed.`);
    expect(figures).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0].message).toMatch(/^figure "9{40}…" is larger than any population; ignored$/);
  });

  it('does not warn about huge numbers that are no figure at all', () => {
    expect(run('The central bank printed 10000000000000 dong last year.').warnings).toEqual([]);
  });

  it('gives the line of the span inside a multi-line record', () => {
    expect(run('Floods hit the valley.\nOfficials said 99999999999 people died.').warnings[0].line).toBe(8);
  });
});
