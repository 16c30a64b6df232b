#!/usr/bin/env node
// The import rule: each folder of src/ is one stage of the data path, and may import only the
// stages below it. ingest -> extract -> reconcile -> report, the runner around them, the CLI on top.
// `node scripts/layers.mjs` lists violations (exit 1); tests/architecture/layers.test.ts runs it.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What each stage may import besides itself. `root` is the shared files at src/ (figure.ts, …). */
export const LAYERS = {
  root: { local: [], packages: false },
  // Pure: records -> figures, no I/O and no packages, so a library user can take it alone.
  extract: { local: ['root'], packages: false },
  ingest: { local: ['root'], packages: true },
  reconcile: { local: ['root'], packages: true },
  report: { local: ['root', 'reconcile'], packages: true },
  // The library entry: the stages without the process (no runner, no CLI).
  lib: { local: ['root', 'ingest', 'extract', 'reconcile', 'report'], packages: true },
  run: { local: ['root', 'ingest', 'extract', 'reconcile', 'report'], packages: true },
  cli: { local: ['root', 'ingest', 'extract', 'reconcile', 'report', 'run'], packages: true },
};

// Static imports and re-exports (`import … from`, `export … from`, `import '…'`) and dynamic import().
const IMPORT = /^\s*(?:(?:import|export)\b[^;'"]*?\bfrom\s*|import\s*)['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]/gm;

/** The stage a file under src/ belongs to: its first folder, or root. */
export function stageOf(path) {
  const parts = path.split('/');
  return parts.length > 1 ? parts[0] : 'root';
}

/** Violations of LAYERS in `files`, a map from a path relative to src/ (posix) to its source text. */
export function violations(files) {
  const found = [];
  for (const [path, source] of files) {
    const stage = stageOf(path);
    const rule = LAYERS[stage];
    if (!rule) {
      found.push(`${path}: folder "${stage}" is not a stage of the data path (scripts/layers.mjs)`);
      continue;
    }
    for (const match of source.matchAll(IMPORT)) {
      const target = match[1] ?? match[2];
      if (target.startsWith('.')) {
        const resolved = posix.normalize(posix.join(posix.dirname(path), target));
        if (resolved.startsWith('..')) {
          found.push(`${path}: imports ${target}, outside src/`);
          continue;
        }
        const to = stageOf(resolved);
        if (to !== stage && !rule.local.includes(to)) found.push(`${path}: ${stage} may not import ${to} (${target})`);
      } else if (!rule.packages) {
        found.push(`${path}: ${stage} is pure and may not import the package ${target}`);
      }
    }
  }
  return found;
}

/** Every .ts file under `srcDir`, keyed by its posix path relative to it. */
export function readSources(srcDir) {
  const files = new Map();
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.ts')) files.set(relative(srcDir, full).split(sep).join('/'), readFileSync(full, 'utf8'));
    }
  };
  walk(srcDir);
  return files;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const found = violations(readSources(join(dirname(fileURLToPath(import.meta.url)), '..', 'src')));
  for (const line of found) console.error(line);
  process.exitCode = found.length > 0 ? 1 : 0;
}
