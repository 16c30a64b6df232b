// Report dates, relative dates in the text, and claimants that change their figures, through the
// built bin on stdin.
import { describe, expect, it } from 'vitest';
import { DATED, DATED_CSV_ARGS as CSV_ARGS, toll } from './helpers.js';

describe('a claimant that changes its figure', () => {
  it('is shown by its latest estimate, with the day it was stated', () => {
    const result = toll(CSV_ARGS, { input: DATED });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      `civilians — killed
latest: ≈150 (Residents, 25 December 2024); range of current estimates 30–150
civilian · range: 30–150
✓ The Health Ministry (52) vs UN Office for the Coordination of Humanitarian Affairs (OCHA) (≥30): 1.7× apart, could both hold
✓ The Health Ministry (52) vs Residents (≈150): 2.9× apart, could both hold: The Health Ministry spoke 5 days earlier, and tolls rise
✓ UN Office for the Coordination of Humanitarian Affairs (OCHA) (≥30) vs Residents (≈150): 5.0× apart, could both hold
┌───────────────────────────────────────────────────────────────┬──────────┬────────────┬─────────┬──────┬──────────┐
│ Source                                                        │ Estimate │ Stated     │ Reports │ Docs │ Flag     │
├───────────────────────────────────────────────────────────────┼──────────┼────────────┼─────────┼──────┼──────────┤
│ The Health Ministry                                           │ 52       │ 2024-12-20 │       1 │ w2   │ ↻ was 40 │
│ UN Office for the Coordination of Humanitarian Affairs (OCHA) │ ≥30      │ 2024-12-21 │       1 │ w3   │          │
│ Residents                                                     │ ≈150     │ 2024-12-25 │       1 │ w4   │          │
└───────────────────────────────────────────────────────────────┴──────────┴────────────┴─────────┴──────┴──────────┘
`,
    );
  });

  it('shows the estimates it has since changed with --history', () => {
    expect(toll([...CSV_ARGS, '--history'], { input: DATED }).stdout).toBe(
      `civilians — killed
latest: ≈150 (Residents, 25 December 2024); range of current estimates 30–150
civilian · range: 30–150
✓ The Health Ministry (52) vs UN Office for the Coordination of Humanitarian Affairs (OCHA) (≥30): 1.7× apart, could both hold
✓ The Health Ministry (52) vs Residents (≈150): 2.9× apart, could both hold: The Health Ministry spoke 5 days earlier, and tolls rise
✓ UN Office for the Coordination of Humanitarian Affairs (OCHA) (≥30) vs Residents (≈150): 5.0× apart, could both hold
┌───────────────────────────────────────────────────────────────┬──────────┬────────────┬─────────┬──────┬──────────┐
│ Source                                                        │ Estimate │ Stated     │ Reports │ Docs │ Flag     │
├───────────────────────────────────────────────────────────────┼──────────┼────────────┼─────────┼──────┼──────────┤
│ The Health Ministry                                           │ 52       │ 2024-12-20 │       1 │ w2   │ ↻ was 40 │
│ ↳ earlier                                                     │ 40       │ 2024-12-18 │       1 │ w1   │          │
│ UN Office for the Coordination of Humanitarian Affairs (OCHA) │ ≥30      │ 2024-12-21 │       1 │ w3   │          │
│ Residents                                                     │ ≈150     │ 2024-12-25 │       1 │ w4   │          │
└───────────────────────────────────────────────────────────────┴──────────┴────────────┴─────────┴──────┴──────────┘
`,
    );
  });

  it('keeps its history in JSON, with the days each claim was stated', () => {
    const json = JSON.parse(toll([...CSV_ARGS, '--format', 'json'], { input: DATED }).stdout);
    const ministry = json.groups[0].rows[0];
    expect(ministry.claims.map((claim: { label: string }) => claim.label)).toEqual(['52']);
    expect(ministry.claims[0].statements).toEqual([{ date: '2024-12-20', docs: ['w2'] }]);
    expect(ministry.history.map((claim: { label: string; statements: unknown }) => [claim.label, claim.statements])).toEqual([
      ['40', [{ date: '2024-12-18', docs: ['w1'] }]],
    ]);
  });

  it('reads the date key of NDJSON the same way', () => {
    const input = [
      { date: '2024-12-18', text: 'The Health Ministry said 40 civilians were killed.' },
      { date: '2024-12-21', text: 'The Health Ministry said 52 civilians were killed.' },
    ].map((line) => JSON.stringify(line)).join('\n');
    const json = JSON.parse(toll(['--quiet', '--input-format', 'ndjson', '--date-column', 'date', '--format', 'json'], { input }).stdout);
    expect(json.groups[0].rows[0].claims[0].label).toBe('52');
    expect(json.groups[0].rows[0].history[0].label).toBe('40');
  });
});

describe('without dates', () => {
  it('takes input order as time order, and dates from the text only when the year is written', () => {
    const input = 'On December 19, 2024, the ministry said 40 civilians were killed.\nThe ministry said 52 civilians were killed.\n';
    const json = JSON.parse(toll(['--quiet', '--format', 'json'], { input }).stdout);
    const [row] = json.groups[0].rows;
    expect(row.claims[0].statements).toEqual([{ date: null, docs: ['<stdin>:2'] }]);
    expect(row.history[0].statements).toEqual([{ date: '2024-12-19', docs: ['<stdin>:1'] }]);
  });
});
