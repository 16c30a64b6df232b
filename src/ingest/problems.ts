import type { InputProblem } from '../figure.js';
import { formatSize } from './options.js';

/** Reports one input's problems under its display name, and remembers when reading had to stop. */
export class Problems {
  /** True once a file-level problem ended the reading of this input. */
  stopped = false;

  constructor(
    readonly file: string,
    private readonly onProblem: (problem: InputProblem) => void,
  ) {}

  warn(line: number | null, message: string, hint?: string): void {
    this.emit('warning', line, message, hint);
  }

  error(line: number | null, message: string, hint?: string): void {
    this.emit('error', line, message, hint);
  }

  /** A problem after which nothing more is read from this input. */
  fail(line: number | null, message: string, hint?: string, severity: InputProblem['severity'] = 'error'): void {
    this.stopped = true;
    this.emit(severity, line, message, hint);
  }

  private emit(severity: InputProblem['severity'], line: number | null, message: string, hint?: string): void {
    const problem: InputProblem = { file: this.file, line, message, severity };
    if (hint !== undefined) problem.hint = hint;
    this.onProblem(problem);
  }
}

export function recordTooLong(maxBytes: number): string {
  return `record exceeds --max-record-size (${formatSize(maxBytes)}); skipped`;
}
