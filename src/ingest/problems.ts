import type { InputProblem } from '../figure.js';
import { problemMessage, severityOf, type PlainCode, type ProblemCode, type ProblemParams } from '../problems.js';

/**
 * What an error cost, told to the problem callback beside the problem: 'record' when one record was
 * skipped; 'file' when the input could not be read at all. Warnings cost nothing: undefined.
 */
export type Skipped = 'record' | 'file';

export type ProblemCallback = (problem: InputProblem, skipped?: Skipped) => void;

/** A code's parameters after it: optional when its message has none. */
export type ProblemArgs<C extends ProblemCode> = C extends PlainCode
  ? [params?: Record<string, never>, hint?: string]
  : [params: ProblemParams<C>, hint?: string];

/** Builds a problem of the catalogue (severity and wording come from the code). */
export function makeProblem<C extends ProblemCode>(file: string, line: number | null, code: C, ...[params, hint]: ProblemArgs<C>): InputProblem {
  const message = problemMessage(code, (params ?? {}) as ProblemParams<C>);
  const problem: InputProblem = { file, line, code, message, severity: severityOf(code) };
  if (hint !== undefined) problem.hint = hint;
  return problem;
}

/** Reports one input's problems under its display name, and remembers when reading had to stop. */
export class Problems {
  /** True once a file-level problem ended the reading of this input. */
  stopped = false;
  /** How many errors this input had: a file whose records were all skipped is not "no records". */
  errors = 0;
  /** Records read that hold no text (an empty text cell): read, without figures, not skipped. */
  empty = 0;

  constructor(
    readonly file: string,
    private readonly onProblem: ProblemCallback,
    /** Told of each record without text, in order among the problems (for the record counts). */
    private readonly onEmpty: () => void = () => {},
  ) {}

  /** A record read that holds no text. */
  emptyRecord(): void {
    this.empty++;
    this.onEmpty();
  }

  /** A note: what toll chose, nothing wrong. */
  note<C extends ProblemCode>(line: number | null, code: C, ...args: ProblemArgs<C>): void {
    this.emit(makeProblem(this.file, line, code, ...args));
  }

  /** A warning: the record is still used. */
  warn<C extends ProblemCode>(line: number | null, code: C, ...args: ProblemArgs<C>): void {
    this.emit(makeProblem(this.file, line, code, ...args));
  }

  /** A record that is skipped; reading goes on. */
  error<C extends ProblemCode>(line: number | null, code: C, ...args: ProblemArgs<C>): void {
    this.emit(makeProblem(this.file, line, code, ...args), 'record');
  }

  /** A problem after which nothing more is read from this input: with an error code, the file is skipped. */
  fail<C extends ProblemCode>(line: number | null, code: C, ...args: ProblemArgs<C>): void {
    this.stopped = true;
    const problem = makeProblem(this.file, line, code, ...args);
    this.emit(problem, problem.severity === 'error' ? 'file' : undefined);
  }

  /** A record that is skipped, and reading cannot go on past it. */
  failRecord<C extends ProblemCode>(line: number, code: C, ...args: ProblemArgs<C>): void {
    this.stopped = true;
    this.emit(makeProblem(this.file, line, code, ...args), 'record');
  }

  private emit(problem: InputProblem, skipped?: Skipped): void {
    if (problem.severity === 'error') this.errors++;
    this.onProblem(problem, skipped);
  }
}
