// The acceptance of issue 2, end to end on the bundled data.
import { describe, expect, it } from 'vitest';
import { ndjson, toll } from './helpers.js';

interface Row { source: string; display: string; claims: { label: string }[]; reports: number; outlets: string[] }
interface Group { actor: string; category: string; conflict: boolean; rows: Row[] }

function groupsOf(args: string[]): Group[] {
  const result = toll([...args, '--format', 'json', '--quiet']);
  expect(result.status).toBe(0);
  return (JSON.parse(result.stdout) as { groups: Group[] }).groups;
}

describe.each([
  [['data/reports.txt']],
  [['data/reports.csv', '--id-column', 'id']],
])('toll %j', (args) => {
  const groups = groupsOf(args);
  const group = (category: string) => groups.find((g) => g.actor === 'North Korean soldiers' && g.category === category)!;

  it('has exactly the killed, wounded and captured groups of North Korean soldiers', () => {
    expect(groups.map((g) => `${g.actor}/${g.category}`)).toEqual([
      'North Korean soldiers/killed', 'North Korean soldiers/wounded', 'North Korean soldiers/captured',
    ]);
  });

  it('flags killed as a conflict: the intelligence service (≈300, ≥300, two reports) against a news report (≈1,000)', () => {
    const killed = group('killed');
    expect(killed.conflict).toBe(true);
    const labels = killed.rows.map((r) => [r.display, r.claims.map((c) => c.label).join(', '), r.reports]);
    expect(labels).toContainEqual(['a news report', '≈1,000', 1]);
    const service = killed.rows.find((r) => /Intelligence Service/.test(r.display))!;
    expect(service.claims.map((c) => c.label)).toEqual(['≈300', '≥300']);
    expect(service.reports).toBe(2);
    expect(service.outlets).toEqual(['Yonhap']);
  });

  it('gives wounded 2,700 from the intelligence service in two reports, no conflict', () => {
    const wounded = group('wounded');
    expect(wounded.conflict).toBe(false);
    expect(wounded.rows).toHaveLength(1);
    expect(wounded.rows[0].claims.map((c) => c.label)).toEqual(['2,700']);
    expect(wounded.rows[0].reports).toBe(2);
  });

  it('gives captured 2 from the intelligence service and from Zelenskyy, no conflict', () => {
    const captured = group('captured');
    expect(captured.conflict).toBe(false);
    expect(captured.rows.map((r) => r.display).join(' | ')).toMatch(/Intelligence Service.*\| .*Zelenskyy/);
    expect(captured.rows.every((r) => r.claims.map((c) => c.label).join() === '2')).toBe(true);
  });
});

describe('what the seed must not give', () => {
  it('finds no figure in years, dates, "almost three years" or the truncated "estimated 11,"', () => {
    const figures = ndjson(toll(['extract', '--format', 'ndjson', '--quiet', 'data/reports.txt']).stdout);
    const values = figures.flatMap((f) => [f.low, f.high]);
    for (const bad of [3, 11, 1950, 53, 2024]) expect(values).not.toContain(bad);
    expect(figures).toHaveLength(7);
  });
});

describe('the table', () => {
  it('prints each group with its conflict marker, without colour on a pipe', () => {
    const result = toll(['data/reports.txt', '--quiet']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('North Korean soldiers — killed  ⚠ CONFLICT, spread 3.3×');
    expect(result.stdout).toContain('≈300, ≥300');
    expect(result.stdout).not.toMatch(/\u001b\[/);
  });

  it('colours when forced, and never with NO_COLOR', () => {
    expect(toll(['data/reports.txt', '--quiet'], { env: { FORCE_COLOR: '1' } }).stdout).toMatch(/\u001b\[/);
    expect(toll(['data/reports.txt', '--quiet', '--color', 'always']).stdout).toMatch(/\u001b\[/);
    expect(toll(['data/reports.txt', '--quiet'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toMatch(/\u001b\[/);
  });
});
