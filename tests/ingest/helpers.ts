import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll } from 'vitest';
import type { InputProblem, Report } from '../../src/figure.js';
import { readReports, type IngestOptions } from '../../src/ingest/index.js';

const directory = mkdtempSync(join(tmpdir(), 'toll-ingest-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

/** Writes a fixture file into this run's temporary directory and returns its path. */
export function fixture(name: string, content: string | Buffer): string {
  const path = join(directory, name);
  writeFileSync(path, content);
  return path;
}

export const fixtureDirectory = directory;

export async function read(
  path: string,
  options: IngestOptions = {},
  stdin?: NodeJS.ReadableStream,
): Promise<{ reports: Report[]; problems: Omit<InputProblem, 'code'>[]; codes: string[]; notes: string[] }> {
  const reports: Report[] = [];
  const problems: Omit<InputProblem, 'code'>[] = [];
  const codes: string[] = [];
  const notes: string[] = [];
  // Problems are compared by their words here; their codes are listed apart (`codes`). Notes (which
  // columns were read) are not problems: they are kept apart too.
  const onProblem = ({ code, ...problem }: InputProblem) => {
    if (problem.severity === 'note') {
      notes.push(`${problem.line ?? '-'}: ${problem.message}`);
      return;
    }
    problems.push(problem);
    codes.push(code);
  };
  for await (const report of readReports(path, options, onProblem, stdin)) {
    reports.push(report);
  }
  return { reports, problems, codes, notes };
}

/** A stdin stand-in that delivers `bytes` cut at the given offsets. */
export function chunkedStream(bytes: Buffer, cuts: number[]): Readable {
  const bounds = [0, ...cuts, bytes.length];
  const chunks = bounds.slice(1).map((end, i) => bytes.subarray(bounds[i], end));
  return Readable.from(chunks.filter((chunk) => chunk.length > 0));
}

/** Cuts at pseudo-random offsets, the same on every run. */
export function randomCuts(length: number, count: number, seed = 1): number[] {
  let state = seed;
  const next = (): number => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state;
  };
  return Array.from({ length: count }, () => next() % length).sort((a, b) => a - b);
}

/** "severity line: message" for compact assertions ("-" for no line). */
export function describeProblems(problems: Omit<InputProblem, 'code'>[]): string[] {
  return problems.map((p) => `${p.severity} ${p.line ?? '-'}: ${p.message}`);
}
