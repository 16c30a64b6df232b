// The views of reconcile in the terminal and in markdown, exact with colour off: the chart, the
// evidence (--explain), earlier estimates (--history) and the section per source (--by source).
import { describe, expect, it } from 'vitest';
import { readBuiltinAliases, reconcile } from '../../src/reconcile/index.js';
import { formatMarkdown } from '../../src/report/markdown.js';
import { formatTable } from '../../src/report/table.js';
import { figure } from '../reconcile/seed-figures.js';

const civilians = (line: number, date: string, source: string, low: number, high: number | null, qualifier: 'exact' | 'approx' | 'at_least', quote: string, sentence: string) =>
  figure({ file: 'wire.txt', line, doc: `wire.txt:${line}`, date, source, category: 'killed', low, high, qualifier, actor: 'civilians', quote, sentence });
const FIGURES = [
  civilians(1, '2024-03-01', 'the Health Ministry', 40, 40, 'exact', '40', 'The Health Ministry said 40 civilians were killed.'),
  civilians(2, '2024-03-02', 'OCHA', 30, null, 'at_least', 'At least 30', 'At least 30 civilians were killed, according to OCHA.'),
  civilians(3, '2024-03-03', 'the Health Ministry', 52, 52, 'exact', '52', 'The Health Ministry said 52 civilians were killed.'),
  civilians(4, '2024-03-03', 'Reuters', 150, 150, 'approx', 'about 150', 'Residents told Reuters that about 150 civilians were killed when shells hit the crowded market on the edge of the city, and that rescuers were still searching the rubble.'),
];
const RESULT = reconcile(FIGURES, { aliases: readBuiltinAliases(), policy: 'best' });

describe('the terminal table', () => {
  it('draws the chart, the evidence and earlier estimates, cutting long sentences to the table', () => {
    expect(formatTable(RESULT, { color: false, chart: true, explain: true, history: true })).toBe(
      `civilians — killed  ⚠ CONFLICT, spread 5.0×
latest: ≈150 (Reuters, 3 March 2024); range of current estimates 30–150
civilian · best: 150 (Reuters; 30–150), latest figure of a named non-party source
✗ the Health Ministry (52) vs Reuters (≈150): 2.9× apart, cannot both hold
✓ the Health Ministry (52) vs UN Office for the Coordination of Humanitarian Affairs (OCHA) (≥30): 1.7× apart, could both hold
✓ UN Office for the Coordination of Humanitarian Affairs (OCHA) (≥30) vs Reuters (≈150): 5.0× apart, could both hold
┌───────────────────────────────────────────────────────────────┬──────────┬────────────┬─────────┬────────────┬───────────────────────┬──────────────────────────┐
│ Source                                                        │ Estimate │ Stated     │ Reports │ Docs       │ Flag                  │ 30 … 165 (log)           │
├───────────────────────────────────────────────────────────────┼──────────┼────────────┼─────────┼────────────┼───────────────────────┼──────────────────────────┤
│ the Health Ministry                                           │ 52       │ 2024-03-03 │       1 │ wire.txt:3 │ ⚠ CONFLICT · ↻ was 40 │ ·······█················ │
│   wire.txt:3  “The Health Ministry said «52» civilians were killed.”                                                                                            │
│ ↳ earlier                                                     │ 40       │ 2024-03-01 │       1 │ wire.txt:1 │                       │ ····█··················· │
│   wire.txt:1  “The Health Ministry said «40» civilians were killed.”                                                                                            │
│ UN Office for the Coordination of Humanitarian Affairs (OCHA) │ ≥30      │ 2024-03-02 │       1 │ wire.txt:2 │                       │ ███████████████████████▶ │
│   claimant  “OCHA”: registry: UN Office for the Coordination of Humanitarian Affairs (OCHA)                                                                     │
│   wire.txt:2  “«At least 30» civilians were killed, according to OCHA.”                                                                                         │
│ Reuters                                                       │ ≈150     │ 2024-03-03 │       1 │ wire.txt:4 │ ⚠ CONFLICT            │ ····················████ │
│   wire.txt:4  “Residents told Reuters that «about 150» civilians were killed when shells hit the crowded market on the edge of the city, and that rescuers …”   │
└─────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────┘
`,
    );
  });

  it('has a section per source with --by source', () => {
    expect(formatTable(RESULT, { color: false, by: 'source', history: true })).toBe(
      `the Health Ministry  ⚠ CONFLICT with other sources
┌────────────────────┬──────────┬────────────┬─────────┬────────────┬───────────────────────┐
│ Figure             │ Estimate │ Stated     │ Reports │ Docs       │ Flag                  │
├────────────────────┼──────────┼────────────┼─────────┼────────────┼───────────────────────┤
│ civilians — killed │ 52       │ 2024-03-03 │       1 │ wire.txt:3 │ ⚠ CONFLICT · ↻ was 40 │
│ ↳ earlier          │ 40       │ 2024-03-01 │       1 │ wire.txt:1 │                       │
└────────────────────┴──────────┴────────────┴─────────┴────────────┴───────────────────────┘

UN Office for the Coordination of Humanitarian Affairs (OCHA)
UN or NGO
┌────────────────────┬──────────┬────────────┬─────────┬────────────┬──────┐
│ Figure             │ Estimate │ Stated     │ Reports │ Docs       │ Flag │
├────────────────────┼──────────┼────────────┼─────────┼────────────┼──────┤
│ civilians — killed │ ≥30      │ 2024-03-02 │       1 │ wire.txt:2 │      │
└────────────────────┴──────────┴────────────┴─────────┴────────────┴──────┘

Reuters  ⚠ CONFLICT with other sources
media
┌────────────────────┬──────────┬────────────┬─────────┬────────────┬────────────┐
│ Figure             │ Estimate │ Stated     │ Reports │ Docs       │ Flag       │
├────────────────────┼──────────┼────────────┼─────────┼────────────┼────────────┤
│ civilians — killed │ ≈150     │ 2024-03-03 │       1 │ wire.txt:4 │ ⚠ CONFLICT │
└────────────────────┴──────────┴────────────┴─────────┴────────────┴────────────┘
`,
    );
  });

  it('marks the figure in colour, with no marks, when colour is on', () => {
    const coloured = formatTable(RESULT, { color: true, explain: true });
    expect(coloured).toContain('“The Health Ministry said \x1b[1m\x1b[33m52\x1b[39m\x1b[22m civilians were killed.”');
    expect(coloured).not.toContain('«');
  });
});

describe('markdown', () => {
  it('puts the chart in code spans and the evidence in a list under the table', () => {
    expect(formatMarkdown(RESULT, { color: false, chart: true, explain: true, history: true })).toBe(
      `## civilians — killed

**⚠ CONFLICT, spread 5.0×**

- latest: ≈150 (Reuters, 3 March 2024); range of current estimates 30–150
- civilian · best: 150 (Reuters; 30–150), latest figure of a named non-party source
- ✗ the Health Ministry (52) vs Reuters (≈150): 2.9× apart, cannot both hold
- ✓ the Health Ministry (52) vs UN Office for the Coordination of Humanitarian Affairs (OCHA) (≥30): 1.7× apart, could both hold
- ✓ UN Office for the Coordination of Humanitarian Affairs (OCHA) (≥30) vs Reuters (≈150): 5.0× apart, could both hold

| Source | Estimate | Stated | Reports | Docs | Flag | 30 … 165 (log) |
| :--- | :--- | :--- | ---: | :--- | :--- | :--- |
| the Health Ministry | 52 | 2024-03-03 | 1 | wire.txt:3 | ⚠ CONFLICT · ↻ was 40 | \`·······█················\` |
| ↳ earlier | 40 | 2024-03-01 | 1 | wire.txt:1 |  | \`····█···················\` |
| UN Office for the Coordination of Humanitarian Affairs (OCHA) | ≥30 | 2024-03-02 | 1 | wire.txt:2 |  | \`███████████████████████▶\` |
| Reuters | ≈150 | 2024-03-03 | 1 | wire.txt:4 | ⚠ CONFLICT | \`····················████\` |

- the Health Ministry — wire.txt:3: “The Health Ministry said **52** civilians were killed.”
- the Health Ministry (earlier) — wire.txt:1: “The Health Ministry said **40** civilians were killed.”
- UN Office for the Coordination of Humanitarian Affairs (OCHA) — claimant “OCHA”: registry: UN Office for the Coordination of Humanitarian Affairs (OCHA)
- UN Office for the Coordination of Humanitarian Affairs (OCHA) — wire.txt:2: “**At least 30** civilians were killed, according to OCHA.”
- Reuters — wire.txt:4: “Residents told Reuters that **about 150** civilians were killed when shells hit the crowded market on the edge of the city, and that rescuers were still searching the rubble.”
`,
    );
  });
});
