'use strict';
// A worker thread of `toll extract --jobs N` (src/run/parallel.ts starts it): runs
// dist/bundle/worker.cjs (src/run/worker.ts) with V8's code cache, as bin/toll.js runs the CLI. The
// cache is written as the thread ends after its work, told to close by the main thread; a thread
// terminated mid-work (a failed run) writes none.
const { setFlagsFromString } = require('node:v8');
const { join } = require('node:path');
const { threadId, workerData } = require('node:worker_threads');
const { runBundle } = require('./cached.js');

// The heap's flags (src/run/heap.ts), set before compiling: a worker's start changes the process's
// flags, and the cache must be made and taken under the same ones.
for (const flag of workerData.v8Flags) setFlagsFromString(flag);
const bundle = runBundle(join(__dirname, '..', 'dist', 'bundle', 'worker.cjs'));
process.on('exit', () => bundle.saveCache(`${process.pid}-${threadId}`));
