// --format svg: one SVG document, every group's chart stacked under its title, so that the output
// is one valid file (charts concatenated would not be) to paste into a document or a markdown page
// (![](chart.svg)). Filters (--top, --actor, --category …) choose the groups to draw. The reconcile
// view draws the forest plots; the timeline view each group's statements over time where it has
// dates, else its forest plot.
import type { Reconciliation } from '../../reconcile/index.js';
import type { ReportContext } from '../context.js';
import { forestChart, ledgerChart } from './charts.js';
import { escapeHtml } from './escape.js';
import { groupModels } from './model.js';
import type { HtmlView } from './page.js';

const WIDTH = 640;
const HEADING = 30;
const GAP = 16;

export function formatSvg(reconciliation: Reconciliation, _ctx: ReportContext, view: HtmlView = 'reconcile'): string {
  const models = groupModels(reconciliation);
  const parts: string[] = [];
  let y = 0;
  for (const model of models) {
    const chart = view === 'timeline' && model.ledger.length > 0 ? ledgerChart(model) : forestChart(model);
    const height = Number(/\bheight="(\d+(?:\.\d+)?)"/.exec(chart)![1]);
    parts.push(`<text x="12" y="${y + 20}" font-size="15" font-weight="bold">${escapeHtml(model.title)}</text>`);
    // A nested <svg> is placed by its x and y; Plot sets its width, height and viewBox.
    parts.push(chart.replace(/^<svg /, `<svg x="0" y="${y + HEADING}" `));
    y += HEADING + height + GAP;
  }
  if (models.length === 0) {
    parts.push('<text x="12" y="24" font-size="15">No casualty figures found.</text>');
    y = 40;
  }
  const title = `toll ${view}: ${models.length === 1 ? models[0]!.title : `${models.length} groups`}`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${y}" viewBox="0 0 ${WIDTH} ${y}" font-family="system-ui, sans-serif" fill="#1f2937" role="img">
<title>${escapeHtml(title)}</title>
<rect width="100%" height="100%" fill="white"/>
${parts.join('\n')}
</svg>
`;
}
