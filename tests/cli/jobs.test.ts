// --jobs spreads extraction over worker threads; the output must not change, nor its order.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toll } from './helpers.js';

describe('--jobs', () => {
  it('gives byte-identical output in the same order on 1 and 3 workers', () => {
    const dir = mkdtempSync(join(tmpdir(), 'toll-jobs-'));
    const file = join(dir, 'many.txt');
    const lines: string[] = [];
    for (let i = 0; i < 3000; i++) {
      lines.push(i % 3 === 0 ? `Officials said ${i + 1} people were killed and ${i % 50} wounded in district ${i}.`
        : i % 3 === 1 ? `Shares rose ${i % 9} pct on the day.` : `About ${i} villagers were reported missing, the agency said.`);
    }
    writeFileSync(file, lines.join('\n') + '\n');
    const single = toll(['extract', '--format', 'ndjson', '--quiet', '--jobs', '1', file]);
    const parallel = toll(['extract', '--format', 'ndjson', '--quiet', '--jobs', '3', file]);
    expect(single.status).toBe(0);
    expect(parallel.status).toBe(0);
    expect(single.stdout.split("\n").length).toBeGreaterThan(2500);
    expect(parallel.stdout).toBe(single.stdout);
    const reconciledSingle = toll(['--format', 'json', '--quiet', '--jobs', '1', file]).stdout;
    expect(toll(['--format', 'json', '--quiet', '--jobs', '2', file]).stdout).toBe(reconciledSingle);
  });

  it('rejects a job count that is not a positive whole number', () => {
    expect(toll(['extract', '--jobs', '0', 'data/reports.txt']).status).toBe(2);
  });
});
