#!/usr/bin/env node
// The executable: run the CLI and set the exit code; run() never calls process.exit itself.
import { run } from '../dist/cli/run.js';
import { processIo } from '../dist/cli/io.js';

process.exitCode = await run(process.argv.slice(2), processIo());
