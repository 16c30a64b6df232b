import { expect, it } from 'vitest';
import { extractFigures } from '../../src/extract/index.js';
import type { Figure } from '../../src/figure.js';

export function figuresOf(text: string, source: string | null = null): Figure[] {
  return extractFigures({ doc: 'test', file: 'test.txt', line: 1, text, source, date: null });
}

/** "killed 300-300 exact" style summaries, in text order: short to read in a table of cases. */
export function summarise(text: string): string[] {
  return figuresOf(text).map((f) => `${f.category} ${f.low ?? '?'}-${f.high ?? '?'} ${f.qualifier}`);
}

/** One test a row: the text, and the summaries of the figures it must give (none for a negative). */
export function cases(rows: [string, string[]][]): void {
  it.each(rows)('%s', (text, expected) => {
    expect(summarise(text)).toEqual(expected);
  });
}
