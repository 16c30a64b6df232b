// toll extract: every figure found, one row each. Line formats stream as figures are found.
import type { Figure } from '../../figure.js';
import { FIGURE_CSV_HEADER, FIGURE_FORMATTERS, figureToCsvRecord, figureToNdjsonLine } from '../../report/index.js';
import type { Io } from '../io.js';
import { newCounts } from '../messages.js';
import type { CommonOptions } from '../options.js';
import { extractAll, inputFiles, reportContext, withOutput } from '../pipeline.js';

export async function runExtract(files: string[], options: CommonOptions, io: Io): Promise<number> {
  const inputs = inputFiles(files, io);
  if (!inputs) return 2;
  const counts = newCounts();
  const ctx = reportContext(options, io);
  return withOutput(options, io, counts, async (output) => {
    // Line formats stream: each figure is written as soon as it is found.
    if (options.format === 'ndjson' || options.format === 'csv') {
      if (options.format === 'csv') await output.write(`${FIGURE_CSV_HEADER}\n`);
      const line = options.format === 'csv' ? (f: Figure) => `${figureToCsvRecord(f, ctx)}\n` : (f: Figure) => `${figureToNdjsonLine(f)}\n`;
      const failed = await extractAll(inputs, options, io, counts, (figure) => output.write(line(figure)));
      return failed ? 2 : 0;
    }
    const figures: Figure[] = [];
    const failed = await extractAll(inputs, options, io, counts, async (figure) => { figures.push(figure); });
    await output.write(FIGURE_FORMATTERS[options.format](figures, ctx));
    return failed ? 2 : 0;
  });
}

