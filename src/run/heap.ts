// How V8 grows its heaps, set for a large run. toll is started by a bin script, which cannot pass
// Node options without starting a second process; V8 reads these flags each time it resizes a heap,
// so they take effect when set. Short runs never set them and do not pay for loading node:v8.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
/** Per thread: a worker's start changes the process's flags, and bin/worker.js sets these again. */
let bounded = false;

/** The flags of boundHeapGrowth. */
export const HEAP_FLAGS: readonly string[] = ['--semi-space-growth-factor=1', '--heap-growing-percent=10'];

/**
 * Trades a little more collecting for a lower peak. The young generation keeps its 1 MB
 * semi-spaces (extraction's allocations die young; V8 would grow them to 16 MB, 32 MB or more of
 * the process resident for nothing), and the old generation grows by 10 % of its live data before
 * the next full collection instead of up to 4x: held data (a reconciliation's figures) only grows.
 */
export function boundHeapGrowth(): void {
  if (bounded) return;
  bounded = true;
  const v8 = require('node:v8') as typeof import('node:v8');
  for (const flag of HEAP_FLAGS) v8.setFlagsFromString(flag);
}

/** Input files of this size or more make a run large (stdin counts once this much is read). */
export const LARGE_RUN_BYTES = 8 * 1024 * 1024;
/** Figures held past this count make a reconciliation large (a figure line is 300-600 bytes). */
export const LARGE_RUN_FIGURES = 20_000;
