// toll timeline: each group's estimates per source, in the order they were stated.
import { timeline } from '../../reconcile/index.js';
import { chartFormatter, TIMELINE_FORMATTERS } from '../../report/index.js';
import type { Io } from '../../run/io.js';
import { reconciledRun } from './reconcile.js';
import type { GroupingCliOptions } from './reconcile-options.js';

export async function runTimeline(files: string[], options: GroupingCliOptions, io: Io): Promise<number> {
  const { format } = options;
  if (format === 'html' || format === 'svg') {
    // The charts need the reconciliation itself (picks, parties, conflicts), not only its timeline.
    const charts = await chartFormatter(format);
    return reconciledRun(files, options, io, { view: {}, render: (result, ctx) => charts(result, ctx, 'timeline'), verdict: () => 0 });
  }
  const render = TIMELINE_FORMATTERS[format];
  return reconciledRun(files, options, io, { view: {}, render: (result, ctx) => render(timeline(result), ctx), verdict: () => 0 });
}
