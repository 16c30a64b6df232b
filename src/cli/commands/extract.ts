// toll extract: every figure found, one row each. Line formats stream as figures are found.
import type { Figure } from '../../figure.js';
import type { OutputFormat, ReportContext } from '../../report/context.js';
import type { Io } from '../../run/io.js';
import { newCounts } from '../../run/messages.js';
import type { CommonOptions } from '../options.js';
import { extractAll, inputFiles, reportContext, withOutput } from '../../run/pipeline.js';

/** The formatter of a whole-output format, loaded alone (the table one pulls in cli-table3 only). */
async function wholeFormatter(format: 'table' | 'json' | 'markdown'): Promise<(figures: readonly Figure[], ctx: ReportContext) => string> {
  if (format === 'table') return (await import('../../report/figures-table.js')).formatFiguresTable;
  if (format === 'json') return (await import('../../report/figures-json.js')).formatFiguresJson;
  return (await import('../../report/figures-markdown.js')).formatFiguresMarkdown;
}

export async function runExtract(files: string[], options: CommonOptions, io: Io): Promise<number> {
  // extract's --format offers OUTPUT_FORMATS only: html and svg are views of a reconciliation.
  const format = options.format as OutputFormat;
  const inputs = inputFiles(files, io);
  if (!inputs) return 2;
  const counts = newCounts();
  const ctx = reportContext(options, io);
  return withOutput(options, io, counts, async (output) => {
    // Line formats stream: figures are written as lines as soon as they are found (see run/part.ts).
    if (format === 'ndjson' || format === 'csv') {
      if (format === 'csv') await output.write(`${(await import('../../report/figures-csv.js')).FIGURE_CSV_HEADER}\n`);
      const failed = await extractAll(inputs, options, io, counts, { emit: format, onText: (text) => output.write(text) });
      return failed ? 2 : 0;
    }
    const figures: Figure[] = [];
    const failed = await extractAll(inputs, options, io, counts, { emit: 'figures', onFigure: async (figure) => { figures.push(figure); } });
    await output.write((await wholeFormatter(format))(figures, ctx));
    return failed ? 2 : 0;
  });
}

