// toll timeline as JSON, schema "toll.timeline/1" ({ schema, groupBy, perRecord, groups }), or as
// NDJSON with one group per line; documented in docs/json-schema.md.
import type { Timeline } from '../reconcile/index.js';
import { escapeJsonText } from './sanitize.js';

export const TIMELINE_SCHEMA = 'toll.timeline/1';

export function formatTimelineJson(timeline: Timeline): string {
  const { groupBy, perRecord, groups } = timeline;
  return `${escapeJsonText(JSON.stringify({ schema: TIMELINE_SCHEMA, groupBy, perRecord, groups }, null, 2))}\n`;
}

export function formatTimelineNdjson(timeline: Timeline): string {
  return timeline.groups.map((group) => `${escapeJsonText(JSON.stringify(group))}\n`).join('');
}
