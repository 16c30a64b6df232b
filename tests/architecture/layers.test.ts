import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ESM script, without types
import { readSources, violations } from '../../scripts/layers.mjs';

const src = join(import.meta.dirname, '..', '..', 'src');

describe('the import rule (scripts/layers.mjs)', () => {
  it('holds for src/', () => {
    expect(violations(readSources(src))).toEqual([]);
  });

  it('fails when extract imports the runner, ingest or a package', () => {
    const files = new Map(readSources(src));
    files.set('extract/bad.ts', "import { extractPart } from '../run/part.js';\nimport { parse } from 'csv-parse/sync';\n");
    files.set('extract/rules/bad.ts', "const m = await import('../../ingest/index.js');\n");
    expect(violations(files)).toEqual([
      'extract/bad.ts: extract may not import run (../run/part.js)',
      'extract/bad.ts: extract is pure and may not import the package csv-parse/sync',
      'extract/rules/bad.ts: extract may not import ingest (../../ingest/index.js)',
    ]);
  });

  it('fails when a lower stage imports a higher one', () => {
    const files = new Map([
      ['reconcile/x.ts', "import type { Row } from '../report/table.js';"],
      ['report/y.ts', "import { Output } from '../run/output.js';"],
      ['run/z.ts', "import { EXAMPLES } from '../cli/options.js';"],
      ['figure.ts', "import type { Group } from './reconcile/index.js';"],
      ['misc/w.ts', ''],
    ]);
    expect(violations(files)).toEqual([
      'reconcile/x.ts: reconcile may not import report (../report/table.js)',
      'report/y.ts: report may not import run (../run/output.js)',
      'run/z.ts: run may not import cli (../cli/options.js)',
      'figure.ts: root may not import reconcile (./reconcile/index.js)',
      'misc/w.ts: folder "misc" is not a stage of the data path (scripts/layers.mjs)',
    ]);
  });
});
