// --format html and svg through the built CLI: offered by reconcile and timeline, not by extract;
// the page carries the run's counts (the same as the stderr summary) and a chart per group.
import { describe, expect, it } from 'vitest';
import { DATED, DATED_CSV_ARGS, toll } from '../cli/helpers.js';

describe('--format html and svg on the command line', () => {
  it('writes the reconcile page with the runner\'s counts at the top', () => {
    const result = toll(['data/reports.txt', '--format', 'html']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('toll: 1 file, 12 records read: 5 with figures, 7 without, 0 skipped; 7 figures\n');
    expect(result.stdout).toContain('Read 1 file, 12 records (5 with figures, 0 skipped), 7 figures. Found 3 groups, 1 with a conflict');
    expect(result.stdout.match(/<figure class="forest">/g)).toHaveLength(3);
  });

  it('draws the timeline of dated input with its statements over time, and keeps filters', () => {
    const result = toll(['timeline', ...DATED_CSV_ARGS, '--format', 'html', '--category', 'killed', '-'], { input: DATED });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('<figure class="ledger">');
    expect(result.stdout).toContain('<table class="statements">');
    expect(result.stdout).toContain('2024-12-18');
  });

  it('writes one SVG document for --format svg', () => {
    const result = toll(['data/reports.txt', '--format', 'svg', '--top', '1']);
    expect(result.status).toBe(0);
    expect(result.stdout.match(/<svg /g)).toHaveLength(2);
    expect(result.stdout).toContain('North Korean soldiers — killed');
  });

  it('refuses them for extract, which has no groups to draw', () => {
    const result = toll(['extract', 'data/reports.txt', '--format', 'html']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^toll: option '-f, --format <format>' argument 'html' is invalid/);
  });
});
