#!/usr/bin/env node
// npm run -s bench [-- --sizes 10,100,1000] [--runs 3] [--markdown] [--no-peers] [--peer-mb 1]
//                     [--only startup,floor,extract,jobs1,reconcile,shards,peers,rss,reconcile1m]
//                     [--rss-mb 240] [--figures 1000000] [--startup-runs 10]
//                     [--timeout SEC] [--rebuild] [--no-snapshot]        (--help for details)
//
// Throughput of toll against the floor (two regexes over the streamed input) and against the peer
// extractors, on inputs built from ../shared/corpora (env TOLL_CORPORA) in a cache directory
// (env TOLL_BENCH_DIR, default $TMPDIR/toll-bench; reused while the corpora are unchanged).
// Prints one table (aligned text, or markdown with --markdown) on stdout, and keeps both renderings
// in the cache directory as last.txt and last.md; progress goes to stderr.
// A script, not a test: exits 1 only when a floor or toll measurement failed, 2 on usage errors.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BenchError, DATASETS, MB, ensureFigures, ensureHalves, ensureInput, ensurePeerInput } from './bench/inputs.mjs';
import { measure, measureTogether, median, rssMethod } from './bench/measure.mjs';
import { PEERS, preparePeers } from './bench/peers.mjs';
import { snapshotToll } from './bench/snapshot.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
let TOLL = join(root, 'bin', 'toll.js'); // replaced by the snapshot's unless --no-snapshot
const FLOOR = join(root, 'scripts', 'bench', 'floor.mjs');
const NODE = process.execPath;

const USAGE = `usage: npm run -s bench [-- OPTIONS]
  --sizes LIST        input sizes in MB (10^6 bytes), comma separated (default 10; e.g. 10,100,1000)
  --runs N            runs per measurement; medians are reported (default 3; at least 3 where two commands
                      alternate: a toll row and the floor, --jobs 2 and the shards)
  --markdown          print a markdown table (for the README) instead of aligned text
  --no-peers          skip the peer extractors
  --peer-mb N         size cap of the peers' CSV input in MB (default 1; they are slow)
  --only LIST         measure only these, comma separated: startup, floor, extract, jobs1, reconcile,
                      shards (--jobs 2 against two --jobs 1 processes on the halves of the text, at once),
                      peers, and two heavy ones that run only when named here: rss (peak RSS of toll
                      extract, default --jobs, on the text at --rss-mb) and reconcile1m (toll reconcile
                      --input-format figures on --figures figures). The floor is always run when extract,
                      jobs1, reconcile or peers need its ratio. The speed issue's measures in one run:
                      --only extract,jobs1,shards,rss,reconcile1m
  --rss-mb N          size of the text input for rss, in MB (default 240)
  --figures N         figures in the NDJSON read by reconcile1m (default 1000000)
  --startup-runs N    runs of the start-up measurement (default 10)
  --timeout SEC       per-run timeout (default 120 + 3 s per MB for toll and the floor, 900 s for a peer run)
  --rebuild           rebuild the cached inputs (the peers' install is kept)
  --no-snapshot       run bin/toll.js in place instead of a copy of bin/ dist/ data/ taken at start
                      (the copy keeps a concurrent npm run build from changing toll mid-run)
env: TOLL_CORPORA (default ../shared/corpora), TOLL_PEERS (default ../shared/peers),
     TOLL_BENCH_DIR (default $TMPDIR/toll-bench),
     TOLL_BENCH_RSS=hook (measure RSS with a preloaded hook instead of /usr/bin/time -v)`;

function parseArgs(argv) {
  const o = { sizes: [10], runs: 3, markdown: false, peers: true, peerMB: 1, startupRuns: 10, timeout: null, rebuild: false, only: null, snapshot: true,
    rssMB: 240, figures: 1_000_000 };
  const positive = (name, v, int) => {
    const n = Number(v);
    if (!Number.isFinite(n) || n <= 0 || (int && !Number.isInteger(n))) throw new UsageError(`${name} expects a positive ${int ? 'integer' : 'number'}, got ${JSON.stringify(v)}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => {
      if (inline !== undefined) return inline;
      if (i + 1 >= argv.length) throw new UsageError(`${flag} needs a value`);
      return argv[++i];
    };
    switch (flag) {
      case '--sizes': o.sizes = [...new Set(value().split(',').map((s) => positive('--sizes', s.trim(), false)))].sort((x, y) => x - y); break;
      case '--runs': o.runs = positive('--runs', value(), true); break;
      case '--markdown': o.markdown = true; break;
      case '--no-peers': o.peers = false; break;
      case '--peer-mb': o.peerMB = positive('--peer-mb', value(), false); break;
      case '--rss-mb': o.rssMB = positive('--rss-mb', value(), false); break;
      case '--figures': o.figures = positive('--figures', value(), true); break;
      case '--startup-runs': o.startupRuns = positive('--startup-runs', value(), true); break;
      case '--timeout': o.timeout = positive('--timeout', value(), false); break;
      case '--rebuild': o.rebuild = true; break;
      case '--no-snapshot': o.snapshot = false; break;
      case '--only': {
        o.only = new Set(value().split(',').map((x) => x.trim()).filter(Boolean));
        const bad = [...o.only].filter((x) => !ONLY.includes(x));
        if (bad.length || !o.only.size) throw new UsageError(`--only expects some of ${ONLY.join(', ')}, got ${JSON.stringify(bad.join(','))}`);
        break;
      }
      case '-h': case '--help': console.log(USAGE); process.exit(0); break;
      default: throw new UsageError(`unknown option ${a}`);
    }
  }
  return o;
}
class UsageError extends Error {}
const ONLY = ['startup', 'floor', 'extract', 'jobs1', 'reconcile', 'shards', 'peers', 'rss', 'reconcile1m'];

const log = (msg) => process.stderr.write(`bench: ${msg}\n`);

// ---- machine -------------------------------------------------------------------------------------

function machine() {
  let cpu = os.cpus()[0]?.model?.trim() || 'unknown CPU';
  try {
    const m = /^model name\s*:\s*(.+)$/m.exec(fs.readFileSync('/proc/cpuinfo', 'utf8'));
    if (m) cpu = m[1].trim();
  } catch { /* not Linux */ }
  const cores = os.availableParallelism?.() ?? os.cpus().length;
  const git = (...a) => spawnSync('git', a, { cwd: root, encoding: 'utf8' });
  const head = git('rev-parse', '--short', 'HEAD').stdout?.trim();
  const dirty = git('status', '--porcelain', '--untracked-files=no').stdout?.trim();
  return {
    cpu, cores,
    text: `${cpu}, ${cores} cores, ${(os.totalmem() / 1e9).toFixed(1)} GB RAM, ${os.type()} ${os.release()} ${os.arch()}, node ${process.version}`,
    toll: head ? `toll ${head}${dirty ? ' + uncommitted changes' : ''}` : 'toll (not a git checkout)',
    load: os.loadavg()[0],
  };
}

function distStamp() {
  try { return fs.statSync(join(root, 'dist', 'cli', 'run.js')).mtimeMs; } catch { return null; }
}

// ---- measuring -----------------------------------------------------------------------------------

const ctx = { method: null, runs: 3, failed: false };

// A command to measure: its title in the progress log and how to run it once. `argvs` (several
// commands) are run at once and measured as one job (measureTogether).
function job(title, argv, { stdout = 'null', stdin = null, cwd, timeoutMs }) {
  const opts = { method: ctx.method, cwd, stdin, stdout, timeoutMs };
  return { title, argv, timeoutMs, once: () => (Array.isArray(argv[0]) ? measureTogether(argv, opts) : measure(argv, opts)) };
}

function logRun(j, res, r, runs) {
  const status = res.ok ? '' : res.timedOut ? `  TIMEOUT after ${j.timeoutMs / 1000} s` : `  FAILED (${res.signal ?? `exit ${res.code}`})`;
  log(`${j.title} run ${r}/${runs}: ${res.wallS.toFixed(3)} s${res.cpuS !== null ? ` (CPU ${res.cpuS.toFixed(2)} s)` : ''}`
    + `${res.rssKB ? `, ${Math.round((res.rssKB * 1024) / 1e6)} MB` : ''}${status}`);
}

// Medians and a note over the runs of one command.
function summarize(results, timeoutMs) {
  const ok = results.every((x) => x.ok);
  const last = results[results.length - 1];
  let note = '';
  if (!ok) {
    const bad = results.find((x) => !x.ok);
    const why = bad.timedOut ? `timed out after ${timeoutMs / 1000} s` : `${bad.signal ?? `exit ${bad.code}`}`;
    const msg = bad.stderr.split('\n').filter(Boolean).slice(-1)[0] ?? '';
    note = `FAILED: ${why}${msg ? `: ${msg.slice(0, 160)}` : ''}`;
  } else if (new Set(results.map((x) => x.lines)).size > 1) {
    note = `output line counts differ between runs (${results.map((x) => x.lines).join(', ')})`;
  }
  const good = results.filter((x) => x.ok);
  return {
    ok, note, runs: good.length,
    wallS: median(good.map((x) => x.wallS)),
    cpuS: median(good.map((x) => x.cpuS)),
    rssKB: median(good.map((x) => x.rssKB)),
    lines: last.lines, bytes: last.bytes, stdout: last.stdout, stderr: last.stderr,
    all: results,
  };
}

// Runs `argv` ctx.runs times in a row (stopping at the first failure); returns medians and a note.
async function measureRuns(title, argv, { runs = ctx.runs, ...o }) {
  const j = job(title, argv, o);
  const results = [];
  for (let r = 1; r <= runs; r++) {
    const res = await j.once();
    results.push(res);
    logRun(j, res, r, runs);
    if (!res.ok) break;
  }
  return summarize(results, j.timeoutMs);
}

// Runs two jobs alternately, a b a b …, `runs` times each (stopping at the first failure of either):
// a ratio of their medians then compares runs taken under the same load, even when other work on
// the machine comes and goes during the bench.
async function measurePair(a, b, runs) {
  const res = [[], []];
  for (let r = 1; r <= runs; r++) {
    for (const [i, j] of [a, b].entries()) {
      const x = await j.once();
      res[i].push(x);
      logRun(j, x, r, runs);
      if (!x.ok) return [summarize(res[0], a.timeoutMs), res[1].length ? summarize(res[1], b.timeoutMs) : failedBefore(a)];
    }
  }
  return [summarize(res[0], a.timeoutMs), summarize(res[1], b.timeoutMs)];
}
const failedBefore = (a) => ({ ok: false, note: `not run: ${a.title} failed`, runs: 0, wallS: null, cpuS: null, rssKB: null,
  lines: 0, bytes: 0, stdout: '', stderr: '', all: [] });

// ---- formatting ----------------------------------------------------------------------------------

const sig3 = (x) => (x === null || x === undefined || !Number.isFinite(x) ? '—'
  : x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x >= 1 ? x.toFixed(2) : x.toFixed(3));
const int = (n) => n.toLocaleString('en');
const ratio = (r) => (r === null || !Number.isFinite(r) ? '—' : r >= 0.095 ? `${r.toFixed(2)}×` : `1/${Math.round(1 / r)}`);
const ratioOf = (a, b, k) => (a.ok && b.ok && a[k] && b[k] ? a[k] / b[k] : null);
const kB = (b) => (b >= 1e6 ? `${(b / 1e6).toFixed(1)} MB` : `${(b / 1e3).toFixed(1)} kB`);
const sizeName = (mb) => (mb >= 1000 ? `${+(mb / 1000).toFixed(2)} GB` : `${mb} MB`);

const COLUMNS = [
  ['size', 'l'], ['input', 'l'], ['command', 'l'], ['MB', 'r'], ['wall s', 'r'], ['CPU s', 'r'],
  ['MB/s', 'r'], ['× floor', 'r'], ['CPU × floor', 'r'], ['peak RSS MB', 'r'], ['found', 'l'], ['note', 'l'],
];

function rowCells(row) {
  const m = row.m;
  const mbps = m.ok && row.bytes ? row.bytes / MB / m.wallS : null;
  row.mbps = mbps;
  const r = mbps !== null && row.floor?.mbps ? mbps / row.floor.mbps : null;
  return [
    row.size, row.input, row.command,
    row.bytes ? (row.bytes / MB).toFixed(row.bytes < 10 * MB ? 2 : 1) : '—',
    m.ok ? sig3(m.wallS) : '—', m.ok ? sig3(m.cpuS) : '—',
    sig3(mbps), row.isFloor && m.ok ? '1×' : ratio(r),
    row.isFloor && m.ok ? '1×' : ratio(m.ok && m.cpuS && row.floor?.m.ok && row.floor.m.cpuS ? (row.floor.m.cpuS * row.bytes) / (m.cpuS * row.floor.bytes) : null),
    m.ok && m.rssKB ? String(Math.round((m.rssKB * 1024) / 1e6)) : '—',
    m.ok ? row.found(m) : '—', [m.note, row.note].filter(Boolean).join('; '),
  ];
}

// The speed issue's measures: each a ratio (or a peak RSS) against its target, lower is better.
const ISSUE_COLUMNS = [['size', 'l'], ['input', 'l'], ['measure', 'l'], ['value', 'r'], ['target', 'r'], ['met', 'l'], ['from', 'l']];

function issueCells(x) {
  const fmt = (v) => (v === null || !Number.isFinite(v) ? '—'
    : x.unit === '×' ? `${v.toFixed(2)}×` : x.unit === 'MB' ? `${Math.round(v)} MB` : `${sig3(v)} s`);
  const met = x.target === null || x.value === null ? '—' : x.value <= x.target ? 'yes' : 'no';
  return [x.size, x.input, x.measure, fmt(x.value), x.target === null ? '—' : `≤ ${fmt(x.target)}`, met,
    x.value === null ? 'a measurement failed: see the note column' : x.from];
}

function renderTable(cols, rows, markdown) {
  const keep = cols.map((_, c) => c !== cols.length - 1 || rows.some((r) => r[c])); // drop an empty note column
  const cs = cols.filter((_, c) => keep[c]);
  const rs = rows.map((r) => r.filter((_, c) => keep[c]));
  if (markdown) {
    const esc = (s) => String(s).replace(/\|/g, '\\|');
    return [
      `| ${cs.map(([h]) => h).join(' | ')} |`,
      `| ${cs.map(([, a]) => (a === 'r' ? '---:' : '---')).join(' | ')} |`,
      ...rs.map((r) => `| ${r.map(esc).join(' | ')} |`),
    ].join('\n');
  }
  const width = cs.map(([h], c) => Math.max(h.length, ...rs.map((r) => String(r[c]).length)));
  const line = (r) => r.map((v, c) => (cs[c][1] === 'r' ? String(v).padStart(width[c]) : String(v).padEnd(width[c]))).join('  ').trimEnd();
  return [line(cs.map(([h]) => h)), width.map((w) => '-'.repeat(w)).join('  '), ...rs.map(line)].join('\n');
}

// ---- main ----------------------------------------------------------------------------------------

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  ctx.runs = opts.runs;
  const corpora = resolve(process.env.TOLL_CORPORA ?? join(root, '..', 'shared', 'corpora'));
  if (!fs.existsSync(corpora)) throw new BenchError(`corpora not found at ${corpora} (set TOLL_CORPORA)`);
  for (const d of Object.values(DATASETS)) d.files(corpora); // throws, naming what is missing, before anything runs
  if (distStamp() === null) throw new BenchError(`toll is not built (${join(root, 'dist')} missing): run npm run build`);
  const cacheDir = resolve(process.env.TOLL_BENCH_DIR ?? join(os.tmpdir(), 'toll-bench'));
  fs.mkdirSync(cacheDir, { recursive: true });
  ctx.method = rssMethod();
  const mach = machine();
  const started = new Date();
  const stamp0 = distStamp();
  if (opts.snapshot) TOLL = join(snapshotToll(root, cacheDir).dir, 'bin', 'toll.js');
  log(`${mach.text}; ${mach.toll}; load average ${mach.load.toFixed(2)}; inputs in ${cacheDir}; peak RSS via ${ctx.method === 'gnu-time' ? '/usr/bin/time -v' : 'a process.resourceUsage() hook'}`);

  const help = spawnSync(NODE, [TOLL, 'extract', '--help'], { encoding: 'utf8', timeout: 30_000 });
  if (help.status !== 0) throw new BenchError(`node bin/toll.js extract --help failed: ${(help.stderr || help.error?.message || '').trim()}`);
  const hasJobs = help.stdout.includes('--jobs');
  const notes = [];
  notes.push(hasJobs
    ? `toll extract runs with its default --jobs (${mach.cores} cores here) and with --jobs 1 (single-threaded).`
    : 'toll has no --jobs option yet (extract --help does not mention it): the --jobs 1 rows are skipped and toll runs as it is.');

  const rows = [];
  const memo = {};
  const inputOpts = { corpora, dir: cacheDir, rebuild: opts.rebuild, memo };
  const hows = new Map();
  const floorRuns = Math.max(opts.runs, 5); // when run alone (--only floor, peers): cheap, and the peers' ratios depend on it
  const pairRuns = Math.max(opts.runs, 3); // a median of fewer alternated runs says little about a ratio
  const runTimeout = (mb) => (opts.timeout ?? 120 + 3 * mb) * 1000;

  const want = (what) => !opts.only || opts.only.has(what);
  if (!opts.peers && opts.only?.has('peers')) throw new UsageError('--only peers and --no-peers contradict each other');
  if (!want('peers')) opts.peers = false;

  // start-up: echo "5 killed" | toll extract, and node itself for reference
  if (want('startup')) {
    const su = await measureRuns('start-up: echo "5 killed" | toll extract', [NODE, TOLL, 'extract'],
      { runs: opts.startupRuns, stdin: '5 killed\n', stdout: 'count', timeoutMs: 60_000 });
    rows.push({ size: '—', input: 'stdin "5 killed"', command: 'start-up: toll extract', bytes: 0, m: su,
      found: (m) => `${m.lines} lines`, note: `median of ${su.runs}` });
    const nd = await measureRuns('start-up reference: node -e 0', [NODE, '-e', '0'], { runs: opts.startupRuns, timeoutMs: 60_000 });
    rows.push({ size: '—', input: '—', command: 'start-up reference: node -e 0', bytes: 0, m: nd, found: () => '', note: `median of ${nd.runs}` });
    if (!su.ok) ctx.failed = true;
  }

  const floorOf = {}; // `${size}/${dataset}/${kind}` -> floor row
  let peersDone = false;
  const issue = []; // the speed issue's measures, one row each: see issueCells
  const figures = (m) => `${int(m.lines)} figures`;
  const noteInput = (inp, sizeMB) => {
    if (!hows.has(inp.name)) hows.set(inp.name, { label: inp.label, how: inp.how, sizes: [] });
    const { sizes } = hows.get(inp.name), line = `${sizeName(sizeMB)}: ${inp.detail}`;
    if (!sizes.includes(line)) sizes.push(line); // --rss-mb may be one of --sizes
  };

  const needFloor = ['floor', 'extract', 'jobs1', 'reconcile', 'peers'].some(want);
  const needFiles = needFloor || want('shards');
  if (want('shards') && !hasJobs) notes.push('The --jobs 2 and shard rows are skipped: toll has no --jobs option.');
  for (const sizeMB of needFiles ? opts.sizes : []) {
    const target = Math.round(sizeMB * MB);
    for (const name of Object.keys(DATASETS)) {
      log(`input ${name} ${sizeName(sizeMB)}…`);
      const inp = ensureInput(name, target, inputOpts);
      log(`input ${name} ${sizeName(sizeMB)}: ${inp.reused ? 'reused' : 'built'} ${inp.textPath} and .csv`);
      noteInput(inp, sizeMB);
      const jobs1Of = {}; // kind -> the --jobs 1 row, for the CSV / text ratio
      for (const kind of ['text', 'csv']) {
        const file = kind === 'text' ? inp.textPath : inp.csvPath;
        const bytes = kind === 'text' ? inp.textBytes : inp.csvBytes;
        const input = `${inp.label} ${kind === 'text' ? 'text' : 'CSV'}`;
        const csvArgs = kind === 'csv' ? ['--text-column', 'text'] : [];
        const timeoutMs = runTimeout(sizeMB);
        const title = `${sizeName(sizeMB)} ${input}`;
        const base = { size: sizeName(sizeMB), input, bytes };
        const push = (command, m, extra = {}) => {
          if (m && !m.ok) ctx.failed = true; // the floor's m comes last, from the runs of all its pairs
          const row = { ...base, command, m, key: `${input} | ${command}`, ...extra };
          rows.push(row);
          return row;
        };

        // The floor row shows every floor run on this file; a toll row's ratios are against the floor
        // runs alternated with its own (measurePair), not against that pooled median.
        const floorJob = job(`${title}: floor: 2 regexes`, [NODE, FLOOR, file], { stdout: 'capture', timeoutMs });
        const floorPool = [];
        let floor = null;
        if (needFloor) {
          floor = push('floor: 2 regexes', null, { isFloor: true });
          floor.found = (m) => {
            try { const f = JSON.parse(m.stdout); return `${int(f.numbers)} numbers, ${int(f.keywords)} keywords`; } catch { return '?'; }
          };
          floor.floor = floor;
          floorOf[`${sizeMB}/${name}/${kind}`] = floor;
        }
        const againstFloor = async (command, argv) => {
          const [f, m] = await measurePair(floorJob, job(`${title}: ${command}`, argv, { stdout: 'count', timeoutMs }), pairRuns);
          floorPool.push(...f.all);
          const row = push(command, m, { found: figures });
          row.floor = { m: f, bytes, mbps: f.ok ? bytes / MB / f.wallS : null };
          return row;
        };
        const nd = [NODE, TOLL, 'extract', '--format', 'ndjson'];

        let ex = null;
        if (want('extract')) ex = await againstFloor('toll extract --format ndjson', [...nd, ...csvArgs, file]);
        if (hasJobs && want('jobs1')) {
          const ex1 = jobs1Of[kind] = await againstFloor('toll extract --format ndjson --jobs 1', [...nd, '--jobs', '1', ...csvArgs, file]);
          if (ex?.m.ok && ex1.m.ok && ex.m.lines !== ex1.m.lines) ex1.note = `figure count differs from the default --jobs (${int(ex.m.lines)})`;
        }
        if (want('reconcile')) {
          const rc = await againstFloor('toll reconcile --format json', [NODE, TOLL, 'reconcile', '--format', 'json', ...csvArgs, file]);
          rc.found = (m) => `${kB(m.bytes)} JSON`;
        }
        if (floor) {
          floor.m = floorPool.length ? summarize(floorPool, timeoutMs) : await measureRuns(floorJob.title, floorJob.argv, { stdout: 'capture', runs: floorRuns, timeoutMs });
          if (!floor.m.ok) ctx.failed = true;
          floor.mbps = floor.m.ok ? bytes / MB / floor.m.wallS : null;
        }

        // --jobs 2 against what two cores give two independent single-threaded processes, each on
        // one half of the file: the cost of toll's parallelism over the machine's own.
        if (kind === 'text' && hasJobs && want('shards')) {
          const cut = ensureHalves(file, { rebuild: opts.rebuild });
          log(`${title}: halves ${cut.reused ? 'reused' : 'cut'} at byte ${int(cut.cut)}: ${cut.halves.join(', ')}`);
          const [j2, sh] = await measurePair(
            job(`${title}: --jobs 2`, [...nd, '--jobs', '2', file], { stdout: 'count', timeoutMs }),
            job(`${title}: 2 shards at once`, cut.halves.map((h) => [...nd, '--jobs', '1', h]), { stdout: 'count', timeoutMs }),
            pairRuns);
          const j2Row = push('toll extract --format ndjson --jobs 2', j2, { found: figures });
          const shRow = push('2 shards at once: toll extract --format ndjson --jobs 1 HALF', sh,
            { found: figures, note: sh.ok ? 'peak RSS: the larger of the two' : '' });
          if (j2.ok && sh.ok && j2.lines !== sh.lines) shRow.note += `; figure count differs from --jobs 2 (${int(j2.lines)})`;
          issue.push({ size: base.size, input, measure: 'wall --jobs 2 / 2 shards at once', value: ratioOf(j2Row.m, shRow.m, 'wallS'),
            unit: '×', target: 1.05, from: `${sig3(j2.wallS)} s / ${sig3(sh.wallS)} s, alternated` });
          const ex1 = jobs1Of.text;
          if (ex1) {
            issue.push({ size: base.size, input, measure: 'wall --jobs 2 / --jobs 1', value: ratioOf(j2Row.m, ex1.m, 'wallS'),
              unit: '×', target: null, from: `${sig3(j2.wallS)} s / ${sig3(ex1.m.wallS)} s, not alternated` });
          }
        }
      }
      if (jobs1Of.text && jobs1Of.csv) {
        const [t, c] = [jobs1Of.text.m, jobs1Of.csv.m];
        issue.push({ size: sizeName(sizeMB), input: inp.label, measure: 'CPU CSV / text, extract --jobs 1', value: ratioOf(c, t, 'cpuS'),
          unit: '×', target: 1.2, from: `${sig3(c.cpuS)} s / ${sig3(t.cpuS)} s, same records` });
      }
    }

    if (opts.peers && !peersDone) {
      peersDone = true;
      const peers = preparePeers(resolve(process.env.TOLL_PEERS ?? join(root, '..', 'shared', 'peers')), cacheDir, log);
      if (peers.skip) notes.push(`Peers skipped: ${peers.skip}.`);
      else {
        const cap = Math.round(opts.peerMB * MB);
        const capNotes = [];
        for (const name of Object.keys(DATASETS)) {
          const pin = ensurePeerInput(name, cap, inputOpts);
          capNotes.push(`${pin.label}: ${pin.how}`);
          for (const peer of PEERS) {
            for (const pre of [false, true]) {
              const command = `peer ${peer}${pre ? ' --prefilter' : ''}`;
              const input = `${pin.label} CSV (capped)`;
              const m = await measureRuns(`${input}: ${command}`, [NODE, `${peer}.mjs`, pin.csvPath, ...(pre ? ['--prefilter'] : [])],
                { cwd: peers.dir, stdout: 'file', timeoutMs: (opts.timeout ?? 900) * 1000 });
              rows.push({ size: `${sizeName(opts.peerMB)} cap`, peer: name, input, command, bytes: pin.csvBytes, m, key: `${input} | ${command}`,
                found: (x) => `${int(x.lines)} figures` });
            }
          }
        }
        notes.push(`Peers (${process.env.TOLL_PEERS ?? '../shared/peers'}, installed with npm ci in ${join(cacheDir, 'peers')}) are slow, so they read a CSV capped at `
          + `${opts.peerMB} MB (${capNotes.join('; ')}); their × floor compares with the floor on the ${sizeName(opts.sizes[opts.sizes.length - 1])} CSV of the same dataset `
          + '(the largest input, the least weighed by start-up). '
          + 'Their stdout goes to a temporary file: their output (fs.writeSync, return value unchecked) is cut short on a full pipe.');
      }
    }
  }
  // Peak RSS on a large text input with the default --jobs: opt-in (--only rss), as it needs a large
  // input. GNU time reports the peak of the process it waits for, not of a process tree; toll's
  // workers are threads of that one process, so they are counted.
  if (opts.only?.has('rss')) {
    for (const name of Object.keys(DATASETS)) {
      const inp = ensureInput(name, Math.round(opts.rssMB * MB), inputOpts);
      log(`input ${name} ${sizeName(opts.rssMB)}: ${inp.reused ? 'reused' : 'built'} ${inp.textPath}`);
      noteInput(inp, opts.rssMB);
      const command = 'toll extract --format ndjson';
      const input = `${inp.label} text`;
      const m = await measureRuns(`${sizeName(opts.rssMB)} ${input}: ${command} (peak RSS)`, [NODE, TOLL, 'extract', '--format', 'ndjson', inp.textPath],
        { stdout: 'count', timeoutMs: runTimeout(opts.rssMB) });
      if (!m.ok) ctx.failed = true;
      rows.push({ size: sizeName(opts.rssMB), input, command, bytes: inp.textBytes, m, found: figures, note: '--only rss' });
      issue.push({ size: sizeName(opts.rssMB), input, measure: `peak RSS, extract, default --jobs (${mach.cores})`,
        value: m.ok && m.rssKB ? (m.rssKB * 1024) / 1e6 : null, unit: 'MB', target: 100, from: `median of ${m.runs}` });
    }
  }

  // reconcile of many figures read back from NDJSON: its memory grows with the figures it holds
  async function reconcileFigures() {
    const srcMB = 10; // AG World gives about 12,000 figures per 10 MB
    const src = ensureInput('agworld', srcMB * MB, inputOpts);
    log(`figures: toll extract --format ndjson --jobs 1 ${src.textPath}…`);
    const ex = spawnSync(NODE, [TOLL, 'extract', '--format', 'ndjson', '--jobs', '1', src.textPath],
      { encoding: 'utf8', maxBuffer: 1 << 30, timeout: runTimeout(srcMB) });
    const lines = ex.status === 0 ? ex.stdout.split('\n').filter(Boolean) : [];
    if (!lines.length) {
      ctx.failed = true;
      notes.push(`reconcile1m skipped: toll extract on ${src.textPath} gave no figures (${(ex.stderr || ex.error?.message || `exit ${ex.status}`).trim().split('\n').slice(-1)[0]}).`);
      return;
    }
    const fig = ensureFigures(lines, opts.figures, { dir: cacheDir, rebuild: opts.rebuild });
    log(`figures: ${fig.reused ? 'reused' : 'built'} ${fig.path} (${kB(fig.bytes)})`);
    const command = 'toll reconcile --input-format figures --format json';
    const input = 'AG World figures NDJSON';
    const m = await measureRuns(`${int(fig.figures)} figures: ${command}`, [NODE, TOLL, 'reconcile', '--input-format', 'figures', '--format', 'json', fig.path],
      { stdout: 'count', timeoutMs: runTimeout(fig.bytes / MB) });
    if (!m.ok) ctx.failed = true;
    const size = `${int(fig.figures)} figures`;
    rows.push({ size, input, command, bytes: fig.bytes, m, found: (x) => `${kB(x.bytes)} JSON`, note: '--only reconcile1m' });
    issue.push({ size, input, measure: 'peak RSS, reconcile of figures', value: m.ok && m.rssKB ? (m.rssKB * 1024) / 1e6 : null,
      unit: 'MB', target: 300, from: `median of ${m.runs}` });
    issue.push({ size, input, measure: 'wall, reconcile of figures', value: m.ok ? m.wallS : null, unit: 's', target: null,
      from: `median of ${m.runs}` });
    notes.push(`${input}: the ${int(fig.unique)} figures of toll extract --format ndjson --jobs 1 on the ${sizeName(srcMB)} AG World text, `
      + `repeated to ${int(fig.figures)} lines, each copy k > 0 with the doc id "DOC~k" so that it is a report of its own (${fig.path}).`);
  }
  if (opts.only?.has('reconcile1m')) await reconcileFigures();

  if (!opts.peers) notes.push(opts.only ? 'Peers not measured (--only).' : 'Peers skipped (--no-peers).');
  if (opts.only) notes.push(`Only measured: ${[...opts.only].join(', ')} (--only)${needFloor ? ', with the floor for the ratios' : ''}.`);
  else notes.push('Not measured: rss and reconcile1m (heavy; name them in --only).');

  // ---- report ----
  // the peers' ratios: against the floor on the largest CSV, whose throughput is the least weighed by start-up
  const largest = opts.sizes[opts.sizes.length - 1];
  for (const r of rows) if (r.peer) r.floor = floorOf[`${largest}/${r.peer}/csv`];
  const cells = [...rows.filter((r) => !r.peer), ...rows.filter((r) => r.peer)].map(rowCells); // peers last
  const header = `toll bench, ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC: ${mach.text}; ${mach.toll}; `
    + `load average (1 min) ${mach.load.toFixed(2)} at start, ${os.loadavg()[0].toFixed(2)} at end; median of ${opts.runs} runs `
    + `(${pairRuns} each where two commands alternate; the floor alone: ${floorRuns}, start-up: ${opts.startupRuns}).`;
  let scale = null;
  if (opts.sizes.length > 1 && needFiles) {
    // throughput at each size, for the linearity target
    const keys = [...new Set(rows.filter((r) => r.key && !r.input.includes('capped')).map((r) => r.key))];
    const sizes = opts.sizes.map(sizeName);
    scale = {
      cols: [['input', 'l'], ['command', 'l'], ...sizes.map((s) => [`MB/s @ ${s}`, 'r']), ...sizes.map((s) => [`RSS MB @ ${s}`, 'r'])],
      rows: keys.map((key) => {
        const [input, command] = key.split(' | ');
        const at = (s) => rows.find((r) => r.key === key && r.size === s);
        return [input, command,
          ...sizes.map((s) => sig3(at(s)?.mbps ?? null)),
          ...sizes.map((s) => { const m = at(s)?.m; return m?.ok && m.rssKB ? String(Math.round((m.rssKB * 1024) / 1e6)) : '—'; })];
      }),
    };
  }

  notes.unshift(
    'MB = 10^6 bytes of input file; MB/s = input size / median wall time (process start to exit, start-up included); '
      + 'CPU s = user + system time of the process (all threads); × floor = MB/s over the floor\'s MB/s on the same file, '
      + 'the floor run alternately with the row\'s command (floor, toll, floor, toll …) and its median taken over those runs only '
      + '(the floor row shows the median of all the floor runs on the file); '
      + 'CPU × floor = the same ratio by CPU time (MB per CPU second), steadier when other work shares the machine, '
      + 'but a measure of work, not speed, for multi-threaded runs; '
      + `peak RSS from ${ctx.method === 'gnu-time' ? '/usr/bin/time -v' : 'process.resourceUsage().maxRSS, recorded by a preloaded hook'}; `
      + 'stdout is discarded (extract/peer output lines are counted as "figures", reconcile output is measured in bytes).',
    'The floor (scripts/bench/floor.mjs) streams the file in 1 MiB UTF-8 chunks cut at line ends and counts the matches of '
      + '/\\d[\\d,]*/g and of one case-insensitive casualty-keyword regex (the peers\' prefilter vocabulary).',
    'Wall time includes process start-up (see the start-up rows), which weighs on the 10 MB figures; the larger sizes show the steady-state throughput.',
    'Commands: node bin/toll.js extract --format ndjson FILE, node bin/toll.js reconcile --format json FILE, '
      + 'CSV inputs with --text-column text; text inputs are one report per line.',
  );
  if (rows.some((r) => r.command.startsWith('2 shards'))) {
    notes.push('2 shards at once: the text file cut in two at the line end nearest its middle (the halves cached beside it as '
      + '.half1.txt and .half2.txt), two toll extract --format ndjson --jobs 1 processes started together, one per half; '
      + 'wall = until both have exited, CPU = both summed, figures = both summed. It is run alternately with --jobs 2 on the whole file: '
      + 'what two cores give two independent processes, against what toll\'s own workers get from them.');
  }
  if (issue.length) {
    notes.push('Speed issue measures: lower is better; "met" compares with the issue\'s target.'
      + (issue.some((x) => x.measure.startsWith('CPU CSV')) ? ' CSV / text divides the CPU time of the --jobs 1 rows on the two forms of the same records.' : '')
      + (issue.some((x) => x.measure.endsWith('--jobs 1')) ? ' --jobs 2 / --jobs 1 compares rows that were not alternated with each other.' : ''));
  }
  if (opts.snapshot) notes.push(`toll ran from a copy of bin/, dist/ and data/ taken when the bench started (dist built ${new Date(stamp0).toISOString().slice(0, 19).replace('T', ' ')} UTC).`);
  else if (distStamp() !== stamp0) notes.push('WARNING: dist/ was rebuilt while the bench ran, so the rows may mix two builds of toll.');

  const render = (md) => {
    const out = [md ? `**Machine:** ${header}` : header, '', renderTable(COLUMNS, cells, md)];
    if (issue.length) out.push('', md ? '**Speed issue measures**' : 'Speed issue measures:', '', renderTable(ISSUE_COLUMNS, issue.map(issueCells), md));
    if (scale) out.push('', md ? '**Throughput by input size**' : 'Throughput by input size:', '', renderTable(scale.cols, scale.rows, md));
    if (hows.size) out.push('', md ? '**Inputs**' : 'Inputs:', '');
    for (const h of hows.values()) out.push(`- ${h.label}: ${h.how} ${h.sizes.join('; ')}.`);
    out.push('', md ? '**Notes**' : 'Notes:', '');
    for (const n of notes) out.push(`- ${n}`);
    return out.join('\n') + '\n';
  };
  process.stdout.write(render(opts.markdown));
  for (const [file, md] of [['last.txt', false], ['last.md', true]]) fs.writeFileSync(join(cacheDir, file), render(md));
  log(`this report is also in ${join(cacheDir, 'last.txt')} and, as markdown, ${join(cacheDir, 'last.md')}`);
  if (ctx.failed) log('some measurements failed: see the note column');
  return ctx.failed ? 1 : 0;
}

main().then(
  (code) => { process.exitCode = code; },
  (err) => {
    if (err instanceof UsageError) { console.error(`bench: ${err.message}\n${USAGE}`); process.exitCode = 2; }
    else if (err instanceof BenchError) { console.error(`bench: ${err.message}`); process.exitCode = 2; }
    else { console.error(`bench: internal error: ${err.stack ?? err}`); process.exitCode = 2; }
  },
);
