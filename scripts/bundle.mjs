// Bundles the CLI into dist/bundle/ with esbuild, after tsc has type-checked and built dist/.
// Why: loading ~40 project modules plus commander, chalk and cli-table3 one file at a time spends most
// of toll's start-up in ESM resolution and loading; one file (plus lazy chunks) cuts that.
// Layout constraints the source relies on:
//  - every output (entries and chunks) sits flat in dist/bundle/, two levels below the package root,
//    so registry.ts's new URL('../../data/sources.json', import.meta.url) still finds data/;
//  - src/run/worker.ts is built on its own into dist/bundle/worker.js, beside whatever chunk holds
//    parallel.ts, so new URL('./worker.js', import.meta.url) finds it.
// Dynamic import()s stay dynamic: code splitting puts what they load in chunks loaded on demand.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

// Chunk names carry content hashes: clear the old ones so dist/bundle/ holds one build only.
rmSync(new URL('../dist/bundle', import.meta.url), { recursive: true, force: true });

// commander require()s node:child_process at load, only to run git-style executable subcommands,
// which toll has none of; child_process drags in net, dgram and more. Hand commander a stand-in that
// loads the real module on first use instead.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(build) {
    build.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: 'lazy-child-process', namespace: 'toll' } : undefined);
    build.onLoad({ filter: /.*/, namespace: 'toll' }, () => ({
      loader: 'js',
      contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
    }));
  },
};

const common = {
  absWorkingDir: root,
  outdir: 'dist/bundle',
  bundle: true,
  format: 'esm',
  platform: 'node',
  // es2022, as tsc: esbuild's node20 target rewrites /\p{..}/u literals as new RegExp(...) calls, rebuilt at every use.
  target: 'es2022',
  sourcemap: true,
  // Half the bytes for V8 to scan at start-up; identifiers are kept, so stack traces still name functions.
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [lazyChildProcess],
  // commander and cli-table3 are CommonJS and require() node built-ins; an ESM bundle needs a real require.
  banner: { js: "import { createRequire as __tollCreateRequire } from 'node:module'; const require = __tollCreateRequire(import.meta.url);" },
};

// The CLI: main.js, plus a chunk per lazily imported part.
await build({ ...common, entryPoints: { main: 'src/cli/main.ts' }, splitting: true, chunkNames: '[name]-[hash]' });
// The worker thread, built on its own into one self-contained file: were it a second entry of the
// build above, the code it shares with main.js would move out into chunks that every run then loads.
await build({ ...common, entryPoints: { worker: 'src/run/worker.ts' } });

// The library (import ... from 'toll'): one file; its dependencies stay packages, as npm installs them.
await build({ ...common, entryPoints: { index: 'src/lib/index.ts' }, outdir: 'dist/lib', packages: 'external', banner: {}, plugins: [] });
