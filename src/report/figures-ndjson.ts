// Extract as NDJSON: one Figure per line, every key of Figure in a stable order. Per figure, so
// the CLI can write each line as soon as it is found.
import type { Figure } from '../figure.js';
import { FIGURE_FIELDS, OPTIONAL_FIELDS } from './records.js';
import { escapeJsonText } from './sanitize.js';

/** Each key as it opens its member: '{"doc":', ',"category":', … */
const OPENINGS = FIGURE_FIELDS.map((field, i) => `${i === 0 ? '{' : ','}${JSON.stringify(field)}:`);
const OPTIONAL_OPENINGS = OPTIONAL_FIELDS.map((field) => `,${JSON.stringify(field)}:`);

/**
 * One line of JSON, without the newline: JSON.stringify(figureRecord(figure)), written member by
 * member (building the record and stringifying it was a fifth of an NDJSON run).
 */
export function figureToNdjsonLine(figure: Figure): string {
  let line = '';
  for (let i = 0; i < FIGURE_FIELDS.length; i++) line += OPENINGS[i]! + JSON.stringify(figure[FIGURE_FIELDS[i]!] ?? null);
  for (let i = 0; i < OPTIONAL_FIELDS.length; i++) {
    const value = figure[OPTIONAL_FIELDS[i]!];
    if (value !== undefined && value !== null) line += OPTIONAL_OPENINGS[i]! + JSON.stringify(value);
  }
  return escapeJsonText(`${line}}`);
}

export function formatFiguresNdjson(figures: readonly Figure[]): string {
  return figures.map((figure) => `${figureToNdjsonLine(figure)}\n`).join('');
}
