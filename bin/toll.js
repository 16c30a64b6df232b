#!/usr/bin/env node
// The executable: run the CLI and set the exit code; run() never calls process.exit itself.
// dist/bundle/ is the esbuild bundle of src/cli/main.ts (scripts/bundle.mjs): one file to load instead of
// dozens of modules, which is most of toll's start-up time.
let cli;
try {
  cli = await import('../dist/bundle/main.js');
} catch (error) {
  // A source checkout before `npm run build` (the published package ships dist/).
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('main.js')) throw error;
  process.stderr.write('toll: not built yet: run `npm run build` in this checkout first\n');
  process.exitCode = 2;
}
if (cli) process.exitCode = await cli.run(process.argv.slice(2), cli.processIo());
