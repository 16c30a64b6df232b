// The pure helpers of the bench's inputs (scripts/bench/inputs.mjs): cutting a text input in two
// halves at a line boundary, and repeating figures as distinct reports.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureHalves, figureCopies, halfCut } from '../../scripts/bench/inputs.mjs';

const reader = (s: string) => {
  const buf = Buffer.from(s);
  return [buf.length, (pos: number, len: number) => buf.subarray(pos, pos + len)] as const;
};
const cut = (s: string, chunk?: number) => halfCut(...reader(s), chunk);

describe('halfCut', () => {
  it('cuts at the middle when a line ends there', () => {
    expect(cut('aa\nbb\ncc\ndd\n')).toBe(6);
  });

  it('cuts after the first line end past the middle, reading across chunks', () => {
    const s = 'a\nbbbbbbbbbbbbbbbbbbbb\nc\n'; // the long line spans the middle
    for (const chunk of [1, 3, 1 << 20]) expect(cut(s, chunk)).toBe(s.indexOf('\nc') + 1);
  });

  it('keeps a last line without its line end whole in the second half', () => {
    expect(cut('aa\nbb')).toBe(3);
  });

  it('gives null when a half would be empty', () => {
    expect(cut('one line\n')).toBeNull();
    expect(cut('a\nbbbbbbbbbb')).toBeNull();
    expect(cut('')).toBeNull();
  });
});

describe('ensureHalves', () => {
  const dir = mkdtempSync(join(tmpdir(), 'toll-bench-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes two halves of whole lines that join to the input, and reuses them', () => {
    const text = Array.from({ length: 101 }, (_, i) => `report ${i}: ${'x'.repeat(i % 17)}\n`).join('');
    const file = join(dir, 'in.txt');
    writeFileSync(file, text);
    const first = ensureHalves(file);
    const [a, b] = first.halves.map((h) => readFileSync(h, 'utf8'));
    expect(a + b).toBe(text);
    expect(a.endsWith('\n')).toBe(true);
    expect(Math.abs(a.length - b.length)).toBeLessThan(30);
    expect(first.reused).toBe(false);
    expect(ensureHalves(file)).toMatchObject({ reused: true, cut: first.cut });
  });
});

describe('figureCopies', () => {
  it('repeats the figures to n lines, each copy under doc ids of its own', () => {
    const lines = [JSON.stringify({ doc: 'a.txt:1', low: 5 }), JSON.stringify({ doc: 7, low: 9 })];
    const out = [...figureCopies(lines, 5)].map((l) => JSON.parse(l));
    expect(out.map((f) => f.doc)).toEqual(['a.txt:1', 7, 'a.txt:1~1', '7~1', 'a.txt:1~2']);
    expect(out.map((f) => f.low)).toEqual([5, 9, 5, 9, 5]);
  });
});
