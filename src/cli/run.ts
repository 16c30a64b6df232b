// run(argv, io) -> exit code. The CLI only wires the stages together:
//   ingest (files, stdin -> Reports) -> extract (Reports -> Figures) -> reconcile -> report.
// Exit codes: 0 ok, 1 a conflict with --fail-on-conflict, 2 usage, input or internal error.
import { Command, CommanderError } from 'commander';
import { existsSync } from 'node:fs';
import {
  addGroupingOptions, addReconcileOptions, RECONCILE_EXAMPLES, TIMELINE_EXAMPLES, type GroupingCliOptions, type ReconcileCliOptions,
} from './commands/reconcile-options.js';
import type { Io } from '../run/io.js';
import { usageErrorLine } from '../run/messages.js';
import { addCommonOptions, EXAMPLES, ROOT_HELP, type CommonOptions } from './options.js';
import { internalError } from '../run/pipeline.js';

const COMMANDS = ['reconcile', 'timeline', 'extract', 'help'] as const;

/**
 * A first argument that is no file but is within two edits of a command, or a prefix of one, is a
 * mistyped command: `toll reconcil x.txt` must not read "reconcil" as an input and go on.
 */
export function mistypedCommand(word: string | undefined, isFile: (path: string) => boolean): string | null {
  if (word === undefined || word.startsWith('-') || !/^[a-z]+$/i.test(word) || isFile(word)) return null;
  const lower = word.toLowerCase();
  if ((COMMANDS as readonly string[]).includes(lower) && lower !== word) return lower;
  for (const command of COMMANDS) {
    if (command === word) return null;
    if ((lower.length >= 3 && command.startsWith(lower)) || editDistance(lower, command) <= 2) return command;
  }
  return null;
}

/** Levenshtein distance, for the handful of short command names. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

export async function run(argv: readonly string[], io: Io): Promise<number> {
  const suggestion = mistypedCommand(argv[0], existsSync);
  if (suggestion) {
    io.stderr.write(usageErrorLine(`error: unknown command '${argv[0]}' (did you mean '${suggestion}'?)`));
    return 2;
  }
  let exitCode = 0;
  const program = new Command('toll')
    .description('Reconcile casualty figures across reports: who says how many were killed, wounded, captured or missing.')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(usageErrorLine(text)),
    })
    .addHelpText('after', ROOT_HELP)
    .addHelpText('after', EXAMPLES);

  addReconcileOptions(addCommonOptions(program.command('reconcile', { isDefault: true })))
    .description('group the figures by who was counted and show each source\'s estimate, flagging conflicts')
    .addHelpText('after', RECONCILE_EXAMPLES)
    .addHelpText('after', EXAMPLES)
    .action(async (files: string[], options: ReconcileCliOptions) => {
      // Commands load on demand: `toll extract` never pays for the reconciler or the table renderer.
      const { runReconcile } = await import('./commands/reconcile.js');
      exitCode = await runReconcile(files, options, io);
    });

  addGroupingOptions(addCommonOptions(program.command('timeline')))
    .description('list each group\'s estimates per source in the order they were stated')
    .addHelpText('after', TIMELINE_EXAMPLES)
    .action(async (files: string[], options: GroupingCliOptions) => {
      const { runTimeline } = await import('./commands/timeline.js');
      exitCode = await runTimeline(files, options, io);
    });

  addCommonOptions(program.command('extract'))
    .description('list every casualty figure found, one row per figure')
    .addHelpText('after', EXAMPLES)
    .action(async (files: string[], options: CommonOptions) => {
      const { runExtract } = await import('./commands/extract.js');
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

