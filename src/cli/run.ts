// run(argv, io) -> exit code. The CLI only wires the stages together:
//   ingest (files, stdin -> Reports) -> extract (Reports -> Figures) -> reconcile -> report.
// Exit codes: 0 ok, 1 a conflict with --fail-on-conflict, 2 usage, input or internal error.
import { Command, CommanderError } from 'commander';
import {
  addGroupingOptions, addReconcileOptions, RECONCILE_EXAMPLES, type GroupingCliOptions, type ReconcileCliOptions,
} from './commands/reconcile-options.js';
import type { Io } from '../run/io.js';
import { usageErrorLine } from '../run/messages.js';
import { addCommonOptions, EXAMPLES, type CommonOptions } from './options.js';
import { internalError } from '../run/pipeline.js';

export async function run(argv: readonly string[], io: Io): Promise<number> {
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
    .addHelpText('after', RECONCILE_EXAMPLES)
    .addHelpText('after', EXAMPLES)
    .action(async (files: string[], options: GroupingCliOptions) => {
      const { runTimeline } = await import('./commands/timeline.js');
      exitCode = await runTimeline(files, options, io);
    });

  addCommonOptions(program.command('extract'))
    .description('list every casualty figure found, one row per figure')
    .option('--unread', 'list instead what was left unread: sentences with numbers near harm words that gave no figure, and number tokens that could not be read')
    .addHelpText('after', EXAMPLES)
    .action(async (files: string[], options: CommonOptions & { unread?: boolean }) => {
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

