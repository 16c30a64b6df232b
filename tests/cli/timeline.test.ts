// toll timeline through the built bin: each group's estimates per source in the order stated.
import { describe, expect, it } from 'vitest';
import { DATED, DATED_CSV_ARGS as CSV_ARGS, ndjson, toll } from './helpers.js';

describe('toll timeline', () => {
  it('lists the seed\'s estimates per source, undated in input order', () => {
    const result = toll(['timeline', 'data/reports.txt', '--quiet']);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      `North Korean soldiers — killed
North Korea, military
┌───────────────────────────────────────────────────┬─────────┬──────────┬────────────────────┬─────────┬─────────────────────┐
│ Source                                            │ Stated  │ Estimate │ Change             │ Reports │ Docs                │
├───────────────────────────────────────────────────┼─────────┼──────────┼────────────────────┼─────────┼─────────────────────┤
│ a news report                                     │ undated │ ≈1,000   │ first              │       1 │ data/reports.txt:3  │
│ South Korea's National Intelligence Service (NIS) │ undated │ ≈300     │ first              │       1 │ data/reports.txt:6  │
│                                                   │ undated │ ≥300     │ reworded from ≈300 │       1 │ data/reports.txt:12 │
└───────────────────────────────────────────────────┴─────────┴──────────┴────────────────────┴─────────┴─────────────────────┘

North Korean soldiers — wounded
North Korea, military
┌───────────────────────────────────────────────────┬─────────┬──────────┬────────┬─────────┬─────────────────────────────────────────┐
│ Source                                            │ Stated  │ Estimate │ Change │ Reports │ Docs                                    │
├───────────────────────────────────────────────────┼─────────┼──────────┼────────┼─────────┼─────────────────────────────────────────┤
│ South Korea's National Intelligence Service (NIS) │ undated │ 2,700    │ first  │       2 │ data/reports.txt:6, data/reports.txt:12 │
└───────────────────────────────────────────────────┴─────────┴──────────┴────────┴─────────┴─────────────────────────────────────────┘

North Korean soldiers — captured
North Korea, military
┌───────────────────────────────────────────────────┬─────────┬──────────┬────────┬─────────┬────────────────────┐
│ Source                                            │ Stated  │ Estimate │ Change │ Reports │ Docs               │
├───────────────────────────────────────────────────┼─────────┼──────────┼────────┼─────────┼────────────────────┤
│ South Korea's National Intelligence Service (NIS) │ undated │ 2        │ first  │       1 │ data/reports.txt:1 │
│ Volodymyr Zelenskyy                               │ undated │ 2        │ first  │       1 │ data/reports.txt:8 │
└───────────────────────────────────────────────────┴─────────┴──────────┴────────┴─────────┴────────────────────┘
`,
    );
  });

  it('orders dated estimates by the day stated, read from stdin', () => {
    expect(toll(['timeline', ...CSV_ARGS], { input: DATED }).stdout).toBe(
      `civilians — killed
civilian
┌───────────────────────────────────────────────────────────────┬────────────┬──────────┬───────────┬─────────┬──────┐
│ Source                                                        │ Stated     │ Estimate │ Change    │ Reports │ Docs │
├───────────────────────────────────────────────────────────────┼────────────┼──────────┼───────────┼─────────┼──────┤
│ The Health Ministry                                           │ 2024-12-18 │ 40       │ first     │       1 │ w1   │
│                                                               │ 2024-12-20 │ 52       │ ↑ from 40 │       1 │ w2   │
│ UN Office for the Coordination of Humanitarian Affairs (OCHA) │ 2024-12-21 │ ≥30      │ first     │       1 │ w3   │
│ Residents                                                     │ 2024-12-25 │ ≈150     │ first     │       1 │ w4   │
└───────────────────────────────────────────────────────────────┴────────────┴──────────┴───────────┴─────────┴──────┘
`,
    );
  });

  it('prints the versioned JSON and a group per NDJSON line', () => {
    const json = JSON.parse(toll(['timeline', ...CSV_ARGS, '--format', 'json'], { input: DATED }).stdout);
    expect(json).toMatchObject({ schema: 'toll.timeline/1', groupBy: 'actor', perRecord: false });
    const ministry = json.groups[0].sources[0];
    expect(ministry.entries.map((entry: { date: string; label: string; change: string }) => [entry.date, entry.label, entry.change])).toEqual([
      ['2024-12-18', '40', 'first'],
      ['2024-12-20', '52', 'higher'],
    ]);
    expect(ndjson(toll(['timeline', ...CSV_ARGS, '--format', 'ndjson'], { input: DATED }).stdout)).toEqual(json.groups);
  });

  it('prints markdown, and takes the grouping options', () => {
    const result = toll(['timeline', 'data/reports.txt', '--quiet', '--format', 'markdown', '--group-by', 'category']);
    expect(result.stdout.split('\n').filter((line) => line.startsWith('## '))).toEqual(['## killed', '## wounded', '## captured']);
  });

  it('reads the date column of data/reports.csv, which the seed leaves empty', () => {
    const json = JSON.parse(toll(['timeline', 'data/reports.csv', '--id-column', 'id', '--date-column', 'date', '--quiet', '--format', 'json']).stdout);
    const intelligence = json.groups[0].sources[1];
    expect(intelligence.entries.map((entry: { date: string | null; label: string; docs: string[] }) => [entry.date, entry.label, entry.docs])).toEqual([
      [null, '≈300', ['r06']],
      [null, '≥300', ['r12']],
    ]);
  });

  it('is listed in the help', () => {
    expect(toll(['--help']).stdout).toMatch(/timeline \[options\] \[files\.\.\.\]/);
  });
});
