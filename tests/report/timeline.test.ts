// toll timeline's formatters, exact with colour off.
import { describe, expect, it } from 'vitest';
import { reconcile, timeline } from '../../src/reconcile/index.js';
import { formatTimelineCsv } from '../../src/report/timeline-csv.js';
import { formatTimelineJson, formatTimelineNdjson } from '../../src/report/timeline-json.js';
import { formatTimelineMarkdown } from '../../src/report/timeline-markdown.js';
import { formatTimelineTable } from '../../src/report/timeline-table.js';
import { figure } from '../reconcile/seed-figures.js';

const killed = (doc: string, date: string | null, source: string, low: number, high: number | null, qualifier: 'exact' | 'at_least' = 'exact') =>
  figure({ doc, date, source, category: 'killed', low, high, qualifier, actor: 'civilians' });
const FIGURES = [
  killed('d1', '2024-03-01', 'the Health Ministry', 40, 40),
  killed('d2', '2024-03-02', 'Reuters', 30, 30),
  killed('d3', '2024-03-02', 'the Health Ministry', 40, 40),
  killed('d4', '2024-03-03', 'the Health Ministry', 52, null, 'at_least'),
  killed('d5', null, 'Reuters', 35, 35),
];
const TIMELINE = timeline(reconcile(FIGURES));

describe('timeline formatters', () => {
  it('table: each source in time order, named once, with the change from its previous estimate', () => {
    expect(formatTimelineTable(TIMELINE, { color: false })).toBe(
      `civilians — killed
civilian
┌─────────────────────┬────────────┬──────────┬───────────┬─────────┬──────┐
│ Source              │ Stated     │ Estimate │ Change    │ Reports │ Docs │
├─────────────────────┼────────────┼──────────┼───────────┼─────────┼──────┤
│ the Health Ministry │ 2024-03-01 │ 40       │ first     │       1 │ d1   │
│                     │ 2024-03-02 │ 40       │ restated  │       1 │ d3   │
│                     │ 2024-03-03 │ ≥52      │ ↑ from 40 │       1 │ d4   │
│ Reuters             │ 2024-03-02 │ 30       │ first     │       1 │ d2   │
│                     │ undated    │ 35       │ ↑ from 30 │       1 │ d5   │
└─────────────────────┴────────────┴──────────┴───────────┴─────────┴──────┘
`,
    );
  });

  it('markdown: the same table', () => {
    expect(formatTimelineMarkdown(TIMELINE)).toBe(
      `## civilians — killed

civilian

| Source | Stated | Estimate | Change | Reports | Docs |
| :--- | :--- | :--- | :--- | ---: | :--- |
| the Health Ministry | 2024-03-01 | 40 | first | 1 | d1 |
|  | 2024-03-02 | 40 | restated | 1 | d3 |
|  | 2024-03-03 | ≥52 | ↑ from 40 | 1 | d4 |
| Reuters | 2024-03-02 | 30 | first | 1 | d2 |
|  | undated | 35 | ↑ from 30 | 1 | d5 |
`,
    );
  });

  it('csv: one record per estimate per day', () => {
    expect(formatTimelineCsv(TIMELINE, { color: false })).toBe(
      `record,actor,category,source,date,estimate,low,high,qualifier,change,current,reports,docs,status,events
,civilians,killed,the Health Ministry,2024-03-01,40,40,40,exact,first,false,1,d1,superseded,
,civilians,killed,the Health Ministry,2024-03-02,40,40,40,exact,same,false,1,d3,superseded,
,civilians,killed,the Health Ministry,2024-03-03,≥52,52,,at_least,higher,true,1,d4,current,
,civilians,killed,Reuters,2024-03-02,30,30,30,exact,first,false,1,d2,superseded,
,civilians,killed,Reuters,,35,35,35,exact,higher,true,1,d5,current,
`,
    );
  });

  it('json and ndjson: the versioned document, or a group per line', () => {
    const document = JSON.parse(formatTimelineJson(TIMELINE));
    expect(document).toMatchObject({ schema: 'toll.timeline/1', groupBy: 'actor', perRecord: false });
    expect(formatTimelineNdjson(TIMELINE).split('\n').filter(Boolean).map((line) => JSON.parse(line))).toEqual(document.groups);
  });

  it('says so when there is nothing to show', () => {
    const empty = timeline(reconcile([]));
    expect(formatTimelineTable(empty, { color: false })).toBe('No casualty figures found.\n');
    expect(formatTimelineMarkdown(empty)).toBe('No casualty figures found.\n');
    expect(formatTimelineNdjson(empty)).toBe('');
  });
});
