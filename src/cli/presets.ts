// --preset: the column layouts of two conflict-event exports, and each export's own coded figure
// entered as a claim by the dataset, so that a coder's figure and the figures in the text are
// reconciled side by side. Each row of these exports is one event: with a preset, groups are
// per record (event) and category unless --group-by or --no-per-record say otherwise.
import type { Figure, InputProblem, Report } from '../figure.js';

export const PRESET_NAMES = ['acled', 'ucdp'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

export interface Preset {
  /** Who the coded figure is attributed to: a name the source registry knows. */
  dataset: string;
  /** Defaults for --text-column, --id-column, --source-column and --date-column. */
  textColumn: string;
  idColumn: string;
  sourceColumn: string;
  dateColumn: string;
  /** The columns holding the coded figure, kept from each row for `codedFigures`. */
  codedColumns: readonly string[];
  /** The dataset's figures for one row; a value that is not a count is reported and skipped. */
  codedFigures: (report: Report, onProblem: (problem: InputProblem) => void) => Figure[];
}

export const PRESETS: Record<PresetName, Preset> = {
  // ACLED: notes summarise the sources; fatalities is the event's total, coded conservatively.
  acled: {
    dataset: 'ACLED',
    textColumn: 'notes',
    idColumn: 'event_id_cnty',
    sourceColumn: 'source',
    dateColumn: 'event_date',
    codedColumns: ['fatalities'],
    codedFigures: (report, onProblem) => {
      const fatalities = count(report, 'fatalities', 'ACLED', onProblem);
      return fatalities === null ? [] : [coded(report, 'ACLED', fatalities, fatalities, `fatalities ${fatalities}`)];
    },
  },
  // UCDP GED: source_article lists the articles, source_original who first stated the count;
  // best is UCDP's estimate of all deaths in the event, low and high its bounds.
  ucdp: {
    dataset: 'UCDP',
    textColumn: 'source_article',
    idColumn: 'id',
    sourceColumn: 'source_original',
    dateColumn: 'date_start',
    codedColumns: ['best', 'low', 'high'],
    codedFigures: (report, onProblem) => {
      const [best, low, high] = ['best', 'low', 'high'].map((column) => count(report, column, 'UCDP', onProblem));
      if (best === null || low === null || high === null) return [];
      const bestFigure = coded(report, 'UCDP', best, best, `best ${best}`);
      // The bounds are a second claim only when they say more than the best estimate.
      return low === best && high === best ? [bestFigure] : [bestFigure, coded(report, 'UCDP', low, high, `low ${low}, high ${high}`)];
    },
  },
};

const WHOLE_NUMBER = /^\d{1,15}$/;

function count(report: Report, column: string, dataset: string, onProblem: (problem: InputProblem) => void): number | null {
  const value = report.columns?.[column]?.trim() ?? '';
  if (WHOLE_NUMBER.test(value)) return Number(value);
  onProblem({
    file: report.file,
    line: report.line,
    message: `${column} ${JSON.stringify(value)} is not a whole number; no ${dataset} figure for this row`,
    severity: 'warning',
  });
  return null;
}

/**
 * A coded figure as a Figure: killed (both exports count deaths), actor unknown, the dataset as
 * claimant. The quote names the columns; there is no offset in the report text (start = end = 0).
 */
function coded(report: Report, dataset: string, low: number, high: number, quote: string): Figure {
  return {
    doc: report.doc,
    file: report.file,
    line: report.line,
    category: 'killed',
    low,
    high,
    qualifier: low === high ? 'exact' : 'range',
    actor: null,
    source: dataset,
    outlet: null,
    quote,
    start: 0,
    end: 0,
    sentence: `${dataset} coded ${quote}.`,
    date: report.date,
    confidence: 1,
  };
}
