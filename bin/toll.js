#!/usr/bin/env node
'use strict';
// The executable: run the CLI and set the exit code; run() never calls process.exit itself.
// CommonJS (bin/package.json), which Node starts faster than an ES module.
// dist/bundle/cli.cjs is the CLI in one CommonJS file (scripts/bundle.mjs). Compiling it was most of a
// short run's start-up, so it is compiled here with V8's code cache: the bytecode of what a run
// compiled, written beside the bundle after a run that found none, or one V8 refused (another Node,
// other V8 flags). Node 20 has no such cache for ES modules. Where the directory is not writable,
// every run compiles, as it would without a cache.
const { readFileSync, renameSync, rmSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { join } = require('node:path');
const { Script } = require('node:vm');

const directory = join(__dirname, '..', 'dist', 'bundle');
const file = join(directory, 'cli.cjs');
let source;
try {
  // ASCII (scripts/bundle.mjs makes it so): Latin-1 reads it as V8's one-byte string at once.
  source = readFileSync(file, 'latin1');
} catch (error) {
  // A source checkout before `npm run build` (the published package ships dist/).
  if (error.code !== 'ENOENT') throw error;
  process.stderr.write('toll: not built yet: run `npm run build` in this checkout first\n');
  process.exitCode = 2;
}
if (source !== undefined) {
  // V8 checks a cache against its version, its flags and the source's length; the name adds Node's
  // version and the architecture, and each build clears the directory.
  const cacheFile = `${file}.${process.version}-${process.arch}.cache`;
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // none yet
  }
  // CommonJS's wrapper, on the bundle's first line, so that line numbers stay those of its source map.
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const script = new Script(wrapped, { filename: file, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, directory);
  const cli = module.exports;
  cli.run(process.argv.slice(2), cli.processIo()).then((code) => {
    process.exitCode = code;
    if (cachedData === undefined || script.cachedDataRejected) writeCache(script, wrapped, file, cacheFile);
  });
}

/**
 * After the run, so that what it compiled is in the cache. Kept only if V8 would take it back: a run
 * that set V8 flags (run/heap.ts) makes a cache that runs without them refuse.
 */
function writeCache(script, wrapped, file, cacheFile) {
  const temporary = `${cacheFile}.${process.pid}`;
  try {
    const data = script.createCachedData();
    if (new Script(wrapped, { filename: file, cachedData: data }).cachedDataRejected) return;
    writeFileSync(temporary, data);
    renameSync(temporary, cacheFile);
  } catch {
    rmSync(temporary, { force: true });
  }
}
