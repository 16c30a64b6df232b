// Paging like git: a table or markdown view on a terminal goes through $PAGER (default `less -FRX`,
// which quits at once when the output fits the screen, keeps colour, and leaves the text on the
// screen). Never for a pipe, a file, machine formats, or with --no-pager.
import { createRequire } from 'node:module';
import type { Writable } from 'node:stream';

// child_process (with net and dgram) is required only when a pager starts: most runs never page.
const require = createRequire(import.meta.url);

const PAGED_FORMATS = new Set(['table', 'markdown']);

/** The pager command to run, or null when the output is not to be paged. */
export function pagerCommand(env: NodeJS.ProcessEnv, when: { isTTY: boolean | undefined; pager: boolean; format: string; toFile: boolean }): string | null {
  if (!when.pager || !when.isTTY || when.toFile || !PAGED_FORMATS.has(when.format)) return null;
  const command = (env.TOLL_PAGER ?? env.PAGER ?? 'less -FRX').trim();
  return command === '' || command === 'cat' ? null : command;
}

export interface Pager {
  stdin: Writable;
  /** Ends the pager's input and waits until the user quits it. */
  close(): Promise<void>;
}

export function startPager(command: string, env: NodeJS.ProcessEnv): Pager {
  // less reads LESS for its options: FRX unless the user set their own, as git does.
  const { spawn } = require('node:child_process') as typeof import('node:child_process');
  const child = spawn('sh', ['-c', command], { stdio: ['pipe', 'inherit', 'inherit'], env: { LESS: 'FRX', ...env } });
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.once('error', () => resolve());
  });
  return {
    stdin: child.stdin,
    close: async () => {
      child.stdin.end();
      await exited;
    },
  };
}
