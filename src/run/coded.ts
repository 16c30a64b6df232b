// The figure a conflict-event export codes for each row (ACLED's fatalities, UCDP's best/low/high),
// entered as a claim by the dataset, so that a coder's figure and the figures in the text are
// reconciled side by side. Used with --preset (cli/presets.ts), on whichever thread extracts the row.
import type { Figure, InputProblem, Report } from '../figure.js';
import { makeProblem } from '../ingest/index.js';

export type CodedDataset = 'acled' | 'ucdp';

interface Coding {
  /** The columns holding the coded figure, kept from each row (Report.columns). */
  columns: readonly string[];
  /** The dataset's figures for one row; a value that is not a count is reported and skipped. */
  figures: (report: Report, onProblem: (problem: InputProblem) => void) => Figure[];
}

export const CODINGS: Record<CodedDataset, Coding> = {
  // ACLED: fatalities is the event's total, coded conservatively.
  acled: {
    columns: ['fatalities'],
    figures: (report, onProblem) => {
      const fatalities = count(report, 'fatalities', 'ACLED', onProblem);
      return fatalities === null ? [] : [coded(report, 'ACLED', fatalities, fatalities, `fatalities ${fatalities}`)];
    },
  },
  // UCDP GED: best is UCDP's estimate of all deaths in the event, low and high its bounds.
  ucdp: {
    columns: ['best', 'low', 'high'],
    figures: (report, onProblem) => {
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
  onProblem(makeProblem(report.file, report.line, 'CODED_NOT_A_COUNT', { column, value: JSON.stringify(value), dataset }));
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
