// Tables fit the terminal: COLUMNS or the TTY's width; the widest columns give way, boxes stay whole.
import { describe, expect, it } from 'vitest';
import { fitWidths } from '../../src/report/terminal-table.js';
import { toll } from '../cli/helpers.js';

const BOX = /^[┌│├└]/;

describe('fitWidths', () => {
  it('leaves tables that fit alone', () => {
    expect(fitWidths([10, 10], [5, 5], 23)).toBeNull();
  });

  it('caps the widest columns first, never below the title or 8', () => {
    expect(fitWidths([40, 10, 30], [8, 10, 6], 60)).toEqual([23, 10, 23]);
    expect(fitWidths([40, 12, 30], [20, 12, 6], 30)).toEqual([20, 12, 8]);
  });
});

describe('toll on a narrow terminal', () => {
  for (const columns of [60, 80, 100]) {
    it(`keeps every table line within COLUMNS=${columns}, in every table view`, () => {
      for (const args of [['data/reports.txt'], ['data/reports.txt', '--explain'], ['data/reports.txt', '--by', 'source'], ['timeline', 'data/reports.txt'], ['extract', 'data/reports.txt']]) {
        const { stdout, status } = toll([...args, '--color', 'never'], { env: { COLUMNS: String(columns) } });
        expect(status).toBe(0);
        const lines = stdout.split('\n').filter((line) => BOX.test(line));
        expect(lines.length).toBeGreaterThan(3);
        for (const line of lines) expect([...line].length, `${args.join(' ')}: ${line}`).toBeLessThanOrEqual(columns);
      }
    });
  }

  it('breaks the headings and pair lines of the reconcile view at spaces to fit, keeping every word', () => {
    const { stdout } = toll(['data/reports.txt', '--color', 'never'], { env: { COLUMNS: '52' } });
    const outside = stdout.split('\n').filter((line) => !BOX.test(line) && line !== '');
    for (const line of outside) expect([...line].length, line).toBeLessThanOrEqual(52);
    const words = (text: string) => text.split(/\s+/).filter((word) => word !== '');
    const wide = toll(['data/reports.txt', '--color', 'never'], { env: { COLUMNS: '' } }).stdout.split('\n').filter((line) => !BOX.test(line));
    expect(words(outside.join(' '))).toEqual(words(wide.join(' ')));
  });

  it('does not limit tables written to a pipe without COLUMNS', () => {
    const { stdout } = toll(['data/reports.txt', '--color', 'never'], { env: { COLUMNS: '' } });
    expect(stdout).toContain('South Korea\'s National Intelligence Service (NIS) (via Yonhap)');
  });
});
