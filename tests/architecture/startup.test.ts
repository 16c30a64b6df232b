// What a short run loads and runs decides much of its start-up time. The CLI is one bundle,
// dist/bundle/cli.cjs, where each module that a command imports lazily is wrapped by esbuild in an
// initialiser named after its source path, run on its first import(). A run that extracts a line of
// text as NDJSON must not initialise the CSV parser, the table renderer or the date parser, nor load
// the Node built-ins for worker threads or child_process (a pager). Runs the built bin/toll.js in a
// real process and reads which initialisers ran from V8's coverage (NODE_V8_COVERAGE).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'toll-startup-'));
const atExit = join(dir, 'at-exit.mjs');
writeFileSync(atExit, `import { writeFileSync } from 'node:fs';
process.on('exit', () => writeFileSync(process.env.TOLL_LOADED_BUILTINS, JSON.stringify(process.moduleLoadList)));
`);

let runs = 0;

interface Coverage { result: { url: string; functions: { functionName: string; ranges: { count: number }[] }[] }[] }

/** The modules of the bundle whose initialiser ran (their source paths), and the built-ins the run loaded. */
function loadedBy(args: string[], input = 'Floods killed 12 people.\n'): { modules: string[]; builtins: string[] } {
  const coverage = join(dir, `coverage-${++runs}`);
  const builtins = join(dir, `builtins-${runs}.json`);
  const env = { ...process.env, NODE_V8_COVERAGE: coverage, TOLL_LOADED_BUILTINS: builtins };
  const result = spawnSync(process.execPath, ['--import', atExit, join(root, 'bin', 'toll.js'), ...args], { input, encoding: 'utf8', env });
  expect([0, 2], result.stderr).toContain(result.status);
  const modules = readdirSync(coverage).flatMap((name) => (JSON.parse(readFileSync(join(coverage, name), 'utf8')) as Coverage).result)
    .filter((script) => script.url.endsWith('/dist/bundle/cli.cjs'))
    .flatMap((script) => script.functions)
    .filter((fn) => /\.(ts|js)$/.test(fn.functionName) && fn.ranges[0].count > 0)
    .map((fn) => fn.functionName);
  return { modules, builtins: JSON.parse(readFileSync(builtins, 'utf8')) as string[] };
}

describe('start-up of a short run', () => {
  it('extract as NDJSON runs the extractor, and not reconcile, the CSV parser, tables, dates, worker threads or child_process', () => {
    const { modules, builtins } = loadedBy(['extract', '--format', 'ndjson']);
    expect(modules).toContain('src/extract/index.ts');
    expect(modules.filter((path) => /node_modules\/(csv-parse|cli-table3|chrono-node)\//.test(path))).toEqual([]);
    expect(modules).not.toContain('src/reconcile/index.ts');
    expect(builtins).not.toContain('NativeModule worker_threads');
    expect(builtins).not.toContain('NativeModule child_process');
    // V8's heap settings are for large runs only (run/heap.ts).
    expect(builtins).not.toContain('NativeModule v8');
  });

  it('a well-formed CSV is read without running csv-parse; a faulty one runs it', () => {
    const csv = 'id,text\n1,"Floods killed 12 people, police said."\n2,Fire killed 5 people.\n';
    const parser = (modules: string[]) => modules.some((path) => path.includes('node_modules/csv-parse/'));
    expect(parser(loadedBy(['extract', '--format', 'ndjson', '--input-format', 'csv'], csv).modules)).toBe(false);
    expect(parser(loadedBy(['extract', '--format', 'ndjson', '--input-format', 'csv'], `${csv}3,"never closed\n`).modules)).toBe(true);
  });

  it('the table view runs the table renderer, still without the CSV parser', () => {
    const { modules } = loadedBy(['extract', '--format', 'table']);
    expect(modules.some((path) => path.includes('node_modules/cli-table3/'))).toBe(true);
    expect(modules.filter((path) => path.includes('node_modules/csv-parse/'))).toEqual([]);
  });

  it("a file is read without fs/promises, and a table without chalk's terminal detection (tty)", () => {
    const file = join(dir, 'one-line.txt');
    writeFileSync(file, 'Floods killed 12 people.\n');
    const { builtins } = loadedBy(['extract', '--format', 'table', file], '');
    for (const name of ['fs/promises', 'tty']) expect(builtins).not.toContain(`NativeModule ${name}`);
  });
});

/** A copy of the build of its own (the tests running beside this one share dist/bundle's caches), and the path of a bundle's cache in it. */
function buildCopy(): { copy: string; cacheOf: (bundle: string) => string } {
  const copy = mkdtempSync(join(tmpdir(), 'toll-cache-'));
  cpSync(join(root, 'bin'), join(copy, 'bin'), { recursive: true });
  mkdirSync(join(copy, 'dist', 'bundle'), { recursive: true });
  for (const bundle of ['cli.cjs', 'worker.cjs']) cpSync(join(root, 'dist', 'bundle', bundle), join(copy, 'dist', 'bundle', bundle));
  cpSync(join(root, 'data'), join(copy, 'data'), { recursive: true });
  return { copy, cacheOf: (bundle) => join(copy, 'dist', 'bundle', `${bundle}.${process.version}-${process.arch}.cache`) };
}

/** A cache file's modification time, or null if there is none. */
function modified(file: string): number | null {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return null;
  }
}

describe('the code cache', () => {
  it('of the CLI is made by the build, with a short extraction, before any other run', () => {
    // scripts/bundle.mjs writes it: a cache left by another kind of first run (a table, a test) cost
    // long extractions CPU. Made before this test process started, so no test wrote it.
    const cache = join(root, 'dist', 'bundle', `cli.cjs.${process.version}-${process.arch}.cache`);
    expect(statSync(cache).mtimeMs).toBeLessThan(performance.timeOrigin);
  });

  it('is written beside the bundle by the first run and taken by the next, with the same output', () => {
    const { copy, cacheOf } = buildCopy();
    const cache = cacheOf('cli.cjs');
    const run = () => spawnSync(process.execPath, [join(copy, 'bin', 'toll.js'), 'extract', '--format', 'ndjson', '--quiet'], { input: 'Floods killed 12 people.\n', encoding: 'utf8' });

    const first = run();
    expect(first.status, first.stderr).toBe(0);
    const written = statSync(cache);
    expect(written.size).toBeGreaterThan(0);
    const second = run();
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    expect(first.stdout).toContain('"low":12');
    // Written again only when missing or refused.
    expect(statSync(cache).mtimeMs).toBe(written.mtimeMs);
  });

  it("is a worker thread's too, and a large run, which sets V8's heap flags, writes none that the next would refuse", () => {
    const { copy, cacheOf } = buildCopy();
    // Large (src/run/heap.ts's LARGE_RUN_BYTES) and several segments long, so that workers run; few numbers, to be quick.
    const large = join(copy, 'large.txt');
    const line = 'Shares rose on the day, the exchange said in its weekly market report, and traders were calm.\n';
    writeFileSync(large, `${line.repeat(90_000)}Floods killed 12 people.\n${line.repeat(10_000)}`);
    const run = (args: string[], input?: string) => {
      const result = spawnSync(process.execPath, [join(copy, 'bin', 'toll.js'), 'extract', '--format', 'ndjson', '--quiet', ...args], { input, encoding: 'utf8' });
      expect(result.status, result.stderr).toBe(0);
      return result.stdout;
    };
    const state = () => [modified(cacheOf('cli.cjs')), modified(cacheOf('worker.cjs'))];

    const first = run(['--jobs', '2', large]);
    expect(first).toContain('"low":12');
    const afterFirst = state();
    expect(afterFirst[1]).not.toBeNull();
    // Whatever the first left, the next run of the same kind takes it rather than writing it again.
    expect(run(['--jobs', '2', large])).toBe(first);
    expect(state()).toEqual(afterFirst);
    // A short run writes the CLI's cache if the large ones did not, and a large run then takes it.
    run([], 'Floods killed 12 people.\n');
    const afterShort = state();
    expect(afterShort[0]).not.toBeNull();
    expect(run(['--jobs', '2', large])).toBe(first);
    expect(run(['--jobs', '1', large])).toBe(first);
    expect(state()).toEqual(afterShort);
  });
});
