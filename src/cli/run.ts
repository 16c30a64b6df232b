// run(argv, io) -> exit code. The CLI only wires the stages together:
//   ingest (files, stdin -> Reports) -> extract (Reports -> Figures) -> reconcile -> report.
// Exit codes: 0 ok, 1 a conflict with --fail-on-conflict, 2 usage, input or internal error.
import { CommanderError } from 'commander';
import { existsSync } from 'node:fs';
import type { Io } from '../run/io.js';
import { usageErrorLine } from '../run/messages.js';
import { ConfigError } from './config.js';
import { COMMAND_NAMES, createProgram } from './program.js';
import { editDistance } from './suggest.js';
import { internalError } from '../run/pipeline.js';

/**
 * A first argument that is no file but is within two edits of a command, or a prefix of one, is a
 * mistyped command: `toll reconcil x.txt` must not read "reconcil" as an input and go on.
 */
export function mistypedCommand(word: string | undefined, isFile: (path: string) => boolean): string | null {
  if (word === undefined || word.startsWith('-') || !/^[a-z]+$/i.test(word) || isFile(word)) return null;
  const lower = word.toLowerCase();
  if (COMMAND_NAMES.includes(lower) && lower !== word) return lower;
  for (const command of COMMAND_NAMES) {
    if (command === word) return null;
    if ((lower.length >= 3 && command.startsWith(lower)) || editDistance(lower, command) <= 2) return command;
  }
  return null;
}

export async function run(argv: readonly string[], io: Io): Promise<number> {
  const suggestion = mistypedCommand(argv[0], existsSync);
  if (suggestion) {
    io.stderr.write(usageErrorLine(`error: unknown command '${argv[0]}' (did you mean '${suggestion}'?)`));
    return 2;
  }
  let exitCode = 0;
  const program = createProgram(io, (code) => { exitCode = code; });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr.write(usageErrorLine(`toll: ${error.file}: ${error.message}`));
      return 2;
    }
    if (error instanceof CommanderError) {
      // --help and --version end with code 0; usage errors with 2 (commander would say 1).
      return error.exitCode === 0 ? 0 : 2;
    }
    return internalError(error, argv.includes('--debug'), io);
  }
}

