// In a group of every actor (--group-by category, the presets' grouping) a count of civilians and a
// count of fighters are two counts of different people: never a conflict, never each other's outlier.
import { describe, expect, it } from 'vitest';
import { toll } from './helpers.js';

const CSV = `id,date,outlet,text
1,2025-03-01,Wire A,"The health ministry said 40 civilians were killed in the shelling of Tarn on Friday."
2,2025-03-01,Wire B,"The army said it killed 200 enemy soldiers near Tarn on Friday."
3,2025-03-02,Wire C,"A monitor said 45 civilians died in the shelling of Tarn."
4,2025-03-02,Wire D,"Residents said 120 civilians were killed in Tarn."
`;
const ARGS = ['--quiet', '--input-format', 'csv', '--id-column', 'id', '--date-column', 'date', '--source-column', 'outlet', '--format', 'json'];

describe('civilians and fighters counted in one group', () => {
  const [group] = JSON.parse(toll([...ARGS, '--group-by', 'category'], { input: CSV }).stdout).groups;

  it('compares the civilians\' counts with each other, never with the soldiers\'', () => {
    const pairs = group.disagreements.map((pair: { a: string; b: string }) => [pair.a, pair.b].sort().join(' / '));
    expect(pairs.some((pair: string) => /army/i.test(pair))).toBe(false);
    expect(pairs.length).toBeGreaterThan(0);
    expect(group.rows.find((row: { display: string }) => /army/i.test(row.display)).conflict).toBe(false);
  });

  it('names no outlier across the two kinds of people', () => {
    expect(group.digest.outliers).toEqual([]);
  });
});
