// run(argv, io) -> exit code. The CLI only wires the stages together:
//   ingest (files, stdin -> Reports) -> extract (Reports -> Figures) -> reconcile -> report.
// Exit codes: 0 ok, 1 a conflict with --fail-on-conflict, 2 usage, input or internal error.
import { readFileSync } from 'node:fs';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { extractFigures } from '../extract/index.js';
import type { Figure, InputProblem } from '../figure.js';
import { readReports, type IngestOptions, type InputFormat } from '../ingest/index.js';
import {
  AliasFileError, loadAliases, mergeAliases, readBuiltinAliases, reconcile, type AliasTable, type GroupBy,
} from '../reconcile/index.js';
import {
  FIGURE_CSV_HEADER, FIGURE_FORMATTERS, figureToCsvRecord, figureToNdjsonLine, OUTPUT_FORMATS, RECONCILE_FORMATTERS,
  type OutputFormat, type ReportContext,
} from '../report/index.js';
import { decideColor, type ColorMode } from './color.js';
import type { Io } from './io.js';
import { newCounts, problemLine, summaryLine, type RunCounts } from './messages.js';
import { ClosedPipe, Output } from './output.js';

interface CommonOptions {
  inputFormat?: InputFormat;
  paragraphs?: boolean;
  textColumn?: string;
  idColumn?: string;
  sourceColumn?: string;
  dateColumn?: string;
  delimiter?: string;
  encoding?: string;
  maxRecordSize?: number;
  format: OutputFormat;
  output?: string;
  color: ColorMode;
  escapeFormulas: boolean;
  minConfidence: number;
  quiet?: boolean;
  strict?: boolean;
  debug?: boolean;
}

interface ReconcileCliOptions extends CommonOptions {
  aliases?: string;
  tolerance: number;
  groupBy: GroupBy;
  failOnConflict?: boolean;
}

const EXAMPLES = `
Examples:
  toll data/reports.txt                       table of estimates by source, conflicts flagged
  toll reports.csv --text-column body         CSV export; text from the "body" column
  toll extract --format ndjson reports.txt    one figure per line, for scripts
  cat wire.txt | toll --format json           read stdin
  toll --fail-on-conflict reports.csv         exit 1 when sources disagree

Exit status: 0 ok; 1 a conflict was found with --fail-on-conflict; 2 usage or input error.
Environment: NO_COLOR disables colour, FORCE_COLOR forces it.`;

class StrictStop extends Error {}

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError(`expected a positive whole number, got "${value}"`);
  return n;
}

function fraction(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n >= 1) throw new InvalidArgumentError(`expected a number from 0 to below 1, got "${value}"`);
  return n;
}

function addCommonOptions(command: Command): Command {
  return command
    .argument('[files...]', 'report files: text, CSV, TSV or NDJSON; - for stdin (the default when piped)')
    .addOption(new Option('--input-format <kind>', 'input kind, else from the extension').choices(['text', 'csv', 'tsv', 'ndjson']))
    .option('--paragraphs', 'text: one report per blank-line separated paragraph (default: per line)')
    .option('--text-column <name>', 'CSV/NDJSON column with the report text (default: text, notes, description, body, content, headline or title)')
    .option('--id-column <name>', 'column with the report id (default: the row number)')
    .option('--source-column <name>', 'column naming who published the report, used when the text names no claimant')
    .option('--date-column <name>', 'column with the report date')
    .option('--delimiter <char>', 'CSV delimiter (default: detected)')
    .option('--encoding <name>', 'utf8, utf16le, utf16be, latin1 or cp1252 (default: detected)')
    .option('--max-record-size <bytes>', 'skip records longer than this (default 16 MiB)', positiveInteger)
    .addOption(new Option('-f, --format <format>', 'output format').choices(OUTPUT_FORMATS).default('table'))
    .option('-o, --output <file>', 'write to FILE (atomically) instead of stdout')
    .addOption(new Option('--color <when>', 'colour: auto, always or never').choices(['auto', 'always', 'never']).default('auto'))
    .option('--no-escape-formulas', 'CSV: do not prefix cells that a spreadsheet would run as formulas')
    .option('--min-confidence <n>', 'drop figures found with less confidence (0 to 1)', fraction, 0)
    .option('-q, --quiet', 'no summary or warnings on stderr (errors still shown)')
    .option('--strict', 'stop at the first input error')
    .option('--debug', 'show stack traces of internal errors');
}

export async function run(argv: readonly string[], io: Io): Promise<number> {
  let exitCode = 0;
  const program = new Command('toll')
    .description('Reconcile casualty figures across reports: who says how many were killed, wounded, captured or missing.')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(text.replace(/^error: /, 'toll: ')),
    })
    .addHelpText('after', EXAMPLES);

  addCommonOptions(program.command('reconcile', { isDefault: true }))
    .description('group the figures by who was counted and show each source\'s estimate, flagging conflicts')
    .option('--aliases <file>', 'JSON file of extra source aliases: {"Canonical name": ["alias", ...]}')
    .option('--tolerance <fraction>', 'how far an approximate figure may stretch (default 0.1)', fraction, 0.1)
    .addOption(new Option('--group-by <key>', 'group figures by').choices(['actor', 'category', 'none']).default('actor'))
    .option('--fail-on-conflict', 'exit 1 when any group has a conflict')
    .addHelpText('after', EXAMPLES)
    .action(async (files: string[], options: ReconcileCliOptions) => {
      exitCode = await runReconcile(files, options, io);
    });

  addCommonOptions(program.command('extract'))
    .description('list every casualty figure found, one row per figure')
    .addHelpText('after', EXAMPLES)
    .action(async (files: string[], options: CommonOptions) => {
      exitCode = await runExtract(files, options, io);
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end with code 0; usage errors with 2 (commander would say 1).
      return error.exitCode === 0 ? 0 : 2;
    }
    return internalError(error, argv.includes('--debug'), io);
  }
}

function internalError(error: unknown, debug: boolean, io: Io): number {
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`toll: internal error: ${message}${debug ? '' : ' (run with --debug for details)'}\n`);
  if (debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
  return 2;
}

/** The input files; none means stdin when it is piped, and help when it is a terminal. */
function inputFiles(files: string[], io: Io): string[] | null {
  if (files.length > 0) return files;
  if (io.stdin.isTTY) {
    io.stderr.write('toll: no input files (give FILE... or pipe text into toll; see toll --help)\n');
    return null;
  }
  return ['-'];
}

function ingestOptions(options: CommonOptions): IngestOptions {
  return {
    inputFormat: options.inputFormat, paragraphs: options.paragraphs, textColumn: options.textColumn,
    idColumn: options.idColumn, sourceColumn: options.sourceColumn, dateColumn: options.dateColumn,
    delimiter: options.delimiter, encoding: options.encoding, maxRecordSize: options.maxRecordSize,
  };
}

/** Reads every input and hands each figure to `onFigure`; returns whether any input error occurred. */
async function extractAll(
  files: string[], options: CommonOptions, io: Io, counts: RunCounts, onFigure: (figure: Figure) => Promise<void>,
): Promise<boolean> {
  let failed = false;
  const onProblem = (problem: InputProblem) => {
    if (problem.severity === 'error') {
      failed = true;
      if (problem.line !== null) {
        const reason = problem.message.split(/[:;(]/)[0].trim();
        counts.skipped.set(reason, (counts.skipped.get(reason) ?? 0) + 1);
      }
    }
    if (problem.severity === 'error' || !options.quiet) io.stderr.write(problemLine(problem));
    if (problem.severity === 'error' && options.strict) throw new StrictStop();
  };
  const extractOptions = { minConfidence: options.minConfidence };
  for (const file of files) {
    counts.files += 1;
    for await (const report of readReports(file, ingestOptions(options), onProblem, io.stdin)) {
      counts.records += 1;
      const figures = extractFigures(report, extractOptions);
      if (figures.length > 0) counts.recordsWithFigures += 1;
      for (const figure of figures) {
        counts.figures += 1;
        await onFigure(figure);
      }
    }
  }
  return failed;
}

function openOutput(options: CommonOptions, io: Io): Output {
  return options.output ? Output.toFile(options.output) : Output.toStream(io.stdout);
}

function reportContext(options: CommonOptions, io: Io): ReportContext {
  const isTTY = options.output ? false : io.stdout.isTTY;
  return { color: decideColor(options.color, io.env, isTTY), escapeFormulas: options.escapeFormulas };
}

/** Runs one command body with the shared handling of --strict, closed pipes and -o cleanup. */
async function withOutput(
  options: CommonOptions, io: Io, counts: RunCounts, body: (output: Output) => Promise<number>,
): Promise<number> {
  const output = openOutput(options, io);
  const interrupt = () => {
    output.abandon();
    process.exit(130);
  };
  process.once('SIGINT', interrupt);
  try {
    const code = await body(output);
    await output.finish();
    if (!options.quiet) io.stderr.write(summaryLine(counts));
    return code;
  } catch (error) {
    output.abandon();
    if (error instanceof ClosedPipe) return 0;
    if (error instanceof StrictStop) return 2;
    return internalError(error, Boolean(options.debug), io);
  } finally {
    process.off('SIGINT', interrupt);
  }
}

async function runExtract(files: string[], options: CommonOptions, io: Io): Promise<number> {
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

function loadAliasTable(path: string | undefined, io: Io): AliasTable | null {
  const builtin = readBuiltinAliases();
  if (!path) return builtin;
  try {
    return mergeAliases(builtin, loadAliases(JSON.parse(readFileSync(path, 'utf8'))));
  } catch (error) {
    const message = error instanceof AliasFileError || error instanceof SyntaxError ? error.message
      : (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String((error as Error).message);
    io.stderr.write(`toll: ${path}: ${message}\n`);
    return null;
  }
}

async function runReconcile(files: string[], options: ReconcileCliOptions, io: Io): Promise<number> {
  const inputs = inputFiles(files, io);
  if (!inputs) return 2;
  const aliases = loadAliasTable(options.aliases, io);
  if (!aliases) return 2;
  const counts = newCounts();
  const ctx = reportContext(options, io);
  return withOutput(options, io, counts, async (output) => {
    const figures: Figure[] = [];
    const failed = await extractAll(inputs, options, io, counts, async (figure) => { figures.push(figure); });
    const result = reconcile(figures, { tolerance: options.tolerance, aliases, groupBy: options.groupBy });
    await output.write(RECONCILE_FORMATTERS[options.format](result, ctx));
    if (failed) return 2;
    return options.failOnConflict && result.groups.some((g) => g.conflict) ? 1 : 0;
  });
}
