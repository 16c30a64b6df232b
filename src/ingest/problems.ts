import type { InputProblem } from '../figure.js';
import { formatSize } from './options.js';

/**
 * What an error cost, told to the problem callback beside the problem: 'record' when one record was
 * skipped (after a CSV parse error, the rest of the input with it, as the hint says); 'file' when
 * the input could not be read at all. Warnings cost nothing: undefined.
 */
export type Skipped = 'record' | 'file';

export type ProblemCallback = (problem: InputProblem, skipped?: Skipped) => void;

/** Reports one input's problems under its display name, and remembers when reading had to stop. */
export class Problems {
  /** True once a file-level problem ended the reading of this input. */
  stopped = false;
  /** How many errors this input had: a file whose records were all skipped is not "no records". */
  errors = 0;

  constructor(
    readonly file: string,
    private readonly onProblem: ProblemCallback,
  ) {}

  warn(line: number | null, message: string, hint?: string): void {
    this.emit('warning', line, message, hint);
  }

  /** A record that is skipped; reading goes on. */
  error(line: number | null, message: string, hint?: string): void {
    this.emit('error', line, message, hint, 'record');
  }

  /** A problem after which nothing more is read from this input: with severity error, the file is skipped. */
  fail(line: number | null, message: string, hint?: string, severity: InputProblem['severity'] = 'error'): void {
    this.stopped = true;
    this.emit(severity, line, message, hint, severity === 'error' ? 'file' : undefined);
  }

  /** A record that is skipped, and reading cannot go on past it (csv-parse cannot resume after an error). */
  failRecord(line: number, message: string, hint?: string): void {
    this.stopped = true;
    this.emit('error', line, message, hint, 'record');
  }

  private emit(severity: InputProblem['severity'], line: number | null, message: string, hint?: string, skipped?: Skipped): void {
    const problem: InputProblem = { file: this.file, line, message, severity };
    if (hint !== undefined) problem.hint = hint;
    if (severity === 'error') this.errors++;
    this.onProblem(problem, skipped);
  }
}

export function recordTooLong(maxBytes: number): string {
  return `record exceeds --max-record-size (${formatSize(maxBytes)}); skipped`;
}
