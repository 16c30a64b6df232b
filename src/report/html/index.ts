// The chart formats, loaded by report/index.ts only when --format html or svg asks for them: Plot,
// d3 and linkedom stay out of every other run's start-up.
export { formatHtml, type HtmlView } from './page.js';
export { formatSvg } from './svg.js';
