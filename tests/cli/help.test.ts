// Help that is true: every example in every --help runs on the bundled data, as a user would paste it.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mistypedCommand } from '../../src/cli/run.js';
import { BIN, ROOT, toll } from './helpers.js';

const HELPS = [[], ['reconcile'], ['timeline'], ['extract']];

/** The example commands of a help text: indented lines that start with `toll` or a pipe into it. */
function examples(help: string): string[] {
  return help.split('\n')
    .filter((line) => /^ {2}(toll|cat) /.test(line))
    .map((line) => line.trim().split(/ {2,}/)[0]);
}

/** A directory with a `toll` that runs the built bin, to put first on PATH. */
function shim(): string {
  const dir = mkdtempSync(join(tmpdir(), 'toll-help-'));
  const path = join(dir, 'toll');
  writeFileSync(path, `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  chmodSync(path, 0o755);
  return dir;
}

describe('help', () => {
  const bin = shim();
  // Commands share examples: each distinct one runs once.
  const all = new Set<string>();
  for (const command of HELPS) {
    const name = command.length > 0 ? `toll ${command[0]} --help` : 'toll --help';
    const found = examples(toll([...command, '--help']).stdout);
    it(`${name} has examples`, () => {
      expect(found.length).toBeGreaterThanOrEqual(3);
    });
    for (const example of found) all.add(example);
  }

  for (const example of all) {
    it(`\`${example}\` runs on the bundled data`, () => {
      const result = spawnSync('sh', ['-c', example], {
        cwd: ROOT, encoding: 'utf8', env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, NO_COLOR: '1' },
      });
      // --fail-on-conflict is documented to exit 1 on the bundled data, whose sources disagree.
      expect(result.status, result.stderr).toBe(example.includes('--fail-on-conflict') ? 1 : 0);
      expect(result.stdout.length).toBeGreaterThan(0);
    });
  }

  it('says at the root that toll FILE is toll reconcile FILE, and where its options are', () => {
    expect(toll(['--help']).stdout).toContain('`toll [options] FILE...` is `toll reconcile [options] FILE...`: see `toll reconcile --help`');
  });

  it('shows no timeline example with an option timeline rejects', () => {
    const help = toll(['timeline', '--help']).stdout;
    for (const option of ['--explain', '--chart', '--history', '--by', '--policy', '--fail-on-conflict']) {
      expect(examples(help).join('\n')).not.toContain(option);
    }
  });

  it('shows each default once', () => {
    const help = toll(['extract', '--help']).stdout.replace(/\s+/g, ' ');
    expect(help).toContain('threads for extraction (this one and N - 1 workers) (default: the number of cores)');
    expect(help).not.toMatch(/the number of cores\)? \(default: \d+\)/);
  });
});

describe('a mistyped command', () => {
  it('is an error with a suggestion, and nothing runs', () => {
    const result = toll(['reconcil', 'data/reports.txt']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe("toll: unknown command 'reconcil' (did you mean 'reconcile'?)\n");
    expect(result.stdout).toBe('');
  });

  it('suggests by edit distance or prefix, and never for a file or an option', () => {
    const none = () => false;
    expect(mistypedCommand('extarct', none)).toBe('extract');
    expect(mistypedCommand('timelin', none)).toBe('timeline');
    expect(mistypedCommand('time', none)).toBe('timeline');
    expect(mistypedCommand('Extract', none)).toBe('extract');
    expect(mistypedCommand('reconcile', none)).toBeNull();
    expect(mistypedCommand('reports', none)).toBeNull();
    expect(mistypedCommand('--format', none)).toBeNull();
    expect(mistypedCommand('data/reports.txt', none)).toBeNull();
    expect(mistypedCommand('extarct', () => true)).toBeNull();
    expect(mistypedCommand(undefined, none)).toBeNull();
  });
});

describe('boundary values', () => {
  it('accepts --min-confidence 1 (only the surest figures) and 0, refuses above 1', () => {
    expect(toll(['extract', '--min-confidence', '1', 'data/reports.txt']).status).toBe(0);
    expect(toll(['extract', '--min-confidence', '0', 'data/reports.txt']).status).toBe(0);
    const over = toll(['extract', '--min-confidence', '1.5', 'data/reports.txt']);
    expect(over.status).toBe(2);
    expect(over.stderr).toContain('expected a number from 0 to 1, got "1.5"');
  });
});
