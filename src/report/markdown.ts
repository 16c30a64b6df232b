// Reconcile as markdown: a heading per section, its facts and explanations as a list, a table of
// rows (with the chart as code spans), and with --explain the evidence as a list under the table.
import type { Reconciliation } from '../reconcile/index.js';
import { bar, logScale, scaleLabel } from './chart.js';
import type { ReportContext } from './context.js';
import { citedFigures, evidenceOf } from './evidence.js';
import { CONFLICT_MARK, nameLines, partyMark } from './labels.js';
import { markdownTable, markdownText, type MarkdownCell } from './markdown-text.js';
import { sections, type Section, type ViewRow } from './sections.js';

/** Markdown has no width: the sentence around a figure is cut at this many characters. */
const EVIDENCE_ROOM = 300;

/** Plain text whatever ctx.color says: markdown is read as markup, not through a terminal. */
export function formatMarkdown(reconciliation: Reconciliation, ctx: ReportContext = { color: false }): string {
  if (reconciliation.groups.length === 0) return 'No casualty figures found.\n';
  return `${sections(reconciliation, ctx).map((section) => renderSection(section, ctx)).join('\n\n')}\n`;
}

function renderSection(section: Section, ctx: ReportContext): string {
  const scale = ctx.chart ? logScale(section.rows.map((row) => row.bounds)) : null;
  const columns = [...section.columns, { title: 'Flag', align: 'left' } as const, ...(ctx.chart ? [{ title: scaleLabel(scale), align: 'left' } as const] : [])];
  const rows = section.rows.map((row): MarkdownCell[] => [
    ...row.cells,
    [row.conflict ? CONFLICT_MARK : '', partyMark(row.party), ...row.marks].filter((mark) => mark !== '').join(' · '),
    ...(ctx.chart ? [{ code: bar(row.bounds, scale) }] : []),
  ]);
  const parts = [`## ${markdownText(section.title)}`];
  if (section.note) parts.push(`**${markdownText(section.note)}**`);
  if (section.lines.length > 0) parts.push(section.lines.map((line) => `- ${markdownText(line.text)}`).join('\n'));
  parts.push(markdownTable(columns, rows));
  const evidence = ctx.explain ? section.rows.flatMap(evidenceItems) : [];
  if (evidence.length > 0) parts.push(evidence.join('\n'));
  return parts.join('\n\n');
}

function evidenceItems(row: ViewRow): string[] {
  const { figures, omitted } = citedFigures(row.claims);
  const name = markdownText(row.earlier ? `${row.name} (earlier)` : row.name);
  const style = { clean: markdownText, mark: (text: string) => `**${text}**`, room: EVIDENCE_ROOM };
  const names = nameLines(row.names).map((text) => `- ${name} — claimant ${markdownText(text)}`);
  const items = [...names, ...figures.map((figure) => `- ${name} — ${markdownText(`${figure.file}:${figure.line}`)}: ${evidenceOf(figure, style)}`)];
  if (omitted > 0) items.push(`- ${name} — … ${omitted} more`);
  return items;
}
