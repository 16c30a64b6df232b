#!/usr/bin/env node
// node scripts/unread-sample.mjs [--count 100] [--seed 12] [--kind sentence|number]
// Runs `toll extract --unread` over the shared corpora (the Reuters-21578 bodies and the AG News
// World rows, built as for the benchmark: scripts/bench/inputs.mjs) and prints how many sentences
// and numbers were left unread, then a random sample of them (fixed seed, so the sample is the
// same on every run) to be read by hand against ../shared/eval/GUIDELINE.md. Nothing is written
// into the repository: the inputs go to a temporary directory.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATASETS } from './bench/inputs.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? fallback : args[at + 1];
};
const count = Number(option('count', '100'));
const seed = Number(option('seed', '12'));
const kind = option('kind', 'sentence');
const corpora = process.env.TOLL_CORPORA ?? resolve(root, '../shared/corpora');

/** mulberry32: a small seeded generator, so that the sample does not change between runs. */
function random(state) {
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const work = mkdtempSync(join(tmpdir(), 'toll-unread-'));
try {
  const rows = [];
  for (const name of ['reuters', 'agworld']) {
    const file = join(work, `${name}.txt`);
    writeFileSync(file, `${DATASETS[name].records(corpora).join('\n')}\n`);
    const out = execFileSync(process.execPath, [join(root, 'bin/toll.js'), 'extract', '--unread', '-f', 'ndjson', '--quiet', file],
      { encoding: 'utf8', maxBuffer: 1 << 30 });
    const found = out.split('\n').filter(Boolean).map((line) => ({ ...JSON.parse(line), corpus: name }));
    const sentences = found.filter((r) => r.kind === 'sentence').length;
    console.log(`${name}: ${sentences} sentences with numbers near harm words gave no figure; ${found.length - sentences} numbers refused`);
    rows.push(...found);
  }
  const pool = rows.filter((r) => r.kind === kind);
  const next = random(seed);
  // Partial Fisher–Yates: the first `count` places are a uniform sample without repeats.
  for (let i = 0; i < Math.min(count, pool.length); i++) {
    const j = i + Math.floor(next() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  console.log(`\nsample of ${Math.min(count, pool.length)} ${kind} rows of ${pool.length} (seed ${seed}):`);
  pool.slice(0, count).forEach((r, i) => {
    console.log(`\n[${i + 1}] ${r.corpus}:${r.line} numbers: ${r.numbers.join(' | ')}\n    ${r.sentence}`);
  });
} finally {
  rmSync(work, { recursive: true, force: true });
}
