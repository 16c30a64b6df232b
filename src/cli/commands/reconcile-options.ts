// The options of reconcile and timeline, kept apart from the commands so that registering them
// loads neither the reconciler nor the renderers (commands load on demand).
import { InvalidArgumentError, Option, type Command } from 'commander';
import { CATEGORIES, type Category } from '../../figure.js';
import { TOP_BY, type TopBy } from '../../reconcile/filters.js';
import { parseSeriesFields, SERIES_KINDS, type SeriesField, type SeriesKind } from '../../ingest/series.js';
import { REPORT_FORMATS, VIEWS, type View } from '../../report/context.js';
import { POLICIES, type GroupBy, type Policy } from '../../reconcile/types.js';
import { fraction, positiveInteger, type CommonOptions } from '../options.js';
import { PRESET_NAMES, type PresetName } from '../presets.js';

/** How figures are grouped and claimants known: shared by reconcile and timeline. */
export interface GroupingCliOptions extends CommonOptions {
  aliases?: string;
  tolerance: number;
  /** Unset: actor, or category with a preset. */
  groupBy?: GroupBy;
  /** Unset: on with a preset. */
  perRecord?: boolean;
  preset?: PresetName;
  eventColumn?: string;
  series: string[];
  seriesFields?: SeriesField[];
  seriesSource?: string;
  seriesDate?: string;
  seriesKind: SeriesKind;
  seriesActor?: string;
  conflictsOnly?: boolean;
  minSources?: number;
  category?: Category[];
  actor?: string;
  top?: number;
  topBy: TopBy;
  since?: string;
  until?: string;
}

function categories(value: string): Category[] {
  const list = value.split(',').map((name) => name.trim()).filter(Boolean);
  for (const name of list) {
    if (!(CATEGORIES as readonly string[]).includes(name)) throw new InvalidArgumentError(`unknown category "${name}" (one of ${CATEGORIES.join(', ')})`);
  }
  if (list.length === 0) throw new InvalidArgumentError(`expected categories: ${CATEGORIES.join(', ')}`);
  return list as Category[];
}

function day(value: string): string {
  const match = /^\d{4}-\d{2}-\d{2}$/.exec(value.trim());
  if (!match || Number.isNaN(Date.parse(value.trim()))) throw new InvalidArgumentError(`expected a date as YYYY-MM-DD, got "${value}"`);
  return value.trim();
}

function seriesFields(value: string): SeriesField[] {
  try {
    return parseSeriesFields(value);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}

export interface ReconcileCliOptions extends GroupingCliOptions {
  policy: Policy;
  by: View;
  history?: boolean;
  explain?: boolean;
  chart?: boolean;
  failOnConflict?: boolean;
}

export function addGroupingOptions(command: Command): Command {
  // Reconcile and timeline draw charts too: the common --format offers them here (their code loads only when asked for).
  command.options.find((option) => option.long === '--format')?.choices(REPORT_FORMATS);
  return command
    .option('--aliases <file>', 'JSON file of extra source aliases: {"Canonical name": ["alias", ...]} or the registry format')
    .option('--tolerance <fraction>', 'how far an approximate figure may stretch: 0.1 lets ≈300 stand for 270–330', fraction, 0.1)
    .addOption(new Option('--group-by <key>', 'group figures by (default: actor; category with --preset)').choices(['actor', 'category', 'none']))
    .option('--per-record', 'a group per record (event) as well (default with --preset)')
    .option('--no-per-record', 'never group per record, even with --preset')
    .option('--event-column <name>', 'column naming the incident each record reports: records of one event are reconciled together, apart from other events')
    .addOption(new Option('--preset <export>', 'read an ACLED or UCDP export, with its coded figure as a claim by the dataset').choices(PRESET_NAMES))
    .option('--series <file>', 'a dated series (JSON array or CSV) whose counts are claims of --series-source; repeatable', (file: string, files: string[]) => [...files, file], [])
    .option('--series-fields <map>', 'which series fields are which counts, e.g. killed=killed_cum,wounded=injured_cum', seriesFields)
    .option('--series-source <name>', 'who publishes the series, e.g. "Gaza Health Ministry"')
    .option('--series-date <field>', 'the series\' date field (default: date, report_date, day or event_date)')
    .addOption(new Option('--series-kind <kind>', 'cumulative: running totals, as stated; daily: counts per day, summed into running totals').choices(SERIES_KINDS).default('cumulative'))
    .option('--series-actor <who>', 'who the series counts (default: people)')
    .option('--conflicts-only', 'only the groups where sources disagree')
    .option('--min-sources <n>', 'only groups with at least N claimants', positiveInteger)
    .option('--category <list>', `only these categories, comma separated (${CATEGORIES.join(', ')})`, categories)
    .option('--actor <words>', 'only groups whose people counted match all these words ("korean soldiers")')
    .option('--top <n>', 'only the N groups first by --top-by', positiveInteger)
    .addOption(new Option('--top-by <measure>', 'rank for --top: spread (most disputed) or size (largest count)').choices(TOP_BY).default('spread'))
    .option('--since <date>', 'only figures stated on or after this day (YYYY-MM-DD; undated figures are left out)', day)
    .option('--until <date>', 'only figures stated on or before this day (YYYY-MM-DD; undated figures are left out)', day);
}

export function addReconcileOptions(command: Command): Command {
  return addGroupingOptions(command)
    .addOption(new Option('--policy <policy>', 'the summary line of each group (IBC-, ACLED- or UCDP-style)').choices(POLICIES).default('range'))
    .addOption(new Option('--by <view>', 'a section per group of figures, or per claimant').choices(VIEWS).default('figure'))
    .option('--history', 'show the estimates each claimant has since changed')
    .option('--explain', 'show under each row the sentence of each figure, the number marked, with FILE:LINE')
    .option('--chart', 'draw each row\'s interval as a bar on a shared log scale (table and markdown)')
    .option('--fail-on-conflict', 'exit 1 when any group has a conflict');
}

export const RECONCILE_EXAMPLES = `
Views, dates and presets (docs/views.md, docs/reconcile.md):
  toll data/reports.txt --explain                     each estimate with the sentences it comes from
  toll data/reports.txt --chart --policy best         intervals on a log scale; a UCDP-style best estimate
  toll --by source data/reports.txt                   everything each claimant states
  toll --date-column date --history data/reports.csv  each claimant's latest estimate, earlier ones below
  toll --preset acled data/acled-sample.csv           ACLED's coded fatalities beside the figures in the notes`;

export const TIMELINE_EXAMPLES = `
Examples:
  toll timeline data/reports.txt                      each claimant's estimates in the order they were stated
  toll timeline --date-column date data/reports.csv   dated by a column
  toll timeline --format json data/reports.txt        the same as JSON (docs/json-schema.md)`;
