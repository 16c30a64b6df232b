// The mutation check (npm run mutation) is too slow for CI; this keeps its table honest instead: a
// new rule, refiner or word list without a row fails here, and so does a row whose edit went stale.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORY_RULES, REFINERS } from '../../src/extract/config.js';
import * as vocabulary from '../../src/extract/vocabulary.js';
// @ts-expect-error: a plain ESM script, without types
import { MUTANTS, mutate } from '../../scripts/mutation.mjs';

interface Mutant { family: string; file: string; find?: string | RegExp; replace: string; declaration?: string }

const ROOT = join(import.meta.dirname, '..', '..');
const mutants = MUTANTS as Mutant[];
const families = mutants.map((m) => m.family);

describe('the mutation table (scripts/mutation.mjs)', () => {
  it('deletes every category rule, refiner and vocabulary export, each once', () => {
    const expected = [
      ...CATEGORY_RULES.map((rule) => `CATEGORY_RULES ${rule.name}`),
      ...REFINERS.map((refine) => `REFINERS ${refine.name}`),
      'ZERO_COUNTS',
      ...Object.keys(vocabulary).map((name) => `vocabulary ${name}`),
    ];
    expect(expected.filter((family) => !families.includes(family))).toEqual([]);
    expect(new Set(families).size).toBe(families.length);
  });

  it.each(mutants.map((m) => [m.family, m]))('%s applies to the code as it is', (_family, mutant) => {
    const source = readFileSync(join(ROOT, mutant.file), 'utf8');
    expect(mutate(mutant, source)).not.toBe(source);
  });

  it('refuses an edit that no longer matches (the check can fail)', () => {
    expect(() => mutate({ family: 'gone', file: 'x.ts', find: 'noSuchRule,', replace: '' }, 'const RULES = [label];')).toThrow(/matches 0 times/);
    expect(() => mutate({ family: 'gone', file: 'x.ts', declaration: 'NO_SUCH_LIST', replace: '[]' }, 'export const WORDS = [];')).toThrow(/NO_SUCH_LIST/);
  });
});
