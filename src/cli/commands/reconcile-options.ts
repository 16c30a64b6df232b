// The options of reconcile and timeline, kept apart from the commands so that registering them
// loads neither the reconciler nor the renderers (commands load on demand).
import { Option, type Command } from 'commander';
import { VIEWS, type View } from '../../report/context.js';
import { POLICIES, type GroupBy, type Policy } from '../../reconcile/types.js';
import { fraction, type CommonOptions } from '../options.js';
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
  return command
    .option('--aliases <file>', 'JSON file of extra source aliases: {"Canonical name": ["alias", ...]} or the registry format')
    .option('--tolerance <fraction>', 'how far an approximate figure may stretch: 0.1 lets ≈300 stand for 270–330', fraction, 0.1)
    .addOption(new Option('--group-by <key>', 'group figures by (default: actor; category with --preset)').choices(['actor', 'category', 'none']))
    .option('--per-record', 'a group per record (event) as well (default with --preset)')
    .option('--no-per-record', 'never group per record, even with --preset')
    .option('--event-column <name>', 'column naming the incident each record reports: records of one event are reconciled together, apart from other events')
    .addOption(new Option('--preset <export>', 'read an ACLED or UCDP export, with its coded figure as a claim by the dataset').choices(PRESET_NAMES));
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
Views, dates and presets (docs/reconcile.md):
  toll data/reports.txt --explain               each estimate with the sentences it comes from
  toll data/reports.txt --chart --policy best   intervals on a log scale; a UCDP-style best estimate
  toll --by source data/reports.txt             everything each claimant states
  toll --date-column date --history r.csv       each claimant's latest estimate, earlier ones below
  toll timeline --date-column date r.csv        each claimant's estimates in time order
  toll --preset acled export.csv                ACLED's coded fatalities beside the figures in the notes`;
