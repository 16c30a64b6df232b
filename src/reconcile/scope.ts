// Scope: what a figure covers, when its text narrows it (extract/refiners/scope.ts sets
// Figure.scope). Figures of one scope are compared; a 24-hour count, another year, another place
// or another incident is a group of its own, listed apart from the event's total. A running total
// ("so far") is the event's own scope, so it carries no label.
import type { Figure } from '../figure.js';

/** "24 hours", "excess · this year", "separate attack"; null for the event as a whole. */
export function scopeLabel(figure: Figure): string | null {
  const scope = figure.scope;
  if (!scope) return null;
  const parts = [scope.deaths ? `${scope.deaths} deaths` : null, scope.period, scope.place, scope.incident].filter((part) => part != null);
  return parts.length === 0 ? null : parts.join(' · ');
}

/** The event a figure belongs to: its --event-column value, else its record when grouping per record, else none. */
export function eventOf(figure: Figure, perRecord: boolean): string | null {
  if (figure.event != null && figure.event !== '') return figure.event;
  return perRecord ? figure.doc : null;
}

/**
 * With events: a report given under several events (the same sentence, figure, claimant and day)
 * counts their dead together, or one of them without saying which, so its figure is an estimate of
 * none of them alone. Its scope is "report of N events"; the map holds such figures only.
 */
export function sharedAcrossEvents(figures: readonly Figure[]): Map<Figure, string> {
  const events = new Map<string, Set<string>>();
  const keyOf = (figure: Figure) => [figure.sentence, figure.start, figure.quote, figure.source, figure.date].join('\u0000');
  for (const figure of figures) {
    if (figure.event == null || figure.event === '') continue;
    const key = keyOf(figure);
    events.set(key, (events.get(key) ?? new Set()).add(figure.event));
  }
  const shared = new Map<Figure, string>();
  for (const figure of figures) {
    const count = figure.event == null ? 0 : events.get(keyOf(figure))?.size ?? 0;
    if (count > 1) shared.set(figure, `report of ${count} events`);
  }
  return shared;
}

/** The figure with another scope (undefined: none), as a plain object (see withFields). */
export function withScope(figure: Figure, scope: Figure['scope']): Figure {
  return withFields(figure, { scope });
}

/**
 * The figure as a plain object with some fields changed, an optional one removed where its change is
 * undefined: a figure read back from a figure stream is a view whose fields are getters, which a
 * spread ({ ...figure }) would lose.
 */
export function withFields(figure: Figure, changes: Partial<Figure>): Figure {
  const copy: Figure = {
    doc: figure.doc, file: figure.file, line: figure.line, category: figure.category, low: figure.low, high: figure.high,
    qualifier: figure.qualifier, actor: figure.actor, source: figure.source, outlet: figure.outlet, quote: figure.quote,
    start: figure.start, end: figure.end, sentence: figure.sentence, date: figure.date, confidence: figure.confidence,
  };
  const optional: Partial<Figure> = {
    sourceVia: figure.sourceVia, revision: figure.revision, scope: figure.scope, partOf: figure.partOf, kind: figure.kind,
    interval: figure.interval, event: figure.event, shares: figure.shares,
  };
  for (const [key, value] of Object.entries({ ...optional, ...changes })) if (value !== undefined) Object.assign(copy, { [key]: value });
  return copy;
}
