// toll timeline as terminal tables: a section per group, each source's estimates in time order,
// the source named on its first row, and how each estimate moved from the one before.
import type { Timeline, TimelineEntry, TimelineGroup } from '../reconcile/index.js';
import type { Column } from './columns.js';
import type { ReportContext } from './context.js';
import { docList, groupTitle, whoWasCounted } from './labels.js';
import { sanitizeText } from './sanitize.js';
import { paint, terminalTable } from './terminal-table.js';

/** The columns of a group's table: an Event column only where some sentence names the day of the event. */
export function timelineColumns(group: TimelineGroup): Column[] {
  return [
    { title: 'Source', align: 'left' },
    { title: 'Stated', align: 'left' },
    ...(hasEvents(group) ? [{ title: 'Event', align: 'left' } as const] : []),
    { title: 'Estimate', align: 'left' },
    { title: 'Change', align: 'left' },
    { title: 'Reports', align: 'right' },
    { title: 'Docs', align: 'left' },
  ];
}

function hasEvents(group: TimelineGroup): boolean {
  return group.sources.some((source) => source.entries.some((entry) => entry.events.length > 0));
}

export function formatTimelineTable(timeline: Timeline, ctx: ReportContext): string {
  if (timeline.groups.length === 0) return 'No casualty figures found.\n';
  const chalk = paint(ctx);
  const sections = timeline.groups.map((group) => {
    const who = whoWasCounted(group);
    const heading = [chalk.bold(sanitizeText(groupTitle(group))), ...(who === '' ? [] : [sanitizeText(who)])];
    return [...heading, terminalTable(timelineColumns(group), timelineCells(group), ctx)].join('\n');
  });
  return `${sections.join('\n\n')}\n`;
}

/** A row per entry, shared with markdown: the source on its first row, the change from its previous estimate. */
export function timelineCells(group: TimelineGroup): string[][] {
  const events = hasEvents(group);
  return group.sources.flatMap((source) =>
    source.entries.map((entry, i) => [
      i === 0 ? source.display : '',
      entry.date ?? 'undated',
      ...(events ? [entry.events.join(', ')] : []),
      group.category === null ? `${entry.category} ${entry.label}` : entry.label,
      withStatus(changeLabel(entry, previousOfCategory(source.entries, i)), entry),
      String(entry.reports),
      docList(entry.docs),
    ]),
  );
}

function previousOfCategory(entries: readonly TimelineEntry[], at: number): TimelineEntry | undefined {
  return entries.slice(0, at).findLast((entry) => entry.category === entries[at]!.category);
}

/** A claim taken back says so after its change: "↑ from 40 · retracted". */
function withStatus(change: string, entry: TimelineEntry): string {
  return entry.status === 'denied' || entry.status === 'retracted' ? `${change} · ${entry.status}` : change;
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
