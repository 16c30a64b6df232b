// Well-known CSV columns are read without flags, and the run says once which it read.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ndjson, toll } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'toll-columns-'));
writeFileSync(join(dir, 'export.csv'), 'doc_id,outlet,published,body\nx1,Daily Example,2024-05-02,Floods in the valley killed 12 people.\n');

describe('column detection', () => {
  it('reads id, outlet and date from well-known names and says so once on stderr', () => {
    const result = toll(['extract', '-f', 'ndjson', '--jobs', '2', 'export.csv'], { cwd: dir });
    expect(result.status).toBe(0);
    expect(ndjson(result.stdout).map((f) => [f.doc, f.source, f.date])).toEqual([['x1', 'Daily Example', '2024-05-02']]);
    expect(result.stderr.split('\n').filter((line) => line.includes('CSV_COLUMNS'))).toEqual([
      'toll: export.csv:1: CSV_COLUMNS: columns read: text=body, id=doc_id, source=outlet, date=published',
    ]);
  });

  it('is a note: not counted as a problem, not an exit status under --strict, silent with --quiet', () => {
    const strict = toll(['--strict', '--format', 'json', 'export.csv'], { cwd: dir });
    expect(strict.status).toBe(0);
    expect(strict.stderr).toContain('CSV_COLUMNS');
    expect(strict.stderr).not.toContain('problems:');
    expect(toll(['--quiet', 'export.csv'], { cwd: dir }).stderr).toBe('');
  });

  it('takes the column a flag names instead', () => {
    const result = toll(['extract', '-f', 'ndjson', '--date-column', 'published', '--id-column', 'outlet', 'export.csv'], { cwd: dir });
    expect(ndjson(result.stdout).map((f) => f.doc)).toEqual(['Daily Example']);
  });
});
