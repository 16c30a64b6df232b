// Extract as NDJSON: one Figure per line, every key of Figure in a stable order. Per figure, so
// the CLI can write each line as soon as it is found.
import type { Figure } from '../figure.js';
import { figureRecord } from './records.js';
import { escapeJsonText } from './sanitize.js';

/** One line of JSON, without the newline. */
export function figureToNdjsonLine(figure: Figure): string {
  return escapeJsonText(JSON.stringify(figureRecord(figure)));
}

export function formatFiguresNdjson(figures: readonly Figure[]): string {
  return figures.map((figure) => `${figureToNdjsonLine(figure)}\n`).join('');
}
