// --format html: one self-contained page (no script, no font, no request: a Content-Security-Policy
// forbids any) with the run's counts at the top, then per group its facts, the forest plot of the
// claimants' current estimates, their statements over time, and the table of estimates with each
// figure's sentence and FILE:LINE in an expandable <details>. Every report text is sanitised and
// escaped (escape.ts); the charts are SVG drawn here (charts.ts), with text alternatives.
import { timeline, type Claim, type Group, type Reconciliation, type SourceRow, type TimelineGroup } from '../../reconcile/index.js';
import type { ReportContext, RunSummary } from '../context.js';
import { citedFigures, evidenceOf } from '../evidence.js';
import { conflictNote, groupFacts, kindLabel, lastStated, pairLines, partyMark } from '../labels.js';
import { groupThousands } from '../../thousands.js';
import { forestChart, ledgerChart } from './charts.js';
import { bdi, escapeHtml, html } from './escape.js';
import { groupModels, type GroupModel } from './model.js';

/** The sentence around a figure is cut at this many characters, as in markdown. */
const EVIDENCE_ROOM = 300;

export type HtmlView = 'reconcile' | 'timeline';

const STYLE = `
:root { color-scheme: light; --ink: #1f2937; --muted: #4b5563; --line: #d1d5db; --conflict: #b91c1c; --pick: #b45309; --party: #6d28d9; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #fff; margin: 0 auto; padding: 1rem; max-width: 62rem; }
h1 { font-size: 1.5rem; margin: 0 0 .5rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .25rem; border-top: 1px solid var(--line); padding-top: 1rem; }
.run, .facts, .note, figcaption { color: var(--muted); }
.badge { font-size: .8rem; font-weight: 600; border: 1px solid currentColor; border-radius: .25rem; padding: 0 .3rem; white-space: nowrap; }
.conflict { color: var(--conflict); }
figure { margin: .75rem 0; break-inside: avoid; }
figure svg { max-width: 100%; height: auto; display: block; }
figcaption { font-size: .85rem; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { border-bottom: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
tr.earlier td { color: var(--muted); }
details summary { cursor: pointer; }
details ul { margin: .25rem 0; padding-left: 1rem; }
mark { background: #fde68a; color: inherit; }
code { font-size: .85em; word-break: break-all; }
nav ol { padding-left: 1.5rem; }
@media (max-width: 40rem) { body { padding: .5rem; font-size: 14px; } th, td { padding: .25rem; } }
@media print { body { max-width: none; padding: 0; } h2 { break-after: avoid; } tr { break-inside: avoid; } nav { display: none; } .table-wrap { overflow: visible; } }
`;

// No network when opened: nothing may load, only the inline style and the inline SVG.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const LEGEND = 'How to read the charts: each row is a claimant\'s current estimate on a log scale: a bar from low to high, an arrow where the estimate is open-ended ("at least", "at most"), '
  + 'dashed where it is a vague word ("dozens"), and a symbol at its point: ◆ the policy\'s pick, ▲ a party to the conflict, ✕ an outlier, ● any other. '
  + 'The shaded band (range) or the dashed line (conservative, best) is the policy\'s summary. The marks are also written beside each name.';

export function formatHtml(reconciliation: Reconciliation, ctx: ReportContext, view: HtmlView = 'reconcile'): string {
  const models = groupModels(reconciliation);
  const dated = view === 'timeline' ? timeline(reconciliation).groups : [];
  const title = view === 'timeline' ? 'toll timeline' : 'toll reconcile';
  const body = models.length === 0
    ? '<p>No casualty figures found.</p>'
    : `${contents(models)}\n<main>\n${models.map((model, i) => section(model, view, dated[i])).join('\n')}\n</main>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<title>${title}: casualty figures by claimant</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${title}: casualty figures by claimant</h1>
${runSummary(ctx.run, reconciliation, models)}
${models.length > 0 ? `<p class="note">${escapeHtml(LEGEND)}</p>` : ''}
</header>
${body}
</body>
</html>
`;
}

/** The runner's counts and the problems by reason, then the groups and conflicts found. */
function runSummary(run: RunSummary | undefined, reconciliation: Reconciliation, models: readonly GroupModel[]): string {
  const conflicts = models.filter((model) => model.group.conflict).length;
  const found = `${plural(models.length, 'group')}, ${groupThousands(conflicts)} with a conflict; summary policy: ${reconciliation.policy}.`;
  if (!run) return `<p class="run">${found}</p>`;
  const read = `${plural(run.files, 'file')}${run.filesSkipped > 0 ? ` (${groupThousands(run.filesSkipped)} skipped)` : ''}, `
    + `${plural(run.records + run.recordsSkipped, 'record')} (${groupThousands(run.recordsWithFigures)} with figures, `
    + `${groupThousands(run.recordsSkipped)} skipped), ${plural(run.figures, 'figure')}.`;
  const problems = [...run.problems].sort(([a], [b]) => (a < b ? -1 : 1));
  const table = problems.length === 0 ? '<p class="run">No input problems.</p>' : `<div class="table-wrap"><table class="problems">
<caption>Input problems by code (the lines on stderr say where; docs/problems.md says what each means)</caption>
<thead><tr><th scope="col">Code</th><th scope="col" class="n">Count</th></tr></thead>
<tbody>${problems.map(([code, n]) => `<tr><td><code>${html(code)}</code></td><td class="n">${groupThousands(n)}</td></tr>`).join('')}</tbody>
</table></div>`;
  return `<p class="run">Read ${read} Found ${found}</p>\n${table}`;
}

function plural(n: number, word: string): string {
  return `${groupThousands(n)} ${word}${n === 1 ? '' : 's'}`;
}

function contents(models: readonly GroupModel[]): string {
  const items = models.map((model) => {
    const mark = model.group.conflict ? ' <span class="badge conflict">⚠ conflict</span>' : '';
    return `<li><a href="#${model.id}">${escapeHtml(model.title)}</a>${mark}</li>`;
  });
  return `<nav aria-label="Groups"><h2>Groups</h2><ol>${items.join('')}</ol></nav>`;
}

function section(model: GroupModel, view: HtmlView, dated: TimelineGroup | undefined): string {
  const { group } = model;
  const note = conflictNote(group);
  const facts = groupFacts(group);
  const pairs = pairLines(group);
  const forest = `<figure class="forest">${forestChart(model)}<figcaption>Current estimates by claimant (log scale).</figcaption></figure>`;
  const ledger = model.ledger.length === 0
    ? '<p class="note">No statement dates: give a date column (--date-column) to see how each claimant\'s figure moved.</p>'
    : `<figure class="ledger">${ledgerChart(model)}<figcaption>Each claimant's estimates over the dates they were stated, as a step line: a figure holds until the next. Hollow dots were since changed.</figcaption></figure>`;
  const charts = view === 'timeline' ? [ledger, forest] : [forest, ledger];
  return `<section id="${model.id}" class="group" aria-labelledby="${model.id}-h">
<h2 id="${model.id}-h">${escapeHtml(model.title)}${note ? ` <span class="badge conflict">${html(note)}</span>` : ''}</h2>
${facts ? `<p class="facts">${html(facts)}</p>` : ''}
${pairs.length > 0 ? `<ul class="pairs">${pairs.map((line) => `<li${line.conflict ? ' class="conflict"' : ''}>${html(line.text)}</li>`).join('')}</ul>` : ''}
${charts.join('\n')}
${estimatesTable(model)}
${dated ? statementsTable(model, dated) : ''}
</section>`;
}

/** A row per claimant's current estimate and one per earlier claim, each with its sources behind a <details>. */
function estimatesTable(model: GroupModel): string {
  const { group } = model;
  // The Stated column only where something is dated, as in the terminal table.
  const dated = model.ledger.length > 0;
  const rows = group.rows.flatMap((row) => [
    estimateRow(row, row.claims, group, false, dated),
    ...[...row.history].reverse().map((claim) => estimateRow(row, [claim], group, true, dated)),
  ]);
  return `<div class="table-wrap"><table class="estimates">
<caption>Estimates of ${escapeHtml(model.title)}</caption>
<thead><tr><th scope="col">Claimant</th><th scope="col">Estimate</th>${dated ? '<th scope="col">Stated</th>' : ''}<th scope="col" class="n">Reports</th><th scope="col">Marks</th><th scope="col">Sources</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table></div>`;
}

function estimateRow(row: SourceRow, claims: readonly Claim[], group: Group, earlier: boolean, dated: boolean): string {
  const label = claims.map((claim) => (group.category === null ? `${claim.category} ${claim.label}` : claim.label)).join(', ');
  const via = row.outlets.length > 0 ? ` <span class="facts">(via ${html(row.outlets.join(', '))})</span>` : '';
  const kind = kindLabel(row.kind);
  const name = earlier ? `↳ earlier: ${bdi(row.display)}` : `${bdi(row.display)}${via}${kind ? ` <span class="facts">· ${html(kind)}</span>` : ''}`;
  const marks = earlier ? ['since changed'] : [row.conflict ? '⚠ conflict' : '', partyMark(row.party)].filter((mark) => mark !== '');
  const docs = new Set(claims.flatMap((claim) => claim.docs)).size;
  return `<tr${earlier ? ' class="earlier"' : ''}><th scope="row">${name}</th><td>${html(label)}</td>${dated ? `<td>${html(lastStated(claims))}</td>` : ''}`
    + `<td class="n">${docs}</td><td>${marks.map(html).join('<br>')}</td><td>${evidence(claims)}</td></tr>`;
}

/** The sentences the claims were read from, with FILE:LINE, behind a <details> (open in no browser by default). */
function evidence(claims: readonly Claim[]): string {
  const { figures, omitted } = citedFigures(claims);
  const style = { clean: html, mark: (text: string) => `<mark>${text}</mark>`, room: EVIDENCE_ROOM };
  const items = figures.map((figure) => `<li><q>${evidenceOf(figure, style).slice(1, -1)}</q> <code>${html(`${figure.file}:${figure.line}`)}</code></li>`);
  if (omitted > 0) items.push(`<li>… ${omitted} more</li>`);
  const total = figures.length + omitted;
  return `<details><summary>${plural(total, 'figure')}</summary><ul>${items.join('')}</ul></details>`;
}

/** The timeline view's table: each statement on its day, with how it moved from the claimant's previous one. */
function statementsTable(model: GroupModel, dated: TimelineGroup): string {
  const rows = dated.sources.flatMap((source) => source.entries.map((entry) => ({ source, entry })))
    .sort((a, b) => (a.entry.date === b.entry.date ? 0 : a.entry.date === null ? 1 : b.entry.date === null ? -1 : a.entry.date.localeCompare(b.entry.date)));
  const body = rows.map(({ source, entry }) => `<tr${entry.current ? '' : ' class="earlier"'}><td>${html(entry.date ?? 'undated')}</td><th scope="row">${bdi(source.display)}</th>`
    + `<td>${html(entry.label)}</td><td>${entry.change}</td><td>${entry.current ? 'current' : 'since changed'}</td><td class="n">${entry.reports}</td></tr>`);
  return `<div class="table-wrap"><table class="statements">
<caption>Statements about ${escapeHtml(model.title)}, in date order</caption>
<thead><tr><th scope="col">Date</th><th scope="col">Claimant</th><th scope="col">Estimate</th><th scope="col">Change</th><th scope="col">Status</th><th scope="col" class="n">Reports</th></tr></thead>
<tbody>
${body.join('\n')}
</tbody>
</table></div>`;
}
