// toll timeline as terminal tables: a section per group, each source's estimates in time order,
// the source named on its first row, and how each estimate moved from the one before.
import type { Timeline, TimelineEntry, TimelineGroup } from '../reconcile/index.js';
import type { Column } from './columns.js';
import type { ReportContext } from './context.js';
import { docList, groupTitle, whoWasCounted } from './labels.js';
import { sanitizeText } from './sanitize.js';
import { paint, terminalTable } from './terminal-table.js';

export const TIMELINE_COLUMNS: readonly Column[] = [
  { title: 'Source', align: 'left' },
  { title: 'Stated', align: 'left' },
  { title: 'Estimate', align: 'left' },
  { title: 'Change', align: 'left' },
  { title: 'Reports', align: 'right' },
  { title: 'Docs', align: 'left' },
];

export function formatTimelineTable(timeline: Timeline, ctx: ReportContext): string {
  if (timeline.groups.length === 0) return 'No casualty figures found.\n';
  const chalk = paint(ctx);
  const sections = timeline.groups.map((group) => {
    const who = whoWasCounted(group);
    const heading = [chalk.bold(sanitizeText(groupTitle(group))), ...(who === '' ? [] : [sanitizeText(who)])];
    return [...heading, terminalTable(TIMELINE_COLUMNS, timelineCells(group), ctx)].join('\n');
  });
  return `${sections.join('\n\n')}\n`;
}

/** A row per entry, shared with markdown: the source on its first row, the change from its previous estimate. */
export function timelineCells(group: TimelineGroup): string[][] {
  return group.sources.flatMap((source) =>
    source.entries.map((entry, i) => [
      i === 0 ? source.display : '',
      entry.date ?? 'undated',
      group.category === null ? `${entry.category} ${entry.label}` : entry.label,
      changeLabel(entry, previousOfCategory(source.entries, i)),
      String(entry.reports),
      docList(entry.docs),
    ]),
  );
}

function previousOfCategory(entries: readonly TimelineEntry[], at: number): TimelineEntry | undefined {
  return entries.slice(0, at).findLast((entry) => entry.category === entries[at]!.category);
}

function changeLabel(entry: TimelineEntry, previous: TimelineEntry | undefined): string {
  switch (entry.change) {
    case 'first':
      return 'first';
    case 'same':
      return 'restated';
    case 'higher':
      return `↑ from ${previous!.label}`;
    case 'lower':
      return `↓ from ${previous!.label}`;
    case 'reworded':
      return `reworded from ${previous!.label}`;
  }
}
