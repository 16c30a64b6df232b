// The command-line interface as data: every command, option and help text, built once for run()
// and read by the generated docs (the man page and the shell completions, src/cli/manual.ts).
import { existsSync } from 'node:fs';
import { Command } from 'commander';
import { applyConfig, findConfig, readConfig } from './config.js';
import {
  addGroupingOptions, addReconcileOptions, RECONCILE_EXAMPLES, TIMELINE_EXAMPLES, type GroupingCliOptions, type ReconcileCliOptions,
} from './commands/reconcile-options.js';
import type { Io } from '../run/io.js';
import { usageErrorLine } from '../run/messages.js';
import { addCommonOptions, EXAMPLES, ROOT_HELP, type CommonOptions } from './options.js';

export const VERSION = '0.1.0';
export const COMMAND_NAMES: readonly string[] = ['reconcile', 'timeline', 'extract', 'completion', 'help'];

/** The program; an action's exit status goes to `setExitCode`. Commands load their code on demand. */
export function createProgram(io: Io, setExitCode: (code: number) => void): Command {
  const program = new Command('toll')
    .description('Reconcile casualty figures across reports: who says how many were killed, wounded, captured or missing.')
    .version(VERSION)
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
      setExitCode(await runReconcile(files, options, io));
    });

  addGroupingOptions(addCommonOptions(program.command('timeline')))
    .description('list each group\'s estimates per source in the order they were stated')
    .addHelpText('after', TIMELINE_EXAMPLES)
    .action(async (files: string[], options: GroupingCliOptions) => {
      const { runTimeline } = await import('./commands/timeline.js');
      setExitCode(await runTimeline(files, options, io));
    });

  addCommonOptions(program.command('extract'))
    .description('list every casualty figure found, one row per figure')
    .addHelpText('after', EXAMPLES)
    .action(async (files: string[], options: CommonOptions) => {
      const { runExtract } = await import('./commands/extract.js');
      setExitCode(await runExtract(files, options, io));
    });

  program.command('completion')
    .description('print a shell completion script: bash, zsh or fish')
    .argument('<shell>', 'bash, zsh or fish')
    .addHelpText('after', `
Examples:
  toll completion bash > /etc/bash_completion.d/toll     bash, for every user
  toll completion zsh > "\${fpath[1]}/_toll"               zsh
  toll completion fish > ~/.config/fish/completions/toll.fish`)
    .action(async (shell: string) => {
      const { completionScript, SHELLS } = await import('./manual.js');
      if (!(SHELLS as readonly string[]).includes(shell)) {
        io.stderr.write(usageErrorLine(`error: unknown shell '${shell}' (expected ${SHELLS.join(', ')})`));
        setExitCode(2);
        return;
      }
      io.stdout.write(completionScript(program, shell as (typeof SHELLS)[number]));
    });

  // The config file fills in what the command line left at its defaults, before the action runs.
  program.hook('preAction', (_program, action) => {
    if (!action.options.some((option) => option.attributeName() === 'config')) return;
    const given = action.getOptionValue('config') as string | false | undefined;
    if (given === false) return;
    const file = given ?? findConfig(process.cwd(), existsSync);
    if (file) applyConfig(program, action, readConfig(file), file);
  });

  return program;
}
