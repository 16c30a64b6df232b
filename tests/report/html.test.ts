// The HTML and SVG reports as text: what the charts are told (outliers, picks, open and vague
// ends), that untrusted text cannot become markup or reorder the page, and that the SVG output is
// one document. tests/browser/ opens them in chromium.
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/figure.js';
import { readBuiltinAliases, reconcile } from '../../src/reconcile/index.js';
import { formatHtml, formatSvg } from '../../src/report/html/index.js';
import { groupModels } from '../../src/report/html/model.js';
import { figure, SEED_FIGURES } from '../reconcile/seed-figures.js';

const seed = () => reconcile(SEED_FIGURES, { aliases: readBuiltinAliases() });
const counts = {
  files: 2, filesSkipped: 1, records: 30, recordsWithFigures: 9, recordsSkipped: 2, figures: 12,
  problems: new Map([['JSON_MALFORMED', 2], ['FILE_NOT_FOUND', 1]]),
};

const killed = (source: string, low: number | null, high: number | null, qualifier: Figure['qualifier'], extra: Partial<Figure> = {}) =>
  figure({ category: 'killed', low, high, qualifier, source, actor: 'villagers', doc: source, ...extra });

describe('the chart model', () => {
  it('marks an outlier only among three or more claimants, and where it clashes with most others', () => {
    const three = groupModels(reconcile([
      killed('Ministry of Health', 40, 40, 'approx'), killed('Red Crescent', 42, 42, 'approx'), killed('a local militia', 900, 900, 'exact'),
    ]));
    expect(three[0]!.rows.map((row) => [row.name, row.outlier])).toEqual([['Ministry of Health', false], ['Red Crescent', false], ['a local militia', true]]);
    const two = groupModels(reconcile([killed('Ministry of Health', 40, 40, 'exact'), killed('a local militia', 900, 900, 'exact')]));
    expect(two[0]!.rows.every((row) => !row.outlier)).toBe(true);
  });

  it('keeps open and vague ends, the point, and the pick of a single-source policy', () => {
    const [model] = groupModels(reconcile([
      killed('Ministry of Health', 30, null, 'at_least'), killed('Red Crescent', 20, 99, 'vague', { quote: 'dozens' }),
      killed('the governor', null, 500, 'at_most'),
    ], { policy: 'conservative' }));
    const rows = Object.fromEntries(model!.rows.map((row) => [row.name, row]));
    expect(rows['Ministry of Health']).toMatchObject({ low: 30, high: null, openLow: false, vague: false, point: 30, label: '≥30' });
    expect(rows['Red Crescent']).toMatchObject({ low: 20, high: 99, vague: true, label: '20–99 (dozens)' });
    expect(rows['the governor']).toMatchObject({ openLow: true, high: 500 });
    expect(model!.pick).toMatchObject({ policy: 'conservative', point: 20 });
    expect(rows['Red Crescent']!.pick).toBe(true);
    expect(rows['Red Crescent']!.marks).toBe('pick');
  });

  it('lists dated statements oldest first, the changed ones as earlier', () => {
    const [model] = groupModels(reconcile([
      killed('Ministry of Health', 40, 40, 'exact', { date: '2024-05-01', doc: 'a' }),
      killed('Ministry of Health', 52, 52, 'exact', { date: '2024-05-03', doc: 'b' }),
      killed('Red Crescent', 45, 45, 'exact'),
    ]));
    expect(model!.ledger.map((point) => [point.date, point.name, point.label, point.status])).toEqual([
      ['2024-05-01', 'Ministry of Health', '40', 'earlier'], ['2024-05-03', 'Ministry of Health', '52', 'current'],
    ]);
  });
});

describe('formatHtml', () => {
  it('is one page with the run counts and problems at the top, a chart, a table and sources per group', () => {
    const page = formatHtml(seed(), { color: false, run: counts });
    expect(page.startsWith('<!doctype html>')).toBe(true);
    expect(page).toContain('Read 2 files (1 skipped), 32 records (9 with figures, 2 skipped), 12 figures. Found 3 groups, 1 with a conflict');
    expect(page).toMatch(/<td><code>JSON_MALFORMED<\/code><\/td><td class="n">2<\/td>/);
    expect(page).toMatch(/<td><code>FILE_NOT_FOUND<\/code><\/td><td class="n">1<\/td>/);
    expect(page.match(/<section id="g\d+" class="group"/g)).toHaveLength(3);
    expect(page.match(/<figure class="forest"><svg [^>]*role="img"/g)).toHaveLength(3);
    expect(page.match(/<table class="estimates">/g)).toHaveLength(3);
    expect(page).toContain('<code>data/reports.txt:3</code>');
    // No script, no request: a policy forbids both.
    expect(page).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    expect(page).not.toMatch(/<script|<link|src="http|url\(/i);
  });

  it('escapes hostile report text everywhere, drops bidi controls and isolates names', () => {
    const hostile = '<script>alert("x")</script> \u202eMinistry\u202c "of" \'Health\' & <img src=x onerror=alert(1)>';
    const result = reconcile([
      killed(hostile, 40, 40, 'exact', { sentence: `${hostile} said 40 villagers were killed.`, quote: '40', file: '<b>f</b>.txt' }),
      killed('Red Crescent', 400, 400, 'exact', { actor: 'villagers' }),
    ]);
    for (const output of [formatHtml(result, { color: false }), formatHtml(result, { color: false }, 'timeline'), formatSvg(result, { color: false })]) {
      expect(output).not.toMatch(/<script|<img|<b>|\u202e|\u202c/);
      expect(output).toContain('&lt;script&gt;');
    }
    const page = formatHtml(result, { color: false });
    expect(page).toContain('<bdi>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Ministry &quot;of&quot; &#39;Health&#39; &amp; &lt;img src=x onerror=alert(1)&gt;</bdi>');
    expect(page).toContain('<code>&lt;b&gt;f&lt;/b&gt;.txt:1</code>');
  });

  it('says so when nothing was found', () => {
    expect(formatHtml(reconcile([]), { color: false })).toContain('<p>No casualty figures found.</p>');
  });
});

describe('formatSvg', () => {
  it('stacks every group in one SVG document', () => {
    const svg = formatSvg(seed(), { color: false });
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    // One root: the charts are nested <svg> elements, placed one under another.
    const ys = [...svg.matchAll(/<svg x="0" y="(\d+)"/g)].map((match) => Number(match[1]));
    expect(ys).toHaveLength(3);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    const height = Number(/^<svg xmlns[^>]* height="(\d+)"/m.exec(svg)![1]);
    expect(height).toBeGreaterThan(ys[2]!);
  });
});
