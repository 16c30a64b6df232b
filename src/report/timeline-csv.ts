// toll timeline as CSV: one record per estimate per day it was stated.
import type { Timeline } from '../reconcile/index.js';
import type { ReportContext } from './context.js';
import { csvRecord } from './csv-cell.js';

const HEADER = ['record', 'actor', 'category', 'source', 'date', 'estimate', 'low', 'high', 'qualifier', 'change', 'current', 'reports', 'docs', 'status', 'events'];

export function formatTimelineCsv(timeline: Timeline, ctx: ReportContext): string {
  const escapeFormulas = ctx.escapeFormulas ?? true;
  const records = timeline.groups.flatMap((group) =>
    group.sources.flatMap((source) =>
      source.entries.map((entry) =>
        csvRecord(
          [
            group.record, group.actor, entry.category, source.display, entry.date, entry.label, entry.low, entry.high,
            entry.qualifier, entry.change, entry.current, entry.reports, entry.docs.join('; '), entry.status, entry.events.join('; '),
          ],
          escapeFormulas,
        ),
      ),
    ),
  );
  return [HEADER.join(','), ...records].map((record) => `${record}\n`).join('');
}
