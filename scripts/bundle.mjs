// Bundles the CLI into dist/bundle/ with esbuild, after tsc has type-checked and built dist/.
// Why: a short run's start-up is mostly loading code. The CLI is one CommonJS file, cli.cjs, that
// bin/toll.js compiles with V8's code cache (a file of compiled bytecode written beside it after the
// first run; Node 20 offers no code cache for ES modules). What a short extract does not use (other
// commands, the CSV parser, tables, dates, reconcile) is in the same file but not run: esbuild wraps
// each lazily imported module in an initialiser that runs on its first import(), and V8 compiles a
// function only when it is first called.
// Layout constraints the source relies on:
//  - every output sits flat in dist/bundle/, two levels below the package root, so registry.ts's
//    new URL('../../data/sources.json', import.meta.url) still finds data/ (import.meta.url is the
//    bundle's own URL, defined in the banner);
//  - src/run/worker.ts is built on its own into dist/bundle/worker.cjs, which bin/worker.js runs
//    (parallel.ts finds it as new URL('../../bin/worker.js', import.meta.url));
//  - the HTML report's charting and DOM libraries (1.1 MB, more than all the rest) are two files of
//    their own, vendor-plot.cjs and vendor-linkedom.cjs, required only by the HTML report: the bytes
//    of cli.cjs are read on every run.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

// Clear the old build, and with it the code caches of the old bundles.
rmSync(new URL('../dist/bundle', import.meta.url), { recursive: true, force: true });

// commander require()s node:child_process at load, only to run git-style executable subcommands,
// which toll has none of; child_process drags in net, dgram and more. Hand commander a stand-in that
// loads the real module on first use instead.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(build) {
    build.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: 'lazy-child-process', namespace: 'toll' } : undefined);
    build.onLoad({ filter: /^lazy-child-process$/, namespace: 'toll' }, () => ({
      loader: 'js',
      contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
    }));
  },
};

// toll always gives chalk its colour level (report/terminal-table.ts's paint): chalk's own detection
// of the terminal, which loads node:tty, node:net and node:os at start-up for its default instances,
// is never used. Those instances get a stand-in that detects no colour.
const noColorDetection = {
  name: 'no-color-detection',
  setup(build) {
    build.onResolve({ filter: /^#supports-color$/ }, (args) =>
      /[\\/]node_modules[\\/]chalk[\\/]/.test(args.importer) ? { path: 'no-color-detection', namespace: 'toll' } : undefined);
    build.onLoad({ filter: /^no-color-detection$/, namespace: 'toll' }, () => ({ loader: 'js', contents: 'export default { stdout: false, stderr: false };' }));
  },
};

const VENDOR = { '@observablehq/plot': 'vendor-plot', linkedom: 'vendor-linkedom' };
const vendorFiles = {
  name: 'vendor-files',
  setup(build) {
    build.onResolve({ filter: /^(@observablehq\/plot|linkedom)$/ }, (args) => ({ path: `./${VENDOR[args.path]}.cjs`, external: true }));
  },
};

const common = {
  absWorkingDir: root,
  outdir: 'dist/bundle',
  bundle: true,
  platform: 'node',
  // es2022, as tsc: esbuild's node20 target rewrites /\p{..}/u literals as new RegExp(...) calls, rebuilt at every use.
  target: 'es2022',
  sourcemap: true,
  // Fewer bytes to read and scan at start-up; identifiers are kept, so stack traces still name functions.
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'warning',
};

// import.meta.url, for new URL(..., import.meta.url), is the bundle's own URL.
const cjsDefine = { 'import.meta.url': '__tollBundleUrl' };
const cjsBanner = { js: "var __tollBundleUrl = require('node:url').pathToFileURL(__filename).href;" };

// The CLI: one CommonJS file.
await build({
  ...common,
  entryPoints: { cli: 'src/cli/main.ts' },
  format: 'cjs',
  outExtension: { '.js': '.cjs' },
  plugins: [lazyChildProcess, noColorDetection, vendorFiles],
  define: cjsDefine,
  banner: cjsBanner,
});
asciiOnly(new URL('../dist/bundle/cli.cjs', import.meta.url));
for (const [pkg, name] of Object.entries(VENDOR)) {
  await build({ ...common, stdin: { contents: `export * from '${pkg}';`, resolveDir: root, sourcefile: `${name}.js` }, outfile: `dist/bundle/${name}.cjs`, outdir: undefined, format: 'cjs' });
}
// The worker thread, built on its own into one self-contained CommonJS file that bin/worker.js runs
// with the code cache, as bin/toll.js runs cli.cjs.
await build({ ...common, entryPoints: { worker: 'src/run/worker.ts' }, format: 'cjs', outExtension: { '.js': '.cjs' }, plugins: [lazyChildProcess, noColorDetection], define: cjsDefine, banner: cjsBanner });
asciiOnly(new URL('../dist/bundle/worker.cjs', import.meta.url));

// The library (import ... from 'toll'): one file; its dependencies stay packages, as npm installs them.
await build({ ...common, entryPoints: { index: 'src/lib/index.ts' }, format: 'esm', outdir: 'dist/lib', packages: 'external' });

// The CLI's code cache, made here by one short extraction rather than by whatever runs first: a cache
// holds what the run that wrote it compiled, and one left by a test run made a long extraction about
// 10 % slower in CPU, where a short extraction's cost nothing (docs/benchmarks.md, the stop of
// 2026-12-07 17:15 UTC). Where it cannot be written, bin/toll.js compiles as it would without one.
const warm = spawnSync(process.execPath, [join(root, 'bin', 'toll.js'), 'extract', '--format', 'ndjson', '--quiet'], { input: 'Floods killed 12 people, police said.\n', encoding: 'utf8' });
if (warm.status !== 0) throw new Error(`bundle: the built CLI failed its first run: ${warm.stderr || warm.error?.message}`);

/**
 * esbuild escapes non-ASCII characters in strings but leaves them in regular expression literals
 * ("[’‘]"). Escaped there too (\u2019 means the same character in a pattern, with or without the u
 * flag), the file is ASCII, which bin/toll.js reads as Latin-1: a one-byte string, where UTF-8 with
 * a single curly quote makes V8 hold and scan the whole bundle as two-byte text. (On a line with
 * such a pattern, the source map's columns after it are five off for each character escaped.)
 */
function asciiOnly(file) {
  const text = readFileSync(file, 'utf8');
  const escapedAlready = /\\[^\x00-\x7f]/.exec(text);
  if (escapedAlready) throw new Error(`bundle: a backslash before a non-ASCII character, which \\u escaping would change: ${escapedAlready[0]}`);
  writeFileSync(file, text.replace(/[^\x00-\x7f]/gu, (character) => {
    const code = character.codePointAt(0);
    // Outside the Basic Multilingual Plane the escape would differ with and without the u flag.
    if (code > 0xffff) throw new Error(`bundle: a character beyond U+FFFF in ${file} (U+${code.toString(16)}), to escape by hand`);
    return `\\u${code.toString(16).padStart(4, '0')}`;
  }));
}
