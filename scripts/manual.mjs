#!/usr/bin/env node
// npm run build's last step: writes the man page man/toll.1 from the commander definitions
// (src/cli/program.ts, through tsc's dist/), so it lists exactly the options toll takes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { RECONCILE_EXAMPLES, TIMELINE_EXAMPLES } from '../dist/cli/commands/reconcile-options.js';
import { manPage } from '../dist/cli/manual.js';
import { EXAMPLES } from '../dist/cli/options.js';
import { createProgram, VERSION } from '../dist/cli/program.js';

const silent = { write: () => true };
const program = createProgram({ stdin: process.stdin, stdout: silent, stderr: silent, env: {} }, () => {});
mkdirSync(new URL('../man', import.meta.url), { recursive: true });
writeFileSync(new URL('../man/toll.1', import.meta.url), manPage(program, VERSION, {
  toll: EXAMPLES, 'toll reconcile': RECONCILE_EXAMPLES, 'toll timeline': TIMELINE_EXAMPLES,
}));
