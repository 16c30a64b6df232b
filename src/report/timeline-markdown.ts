// toll timeline as markdown: a heading per group and the table of the terminal view.
import type { Timeline } from '../reconcile/index.js';
import { groupTitle, whoWasCounted } from './labels.js';
import { markdownTable, markdownText } from './markdown-text.js';
import { timelineColumns, timelineCells } from './timeline-table.js';

export function formatTimelineMarkdown(timeline: Timeline): string {
  if (timeline.groups.length === 0) return 'No casualty figures found.\n';
  const sections = timeline.groups.map((group) => {
    const who = whoWasCounted(group);
    return [`## ${markdownText(groupTitle(group))}`, ...(who === '' ? [] : [markdownText(who)]), markdownTable(timelineColumns(group), timelineCells(group))].join('\n\n');
  });
  return `${sections.join('\n\n')}\n`;
}
