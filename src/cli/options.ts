// The options every command shares, their parsers, and the help examples.
import { availableParallelism } from 'node:os';
import { Command, InvalidArgumentError, Option } from 'commander';
import { OUTPUT_FORMATS } from '../report/context.js';

/** The options every command shares, as the runner takes them. */
export type { RunOptions as CommonOptions } from '../run/options.js';

export const EXAMPLES = `
Examples:
  toll data/reports.txt                       table of estimates by source, conflicts flagged
  toll reports.csv --text-column body         CSV export; text from the "body" column
  toll extract --format ndjson reports.txt    one figure per line, for scripts
  cat wire.txt | toll --format json           read stdin
  toll --fail-on-conflict reports.csv         exit 1 when sources disagree

Exit status: 0 ok; 1 a conflict was found with --fail-on-conflict; 2 usage or input error.
Environment: NO_COLOR disables colour, FORCE_COLOR forces it.`;

export function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError(`expected a positive whole number, got "${value}"`);
  return n;
}

export function fraction(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n >= 1) throw new InvalidArgumentError(`expected a number from 0 to below 1, got "${value}"`);
  return n;
}

export function addCommonOptions(command: Command): Command {
  return command
    .argument('[files...]', 'report files: text, CSV, TSV or NDJSON; - for stdin (the default when piped)')
    .addOption(new Option('--input-format <kind>', 'input kind, else from the extension; figures: the NDJSON of toll extract').choices(['text', 'csv', 'tsv', 'ndjson', 'figures']))
    .option('--paragraphs', 'text: one report per blank-line separated paragraph (default: per line)')
    .option('--text-column <name>', 'CSV/NDJSON column with the report text (default: text, notes, description, body, content, headline or title)')
    .option('--id-column <name>', 'column with the report id (default: the line the record starts on)')
    .option('--source-column <name>', 'column naming who published the report, used when the text names no claimant')
    .option('--date-column <name>', 'column with the report date')
    .option('--delimiter <char>', 'CSV delimiter (default: detected)')
    .option('--encoding <name>', 'utf8, utf16le, utf16be, latin1 or cp1252 (default: detected)')
    .option('--same-ids', 'with several inputs, records with the same id in different files are one report (default: FILE#ID)')
    .option('--max-record-size <bytes>', 'skip records longer than this (default 16 MiB)', positiveInteger)
    .addOption(new Option('-f, --format <format>', 'output format').choices(OUTPUT_FORMATS).default('table'))
    .option('-o, --output <file>', 'write to FILE (atomically) instead of stdout')
    .addOption(new Option('--color <when>', 'colour: auto, always or never').choices(['auto', 'always', 'never']).default('auto'))
    .option('--no-escape-formulas', 'CSV: do not prefix cells that a spreadsheet would run as formulas')
    .option('--min-confidence <n>', 'drop figures found with less confidence (0 to 1)', fraction, 0)
    .option('-j, --jobs <n>', 'worker threads for extraction (default: the number of cores)', positiveInteger, availableParallelism())
    .option('-q, --quiet', 'no summary or warnings on stderr (errors still shown)')
    .option('--strict', 'stop at the first problem, a warning too, with exit status 2')
    .option('--debug', 'show stack traces of internal errors');
}

