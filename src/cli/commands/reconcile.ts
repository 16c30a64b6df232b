// toll reconcile (the default command): figures grouped by who was counted, a row per source.
import { readFileSync } from 'node:fs';
import type { Figure } from '../../figure.js';
import {
  AliasFileError, loadAliases, mergeAliases, readBuiltinAliases, reconcile, type AliasTable, type GroupBy,
} from '../../reconcile/index.js';
import { RECONCILE_FORMATTERS } from '../../report/index.js';
import type { Io } from '../io.js';
import { newCounts } from '../messages.js';
import type { CommonOptions } from '../options.js';
import { extractAll, inputFiles, reportContext, withOutput } from '../pipeline.js';

export interface ReconcileCliOptions extends CommonOptions {
  aliases?: string;
  tolerance: number;
  groupBy: GroupBy;
  failOnConflict?: boolean;
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

export async function runReconcile(files: string[], options: ReconcileCliOptions, io: Io): Promise<number> {
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
