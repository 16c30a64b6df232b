// The package as a user gets it: `npm pack`, installed into an empty project and globally, offline
// from npm's cache. The README's library example runs as plain ESM and as TypeScript.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../cli/helpers.js';

interface Packed { filename: string; size: number; unpackedSize: number; files: { path: string }[] }

const NPM_ENV = { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };

function npm(args: string[], cwd: string): string {
  return execFileSync('npm', args, { cwd, env: NPM_ENV, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** The README's library example: the js block of "As a library". */
function readmeExample(): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## As a library'));
  return /```js\n([\s\S]*?)```/.exec(section)![1];
}

describe('the package', () => {
  let dir: string;
  let packed: Packed;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'toll-pack-'));
    // npm test has built dist/ already; only the types are made here. Scripts are skipped so that
    // prepack's rebuild cannot pull dist/ from under the CLI tests running beside this one.
    npm(['run', '-s', 'build:types'], ROOT);
    packed = (JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', dir], ROOT)) as Packed[])[0];
  }, 120_000);

  it('ships the CLI bundle, the library with its types, the data, the JSON Schemas, README and licence; no sources or maps', () => {
    const paths = packed.files.map((file) => file.path);
    for (const path of paths) expect(path).toMatch(/^(bin\/|dist\/bundle\/|dist\/lib\/|data\/|schema\/toll\.[a-z]+-\d+\.schema\.json$|man\/toll\.1$|README\.md$|LICENSE$|package\.json$)/);
    // The code cache is made by the Node that runs toll, beside the installed bundle (bin/toll.js).
    expect(paths.filter((path) => path.endsWith('.map') || path.endsWith('.cache') || path.startsWith('src/'))).toEqual([]);
    for (const path of ['bin/toll.js', 'bin/cached.js', 'bin/worker.js', 'bin/package.json', 'dist/bundle/cli.cjs', 'dist/bundle/worker.cjs', 'dist/lib/index.js', 'dist/lib/index.d.ts', 'data/sources.json', 'man/toll.1', 'LICENSE']) {
      expect(paths).toContain(path);
    }
    expect(paths.filter((path) => path.startsWith('schema/')).sort()).toEqual(readdirSync(join(ROOT, 'schema')).map((name) => `schema/${name}`).sort());
  });

  it('runs the README library example in an empty project, as ESM and as TypeScript', () => {
    const project = join(dir, 'project');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), '{"name":"example","private":true,"type":"module"}\n');
    npm(['install', '--prefer-offline', join(dir, packed.filename)], project);
    copyFileSync(join(ROOT, 'data/reports.txt'), join(project, 'reports.txt'));
    const example = readmeExample();

    writeFileSync(join(project, 'example.mjs'), example);
    const esm = spawnSync(process.execPath, ['example.mjs'], { cwd: project, encoding: 'utf8' });
    expect(esm.stderr).toBe('');
    expect(esm.stdout).toContain('North Korean soldiers — killed');
    expect(esm.stdout).toContain('best: 300 (South Korea');
    expect(esm.stdout).toMatch(/\d+ figures; disputed: .*killed/);

    writeFileSync(join(project, 'example.ts'), example);
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, types: ['node'], typeRoots: [join(ROOT, 'node_modules/@types')] },
      files: ['example.ts'],
    }));
    // The project's own TypeScript type-checks the example against the shipped .d.ts.
    execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', '.'], { cwd: project, encoding: 'utf8' });
    const ts = spawnSync(process.execPath, ['example.js'], { cwd: project, encoding: 'utf8' });
    expect(ts.stdout).toBe(esm.stdout);
  }, 120_000);

  it('exports the JSON Schemas: toll/schema/… imports, and validates what the installed toll prints', () => {
    const project = join(dir, 'schema-project');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), '{"name":"schema-example","private":true,"type":"module"}\n');
    npm(['install', '--prefer-offline', join(dir, packed.filename)], project);
    copyFileSync(join(ROOT, 'data/reports.txt'), join(project, 'reports.txt'));
    // ajv is not a dependency of the package: the check borrows this checkout's copy.
    const ajv = pathToFileURL(join(ROOT, 'node_modules/ajv/dist/2020.js')).href;
    writeFileSync(join(project, 'check.mjs'), [
      "import { execFileSync } from 'node:child_process';",
      `import Ajv2020 from ${JSON.stringify(ajv)};`,
      "import figure from 'toll/schema/toll.figure-1.schema.json' with { type: 'json' };",
      "import reconcile from 'toll/schema/toll.reconcile-1.schema.json' with { type: 'json' };",
      "const validate = new Ajv2020({ allowUnionTypes: true }).addSchema(figure).compile(reconcile);",
      "const output = execFileSync(process.execPath, ['node_modules/toll/bin/toll.js', '--quiet', '--format', 'json', 'reports.txt'], { encoding: 'utf8' });",
      "console.log(reconcile.title, validate(JSON.parse(output)) ? 'valid' : JSON.stringify(validate.errors));",
      '',
    ].join('\n'));
    const result = spawnSync(process.execPath, ['check.mjs'], { cwd: project, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('toll.reconcile/1 valid\n');
  }, 120_000);

  it('installs globally, and the toll on PATH reads the bundled data', () => {
    const prefix = join(dir, 'global');
    npm(['install', '--global', '--prefer-offline', '--prefix', prefix, join(dir, packed.filename)], dir);
    const result = spawnSync(join(prefix, 'bin', 'toll'), ['data/reports.txt'], { cwd: ROOT, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('North Korean soldiers — killed');
  }, 120_000);
});

describe('a source checkout before the build', () => {
  it('says how to build instead of printing a stack trace', () => {
    const checkout = mkdtempSync(join(tmpdir(), 'toll-unbuilt-'));
    mkdirSync(join(checkout, 'bin'));
    for (const file of ['toll.js', 'cached.js', 'worker.js', 'package.json']) copyFileSync(join(ROOT, 'bin', file), join(checkout, 'bin', file));
    writeFileSync(join(checkout, 'package.json'), '{"type":"module"}\n');
    const result = spawnSync(process.execPath, [join(checkout, 'bin/toll.js'), 'data/reports.txt'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('toll: not built yet: run `npm run build` in this checkout first\n');
  });
});
