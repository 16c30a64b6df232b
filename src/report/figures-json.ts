// Extract as one JSON array of Figures, keys in the NDJSON order.
import type { Figure } from '../figure.js';
import { figureRecord } from './records.js';

export function formatFiguresJson(figures: readonly Figure[]): string {
  return `${JSON.stringify(figures.map(figureRecord), null, 2)}\n`;
}
