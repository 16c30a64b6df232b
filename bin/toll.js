#!/usr/bin/env node
'use strict';
// The executable: run the CLI and set the exit code; run() never calls process.exit itself.
// CommonJS (bin/package.json), which Node starts faster than an ES module.
// dist/bundle/cli.cjs is the CLI in one CommonJS file (scripts/bundle.mjs), compiled with V8's code
// cache (bin/cached.js).
const { join } = require('node:path');
const { runBundle } = require('./cached.js');

const file = join(__dirname, '..', 'dist', 'bundle', 'cli.cjs');
let bundle;
try {
  bundle = runBundle(file);
} catch (error) {
  // A source checkout before `npm run build` (the published package ships dist/).
  if (error.code !== 'ENOENT' || error.path !== file) throw error;
  process.stderr.write('toll: not built yet: run `npm run build` in this checkout first\n');
  process.exitCode = 2;
}
if (bundle !== undefined) {
  const cli = bundle.exports;
  cli.run(process.argv.slice(2), cli.processIo()).then((code) => {
    process.exitCode = code;
    bundle.saveCache(process.pid);
  });
}
