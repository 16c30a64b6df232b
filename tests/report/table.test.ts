import { describe, expect, it } from 'vitest';
import { readBuiltinAliases, reconcile } from '../../src/reconcile/index.js';
import { formatFiguresTable } from '../../src/report/figures-table.js';
import { formatTable } from '../../src/report/table.js';
import { figure, SEED_FIGURES } from '../reconcile/seed-figures.js';

const plain = { color: false };
const ANSI = /\x1b\[/;

describe('formatTable (reconcile), colour off', () => {
  it('renders the seed: a section per group, who was counted, the summary, the conflict explained and marked', () => {
    expect(formatTable(reconcile(SEED_FIGURES, { aliases: readBuiltinAliases() }), plain)).toBe(
      `North Korean soldiers — killed  ⚠ CONFLICT, spread 3.3×
North Korea, military · range: 300–1,000
✗ a news report (≈1,000) vs South Korea's National Intelligence Service (NIS) (≈300, ≥300): 3.3× apart, cannot both hold
┌────────────────────────────────────────────────────────────────┬────────────┬─────────┬─────────────────┬────────────┐
│ Source                                                         │ Estimate   │ Reports │ Docs            │ Flag       │
├────────────────────────────────────────────────────────────────┼────────────┼─────────┼─────────────────┼────────────┤
│ a news report                                                  │ ≈1,000     │       1 │ seed-3          │ ⚠ CONFLICT │
│ South Korea's National Intelligence Service (NIS) (via Yonhap) │ ≈300, ≥300 │       2 │ seed-6, seed-12 │ ⚠ CONFLICT │
└────────────────────────────────────────────────────────────────┴────────────┴─────────┴─────────────────┴────────────┘

North Korean soldiers — wounded
North Korea, military · range: 2,700
┌────────────────────────────────────────────────────────────────┬──────────┬─────────┬─────────────────┬──────┐
│ Source                                                         │ Estimate │ Reports │ Docs            │ Flag │
├────────────────────────────────────────────────────────────────┼──────────┼─────────┼─────────────────┼──────┤
│ South Korea's National Intelligence Service (NIS) (via Yonhap) │ 2,700    │       2 │ seed-6, seed-12 │      │
└────────────────────────────────────────────────────────────────┴──────────┴─────────┴─────────────────┴──────┘

North Korean soldiers — captured
North Korea, military · range: 2
┌───────────────────────────────────────────────────┬──────────┬─────────┬────────┬────────────────┐
│ Source                                            │ Estimate │ Reports │ Docs   │ Flag           │
├───────────────────────────────────────────────────┼──────────┼─────────┼────────┼────────────────┤
│ South Korea's National Intelligence Service (NIS) │ 2        │       1 │ seed-1 │                │
│ Volodymyr Zelenskyy                               │ 2        │       1 │ seed-8 │ ⚑ party, enemy │
└───────────────────────────────────────────────────┴──────────┴─────────┴────────┴────────────────┘
`,
    );
  });

  it('says so when there is nothing to show', () => {
    expect(formatTable(reconcile([]), plain)).toBe('No casualty figures found.\n');
  });

  it('lists five doc ids and counts the rest', () => {
    const figures = Array.from({ length: 8 }, (_, i) => figure({ doc: `d${i}`, category: 'killed', low: 3, high: 3, qualifier: 'exact' }));
    expect(formatTable(reconcile(figures), plain)).toContain('│ d0, d1, d2, d3, d4, … +3 more │');
  });

  it('strips escape sequences and controls from report text', () => {
    const hostile = figure({ category: 'killed', low: 3, high: 3, qualifier: 'exact', source: 'evil\x1b]0;owned\x07\x1b[2J\u202e', actor: 'x\ny' });
    const output = formatTable(reconcile([hostile]), plain);
    expect(output).toContain('x y — killed');
    expect(output).toContain('│ evil   │');
    expect(output).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e]/);
  });
});

describe('formatTable (reconcile), hostile names in the explanations', () => {
  it('neutralises names in the lines that explain a conflict', () => {
    const hostile = (source: string, low: number) => figure({ doc: source, category: 'killed', low, high: low, qualifier: 'exact', source });
    const output = formatTable(reconcile([hostile('A\x1b]8;;http://evil\x07link\x1b]8;;\x07', 3), hostile('B\u202eC\r\n', 30)]), plain);
    expect(output).toContain('✗ Alink (3) vs BC (30): 10.0× apart, cannot both hold');
    expect(output).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e]/);
  });
});

describe('formatTable (reconcile), colour', () => {
  it('colours only when asked, whatever the environment', () => {
    const result = reconcile(SEED_FIGURES);
    expect(formatTable(result, plain)).not.toMatch(ANSI);
    const coloured = formatTable(result, { color: true });
    expect(coloured).toContain('\x1b[31m⚠ CONFLICT\x1b[39m');
    expect(coloured).toContain('\x1b[1mSource\x1b[22m');
  });
});

describe('formatFiguresTable (extract)', () => {
  it('renders a row per figure', () => {
    expect(formatFiguresTable(SEED_FIGURES.slice(1, 3), plain)).toBe(
      `┌────────┬──────────┬──────────┬───────────────────────┬───────────────────────────────────┬───────────────────┐
│ Doc    │ Category │ Estimate │ Actor                 │ Source                            │ Quote             │
├────────┼──────────┼──────────┼───────────────────────┼───────────────────────────────────┼───────────────────┤
│ seed-3 │ killed   │ ≈1,000   │ North Korean soldiers │ a news report                     │ About 1,000       │
│ seed-6 │ killed   │ ≈300     │ North Korean soldiers │ South Korea's intelligence agency │ approximately 300 │
└────────┴──────────┴──────────┴───────────────────────┴───────────────────────────────────┴───────────────────┘
`,
    );
    expect(formatFiguresTable([], plain)).toBe('No casualty figures found.\n');
  });
});

describe('very long tables', () => {
  it('prints 150,000 rows without overflowing the stack, in chunks that each keep the header', async () => {
    const { terminalTable } = await import('../../src/report/terminal-table.js');
    const rows = Array.from({ length: 150_000 }, (_, i) => [String(i)]);
    const text = terminalTable([{ title: 'N', align: 'right' }], rows, { color: false });
    expect(text.split('\n').filter((line) => line.includes(' N ')).length).toBe(15);
    expect(text).toContain('149999');
  });
});

describe('lines across the table (--explain)', () => {
  const columns = [{ title: 'Source', align: 'left' }, { title: 'N', align: 'right' }] as const;
  const explanation = `  claimant  “the agency”: ${'the one name of these reports that contains it '.repeat(4)}the Relief Agency`;

  it('widens the last column for a span that fits, and never the others', async () => {
    const { terminalTable } = await import('../../src/report/terminal-table.js');
    const text = terminalTable(columns, [['the Relief Agency', '40'], { span: { text: '  a line a little wider than the two columns' } }], { color: false });
    expect(text.split('\n')[1]).toBe('│ Source            │                        N │');
    expect(text).toContain('│   a line a little wider than the two columns │');
  });

  it('breaks a longer span at spaces under its own indent, at the width the table may grow to', async () => {
    const { terminalTable } = await import('../../src/report/terminal-table.js');
    const lines = terminalTable(columns, [['the Relief Agency', '40'], { span: { text: explanation } }], { color: false }).split('\n');
    expect(new Set(lines.map((line) => [...line].length))).toEqual(new Set([150]));
    const spanLines = lines.filter((line) => line.startsWith('│  ') && !line.includes('Relief Agency │'));
    expect(spanLines.length).toBeGreaterThan(1);
    expect(spanLines.slice(1).every((line) => line.startsWith('│     '))).toBe(true);
    expect(lines.join(' ').replace(/[│ ]+/g, ' ')).toContain('contains it the Relief Agency');
  });
});

describe('lines across the table on a terminal', () => {
  it('grows the table no wider than the terminal for its spans', async () => {
    const { terminalTable } = await import('../../src/report/terminal-table.js');
    const columns = [{ title: 'Source', align: 'left' }, { title: 'N', align: 'right' }] as const;
    const span = { text: `  claimant  “the agency”: ${'the one name of these reports that contains it '.repeat(3)}` };
    const lines = terminalTable(columns, [['the Relief Agency', '40'], { span }], { color: false, width: 100 }).split('\n');
    expect(new Set(lines.map((line) => [...line].length))).toEqual(new Set([100]));
  });
});

describe('a line across a table cut to the terminal', () => {
  it('keeps a span that fills its width exactly on one line (cli-table3 alone would break it once more)', async () => {
    const { terminalTable } = await import('../../src/report/terminal-table.js');
    const columns = [{ title: 'Source', align: 'left' }, { title: 'Flag', align: 'left' }] as const;
    const row = ['a claimant whose name is long enough to be wrapped at this width', 'a flag that takes some room too'];
    const ctx = { color: false, width: 60 };
    const width = [...terminalTable(columns, [row], ctx).split('\n')[0]!].length;
    const words = 'word '.repeat(40).slice(0, width - 4).trimEnd().padEnd(width - 4, 'x');
    const text = terminalTable(columns, [row, { span: { text: words } }], ctx);
    expect(text).toContain(`│ ${words} │`);
  });
});
