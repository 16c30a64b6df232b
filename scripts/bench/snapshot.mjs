// A frozen copy of the built toll (bin/, dist/, data/, package.json; node_modules linked), so that a
// rebuild of dist/ while the bench runs cannot change, or break, the program being measured.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { join } from 'node:path';
import { BenchError } from './inputs.mjs';

export function snapshotToll(root, cacheDir) {
  const dir = join(cacheDir, `toll-${process.pid}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (const part of ['bin', 'dist', 'data']) {
    if (fs.existsSync(join(root, part))) fs.cpSync(join(root, part), join(dir, part), { recursive: true });
  }
  fs.copyFileSync(join(root, 'package.json'), join(dir, 'package.json'));
  fs.symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const remove = () => fs.rmSync(dir, { recursive: true, force: true });
  process.on('exit', remove);
  // a build caught half-written fails here rather than in the middle of the table
  const smoke = spawnSync(process.execPath, [join(dir, 'bin', 'toll.js'), 'extract', '--format', 'ndjson'],
    { input: '5 killed\n', encoding: 'utf8', timeout: 60_000 });
  if (smoke.status !== 0 || !smoke.stdout.includes('"killed"')) {
    remove();
    const why = (smoke.stderr || smoke.error?.message || `exit ${smoke.status}`).trim().split('\n').slice(-1)[0];
    throw new BenchError(`the built toll does not run (${why}); is npm run build in progress? Re-run when it is done`);
  }
  return { dir, remove };
}
