'use strict';
// Runs one of the CommonJS bundles of dist/bundle (scripts/bundle.mjs) compiled with V8's code cache:
// the bytecode of what a run compiled, written beside the bundle after a run that found none, or one
// V8 refused (another Node, other V8 flags, a corrupt file). Compiling the bundle was most of a short
// run's start-up, and of a worker thread's. Node 20 has no such cache for ES modules. Where the
// directory is not writable, every run compiles, as it would without a cache.
const { readFileSync, renameSync, rmSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname } = require('node:path');
const { Script } = require('node:vm');

/**
 * Runs the bundle `file` and returns its exports, and saveCache(tag) to call once its work is done,
 * so that what the work compiled is in the cache; `tag` names the temporary file (two threads of one
 * process may write at once). Throws the read error (ENOENT before a build) without running anything.
 */
function runBundle(file) {
  // ASCII (scripts/bundle.mjs makes it so): Latin-1 reads it as V8's one-byte string at once.
  const source = readFileSync(file, 'latin1');
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
  const stale = cachedData === undefined || script.cachedDataRejected;
  const flags = stale ? flagsProbe() : null;
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  return {
    exports: module.exports,
    saveCache(tag) {
      if (stale && flagsUnchanged(flags)) writeCache(script, cacheFile, tag);
    },
  };
}

// V8 takes a cache only under the flags it was made under, and a cache is made under the flags of
// the moment. A large run sets flags (src/run/heap.ts) after the bundle was compiled: its cache would
// be refused by every run that starts as this one did, and be made again by each. A tiny script's
// cache, made as the bundle is compiled and tried when the bundle's would be made, tells whether the
// flags are still those. (A script compiled again under the same name is V8's compilation cache's,
// which does not look at the data: hence a name for each.)
function flagsProbe() {
  return new Script('0', { filename: 'toll:flags' }).createCachedData();
}

function flagsUnchanged(probe) {
  return !new Script('0', { filename: 'toll:flags-now', cachedData: probe }).cachedDataRejected;
}

function writeCache(script, cacheFile, tag) {
  const temporary = `${cacheFile}.${tag}`;
  try {
    writeFileSync(temporary, script.createCachedData());
    renameSync(temporary, cacheFile);
  } catch {
    rmSync(temporary, { force: true });
  }
}

module.exports = { runBundle };
