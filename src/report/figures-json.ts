// Extract as one JSON array of Figures, keys in the NDJSON order.
import type { Figure } from '../figure.js';
import { figureRecord } from './records.js';
import { escapeJsonText } from './sanitize.js';

export function formatFiguresJson(figures: readonly Figure[]): string {
  return `${escapeJsonText(JSON.stringify(figures.map(figureRecord), null, 2))}\n`;
}
