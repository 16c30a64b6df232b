// The library entry (src/lib): the stages without the process.
import { Readable } from 'node:stream';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  extract, extractEach, extractFile, formatFigures, formatReconciliation, formatTable, formatTimeline, readBuiltinAliases,
  reconcile, timeline, type InputProblem,
} from '../../src/lib/index.js';
import { ROOT } from '../cli/helpers.js';

describe('the library', () => {
  it('extracts from a text with the provenance it is given', () => {
    const [figure] = extract('Police said 12 people were killed in the blast.', { doc: 'r1', file: 'wire.txt', line: 4, date: '2025-01-02' });
    expect(figure).toMatchObject({ doc: 'r1', file: 'wire.txt', line: 4, category: 'killed', low: 12, high: 12, source: 'Police', date: '2025-01-02' });
  });

  it('streams the figures of many texts, one report each', async () => {
    const texts = Readable.from(['Two soldiers were wounded.', 'Nothing happened.', 'Five people are missing.']);
    const figures = [];
    for await (const figure of extractEach(texts)) figures.push(figure);
    expect(figures.map((f) => [f.doc, f.category, f.low])).toEqual([['1', 'wounded', 2], ['3', 'missing', 5]]);
  });

  it('streams the figures of a file, problems to a callback', async () => {
    const problems: InputProblem[] = [];
    const figures = [];
    for await (const figure of extractFile(join(ROOT, 'data/reports.csv'), { idColumn: 'id', onProblem: (p) => problems.push(p) })) figures.push(figure);
    expect(figures.length).toBeGreaterThan(5);
    expect(figures[0].doc).toBe('r01');
    const missing = [];
    for await (const figure of extractFile(join(ROOT, 'no-such-file.txt'), { onProblem: (p) => problems.push(p) })) missing.push(figure);
    expect(missing).toEqual([]);
    expect(problems.at(-1)?.severity).toBe('error');
  });

  it('reconciles and renders every format without colour by default', async () => {
    const figures = [];
    for await (const figure of extractFile(join(ROOT, 'data/reports.txt'))) figures.push(figure);
    const result = reconcile(figures, { aliases: readBuiltinAliases() });
    const table = formatTable(result);
    expect(table).toContain('North Korean soldiers — killed');
    expect(table).not.toContain('\u001b[');
    expect(JSON.parse(formatReconciliation(result, 'json')).groups.length).toBe(result.groups.length);
    expect(formatFigures(figures, 'ndjson').trim().split('\n')).toHaveLength(figures.length);
    expect(formatTimeline(timeline(result), 'markdown')).toContain('killed');
  });
});
