// docs/json-schema.md against the output: every key printed is documented, in the documented
// order, and every documented key is printed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readBuiltinAliases, reconcile, timeline } from '../../src/reconcile/index.js';
import { RECONCILE_SCHEMA, TIMELINE_SCHEMA } from '../../src/report/index.js';
import { formatJson } from '../../src/report/json.js';
import { formatTimelineJson } from '../../src/report/timeline-json.js';
import { figure, SEED_FIGURES } from '../reconcile/seed-figures.js';

const DOC = readFileSync(new URL('../../docs/json-schema.md', import.meta.url), 'utf8');

/** The keys in the table under "### heading", in order. */
function documented(heading: string): string[] {
  const start = DOC.indexOf(`\n### ${heading}\n`);
  expect(start, heading).toBeGreaterThan(-1);
  const section = DOC.slice(start + heading.length + 6).split('\n#')[0]!;
  return [...section.matchAll(/^\| `(\w+)` \|/gm)].map((match) => match[1]!);
}

// The seed, plus a revised claim so that history, statements and dates are all present.
const FIGURES = [
  ...SEED_FIGURES,
  figure({ doc: 'late-1', date: '2024-12-20', category: 'killed', low: 100, high: 100, qualifier: 'exact', source: 'a news report' }),
];
// A total and its breakdown, for the Part keys.
const BREAKDOWN = [
  figure({ doc: 'b1', start: 10, category: 'killed', low: 23, high: 23, qualifier: 'exact', actor: 'people', source: 'police' }),
  figure({ doc: 'b1', start: 30, partOf: 10, category: 'killed', low: 9, high: 9, qualifier: 'exact', actor: 'people', source: 'police' }),
];
const reconciled = JSON.parse(formatJson(reconcile(FIGURES, { aliases: readBuiltinAliases(), policy: 'best' })));
const timed = JSON.parse(formatTimelineJson(timeline(reconcile(FIGURES, { aliases: readBuiltinAliases() }))));

describe('docs/json-schema.md', () => {
  it('names the schemas the formatters print', () => {
    expect(reconciled.schema).toBe(RECONCILE_SCHEMA);
    expect(timed.schema).toBe(TIMELINE_SCHEMA);
    expect(DOC).toContain(`## ${RECONCILE_SCHEMA}`);
    expect(DOC).toContain(`## ${TIMELINE_SCHEMA}`);
  });

  it('documents every key of toll.reconcile/1, in order', () => {
    const killed = reconciled.groups[0];
    const news = killed.rows[0];
    expect(Object.keys(reconciled)).toEqual(documented('Reconciliation'));
    expect(Object.keys(killed)).toEqual(documented('Group'));
    expect(Object.keys(news)).toEqual(documented('SourceRow'));
    expect(Object.keys(news.claims[0])).toEqual(documented('Claim'));
    expect(Object.keys(news.history[0])).toEqual(documented('Claim'));
    expect(Object.keys(news.claims[0].bounds)).toEqual(documented('Bounds'));
    expect(Object.keys(news.claims[0].statements[0])).toEqual(documented('Statement'));
    expect(Object.keys(killed.disagreements[0])).toEqual(documented('Pair'));
    expect(Object.keys(killed.summary)).toEqual(documented('Summary'));
    expect(Object.keys(news.names[0])).toEqual(documented('ClaimantName'));
    expect(Object.keys(killed.digest)).toEqual(documented('Digest'));
    expect(Object.keys(killed.digest.latest)).toEqual(documented('Latest'));
    const part = JSON.parse(formatJson(reconcile(BREAKDOWN))).groups[0].rows[0].parts[0];
    expect(Object.keys(part)).toEqual(documented('Part'));
    expect(Object.keys(part.claim)).toEqual(documented('Claim'));
  });

  it('documents every key of toll.timeline/1, in order', () => {
    const group = timed.groups[0];
    expect(Object.keys(timed)).toEqual(documented('Timeline'));
    expect(Object.keys(group)).toEqual(documented('TimelineGroup'));
    expect(Object.keys(group.sources[0])).toEqual(documented('TimelineSource'));
    expect(Object.keys(group.sources[0].entries[0])).toEqual(documented('TimelineEntry'));
  });
});
