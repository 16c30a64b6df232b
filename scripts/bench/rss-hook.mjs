// Preloaded with `node --import` when GNU time is missing: on exit, writes this process's
// resource usage (CPU microseconds, peak RSS in KB, all threads included) to TOLL_BENCH_RUSAGE_FILE.
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const file = process.env.TOLL_BENCH_RUSAGE_FILE;
if (file && isMainThread) {
  process.on('exit', () => {
    try { writeFileSync(file, JSON.stringify(process.resourceUsage())); } catch { /* best effort */ }
  });
}
