// The man page and the shell completions are generated from the commander definitions: every
// option of every command is in each of them, and each is valid for its reader.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProgram } from '../../src/cli/program.js';
import { ROOT, toll } from './helpers.js';

const silent = { write: () => true } as never;
const program = createProgram({ stdin: process.stdin, stdout: silent, stderr: silent, env: {} }, () => {});
const commands = program.commands.filter((command) => command.name() !== 'help');
const longOptions = commands.flatMap((command) => command.options.map((option) => ({ command: command.name(), flag: option.long! })));

function has(program: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${program}`]).status === 0;
}

const scripts = Object.fromEntries(['bash', 'zsh', 'fish'].map((shell) => [shell, toll(['completion', shell]).stdout]));
const dir = mkdtempSync(join(tmpdir(), 'toll-completion-'));
for (const [shell, script] of Object.entries(scripts)) writeFileSync(join(dir, `toll.${shell}`), script);

describe('generated docs', () => {
  it('name every option of every command, in the man page and each completion', () => {
    const page = readFileSync(join(ROOT, 'man/toll.1'), 'utf8').replaceAll('\\-', '-');
    expect(longOptions.length).toBeGreaterThan(30);
    for (const { command, flag } of longOptions) {
      expect(page, `${command} ${flag} in toll.1`).toContain(flag);
      expect(scripts.bash, `${command} ${flag} in bash`).toContain(flag);
      expect(scripts.zsh, `${command} ${flag} in zsh`).toContain(flag);
      expect(scripts.fish, `${command} ${flag} in fish`).toContain(`-l ${flag.slice(2)}`);
    }
    for (const command of commands) expect(page).toContain(`OPTIONS OF ${command.name().toUpperCase()}`);
  });

  it('refuse an unknown shell', () => {
    const result = toll(['completion', 'tcsh']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe("toll: unknown shell 'tcsh' (expected bash, zsh, fish)\n");
  });

  it.skipIf(!has('man'))('render with man', () => {
    const result = spawnSync('man', ['-l', join(ROOT, 'man/toll.1')], { encoding: 'utf8', env: { ...process.env, MANPAGER: 'cat', MANWIDTH: '80' } });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/TOLL\(1\)/);
    expect(result.stdout).toContain('EXIT STATUS');
    expect(result.stdout).toContain('toll --fail-on-conflict data/reports.txt');
    expect(result.stderr).toBe('');
  });

  it('complete in bash: options, choices, commands', () => {
    const complete = (words: string[]) => spawnSync('bash', ['-c', `source ${join(dir, 'toll.bash')}; COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _toll; printf '%s\\n' "\${COMPREPLY[@]}"`], { encoding: 'utf8' }).stdout.trim().split('\n');
    expect(complete(['toll', 'extract', '--for'])).toEqual(['--format']);
    expect(complete(['toll', 'extract', '--format', ''])).toEqual(['table', 'json', 'ndjson', 'csv', 'markdown']);
    expect(complete(['toll', '--pol'])).toEqual(['--policy']);
    expect(complete(['toll', 'timeline', '--pol'])).toEqual(['']);
    expect(complete(['toll', 'tim'])).toContain('timeline');
    expect(complete(['toll', 'completion', 'z'])).toEqual(['zsh']);
  });

  it.skipIf(!has('zsh'))('load in zsh as a completion function', () => {
    const result = spawnSync('zsh', ['-fc', `autoload -U compinit && compinit -u -d ${join(dir, 'zcompdump')}; source ${join(dir, 'toll.zsh')}; print -r -- \${_comps[toll]}`], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe('_toll');
  });

  it.skipIf(!has('fish'))('complete in fish', () => {
    const result = spawnSync('fish', ['-c', `source ${join(dir, 'toll.fish')}; complete -C 'toll --policy '`], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout.split('\n').map((line) => line.split('\t')[0]).filter(Boolean).sort()).toEqual(['best', 'conservative', 'range']);
  });
});
