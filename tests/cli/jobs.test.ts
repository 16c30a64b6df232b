// --jobs spreads extraction over worker threads; the output must not change, nor its order, nor the
// problems reported and their lines. Inputs here are several segments long, so that workers run.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { extractInputs as ExtractInputs, InputEvent } from '../../src/run/parallel.js';
import { ROOT, toll } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'toll-jobs-'));

/** About `megabytes` MB of lines, a third of them with figures. */
function reportLines(count: number): string[] {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    lines.push(i % 3 === 0 ? `Officials said ${i + 1} people were killed and ${i % 50} wounded in district ${i}.`
      : i % 3 === 1 ? `Shares rose ${i % 9} pct on the day, the exchange said in its weekly market report.` : `About ${i} villagers were reported missing, the agency said.`);
  }
  return lines;
}

/** Runs `command args` on 1 and on 2 workers, and checks that nothing differs. */
function same(command: string, args: string[]): { single: string; parallel: string } {
  const single = toll([command, '--jobs', '1', ...args]);
  const parallel = toll([command, '--jobs', '2', ...args]);
  expect(parallel.status).toBe(single.status);
  expect(parallel.stderr).toBe(single.stderr);
  expect(parallel.stdout).toBe(single.stdout);
  return { single: single.stdout, parallel: parallel.stdout };
}

describe('--jobs', () => {
  beforeAll(() => {
    const lines = reportLines(15_000);
    writeFileSync(join(dir, 'many.txt'), lines.join('\n') + '\n');
    // Paragraphs, and a bad line every so often in NDJSON: problems keep their lines and their order.
    writeFileSync(join(dir, 'paragraphs.txt'), lines.map((line, i) => (i % 4 === 3 ? `${line}\n` : line)).join('\n') + '\n');
    writeFileSync(join(dir, 'many.ndjson'), lines.map((text, i) => (i % 5000 === 4999 ? '{oops' : JSON.stringify({ text, id: `r${i}` }))).join('\n') + '\n');
    // CSV with quoted fields that hold line breaks, doubled quotes and delimiters: cuts fall only between records.
    const rows = lines.map((text, i) => (i % 7 === 0 ? `${i},"${text}\nSecond line, with ""quotes""."` : `${i},${text.replaceAll(',', ';')}`));
    writeFileSync(join(dir, 'many.csv'), `id,text\n${rows.join('\r\n')}\r\n`);
  });

  it.each(['many.txt', 'many.ndjson', 'many.csv'])('gives byte-identical output and messages on 1 and 2 workers: %s', (name) => {
    const { single } = same('extract', ['--format', 'ndjson', join(dir, name)]);
    expect(single.split('\n').length).toBeGreaterThan(7_000);
  });

  it('paragraphs, CSV output, and several inputs in one run', () => {
    same('extract', ['--format', 'ndjson', '--paragraphs', join(dir, 'paragraphs.txt')]);
    same('extract', ['--format', 'csv', join(dir, 'many.csv'), join(dir, 'many.txt'), join(dir, 'missing.txt')]);
  });

  it('--strict stops at the same error with the same figures written before it', () => {
    const { single } = same('extract', ['--format', 'ndjson', '--strict', join(dir, 'many.ndjson')]);
    expect(single.split('\n').length).toBeGreaterThan(4000);
  });

  it('reconcile sees the same figures', () => {
    same('reconcile', ['--format', 'json', join(dir, 'many.txt')]);
  });

  it('stdin is cut into segments too', () => {
    const input = reportLines(15_000).join('\n');
    const single = toll(['extract', '-f', 'ndjson', '--jobs', '1'], { input });
    const parallel = toll(['extract', '-f', 'ndjson', '--jobs', '2'], { input });
    expect(parallel.stdout).toBe(single.stdout);
    expect(parallel.stderr).toBe(single.stderr);
  });

  it('rejects a job count that is not a positive whole number', () => {
    expect(toll(['extract', '--jobs', '0', 'data/reports.txt']).status).toBe(2);
  });
});

describe('a worker that runs out of memory', () => {
  it('ends the run with a message that says what to do, not a hang or a crash', async () => {
    // The built module: its workers are the built worker.js.
    const { extractInputs } = await import(pathToFileURL(join(ROOT, 'dist/run/parallel.js')).href) as { extractInputs: typeof ExtractInputs };
    const sentences = Array.from({ length: 20_000 }, (_, i) => `Officials said ${i + 1} people were killed and ${i % 50} wounded.`);
    const text = `${reportLines(2000).join('\n')}\n${sentences.join(' ')}\n${reportLines(2000).join('\n')}\n`;
    const events: AsyncIterable<InputEvent> = extractInputs(['-'], {
      jobs: 2,
      ingest: {},
      stdin: () => Readable.from([Buffer.from(text)]),
      emit: { format: 'ndjson' },
      minConfidence: 0,
      coded: null,
      segmentBytes: 4 << 20,
      inlineBytes: 0,
      shareThisThread: false,
      // Far too small a heap for the long record's figures.
      workerLimits: { maxYoungGenerationSizeMb: 1, maxOldGenerationSizeMb: 4 },
    });
    await expect((async () => { for await (const _ of events); })()).rejects.toThrow('a worker thread ran out of memory (4 MB); run with --jobs 1');
  }, 60_000);
});
