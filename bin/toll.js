#!/usr/bin/env node
// The executable: run the CLI and set the exit code; run() never calls process.exit itself.
// dist/bundle/ is the esbuild bundle of src/cli/main.ts (scripts/bundle.mjs): one file to load instead of
// dozens of modules, which is most of toll's start-up time.
import { run, processIo } from '../dist/bundle/main.js';

process.exitCode = await run(process.argv.slice(2), processIo());
