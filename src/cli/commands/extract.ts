// toll extract: every figure found, one row each. Line formats stream as figures are found.
import type { Figure } from '../../figure.js';
import type { OutputFormat, ReportContext } from '../../report/context.js';
import type { Io } from '../../run/io.js';
import type { UnreadItem } from '../../extract/unread.js';
import type { Column } from '../../report/columns.js';
import { newCounts, runProblemLine } from '../../run/messages.js';
import type { CommonOptions } from '../options.js';
import { extractAll, inputFiles, reportContext, withOutput } from '../../run/pipeline.js';

/** The formatter of a whole-output format, loaded alone (the table one pulls in cli-table3 only). */
async function wholeFormatter(format: 'table' | 'json' | 'markdown'): Promise<(figures: readonly Figure[], ctx: ReportContext) => string> {
  if (format === 'table') return (await import('../../report/figures-table.js')).formatFiguresTable;
  if (format === 'json') return (await import('../../report/figures-json.js')).formatFiguresJson;
  return (await import('../../report/figures-markdown.js')).formatFiguresMarkdown;
}

export interface ExtractCliOptions extends CommonOptions {
  /** List what was left unread instead of the figures. */
  unread?: boolean;
}

const UNREAD_FORMATS = ['table', 'ndjson', 'json'];

/** One row of --unread as JSON: kind first, so a script can tell sentences from numbers. */
function unreadRecord(item: UnreadItem) {
  const { kind, file, line, doc, numbers, sentence, start, end } = item;
  return { kind, file, line, doc, numbers, sentence, start, end };
}

/** toll extract --unread: sentences with numbers near harm words that gave no figure, and numbers refused. */
async function runUnread(inputs: string[], options: ExtractCliOptions, io: Io): Promise<number> {
  if (!UNREAD_FORMATS.includes(options.format)) {
    io.stderr.write(runProblemLine(null, 'OPTION_INVALID', `--unread writes table, ndjson or json, not ${options.format}`));
    return 2;
  }
  const counts = newCounts();
  const ctx = reportContext(options, io);
  return withOutput(options, io, counts, inputs, async (output) => {
    const items: UnreadItem[] = [];
    const failed = await extractAll(inputs, options, io, counts, {
      emit: 'unread',
      onUnread: async (batch) => {
        if (options.format === 'ndjson') await output.write(batch.map((item) => `${JSON.stringify(unreadRecord(item))}\n`).join(''));
        else items.push(...batch);
      },
    });
    if (options.format === 'json') await output.write(`${JSON.stringify(items.map(unreadRecord), null, 2)}\n`);
    if (options.format === 'table') {
      const rows = items.map((item) => [`${item.file}:${item.line}`, item.kind, item.numbers.join(', '), item.sentence]);
      const { terminalTable } = await import('../../report/terminal-table.js');
      await output.write(rows.length === 0 ? 'Nothing left unread.\n' : `${terminalTable(UNREAD_COLUMNS, rows, ctx)}\n`);
    }
    return failed ? 2 : 0;
  });
}

const UNREAD_COLUMNS: readonly Column[] = [
  { title: 'Where', align: 'left' }, { title: 'Kind', align: 'left' }, { title: 'Numbers', align: 'left' },
  { title: 'Sentence', align: 'left' },
];

export async function runExtract(files: string[], options: ExtractCliOptions, io: Io): Promise<number> {
  // extract's --format offers OUTPUT_FORMATS only: html and svg are views of a reconciliation.
  const format = options.format as OutputFormat;
  const inputs = inputFiles(files, io);
  if (!inputs) return 2;
  if (options.unread) return runUnread(inputs, options, io);
  const counts = newCounts();
  const ctx = reportContext(options, io);
  return withOutput(options, io, counts, inputs, async (output) => {
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

