#!/usr/bin/env node
// Extraction time on hostile text at 1× and 10× the size: a ratio near 10 is linear, near 100 is
// quadratic (catastrophic backtracking or a loop that rescans). Uses the build: `npm run build` first.
//
//   node scripts/bench-hostile.mjs               every generator at its default size
//   node scripts/bench-hostile.mjs --scale 0.5   half the sizes (the slow cases take minutes at 2)
//   node scripts/bench-hostile.mjs bangs spaces  only these generators
//
// Each text is one record; the time is per run of extractFigures on it (see measure()).
import { performance } from 'node:perf_hooks';
import { extractFigures } from '../dist/extract/index.js';

/** Repeats `unit` until the text is about `size` characters, between a head and a tail. */
function fill(size, unit, head = '', tail = '') {
  return head + unit.repeat(Math.max(1, Math.round((size - head.length - tail.length) / unit.length))) + tail;
}

// name: [base size in characters, generator]. Were a case quadratic again, its 10× run would take minutes:
// the last three were (40,000 "!" took 11 s; 10,000 tabs after "Source:" 12 s) before the fixes of
// the sentence splitter and the credit-line pattern.
const GENERATORS = {
  'digit run "1,1,1,…"': [100_000, (n) => fill(n, '1,', '', '1 people were killed.')],
  'spaces': [100_000, (n) => `Police said${fill(n / 2, ' ')}12 people were killed${fill(n / 2, ' ')}.`],
  'repeated qualifier': [100_000, (n) => fill(n, 'at least ', '', '5 people were killed.')],
  'huge number 10^k': [100_000, (n) => `${fill(n, '0', '1', '')} people were killed.`],
  'unicode digits': [100_000, (n) => fill(n, '١٢٣ ', 'killed ', 'people')],
  'RTL and bidi marks': [100_000, (n) => fill(n, '\u200f\u202e12 ', 'killed ', 'people')],
  'control characters': [100_000, (n) => fill(n, '\x1b[31m\x00\x07 ', '12 people were killed ', '.')],
  'dense figures': [100_000, (n) => fill(n, 'Police said 12 people were killed and 30 wounded. ')],
  'repeated "said"': [100_000, (n) => fill(n, 'said ', '12 people were killed, ', '.')],
  'quote marks': [100_000, (n) => fill(n / 2, '“') + '12 people were killed' + fill(n / 2, '”') + ', he said.'],
  'word soup': [100_000, (n) => fill(n, 'killed wounded missing captured hostages toll rose to about some ')],
  '"!!!" run': [20_000, (n) => fill(n, '!', '12 people were killed', 'x')],
  '"..." run': [20_000, (n) => fill(n, '.', 'Police said 12 people were killed', 'x')],
  '"Source:" and whitespace': [20_000, (n) => fill(n, '\t', '12 people were killed. Source:', ':')],
};

function parseArgs(argv) {
  let scale = 1;
  const names = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--scale') scale = Number(argv[++i]);
    else names.push(argv[i]);
  }
  if (!(scale > 0)) throw new Error(`--scale must be a positive number, got ${argv[argv.indexOf('--scale') + 1]}`);
  return { scale, names };
}

function timeOnce(text) {
  const report = { file: 'bench', line: 1, doc: 'bench', text, source: null, date: null };
  const started = performance.now();
  const figures = extractFigures(report, { onWarning: () => {} });
  return { ms: performance.now() - started, figures: figures.length };
}

/**
 * Milliseconds per extraction: runs repeated until 200 ms have passed (a fast run alone is too
 * short to time), the best of three such rounds (the least disturbed by other load).
 */
function measure(text) {
  let bestMs = Infinity;
  let figures = 0;
  for (let round = 0; round < 3; round++) {
    let runs = 0;
    const started = performance.now();
    while (performance.now() - started < 200 || runs === 0) {
      figures = timeOnce(text).figures;
      runs++;
    }
    const ms = (performance.now() - started) / runs;
    bestMs = Math.min(bestMs, ms);
    if (ms > 2000) break;
  }
  return { ms: bestMs, figures };
}

const { scale, names } = parseArgs(process.argv.slice(2));
const chosen = Object.entries(GENERATORS).filter(([name]) => names.length === 0 || names.some((n) => name.includes(n)));
timeOnce('Police said 12 people were killed and 30 wounded.'.repeat(200)); // warm up the JIT

const rows = [['generator', 'chars 1×', 'ms 1×', 'ms 10×', 'ratio', 'verdict']];
let worst = 0;
for (const [name, [base, generate]] of chosen) {
  const size = Math.max(10, Math.round(base * scale));
  const small = generate(size);
  const large = generate(size * 10);
  const a = measure(small);
  const b = measure(large);
  const ratio = b.ms / Math.max(a.ms, 0.01);
  worst = Math.max(worst, ratio);
  const verdict = ratio < 20 ? 'linear' : ratio < 50 ? 'superlinear' : 'QUADRATIC or worse';
  rows.push([name, String(small.length), a.ms.toFixed(2), b.ms.toFixed(2), ratio.toFixed(1), verdict]);
  process.stderr.write('.');
}
process.stderr.write('\n');
const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
for (const row of rows) console.log(row.map((cell, i) => (i === 0 || i === 5 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  '));
console.log(`\nratio = time at 10× / time at 1×; ≈10 is linear. Worst: ${worst.toFixed(1)}.`);
process.exitCode = worst < 50 ? 0 : 1;
