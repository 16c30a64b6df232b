// The charts of the HTML and SVG reports, drawn on the server into SVG markup by Observable Plot on
// a linkedom document: the page needs no script to show them. This module (and Plot, d3 and
// linkedom with it) is loaded only for --format html and svg.
// Why Plot: its marks are the forest plot's parts (rule, arrow, dot, text, rect) with log and time
// scales, it draws into whatever `document` it is handed (linkedom: pure JS, no canvas, no native
// build), and the lazy chunk stays near 1 MB; vega-lite would add vega's dataflow runtime and a
// spec compiler for the same static picture.
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { formatCount } from '../../reconcile/index.js';
import { escapeHtml } from './escape.js';
import { forestDescription, ledgerDescription, type ForestRow, type GroupModel, type LedgerPoint } from './model.js';

const WIDTH = 640;
/** Height of one claimant's row of the forest plot: the name above, the bar below. */
const ROW_HEIGHT = 40;
const INK = '#1f2937';
const PICK = '#b45309';
const PARTY = '#6d28d9';
const OUTLIER = '#b91c1c';
/** Characters of a claimant's name written at its line's end. */
const NAME_ROOM = 36;

// One document for every chart of a run: Plot only creates elements in it, and each chart is serialised at once.
type Dom = ReturnType<typeof parseHTML>['document'];
let shared: Dom | undefined;
function dom(): Dom {
  shared ??= parseHTML('<!doctype html><html><body></body></html>').document;
  return shared;
}

/** The counts a forest plot spans: every bound and point above zero, padded; zero sits at the left edge. */
function logDomain(values: readonly (number | null)[]): [number, number] {
  const positive = values.filter((n): n is number => n !== null && n > 0);
  if (positive.length === 0) return [1, 10];
  const least = Math.min(...positive);
  const most = Math.max(...positive);
  return [Math.max(0.5, least / 1.6), most * 1.6];
}

/**
 * The chart as SVG markup, with a title and a text alternative (role img). They are written here,
 * not through linkedom, whose attribute values escape quotes only: a `<` or `&` there is no XML.
 */
function finish(svg: ReturnType<typeof Plot.plot>, label: string): string {
  const text = escapeHtml(label);
  return svg.outerHTML.replace(/^<svg ([^>]*)>/, `<svg role="img" aria-label="${text}" $1><title>${text}</title>`);
}

/**
 * The forest plot of a group: a row per claimant, its interval from low to high on a log scale (an
 * arrow where it is open, dashed where the words are vague), its point as a symbol (a triangle for a
 * party to the conflict, a cross for an outlier, a diamond for the policy's pick), and the policy's
 * summary as a band (range) or a rule (conservative, best). Each row's name, estimate and marks are
 * written above its bar, so neither colour nor shape carries meaning alone.
 */
export function forestChart(model: GroupModel): string {
  const rows = model.rows;
  const [min, max] = logDomain([...rows.flatMap((row) => [row.low, row.high, row.point]), model.pick?.low ?? null, model.pick?.high ?? null]);
  const at = (n: number) => Math.min(max, Math.max(min, n));
  const closed = rows.filter((row) => row.high !== null && !row.openLow);
  const symbol = (row: ForestRow) => (row.pick ? 'diamond' : row.party ? 'triangle' : row.outlier ? 'times' : 'circle');
  const colour = (row: ForestRow) => (row.pick ? PICK : row.party ? PARTY : row.outlier ? OUTLIER : INK);
  const pick = model.pick;
  const marks: Plot.Markish[] = [];
  if (pick && pick.policy === 'range' && pick.low !== null && pick.high !== null) {
    marks.push(Plot.rectX([pick], { x1: () => at(pick.low!), x2: () => at(pick.high!), fill: PICK, fillOpacity: 0.1 }));
  } else if (pick && pick.point !== null) {
    marks.push(Plot.ruleX([pick], { x: () => at(pick.point!), stroke: PICK, strokeWidth: 1.5, strokeDasharray: '6,3' }));
  }
  marks.push(
    Plot.ruleY(closed.filter((row) => !row.vague), { y: 'name', x1: (row: ForestRow) => at(row.low), x2: (row: ForestRow) => at(row.high!), stroke: colour, strokeWidth: 3 }),
    Plot.ruleY(closed.filter((row) => row.vague), { y: 'name', x1: (row: ForestRow) => at(row.low), x2: (row: ForestRow) => at(row.high!), stroke: colour, strokeWidth: 3, strokeDasharray: '5,4' }),
    // At least: from the floor to the edge, ending in an arrow head; at most: from the ceiling down to the left edge.
    Plot.arrow(rows.filter((row) => row.high === null), { y1: 'name', y2: 'name', x1: (row: ForestRow) => at(row.low), x2: () => max, stroke: colour, strokeWidth: 2.5, headLength: 10 }),
    Plot.arrow(rows.filter((row) => row.openLow), { y1: 'name', y2: 'name', x1: (row: ForestRow) => at(row.high ?? row.low), x2: () => min, stroke: colour, strokeWidth: 2.5, headLength: 10 }),
    Plot.dot(rows, { x: (row: ForestRow) => at(row.point), y: 'name', symbol, r: 6, fill: colour, stroke: 'white', strokeWidth: 1 }),
    Plot.text(rows, {
      y: 'name', frameAnchor: 'left', textAnchor: 'start', dy: -13, fontSize: 12, fill: INK,
      text: (row: ForestRow) => `${row.name}: ${row.label}${row.marks ? ` — ${row.marks}` : ''}`,
    }),
  );
  if (pick) marks.push(Plot.text([pick], { frameAnchor: 'top-right', textAnchor: 'end', dy: -14, fontSize: 11, fill: PICK, text: () => `${pick.policy}: ${pick.label}` }));
  const svg = Plot.plot({
    document: dom() as never,
    width: WIDTH,
    height: 50 + rows.length * ROW_HEIGHT,
    marginTop: 24,
    marginLeft: 12,
    marginRight: 16,
    style: { fontSize: '11px', background: 'white', color: INK },
    x: { type: 'log', domain: [min, max], label: 'count (log scale)', tickFormat: tick, ticks: 5, grid: true },
    y: { domain: rows.map((row) => row.name), axis: null, paddingInner: 0.2, paddingOuter: 0.5 },
    symbol: { type: 'identity' },
    marks,
  });
  return finish(svg, forestDescription(model));
}

/** A name cut to fit beside a line; the table below the chart has it whole. */
function short(name: string): string {
  const chars = [...name];
  return chars.length <= NAME_ROOM ? name : `${chars.slice(0, NAME_ROOM - 1).join('')}…`;
}

/** Log ticks as counts people read: 1,000 rather than 1k. */
function tick(n: number): string {
  return formatCount(n >= 10 ? Math.round(n) : Number(n.toPrecision(2)));
}

/**
 * Each claimant's statements over their dates as a step line (a claim holds until the next), a dot
 * per statement (hollow when since changed), a vertical bar for a stated range, and the claimant's
 * name at its last statement, so lines are told apart without their colour.
 */
export function ledgerChart(model: GroupModel): string {
  const points = model.ledger;
  const day = (point: LedgerPoint) => new Date(`${point.date}T00:00:00Z`);
  const days = points.map((point) => day(point).getTime());
  const first = Math.min(...days);
  const last = Math.max(...days);
  // One day alone would make a scale of no width: show a day either side.
  const pad = first === last ? 86_400_000 : (last - first) * 0.05;
  const [min, max] = logDomain(points.flatMap((point) => [point.low, point.high, point.point]));
  const at = (n: number | null) => Math.min(max, Math.max(min, n ?? max));
  // A claimant's last figure holds until the last statement of anyone: the line runs on to there.
  const lastOf = new Map(points.map((point) => [point.name, point]));
  const lines = [...points, ...[...lastOf.values()].filter((point) => day(point).getTime() < last).map((point) => ({ ...point, date: new Date(last).toISOString().slice(0, 10) }))];
  // Names sit at a claimant's last statement, to its right in the left half of the chart, else to its left, so none is cut off.
  const names = [...lastOf.values()];
  const middleDay = (first + last) / 2;
  const name = (anchor: 'start' | 'end') => Plot.text(names.filter((point) => (day(point).getTime() <= middleDay) === (anchor === 'start')), {
    x: day, y: (point: LedgerPoint) => at(point.point), text: (point: LedgerPoint) => `${short(point.name)} ${point.label}`, textAnchor: anchor, dy: -10, fill: INK,
  });
  const svg = Plot.plot({
    document: dom() as never,
    width: WIDTH,
    height: 220,
    marginTop: 24,
    marginRight: 16,
    marginLeft: 56,
    style: { fontSize: '11px', background: 'white', color: INK },
    x: { type: 'utc', domain: [new Date(first - pad), new Date(last + pad)], label: 'statement date', ticks: 5 },
    y: { type: 'log', domain: [min, max], label: 'count (log)', tickFormat: tick, ticks: 4, grid: true },
    color: { type: 'categorical', scheme: 'dark2' },
    marks: [
      Plot.line(lines, { x: day, y: (point: LedgerPoint) => at(point.point), z: 'name', stroke: 'name', curve: 'step-after', strokeWidth: 2 }),
      Plot.ruleX(points.filter((point) => point.low !== point.high), { x: day, y1: (point: LedgerPoint) => at(point.low ?? min), y2: (point: LedgerPoint) => at(point.high), stroke: 'name', strokeOpacity: 0.6 }),
      Plot.dot(points, { x: day, y: (point: LedgerPoint) => at(point.point), stroke: 'name', fill: (point: LedgerPoint) => (point.status === 'current' ? 'currentColor' : 'white'), r: 4 }),
      name('start'),
      name('end'),
    ],
  });
  return finish(svg, ledgerDescription(model));
}
