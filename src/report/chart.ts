// Intervals as text bars on one logarithmic scale, so that ≈300 and ≈1,000 sit visibly apart and
// a count of ten next to one of ten thousand still fits: ·····███··········▶
import { formatCount, type Bounds } from '../reconcile/index.js';

const CHART_WIDTH = 24;

const EMPTY = '·';
const FILLED = '█';
/** The last cell of a bar that is open upwards ("≥300"). */
const OPEN = '▶';

/** The counts a chart spans, as logarithms; built from every bound it must show. */
export interface LogScale {
  low: number;
  high: number;
  width: number;
}

/** A scale over the positive bounds given (zero sits at the left edge); null when there are none. */
export function logScale(bounds: readonly Bounds[], width: number = CHART_WIDTH): LogScale | null {
  const counts = bounds.flatMap((b) => [b.low, b.high]).filter((n): n is number => n !== null && n > 0);
  if (counts.length === 0) return null;
  const least = counts.reduce((a, b) => Math.min(a, b));
  const most = counts.reduce((a, b) => Math.max(a, b));
  // A single count is centred on a scale from half to twice itself.
  return least === most ? { low: least / 2, high: most * 2, width } : { low: least, high: most, width };
}

/** "270 … 1,100 (log)" for the column heading. */
export function scaleLabel(scale: LogScale | null): string {
  return scale === null ? 'Chart' : `${formatCount(Math.round(scale.low))} … ${formatCount(Math.round(scale.high))} (log)`;
}

/** A bar of the scale's width; without a scale (every count zero) a mark at the left edge. */
export function bar(bounds: Bounds, scale: LogScale | null): string {
  if (scale === null) return FILLED + EMPTY.repeat(CHART_WIDTH - 1);
  const from = cell(bounds.low, scale);
  const to = bounds.high === null ? scale.width - 1 : cell(bounds.high, scale);
  const cells: string[] = Array.from({ length: scale.width }, (_, i) => (i >= from && i <= to ? FILLED : EMPTY));
  if (bounds.high === null) cells[scale.width - 1] = OPEN;
  return cells.join('');
}

function cell(count: number, scale: LogScale): number {
  if (count <= scale.low) return 0;
  const position = Math.log(count / scale.low) / Math.log(scale.high / scale.low);
  return Math.min(scale.width - 1, Math.round(position * (scale.width - 1)));
}
