// What a short run loads decides much of its start-up time: every module file is read and compiled,
// and so is every Node built-in outside Node's own snapshot. A run that extracts a line of text as
// NDJSON must not load the CSV parser, the table renderer, worker threads or child_process (a
// pager). Runs the built bin/toll.js in a real process, with a loader hook that lists the files.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'toll-startup-'));
const hooks = join(dir, 'hooks.mjs');
const withHooks = join(dir, 'with-hooks.mjs');
const atExit = join(dir, 'at-exit.mjs');
writeFileSync(hooks, `import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
  if (url.startsWith('file:')) appendFileSync(process.env.TOLL_LOADED_FILES, url + '\\n');
  return next(url, context);
}
`);
// Loader hooks run on a worker thread of their own: built-ins are listed in a run without them.
writeFileSync(withHooks, `import { register } from 'node:module';
register(${JSON.stringify(pathToFileURL(hooks).href)});
`);
writeFileSync(atExit, `import { writeFileSync } from 'node:fs';
process.on('exit', () => writeFileSync(process.env.TOLL_LOADED_BUILTINS, JSON.stringify(process.moduleLoadList)));
`);

let runs = 0;

/** The sources bundled into the files a run loaded (from their source maps), and the built-ins it loaded. */
function loadedBy(args: string[], input = 'Floods killed 12 people.\n'): { sources: string[]; builtins: string[] } {
  const files = join(dir, `files-${++runs}.txt`);
  const builtins = join(dir, `builtins-${runs}.json`);
  const env = { ...process.env, TOLL_LOADED_FILES: files, TOLL_LOADED_BUILTINS: builtins };
  for (const preload of [withHooks, atExit]) {
    const result = spawnSync(process.execPath, ['--import', preload, join(root, 'bin', 'toll.js'), ...args], { input, encoding: 'utf8', env });
    expect([0, 2], result.stderr).toContain(result.status);
  }
  const sources = readFileSync(files, 'utf8').trim().split('\n')
    .filter((url) => url.includes('/dist/bundle/'))
    .flatMap((url) => (JSON.parse(readFileSync(`${fileURLToPath(url)}.map`, 'utf8')) as { sources: string[] }).sources);
  return { sources, builtins: JSON.parse(readFileSync(builtins, 'utf8')) as string[] };
}

describe('start-up of a short run', () => {
  it('extract as NDJSON loads the extractor, and not the CSV parser, tables, worker threads or child_process', () => {
    const { sources, builtins } = loadedBy(['extract', '--format', 'ndjson']);
    expect(sources.some((source) => source.endsWith('src/extract/index.ts'))).toBe(true);
    expect(sources.filter((source) => /node_modules\/(csv-parse|cli-table3|chrono-node)\//.test(source))).toEqual([]);
    expect(builtins).not.toContain('NativeModule worker_threads');
    expect(builtins).not.toContain('NativeModule child_process');
    // V8's heap settings are for large runs only (run/heap.ts).
    expect(builtins).not.toContain('NativeModule v8');
  });

  it('a well-formed CSV is read without loading csv-parse; a faulty one loads it', () => {
    const csv = 'id,text\n1,"Floods killed 12 people, police said."\n2,Fire killed 5 people.\n';
    const parser = (sources: string[]) => sources.some((source) => source.includes('node_modules/csv-parse/'));
    expect(parser(loadedBy(['extract', '--format', 'ndjson', '--input-format', 'csv'], csv).sources)).toBe(false);
    expect(parser(loadedBy(['extract', '--format', 'ndjson', '--input-format', 'csv'], `${csv}3,"never closed\n`).sources)).toBe(true);
  });

  it('the table view loads the table renderer, still without the CSV parser', () => {
    const { sources } = loadedBy(['extract', '--format', 'table']);
    expect(sources.some((source) => source.includes('node_modules/cli-table3/'))).toBe(true);
    expect(sources.filter((source) => source.includes('node_modules/csv-parse/'))).toEqual([]);
  });
});
