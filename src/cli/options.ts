// The options every command shares, their parsers, and the help examples.
import { availableParallelism } from 'node:os';
import { Command, InvalidArgumentError, Option } from 'commander';
import { OUTPUT_FORMATS } from '../report/context.js';

/** The options every command shares, as the runner takes them. */
export type { RunOptions as CommonOptions } from '../run/options.js';

// Every example here and in the commands' help runs in tests/cli/help.test.ts, on the bundled data.
export const EXAMPLES = `
Examples:
  toll data/reports.txt                               table of estimates by source, conflicts flagged
  toll data/reports.csv --source-column outlet        a CSV export, its outlet column naming the publisher
  toll extract --format ndjson data/reports.txt       one figure per line, for scripts
  cat data/reports.txt | toll --format json           read stdin
  toll --fail-on-conflict data/reports.txt            exit 1 when sources disagree (they do here)

Exit status: 0 ok; 1 a conflict was found with --fail-on-conflict; 2 usage or input error.
Environment: NO_COLOR disables colour, FORCE_COLOR forces it; COLUMNS sets the width of help.`;

/** The root help: `toll FILE…` runs the default command, whose options are in its own help. */
export const ROOT_HELP = `
\`toll [options] FILE...\` is \`toll reconcile [options] FILE...\`: see \`toll reconcile --help\`
for its options, and \`toll COMMAND --help\` for those of the others.`;

export function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError(`expected a positive whole number, got "${value}"`);
  return n;
}

/** A number in [0, 1]: 1 is "only what is certain". */
export function unitInterval(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) throw new InvalidArgumentError(`expected a number from 0 to 1, got "${value}"`);
  return n;
}

/** A number in [0, 1): a share of a value, as --tolerance takes it. */
export function fraction(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n >= 1) throw new InvalidArgumentError(`expected a number from 0 to below 1, got "${value}"`);
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
    .addOption(new Option('--min-confidence <n>', 'drop figures found with less confidence (0 to 1; 1 keeps only the surest)').argParser(unitInterval).default(0))
    .addOption(new Option('-j, --jobs <n>', 'threads for extraction (this one and N - 1 workers)').argParser(positiveInteger).default(availableParallelism(), 'the number of cores'))
    .option('-q, --quiet', 'no summary or warnings on stderr (errors still shown)')
    .option('--strict', 'stop at the first problem, a warning too, with exit status 2')
    .option('--debug', 'show stack traces of internal errors')
    .option('--no-pager', 'never page a table on a terminal (default: $PAGER, else less -FRX)')
    .option('--config <file>', 'option defaults from a JSON file (default: the nearest .tollrc.json upward)')
    .option('--no-config', 'ignore any .tollrc.json');
}

