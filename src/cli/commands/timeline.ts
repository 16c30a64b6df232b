// toll timeline: each group's estimates per source, in the order they were stated.
import { timeline } from '../../reconcile/index.js';
import { TIMELINE_FORMATTERS } from '../../report/index.js';
import type { Io } from '../../run/io.js';
import { reconciledRun } from './reconcile.js';
import type { GroupingCliOptions } from './reconcile-options.js';

export async function runTimeline(files: string[], options: GroupingCliOptions, io: Io): Promise<number> {
  const render = TIMELINE_FORMATTERS[options.format];
  return reconciledRun(files, options, io, { view: {}, render: (result, ctx) => render(timeline(result), ctx), verdict: () => 0 });
}
