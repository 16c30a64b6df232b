// Runs one command and measures it: wall time (hrtime, spawn to exit), CPU time and peak RSS.
// Peak RSS and CPU come from GNU `/usr/bin/time -v` when it exists; otherwise every command (all are
// node processes) is started with `--import rss-hook.mjs`, which records process.resourceUsage()
// when the process exits. Each command runs in its own process group with a timeout; on timeout,
// or when the bench itself is interrupted, the whole group is killed.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const TIME = '/usr/bin/time';
const HOOK = new URL('./rss-hook.mjs', import.meta.url);

// 'gnu-time' or 'hook'; TOLL_BENCH_RSS=hook forces the fallback.
export function rssMethod() {
  if (process.env.TOLL_BENCH_RSS === 'hook') return 'hook';
  if (!fs.existsSync(TIME)) return 'hook';
  const probe = spawnSync(TIME, ['-v', 'true'], { encoding: 'utf8', timeout: 10_000 });
  return probe.status === 0 && /Maximum resident set size/.test(probe.stderr) ? 'gnu-time' : 'hook';
}

const live = new Set(); // process groups still running
function killGroup(child) {
  try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
}
export function killAll() {
  for (const child of live) {
    killGroup(child);
    fs.rmSync(child.statsFile, { force: true });
    if (child.outFile) fs.rmSync(child.outFile, { force: true });
  }
  live.clear();
}
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    killAll();
    process.stderr.write(`\nbench: interrupted (${sig}); child processes stopped\n`);
    process.exit(130);
  });
}
process.on('exit', killAll);

let devNull;
let seq = 0;

// argv: [node, script, ...args]. stdout: 'null' (discarded), 'count' (a pipe: lines and bytes counted,
// then discarded), 'file' (a temporary file, counted and deleted: for programs that drop output on a
// full pipe) or 'capture' (kept, for small outputs). stdin: a string to write, or null for /dev/null.
export function measure(argv, { method, cwd, stdin = null, stdout = 'null', timeoutMs = 600_000, env } = {}) {
  devNull ??= fs.openSync('/dev/null', 'w');
  const statsFile = join(tmpdir(), `toll-bench-${process.pid}-${++seq}.rusage`);
  const outFile = stdout === 'file' ? `${statsFile}.out` : null;
  const outFd = outFile ? fs.openSync(outFile, 'w') : null;
  let cmd, args;
  if (method === 'gnu-time') [cmd, args] = [TIME, ['-v', '-o', statsFile, ...argv]];
  else [cmd, args] = [argv[0], ['--import', HOOK.href, ...argv.slice(1)]];
  const child = spawn(cmd, args, {
    cwd,
    detached: true, // own process group: a timeout kills it and everything it started
    env: { ...process.env, ...env, TOLL_BENCH_RUSAGE_FILE: statsFile },
    stdio: [stdin === null ? 'ignore' : 'pipe', stdout === 'null' ? devNull : outFd ?? 'pipe', 'pipe'],
  });
  if (outFd !== null) fs.closeSync(outFd);
  child.statsFile = statsFile;
  child.outFile = outFile;
  live.add(child);
  const t0 = process.hrtime.bigint();
  let wallS = null, exitedAt = null, timedOut = false, lines = 0, bytes = 0, out = '', err = '';
  if (stdin !== null) {
    child.stdin.on('error', () => {}); // the command may exit without reading it
    child.stdin.end(stdin);
  }
  child.stdout?.on('data', (b) => {
    bytes += b.length;
    if (stdout === 'capture') out += b;
    else for (let i = b.indexOf(10); i !== -1; i = b.indexOf(10, i + 1)) lines++;
  });
  child.stderr.on('data', (b) => { err = (err + b).slice(-4000); });
  const timer = setTimeout(() => { timedOut = true; killGroup(child); }, timeoutMs);
  return new Promise((resolve) => {
    child.on('error', (e) => { err += `\n${e.message}`; });
    child.on('exit', () => { exitedAt = process.hrtime.bigint(); wallS = Number(exitedAt - t0) / 1e9; });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      live.delete(child);
      killGroup(child); // nothing it started outlives it
      exitedAt ??= process.hrtime.bigint();
      wallS ??= Number(exitedAt - t0) / 1e9;
      const usage = readUsage(method, statsFile);
      fs.rmSync(statsFile, { force: true });
      if (outFile) {
        [lines, bytes] = countLines(outFile);
        fs.rmSync(outFile, { force: true });
      }
      if (usage.signal) signal = usage.signal;
      if (method === 'gnu-time' && usage.code !== undefined) code = usage.code;
      const ok = !timedOut && code === 0 && !signal;
      resolve({ ok, code, signal, timedOut, wallS, exitedAt, cpuS: usage.cpuS ?? null, rssKB: usage.rssKB ?? null,
        lines, bytes, stdout: out, stderr: err.trim() });
    });
  });
}

// Runs several commands at once, each as measure() runs one, and measures them as one job: wall time
// from before the first spawn to the last exit (the time the job takes, as a user waiting for all the
// parts sees it), CPU summed, lines and bytes summed. Peak RSS is the largest of the processes' own
// peaks: they overlap in time, so the machine held up to their sum, but no single process did.
export async function measureTogether(argvs, opts) {
  const t0 = process.hrtime.bigint();
  const parts = await Promise.all(argvs.map((argv) => measure(argv, opts)));
  const failed = parts.find((p) => !p.ok);
  const sum = (k) => (parts.some((p) => p[k] === null) ? null : parts.reduce((s, p) => s + p[k], 0));
  const last = parts.reduce((t, p) => (p.exitedAt > t ? p.exitedAt : t), t0);
  return {
    ok: !failed, code: failed?.code ?? 0, signal: failed?.signal ?? null, timedOut: parts.some((p) => p.timedOut),
    wallS: Number(last - t0) / 1e9, exitedAt: last, cpuS: sum('cpuS'),
    rssKB: parts.some((p) => p.rssKB === null) ? null : Math.max(...parts.map((p) => p.rssKB)),
    lines: sum('lines'), bytes: sum('bytes'), stdout: parts.map((p) => p.stdout).join(''),
    stderr: (failed ?? parts[parts.length - 1]).stderr, parts,
  };
}

function countLines(file) {
  const fd = fs.openSync(file, 'r'), buf = Buffer.alloc(1 << 20);
  let lines = 0, bytes = 0;
  try {
    for (let n; (n = fs.readSync(fd, buf, 0, buf.length, null)) > 0;) {
      bytes += n;
      for (let i = buf.indexOf(10); i !== -1 && i < n; i = buf.indexOf(10, i + 1)) lines++;
    }
  } finally {
    fs.closeSync(fd);
  }
  return [lines, bytes];
}

function readUsage(method, file) {
  let text;
  try { text = fs.readFileSync(file, 'utf8'); } catch { return {}; }
  if (method === 'hook') {
    try {
      const u = JSON.parse(text);
      return { cpuS: (u.userCPUTime + u.systemCPUTime) / 1e6, rssKB: u.maxRSS };
    } catch { return {}; }
  }
  const num = (re) => { const m = re.exec(text); return m ? Number(m[1]) : undefined; };
  const user = num(/User time \(seconds\): ([\d.]+)/), sys = num(/System time \(seconds\): ([\d.]+)/);
  const sig = num(/Command terminated by signal (\d+)/);
  const status = num(/Command exited with non-zero status (\d+)/);
  return {
    cpuS: user !== undefined && sys !== undefined ? user + sys : undefined,
    rssKB: num(/Maximum resident set size \(kbytes\): (\d+)/),
    signal: sig ? `signal ${sig}` : undefined,
    code: status ?? (user !== undefined ? 0 : undefined),
  };
}

export const median = (xs) => {
  const v = xs.filter((x) => x !== null && x !== undefined).sort((a, b) => a - b);
  if (!v.length) return null;
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};
