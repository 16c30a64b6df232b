// The problem catalogue: every warning and error toll reports has a stable code here, with its
// severity, the words of its message and what the user can do about it. Messages are templates
// whose {names} the caller fills in (typed: a missing or unknown name is a compile error).
// docs/problems.md is generated from this table (node scripts/problems-doc.mjs; a test compares).
// Codes are part of the interface scripts rely on: add codes freely, never rename or reuse one.

/**
 * note: what toll chose for you, nothing wrong (not counted, not an exit status, silent with --quiet);
 * warning: the data was still used, or nothing was lost; error: a record, an input or the run was skipped.
 */
export type Severity = 'note' | 'warning' | 'error';

/** What a problem is about, for the documentation's sections. */
export type ProblemArea = 'input' | 'csv' | 'ndjson' | 'figures' | 'series' | 'extract' | 'preset' | 'run';

export interface ProblemSpec {
  severity: Severity;
  area: ProblemArea;
  /** The message, with {name} placeholders. */
  message: string;
  /** What to do about it, for docs/problems.md. */
  remedy: string;
}

export const PROBLEMS = {
  // Opening and reading an input.
  FILE_NOT_FOUND: {
    severity: 'error', area: 'input', message: 'no such file',
    remedy: 'Check the path; a directory on the way that does not exist gives the same error.',
  },
  FILE_IS_DIRECTORY: {
    severity: 'error', area: 'input', message: 'is a directory',
    remedy: 'Give the files inside it (for example `dir/*.csv`).',
  },
  FILE_PERMISSION_DENIED: {
    severity: 'error', area: 'input', message: 'permission denied',
    remedy: 'Make the file readable for the user running toll.',
  },
  FILE_SYMLINK_LOOP: {
    severity: 'error', area: 'input', message: 'too many levels of symbolic links (a link points back to itself)',
    remedy: 'Point the link at a real file.',
  },
  FILE_UNREADABLE: {
    severity: 'error', area: 'input', message: 'cannot read ({reason})',
    remedy: 'The operating system refused to read the file; the reason names the system error.',
  },
  FILE_EMPTY: {
    severity: 'warning', area: 'input', message: 'empty file',
    remedy: 'Nothing to do when the file is meant to be empty; otherwise check how it was produced.',
  },
  FILE_BINARY: {
    severity: 'error', area: 'input', message: 'looks like binary data ({evidence}); toll reads text, CSV and NDJSON',
    remedy: 'Export the data as text, CSV or NDJSON; a compressed file must be decompressed first.',
  },
  ID_REPEATED: {
    severity: 'warning', area: 'input', message: 'id "{id}" is also the id of line {first}: records with one id are read as one report (later repeats in this file are not listed)',
    remedy: 'Records that share an id are one report to reconcile: its figures count once per claimant. If they are different reports, give each its own id (or name another --id-column).',
  },
  FILE_NO_RECORDS: {
    severity: 'warning', area: 'input', message: 'no records with text',
    remedy: 'The input holds only blank lines, a CSV header or records whose text is empty; check the file, --text-column and --input-format.',
  },
  OPTION_INVALID: {
    severity: 'error', area: 'input', message: '{reason}',
    remedy: 'Correct the option named in the message (see toll --help).',
  },
  ENCODING_GUESSED: {
    severity: 'warning', area: 'input', message: 'decoded as cp1252; use --encoding to choose',
    remedy: 'The file is not UTF-8: give its encoding with --encoding (latin1, cp1252, utf16le, utf16be).',
  },
  UTF8_INVALID: {
    severity: 'warning', area: 'input', message: 'invalid UTF-8 replaced with U+FFFD',
    remedy: 'The line holds bytes that are not UTF-8; give the real encoding with --encoding, or repair the file.',
  },
  RECORD_TOO_LONG: {
    severity: 'error', area: 'input', message: 'record exceeds --max-record-size ({limit}); skipped',
    remedy: 'Raise --max-record-size when such long records are real; in a CSV file an unclosed quote is the usual cause.',
  },

  // CSV and TSV.
  CSV_QUOTE_NOT_CLOSED: {
    severity: 'error', area: 'csv',
    message: 'the quote opened on this line is not closed (it would swallow {swallowed}); record skipped, reading resumes at {resume}',
    remedy: 'Close the quote, or double a quote meant as text ("" inside a quoted field). toll skips the record where the quote opened and reads on from the next line, so no other record is lost.',
  },
  CSV_NO_TEXT_COLUMN: {
    severity: 'error', area: 'csv', message: 'no text column; columns are: {columns}',
    remedy: 'Name the column holding the report text with --text-column.',
  },
  CSV_NO_COLUMN: {
    severity: 'error', area: 'csv', message: 'no column "{name}"; columns are: {columns}',
    remedy: 'Use one of the listed column names (matched ignoring case).',
  },
  CSV_COLUMNS: {
    severity: 'note', area: 'csv', message: 'columns read: {columns}',
    remedy: 'Columns with well-known names are used unless a flag names another: --text-column, --id-column, --source-column, --date-column.',
  },
  CSV_DUPLICATE_COLUMN: {
    severity: 'warning', area: 'csv', message: 'duplicate column name "{name}"; using the first',
    remedy: 'Rename one of the columns if the second is the one you mean.',
  },
  CSV_FIELD_COUNT: {
    severity: 'warning', area: 'csv', message: 'row has {fields}, header has {header}',
    remedy: 'The row was read as it is; check it for a missing or extra delimiter.',
  },
  CSV_ROW_NO_TEXT: {
    severity: 'error', area: 'csv', message: 'row has {fields}, header has {header}: no text field; skipped',
    remedy: 'The row ends before the text column; check it for a line break or a missing delimiter.',
  },
  CSV_PARSE_ERROR: {
    severity: 'error', area: 'csv', message: 'cannot parse CSV ({reason}); record skipped, reading resumes at {resume}',
    remedy: 'Repair the record named; the records around it were read.',
  },

  // NDJSON.
  JSON_DOCUMENT: {
    severity: 'error', area: 'ndjson', message: 'looks like a JSON document, not NDJSON (one object per line)',
    remedy: 'Convert it to one object per line, for example with `jq -c .` or `jq -c \'.[]\'`.',
  },
  JSON_MALFORMED: {
    severity: 'error', area: 'ndjson', message: 'malformed JSON',
    remedy: 'Each line must be one complete JSON object.',
  },
  JSON_NOT_OBJECT: {
    severity: 'error', area: 'ndjson', message: 'line is not a JSON object (got {kind})',
    remedy: 'Each line must be one JSON object, such as {"text": "..."}.',
  },
  JSON_NO_TEXT_KEY: {
    severity: 'error', area: 'ndjson', message: 'no text key; keys are: {keys}',
    remedy: 'Name the key holding the report text with --text-column.',
  },
  JSON_NO_KEY: {
    severity: 'error', area: 'ndjson', message: 'no key "{name}"; keys are: {keys}',
    remedy: 'Use one of the listed keys (matched ignoring case).',
  },
  JSON_TEXT_NOT_STRING: {
    severity: 'error', area: 'ndjson', message: 'key "{name}" is not a string (got {kind})',
    remedy: 'The text key must hold a string.',
  },

  // Figure streams (--input-format figures).
  FIGURE_LINE_INVALID: {
    severity: 'error', area: 'figures', message: '{reason}',
    remedy: 'Figure streams are the NDJSON that `toll extract --format ndjson` writes; check the line against docs/json-schema.md.',
  },

  // Daily series (--series).
  SERIES_NO_DATE: {
    severity: 'error', area: 'series', message: 'no date ({field}: {value}); record skipped',
    remedy: 'Name the date field with --series-date.',
  },
  SERIES_NOT_A_COUNT: {
    severity: 'warning', area: 'series', message: '{field} {value} is not a whole number; no figure for {day}',
    remedy: 'The series value is empty or not a count; that day has no figure from it.',
  },
  SERIES_TOO_LARGE: {
    severity: 'error', area: 'series', message: 'series larger than {limit}; not read',
    remedy: 'Raise --max-record-size when the series is really this large.',
  },
  SERIES_MALFORMED: {
    severity: 'error', area: 'series', message: '{reason}',
    remedy: 'A series is a JSON array of objects or a CSV with a date column.',
  },
  SERIES_NOT_OBJECT: {
    severity: 'error', area: 'series', message: 'series element is not an object; skipped',
    remedy: 'Each element of a JSON series must be an object with a date and counts.',
  },

  // Extraction.
  FIGURE_IMPOSSIBLE: {
    severity: 'warning', area: 'extract', message: 'figure "{quote}" is larger than any population; ignored',
    remedy: 'Nothing to do when the text is wrong; the figure is left out.',
  },
  NUMBER_UNREADABLE: {
    severity: 'warning', area: 'extract', message: 'number "{quote}" cannot be read whole; ignored',
    remedy: 'The number is malformed (mixed separators, a broken digit group); no part of it is used as a figure.',
  },

  // Presets (--preset acled|ucdp).
  CODED_NOT_A_COUNT: {
    severity: 'warning', area: 'preset', message: '{column} {value} is not a whole number; no {dataset} figure for this row',
    remedy: 'The export\'s coded column is empty or not a count; the figures in the text are still read.',
  },

  // The run: output, option files.
  OUTPUT_UNWRITABLE: {
    severity: 'error', area: 'run', message: 'cannot write ({reason})',
    remedy: 'Choose an output path in a writable directory; a failed run leaves an existing file untouched.',
  },
  OUTPUT_IS_INPUT: {
    severity: 'error', area: 'run', message: 'is also an input; refusing to overwrite it',
    remedy: 'Write the output to another file.',
  },
  ALIASES_INVALID: {
    severity: 'error', area: 'run', message: '{reason}',
    remedy: 'The --aliases file must be JSON: {"Canonical name": ["alias", ...]} or the registry format (data/sources.json).',
  },
  ALIASES_TOO_LARGE: {
    severity: 'error', area: 'run', message: 'larger than {limit}; not read',
    remedy: 'An alias file is small; check that the path names the file you mean.',
  },
  ALIASES_UNREADABLE: {
    severity: 'error', area: 'run', message: '{reason}',
    remedy: 'Check the path and permissions of the --aliases file.',
  },
  CONFIG_INVALID: {
    severity: 'error', area: 'run', message: '{reason}',
    remedy: 'Fix the config file named (.tollrc.json or --config): a JSON object of option names and values, at most 1 MiB; --no-config ignores it.',
  },
  NO_INPUT: {
    severity: 'error', area: 'run', message: 'no input files (give FILE... or pipe text into toll; see toll --help)',
    remedy: 'Name the files to read, or pipe text into toll.',
  },
  INTERNAL_ERROR: {
    severity: 'error', area: 'run', message: '{reason}',
    remedy: 'A bug in toll: run again with --debug and report the stack trace it prints.',
  },
} as const satisfies Record<string, ProblemSpec>;

export type ProblemCode = keyof typeof PROBLEMS;

/** The {names} in a message template. */
type Placeholders<T extends string> = T extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;

/** What a code's message needs filled in: an object with one string or number per placeholder. */
export type ProblemParams<C extends ProblemCode> = Record<Placeholders<(typeof PROBLEMS)[C]['message']>, string | number>;

/** Codes whose message has no placeholder. */
export type PlainCode = { [C in ProblemCode]: Placeholders<(typeof PROBLEMS)[C]['message']> extends never ? C : never }[ProblemCode];

/** The message of `code` with its placeholders filled in. */
export function problemMessage<C extends ProblemCode>(code: C, params: ProblemParams<C>): string {
  const values = params as Record<string, string | number>;
  return PROBLEMS[code].message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

export function severityOf(code: ProblemCode): Severity {
  return PROBLEMS[code].severity;
}

type InputErrorCode = 'FILE_NOT_FOUND' | 'FILE_IS_DIRECTORY' | 'FILE_PERMISSION_DENIED' | 'FILE_SYMLINK_LOOP' | 'FILE_UNREADABLE';

/** The operating system's error codes in plain words, and the problem each stands for when reading an input. */
export const SYSTEM_ERRORS: Record<string, { words: string; input: InputErrorCode }> = {
  ENOENT: { words: 'no such file or directory', input: 'FILE_NOT_FOUND' },
  ENOTDIR: { words: 'a part of the path is not a directory', input: 'FILE_NOT_FOUND' },
  EISDIR: { words: 'is a directory', input: 'FILE_IS_DIRECTORY' },
  EACCES: { words: 'permission denied', input: 'FILE_PERMISSION_DENIED' },
  EPERM: { words: 'permission denied', input: 'FILE_PERMISSION_DENIED' },
  ELOOP: { words: 'too many levels of symbolic links', input: 'FILE_SYMLINK_LOOP' },
  ENAMETOOLONG: { words: 'file name too long', input: 'FILE_UNREADABLE' },
  EMFILE: { words: 'too many open files', input: 'FILE_UNREADABLE' },
  ENFILE: { words: 'too many open files in the system', input: 'FILE_UNREADABLE' },
  EIO: { words: 'input/output error', input: 'FILE_UNREADABLE' },
  ENXIO: { words: 'no such device', input: 'FILE_UNREADABLE' },
  EROFS: { words: 'read-only file system', input: 'FILE_UNREADABLE' },
  ENOSPC: { words: 'no space left on device', input: 'FILE_UNREADABLE' },
  EDQUOT: { words: 'disk quota exceeded', input: 'FILE_UNREADABLE' },
  EFBIG: { words: 'file too large', input: 'FILE_UNREADABLE' },
  EBUSY: { words: 'resource busy', input: 'FILE_UNREADABLE' },
  EAGAIN: { words: 'resource temporarily unavailable', input: 'FILE_UNREADABLE' },
};

/** A system error in plain words: "permission denied", or the error's own code when it is not a known one. */
export function systemErrorWords(error: unknown): string {
  const code = systemErrorCode(error);
  return SYSTEM_ERRORS[code]?.words ?? code;
}

export function systemErrorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return code;
  return error instanceof Error ? error.message : String(error);
}
