// A progress line on stderr for long runs: bytes and records done, figures found, rate and ETA.
// Only on a terminal, only after the first second (short runs never flicker), never with --quiet,
// redrawn at most ten times a second, and erased when the run ends.
import type { Writable } from 'node:stream';
import { groupThousands } from '../thousands.js';

const DELAY_MS = 1000;
const REDRAW_MS = 100;
const BAR_WIDTH = 20;

export class Progress {
  private bytes = 0;
  private records = 0;
  private figures = 0;
  private lastDraw = 0;
  private drawn = false;
  private readonly started: number;

  constructor(
    private readonly stream: Writable,
    /** Total input size when known (files), null for stdin. */
    private readonly totalBytes: number | null,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.started = now();
  }

  read(bytes: number): void {
    this.bytes += bytes;
    this.maybeDraw();
  }

  /** Records read and extracted since the last call, and the figures found in them. */
  extracted(records: number, figures: number): void {
    this.records += records;
    this.figures += figures;
    this.maybeDraw();
  }

  /** Erases the line, so that the summary or the prompt follows cleanly. */
  finish(): void {
    this.clear();
  }

  /** Erases the line before another stderr line is written; the next update draws it again. */
  clear(): void {
    if (this.drawn) this.stream.write('\r\u001b[K');
    this.drawn = false;
  }

  private maybeDraw(): void {
    const now = this.now();
    if (now - this.started < DELAY_MS || now - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = now;
    this.drawn = true;
    // Never wider than the terminal: a wrapped line could not be erased with one \r.
    const columns = (this.stream as { columns?: number }).columns;
    const line = this.line(now);
    this.stream.write(`\r${columns ? fit(line, columns - 1) : line}\u001b[K`);
  }

  line(now: number): string {
    const seconds = (now - this.started) / 1000;
    const rate = seconds > 0 ? this.bytes / seconds : 0;
    const parts = [`${mb(this.bytes)}${this.totalBytes ? `/${mb(this.totalBytes)}` : ''}`,
      `${groupThousands(this.records)} records`, `${groupThousands(this.figures)} figures`, `${mb(rate)}/s`];
    if (!this.totalBytes) return `toll: ${parts.join(' · ')}`;
    const fraction = Math.min(1, this.bytes / this.totalBytes);
    const filled = Math.round(fraction * BAR_WIDTH);
    const eta = rate > 0 ? (this.totalBytes - this.bytes) / rate : 0;
    return `toll: [${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${Math.floor(fraction * 100)}% ${parts.join(' · ')} · ETA ${clock(eta)}`;
  }
}

function fit(line: string, width: number): string {
  return line.length <= width ? line : `${line.slice(0, Math.max(0, width - 1))}…`;
}

function mb(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
