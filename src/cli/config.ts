// The config file: .tollrc.json, found upward from the working directory like eslint's and
// prettier's, or named with --config; --no-config ignores it. Its keys are the long options in
// camelCase ({"sourceColumn": "outlet", "policy": "best"}); what the command line gives wins.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Command, Option } from 'commander';
import { closest } from './suggest.js';

export const CONFIG_NAME = '.tollrc.json';
/** A config is a few lines: anything larger is not one (and /dev/zero must not fill memory). */
export const MAX_CONFIG_BYTES = 1 << 20;
/** Options that make no sense as a standing default. */
const NOT_IN_CONFIG = new Set(['output', 'config']);
/** Options whose value is a path, resolved from the config file's folder. */
const PATH_KEYS = new Set(['aliases']);

export class ConfigError extends Error {
  constructor(readonly file: string, message: string) {
    super(message);
  }
}

/** The config file that applies: the given one, else the nearest .tollrc.json upward from `cwd`. */
export function findConfig(cwd: string, exists: (path: string) => boolean): string | null {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const candidate = join(dir, CONFIG_NAME);
    if (exists(candidate)) return candidate;
    if (dirname(dir) === dir) return null;
  }
}

/** Reads at most MAX_CONFIG_BYTES + 1 bytes: a larger file is refused without reading it all. */
export function readConfig(path: string): Record<string, unknown> {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw new ConfigError(path, systemMessage(error));
  }
  try {
    if (fstatSync(fd).isDirectory()) throw new ConfigError(path, 'is a directory');
    const buffer = Buffer.alloc(MAX_CONFIG_BYTES + 1);
    let length = 0;
    for (let n = 1; n > 0 && length < buffer.length; length += n) n = readSync(fd, buffer, length, buffer.length - length, null);
    if (length > MAX_CONFIG_BYTES) throw new ConfigError(path, `larger than ${MAX_CONFIG_BYTES / (1 << 20)} MiB; not a config file`);
    let parsed: unknown;
    try {
      parsed = JSON.parse(buffer.toString('utf8', 0, length));
    } catch (error) {
      throw new ConfigError(path, `not valid JSON (${(error as Error).message})`);
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new ConfigError(path, 'must be a JSON object of option names and values');
    return parsed as Record<string, unknown>;
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError(path, systemMessage(error));
  } finally {
    closeSync(fd);
  }
}

function systemMessage(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return (error as Error).message;
}

/** Every option any command takes, by its camelCase name: a key valid for one command is valid in the file. */
function knownOptions(program: Command): Map<string, Option> {
  const known = new Map<string, Option>();
  for (const command of program.commands) {
    for (const option of command.options) if (!NOT_IN_CONFIG.has(option.attributeName())) known.set(option.attributeName(), option);
  }
  return known;
}

/**
 * Sets the options the command line left at their defaults from `config`. Keys no command knows are
 * errors naming the key; keys another command knows are ignored for this one.
 */
export function applyConfig(program: Command, command: Command, config: Record<string, unknown>, file: string): void {
  const known = knownOptions(program);
  for (const key of Object.keys(config)) {
    if (!known.has(key)) {
      const near = closest(key, known.keys());
      throw new ConfigError(file, `unknown key "${key}"${near ? ` (did you mean "${near}"?)` : ''}`);
    }
  }
  for (const option of command.options) {
    const key = option.attributeName();
    if (!(key in config) || NOT_IN_CONFIG.has(key)) continue;
    const source = command.getOptionValueSource(key);
    if (source !== undefined && source !== 'default') continue;
    command.setOptionValueWithSource(key, configValue(option, config[key], file), 'config');
  }
}

function configValue(option: Option, value: unknown, file: string): unknown {
  const key = option.attributeName();
  const takesValue = option.required || option.optional;
  if (!takesValue) {
    if (typeof value !== 'boolean') throw new ConfigError(file, `"${key}" must be true or false, got ${JSON.stringify(value)}`);
    // --no-per-record's key is perRecord: false means the negation.
    return value;
  }
  if (typeof value !== 'string' && typeof value !== 'number') throw new ConfigError(file, `"${key}" must be a string or a number, got ${JSON.stringify(value)}`);
  const text = String(value);
  if (option.argChoices && !option.argChoices.includes(text)) {
    throw new ConfigError(file, `"${key}" must be one of ${option.argChoices.join(', ')}, got ${JSON.stringify(value)}`);
  }
  if (PATH_KEYS.has(key)) return resolve(dirname(file), text);
  if (!option.parseArg) return text;
  try {
    return option.parseArg(text, undefined);
  } catch (error) {
    throw new ConfigError(file, `"${key}": ${(error as Error).message}`);
  }
}
