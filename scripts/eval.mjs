#!/usr/bin/env node
// npm run eval -- GOLD.jsonl [--errors] [--min-f1 0.93]
// Scores `toll extract` against a gold file with the shared scorer (../shared/eval/score.mjs):
// the gold items become a CSV (id,text), toll extracts them as NDJSON, the scorer compares.
// The scorer's report is printed as is; its last line is "F1 <value>". With --min-f1, exits 1 below it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const gold = args.find((a) => !a.startsWith('--') && !/^\d/.test(a));
const minIndex = args.indexOf('--min-f1');
const minF1 = minIndex === -1 ? null : Number(args[minIndex + 1]);
if (!gold || (minIndex !== -1 && !Number.isFinite(minF1))) {
  console.error('usage: npm run eval -- GOLD.jsonl [--errors] [--min-f1 N]');
  process.exit(2);
}
const scorer = process.env.TOLL_SCORER ?? resolve(root, '../shared/eval/score.mjs');
if (!existsSync(scorer)) {
  console.error(`eval: scorer not found at ${scorer} (set TOLL_SCORER)`);
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), 'toll-eval-'));
try {
  const items = join(work, 'items.csv');
  const predictions = join(work, 'pred.ndjson');
  writeFileSync(items, execFileSync(process.execPath, [scorer, 'csv', gold], { maxBuffer: 1 << 28 }));
  execFileSync(process.execPath, [join(root, 'bin/toll.js'), 'extract', '--quiet', '--format', 'ndjson',
    '--text-column', 'text', '--id-column', 'id', '-o', predictions, items], { stdio: ['ignore', 'inherit', 'inherit'] });
  const report = execFileSync(process.execPath, [scorer, 'score', gold, predictions, ...(args.includes('--errors') ? ['--errors'] : [])],
    { encoding: 'utf8', maxBuffer: 1 << 28 });
  process.stdout.write(report);
  const f1 = Number(/^F1 (\S+)$/m.exec(report)?.[1]);
  if (minF1 !== null && !(f1 >= minF1)) {
    console.error(`eval: F1 ${f1} is below the gate ${minF1}`);
    process.exit(1);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
