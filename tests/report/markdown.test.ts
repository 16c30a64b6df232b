import { describe, expect, it } from 'vitest';
import { readBuiltinAliases, reconcile } from '../../src/reconcile/index.js';
import { formatFiguresMarkdown } from '../../src/report/figures-markdown.js';
import { formatMarkdown } from '../../src/report/markdown.js';
import { markdownText } from '../../src/report/markdown-text.js';
import { figure, SEED_FIGURES } from '../reconcile/seed-figures.js';

describe('formatMarkdown (reconcile)', () => {
  it('renders the seed as a heading and a table per group', () => {
    expect(formatMarkdown(reconcile(SEED_FIGURES, { aliases: readBuiltinAliases() }))).toBe(
      `## North Korean soldiers — killed

**⚠ CONFLICT, spread 3.3×**

- North Korea, military · range: 300–1,000
- ✗ a news report (≈1,000) vs South Korea's National Intelligence Service (NIS) (≈300, ≥300): 3.3× apart, cannot both hold

| Source | Estimate | Reports | Docs | Flag |
| :--- | :--- | ---: | :--- | :--- |
| a news report | ≈1,000 | 1 | seed-3 | ⚠ CONFLICT |
| South Korea's National Intelligence Service (NIS) (via Yonhap) | ≈300, ≥300 | 2 | seed-6, seed-12 | ⚠ CONFLICT |

## North Korean soldiers — wounded

- North Korea, military · range: 2,700

| Source | Estimate | Reports | Docs | Flag |
| :--- | :--- | ---: | :--- | :--- |
| South Korea's National Intelligence Service (NIS) (via Yonhap) | 2,700 | 2 | seed-6, seed-12 |  |

## North Korean soldiers — captured

- North Korea, military · range: 2

| Source | Estimate | Reports | Docs | Flag |
| :--- | :--- | ---: | :--- | :--- |
| South Korea's National Intelligence Service (NIS) | 2 | 1 | seed-1 |  |
| Volodymyr Zelenskyy | 2 | 1 | seed-8 | ⚑ party, enemy |
`,
    );
  });

  it('escapes markup and strips controls in report text', () => {
    expect(markdownText('a|b *c* [x](http://e) <img> `d` \\ \x1b[31mred\u202e')).toBe(
      'a\\|b \\*c\\* \\[x\\](http://e) \\<img\\> \\`d\\` \\\\ red',
    );
    const hostile = figure({ category: 'killed', low: 3, high: 3, qualifier: 'exact', source: 'A | B\nC', actor: '# soldiers' });
    const output = formatMarkdown(reconcile([hostile]));
    expect(output).toContain('## # soldiers — killed');
    expect(output).toContain('| A \\| B C | 3 | 1 | doc-1 |  |');
  });
});

describe('formatFiguresMarkdown (extract)', () => {
  it('renders a row per figure', () => {
    expect(formatFiguresMarkdown(SEED_FIGURES.slice(0, 1))).toBe(
      `| Doc | Category | Estimate | Actor | Source | Quote |
| :--- | :--- | :--- | :--- | :--- | :--- |
| seed-1 | captured | 2 | North Korean soldiers | South Korea’s intelligence service | two |
`,
    );
  });
});
