// The peer extractors (../shared/peers): copied to <cache>/peers and installed there with `npm ci`
// once; the install is reused while package-lock.json is unchanged. Never touches the project's
// own dependencies.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { join } from 'node:path';

export const PEERS = ['compromise', 'recognizers'];

// Returns { dir } when ready, or { skip: 'why' }.
export function preparePeers(source, cacheDir, log) {
  if (!fs.existsSync(join(source, 'package.json'))) return { skip: `peers not found at ${source}` };
  const missing = PEERS.map((p) => `${p}.mjs`).filter((f) => !fs.existsSync(join(source, f)));
  if (missing.length) return { skip: `peers incomplete at ${source} (missing ${missing.join(', ')})` };
  const lock = join(source, 'package-lock.json');
  if (!fs.existsSync(lock)) return { skip: `no package-lock.json in ${source}: npm ci needs one` };
  const dir = join(cacheDir, 'peers');
  const marker = join(dir, '.toll-bench-installed');
  const h = createHash('sha1');
  for (const f of fs.readdirSync(source).sort()) {
    const p = join(source, f);
    if (fs.statSync(p).isFile()) h.update(`${f}\0`).update(fs.readFileSync(p));
  }
  const key = h.digest('hex');
  if (fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === key) return { dir, reused: true };

  log(`installing the peers in ${dir} (npm ci)…`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(source, dir, { recursive: true });
  // the shared folder is read-only; its copy must be writable for node_modules
  const chmod = (p) => {
    fs.chmodSync(p, fs.statSync(p).mode | 0o200);
    if (fs.statSync(p).isDirectory()) for (const f of fs.readdirSync(p)) chmod(join(p, f));
  };
  chmod(dir);
  const npm = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: dir, encoding: 'utf8', timeout: 300_000, killSignal: 'SIGKILL',
  });
  if (npm.error || npm.status !== 0) {
    const why = npm.error?.message ?? (npm.stderr || npm.stdout || '').trim().split('\n').filter(Boolean).slice(0, 2).join(' ');
    return { skip: `npm ci of the peers failed (${why || `exit ${npm.status}`})` };
  }
  fs.writeFileSync(marker, key);
  return { dir, reused: false };
}
