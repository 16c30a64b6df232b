// The options of a run: the ingest options as flags give them, plus output and run options.
import type { IngestOptions, InputFormat } from '../ingest/index.js';
import type { ReportFormat } from '../report/context.js';
import type { ColorMode } from './color.js';

/** The ingest options as flags give them, plus the output and run options every command has. */
export interface RunOptions extends Omit<IngestOptions, 'inputFormat' | 'onBytes' | 'keepColumns'> {
  inputFormat?: InputFormat | 'figures';
  /** html and svg only where the command offers them (reconcile, timeline). */
  format: ReportFormat;
  output?: string;
  color: ColorMode;
  escapeFormulas: boolean;
  minConfidence: number;
  jobs: number;
  /** Records of different inputs with the same id are one report (docs are not qualified by file). */
  sameIds?: boolean;
  quiet?: boolean;
  strict?: boolean;
  debug?: boolean;
  /** false with --no-pager. */
  pager?: boolean;
}
