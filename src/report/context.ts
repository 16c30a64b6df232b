// What every formatter is told by its caller. Decisions about the environment (TTY, NO_COLOR,
// FORCE_COLOR, flags) are made once by the CLI and passed down; formatters never look.

export interface ReportContext {
  /** Emit ANSI colour. */
  color: boolean;
  /** CSV only: prefix ' to text cells a spreadsheet would run as a formula (OWASP). Default true. */
  escapeFormulas?: boolean;
  /** Table and markdown views of reconcile: a section per group (figure, the default) or per claimant (source). */
  by?: View;
  /** Under each row, the sentence each figure was found in, with FILE:LINE. */
  explain?: boolean;
  /** A column drawing each row's interval as a bar on the section's log scale. */
  chart?: boolean;
  /** Rows for the estimates each claimant has since changed. */
  history?: boolean;
  /** Terminal columns tables must fit (COLUMNS, else the terminal's width); unset: no limit. */
  width?: number;
  /** The run's counts, for the reports that show them at the top (html); the runner's RunCounts fits. */
  run?: RunSummary;
}

/** What was read and skipped, and the problems reported, by code (the runner's counts). */
export interface RunSummary {
  files: number;
  /** Inputs that could not be read at all. */
  filesSkipped: number;
  /** Records read and extracted (with or without figures); `recordsSkipped` more were read and skipped, each with a located error. */
  records: number;
  recordsWithFigures: number;
  recordsSkipped: number;
  figures: number;
  problems: ReadonlyMap<string, number>;
}

export const OUTPUT_FORMATS = ['table', 'json', 'ndjson', 'csv', 'markdown'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Formats that draw charts, for reconcile and timeline only; their code loads on demand (html/index.ts). */
export const CHART_FORMATS = ['html', 'svg'] as const;
export type ChartFormat = (typeof CHART_FORMATS)[number];
export const REPORT_FORMATS = [...OUTPUT_FORMATS, ...CHART_FORMATS] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const VIEWS = ['figure', 'source'] as const;
export type View = (typeof VIEWS)[number];
