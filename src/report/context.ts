// What every formatter is told by its caller. Decisions about the environment (TTY, NO_COLOR,
// FORCE_COLOR, flags) are made once by the CLI and passed down; formatters never look.

export interface ReportContext {
  /** Emit ANSI colour. */
  color: boolean;
  /** CSV only: prefix ' to text cells a spreadsheet would run as a formula (OWASP). Default true. */
  escapeFormulas?: boolean;
}

export const OUTPUT_FORMATS = ['table', 'json', 'ndjson', 'csv', 'markdown'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];
