// Runs the built bin (npm test builds first) the way a user does, and captures everything.
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = resolve(ROOT, 'bin/toll.js');

export interface Result {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function toll(args: string[], options: { input?: string | Buffer; env?: NodeJS.ProcessEnv; cwd?: string } = {}): Result {
  const env = { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...options.env };
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  // Tables fit COLUMNS when it is set: tests see the full width unless they set it.
  delete env.COLUMNS;
  Object.assign(env, options.env);
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT, input: options.input ?? '', env, encoding: 'utf8', maxBuffer: 1 << 28,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function ndjson(text: string): Record<string, unknown>[] {
  return text.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
}

/**
 * Four dated wire reports on stdin as CSV: the Health Ministry revises 40 to 52, and two other
 * claimants differ. 2024-12-21 was a Saturday: "said on Friday" in that report is 2024-12-20.
 */
export const DATED = `id,date,outlet,text
w1,2024-12-18,Wire,The Health Ministry said 40 civilians were killed in the shelling of Riverside.
w2,2024-12-21,Wire,The Health Ministry said on Friday that 52 civilians were killed in Riverside.
w3,2024-12-21,Valley Gazette,"At least 30 civilians were killed, according to the UN humanitarian office."
w4,2024-12-25,Wire,Residents told Reuters that about 150 civilians were killed in Riverside.
`;
export const DATED_CSV_ARGS = ['--quiet', '--input-format', 'csv', '--date-column', 'date', '--id-column', 'id', '--source-column', 'outlet'];
