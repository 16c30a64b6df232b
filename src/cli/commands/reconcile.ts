// toll reconcile (the default command): figures grouped by who was counted, a row per source.
// The path up to the reconciliation is shared with toll timeline (reconciledRun).
import type { Figure } from '../../figure.js';
import {
  AliasFileError, loadAliases, mergeAliases, readBuiltinAliases, reconcile, type AliasTable, type Policy, type ReconcileOptions,
  type Reconciliation,
} from '../../reconcile/index.js';
import { filterGroups, figuresWithin } from '../../reconcile/filters.js';
import { chartFormatter, RECONCILE_FORMATTERS, type ReportContext, type ReportFormat } from '../../report/index.js';
import { csvChunks } from '../../report/csv.js';
import { jsonChunks } from '../../report/json.js';
import { ndjsonChunks } from '../../report/ndjson.js';
import type { Io } from '../../run/io.js';
import { newCounts, runProblemLine } from '../../run/messages.js';
import { readOptionFile } from '../../run/option-file.js';
import { problemMessage } from '../../problems.js';
import { extractAll, inputFiles, reportContext, withOutput, type ExtractHooks } from '../../run/pipeline.js';
import { PRESETS } from '../presets.js';
import type { GroupingCliOptions, ReconcileCliOptions } from './reconcile-options.js';

async function loadAliasTable(path: string | undefined, io: Io): Promise<AliasTable | null> {
  const builtin = readBuiltinAliases();
  if (!path) return builtin;
  const file = await readOptionFile(path);
  if ('tooLarge' in file) {
    io.stderr.write(runProblemLine(path, 'ALIASES_TOO_LARGE', problemMessage('ALIASES_TOO_LARGE', { limit: file.tooLarge })));
    return null;
  }
  if ('unreadable' in file) {
    io.stderr.write(runProblemLine(path, 'ALIASES_UNREADABLE', problemMessage('ALIASES_UNREADABLE', { reason: file.unreadable })));
    return null;
  }
  try {
    return mergeAliases(builtin, loadAliases(JSON.parse(file.text)));
  } catch (error) {
    if (!(error instanceof AliasFileError || error instanceof SyntaxError)) throw error;
    io.stderr.write(runProblemLine(path, 'ALIASES_INVALID', problemMessage('ALIASES_INVALID', { reason: error.message })));
    return null;
  }
}

/** The options with a preset's column defaults filled in where the user gave none; stdin is read as CSV. */
function withPreset<T extends GroupingCliOptions>(options: T, files: readonly string[]): T {
  if (!options.preset) return options;
  const preset = PRESETS[options.preset];
  return {
    ...options,
    textColumn: options.textColumn ?? preset.textColumn,
    idColumn: options.idColumn ?? preset.idColumn,
    sourceColumn: options.sourceColumn ?? preset.sourceColumn,
    dateColumn: options.dateColumn ?? preset.dateColumn,
    inputFormat: options.inputFormat ?? (files.every((file) => file === '-') ? 'csv' : undefined),
  };
}

function extractHooks(options: GroupingCliOptions): ExtractHooks {
  // Records that share an id are one report here: their figures count once per claimant.
  const hooks: ExtractHooks = { repeatedIds: true, figureStreams: true };
  if (options.preset) hooks.coded = options.preset;
  if (options.eventColumn) hooks.eventColumn = options.eventColumn;
  if (options.series.length > 0) {
    hooks.series = {
      files: options.series,
      options: {
        fields: options.seriesFields!, source: options.seriesSource!, kind: options.seriesKind,
        dateField: options.seriesDate, actor: options.seriesActor,
      },
    };
  }
  return hooks;
}

/** --series needs to know which fields count what, and whose they are. */
function seriesUsageError(options: GroupingCliOptions): string | null {
  if (options.series.length === 0) return null;
  if (!options.seriesFields) return '--series needs --series-fields (e.g. killed=killed_cum)';
  if (!options.seriesSource) return '--series needs --series-source (who publishes the series)';
  return null;
}

function reconcileOptions(options: GroupingCliOptions, aliases: AliasTable, policy: Policy | undefined): ReconcileOptions {
  const preset = options.preset !== undefined;
  return {
    tolerance: options.tolerance,
    aliases,
    groupBy: options.groupBy ?? (preset ? 'category' : 'actor'),
    perRecord: options.perRecord ?? preset,
    policy,
  };
}

/** What the filters left out, for stderr; empty when no filter was given. */
export function filterNote(options: GroupingCliOptions, figuresDropped: number, groupsDropped: number, shown: number): string {
  const given = [
    options.conflictsOnly && '--conflicts-only', options.minSources !== undefined && `--min-sources ${options.minSources}`,
    options.category && `--category ${options.category.join(',')}`, options.actor !== undefined && `--actor "${options.actor}"`,
    options.top !== undefined && `--top ${options.top} by ${options.topBy}`,
  ].filter(Boolean);
  const lines: string[] = [];
  if (options.since || options.until) {
    const range = [options.since && `--since ${options.since}`, options.until && `--until ${options.until}`].filter(Boolean).join(' ');
    lines.push(`toll: ${figuresDropped} figure${figuresDropped === 1 ? '' : 's'} stated outside ${range} or undated, left out\n`);
  }
  if (given.length > 0) lines.push(`toll: showing ${shown} of ${shown + groupsDropped} groups (${given.join(', ')})\n`);
  return lines.join('');
}

/** What a command makes of the reconciliation: how it is shown, and the exit code it gives. */
export interface ReconciledOutput {
  view: Omit<ReportContext, 'color' | 'escapeFormulas'>;
  policy?: Policy;
  render: (result: Reconciliation, ctx: ReportContext) => string | Iterable<string>;
  verdict: (result: Reconciliation) => number;
}

/** Reads and extracts every input, reconciles and writes the rendering; exit code 2 after an input error, else the verdict. */
export async function reconciledRun(files: string[], given: GroupingCliOptions, io: Io, plan: ReconciledOutput): Promise<number> {
  const seriesError = seriesUsageError(given);
  if (seriesError) {
    io.stderr.write(`toll: ${seriesError}\n`);
    return 2;
  }
  // With --series and no FILE, the series alone is reconciled (stdin is not read).
  const inputs = files.length === 0 && given.series.length > 0 ? [] : inputFiles(files, io);
  if (!inputs) return 2;
  const aliases = await loadAliasTable(given.aliases, io);
  if (!aliases) return 2;
  const options = withPreset(given, inputs);
  const counts = newCounts();
  // The runner's counts, filled in by the time the output is rendered: the html report shows them at the top.
  const ctx = { ...reportContext(options, io), ...plan.view, run: counts };
  return withOutput(options, io, counts, inputs, async (output) => {
    const figures: Figure[] = [];
    const sink = { emit: 'figures' as const, onFigure: async (figure: Figure) => { figures.push(figure); } };
    const failed = await extractAll(inputs, options, io, counts, sink, extractHooks(options));
    const dated = figuresWithin(figures, options);
    const { result, dropped } = filterGroups(reconcile(dated.kept, reconcileOptions(options, aliases, plan.policy)), { ...options, categories: options.category });
    // The groups hold the figures they list; the lists of all of them are not needed for the output.
    figures.length = 0;
    dated.kept = [];
    if (!options.quiet) io.stderr.write(filterNote(options, dated.dropped, dropped, result.groups.length));
    const rendered = plan.render(result, ctx);
    if (typeof rendered === 'string') await output.write(rendered);
    else for (const chunk of rendered) await output.write(chunk);
    return failed ? 2 : plan.verdict(result);
  });
}

async function reconcileRenderer(format: ReportFormat): Promise<ReconciledOutput['render']> {
  if (format === 'html' || format === 'svg') {
    const charts = await chartFormatter(format);
    return (result, ctx) => charts(result, ctx, 'reconcile');
  }
  // JSON, NDJSON and CSV are written in pieces: an archive's output can outgrow one string.
  if (format === 'csv') return csvChunks;
  return format === 'json' ? jsonChunks : format === 'ndjson' ? ndjsonChunks : RECONCILE_FORMATTERS[format];
}

export async function runReconcile(files: string[], options: ReconcileCliOptions, io: Io): Promise<number> {
  const { by, explain, chart, history, format } = options;
  return reconciledRun(files, options, io, {
    view: { by, explain, chart, history },
    policy: options.policy,
    render: await reconcileRenderer(format),
    verdict: (result) => (options.failOnConflict && result.groups.some((group) => group.conflict) ? 1 : 0),
  });
}
