// .tollrc.json: found upward, overridden by flags, refused when it is not what it claims to be.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findConfig } from '../../src/cli/config.js';
import { ROOT, toll } from './helpers.js';

const CSV = join(ROOT, 'data/reports.csv');

/** A project folder with a config at its top and a working folder two levels down. */
function project(config: unknown): { top: string; deep: string } {
  const top = mkdtempSync(join(tmpdir(), 'toll-config-'));
  const deep = join(top, 'a', 'b');
  mkdirSync(deep, { recursive: true });
  writeFileSync(join(top, '.tollrc.json'), typeof config === 'string' ? config : JSON.stringify(config));
  return { top, deep };
}

describe('the config file', () => {
  it('is found upward from the working directory', () => {
    const { top, deep } = project({});
    expect(findConfig(deep, (path) => path === join(top, '.tollrc.json'))).toBe(join(top, '.tollrc.json'));
    expect(findConfig(deep, () => false)).toBeNull();
  });

  it('sets defaults that flags override', () => {
    const { deep } = project({ format: 'markdown', policy: 'best', sourceColumn: 'outlet' });
    const configured = toll([CSV], { cwd: deep });
    expect(configured.status).toBe(0);
    expect(configured.stdout).toContain('## North Korean soldiers — killed');
    expect(configured.stdout).toContain("best: 300 (South Korea's National Intelligence Service (NIS); 300–1,000)");
    const overridden = toll([CSV, '--format', 'table', '--policy', 'range'], { cwd: deep });
    expect(overridden.stdout).toContain('range: 300–1,000');
    expect(overridden.stdout).not.toContain('## ');
  });

  it('is ignored with --no-config and replaced with --config FILE', () => {
    const { deep, top } = project({ format: 'markdown' });
    expect(toll([CSV, '--no-config'], { cwd: deep }).stdout).not.toContain('## ');
    writeFileSync(join(top, 'other.json'), JSON.stringify({ format: 'csv' }));
    expect(toll([CSV, '--config', join(top, 'other.json')], { cwd: deep }).stdout.split('\n')[0]).toMatch(/^actor,category,source,/);
  });

  it('takes keys of other commands without applying them, and resolves paths from its folder', () => {
    const { top, deep } = project({ policy: 'best', aliases: 'sources.json', jobs: 1 });
    writeFileSync(join(top, 'sources.json'), JSON.stringify({ 'Reporter A': ['a news report'] }));
    expect(toll(['extract', CSV], { cwd: deep }).status).toBe(0);
    expect(toll([join(ROOT, 'data/reports.txt')], { cwd: deep }).stdout).toContain('Reporter A');
  });

  it.each([
    [{ polcy: 'best' }, 'unknown key "polcy" (did you mean "policy"?)'],
    [{ nonsense: 1 }, 'unknown key "nonsense"'],
    [{ policy: 'worst' }, '"policy" must be one of range, conservative, best, got "worst"'],
    [{ quiet: 'yes' }, '"quiet" must be true or false, got "yes"'],
    [{ jobs: 0 }, '"jobs": expected a positive whole number, got "0"'],
    [{ textColumn: ['a'] }, '"textColumn" must be a string or a number, got ["a"]'],
    [[1, 2], 'must be a JSON object of option names and values'],
    ['{"policy": ', 'not valid JSON'],
  ])('refuses %j: exit 2, the file and what is wrong', (config, message) => {
    const { top, deep } = project(config);
    const result = toll([CSV], { cwd: deep });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`toll: ${join(top, '.tollrc.json')}: CONFIG_INVALID: ${message}`);
  });

  it('refuses a file too large to be a config without reading it all', () => {
    const result = toll([CSV, '--config', '/dev/zero']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('toll: /dev/zero: CONFIG_INVALID: larger than 1 MiB; not a config file\n');
  });

  it('says plainly when --config names no file', () => {
    const result = toll([CSV, '--config', '/no/such/tollrc.json']);
    expect(result.stderr).toBe('toll: /no/such/tollrc.json: CONFIG_INVALID: no such file\n');
    expect(result.status).toBe(2);
  });
});
