// Property tests (fast-check): random and adversarial text through extraction and every formatter.
// Whatever the text, extraction does not throw and every figure keeps the contract of src/figure.ts;
// the formatters do not throw, the JSON ones never carry NaN or Infinity, and the terminal ones
// (table, markdown) never pass a control character, escape sequence or bidi override through.
// Runs and sizes are bounded so that the file runs in a few seconds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFigures, type ExtractWarning } from '../../src/extract/index.js';
import { MAX_PLAUSIBLE } from '../../src/extract/numbers.js';
import { CATEGORIES, QUALIFIERS, type Figure, type Report } from '../../src/figure.js';
import { reconcile } from '../../src/reconcile/index.js';
import {
  FIGURE_CSV_HEADER, FIGURE_FORMATTERS, figureToCsvRecord, figureToNdjsonLine, OUTPUT_FORMATS, RECONCILE_FORMATTERS,
  type ReportContext,
} from '../../src/report/index.js';

// TOLL_PROPERTY_RUNS=5000 npx vitest run tests/robustness/property.test.ts for a deeper search.
const RUNS = Number(process.env.TOLL_PROPERTY_RUNS ?? 150);

// ---------------------------------------------------------------------------------------------
// Generators

/** Pieces of casualty reports and of hostile text, to be shuffled into sentences. */
const PIECES = [
  // numbers, ordinary and not
  '12', '1,000', '10 000', '1.234.567', '1.5', '2.5 million', '11k', '3 mln', '0', '-5', '1e400', '10^400',
  '9'.repeat(400), '1,1,1,1,1,1,1,1', '١٢', '１２', '१२', '½', '٣٠٠', '1.2345678 million',
  // qualifiers and number words
  'at least', 'about', 'up to', 'more than', 'nearly', 'some', 'as many as', 'between', 'and', 'to', '–', '-',
  'dozens of', 'hundreds', 'a few', 'several', 'two dozen', 'twenty-five', 'eleven thousand', 'no one', 'none',
  // harm words and people
  'killed', 'were killed', 'killing', 'wounded', 'injured', 'died', 'dead', 'the death toll', 'rose to', 'from',
  'casualties', 'missing', 'captured', 'hostages', 'people', 'soldiers', 'civilians', 'the deaths of', 'lost their lives',
  // attribution
  'said', 'police said', 'according to', 'the ministry', 'Reuters', 'Source:', '(AP) -', 'he said', 'told',
  // punctuation
  '.', ',', ';', ':', '"', '“', '”', '(', ')', '!', '?', '\n', '\r\n', '...', '—', '%', '$',
  // hostile characters
  '\u202e', '\u200f', '\u2066', '\u061c', '\x1b[31m', '\x1b]0;pwned\x07', '\x1b]8;;http://x\x1b\\', '\x00', '\x7f', '\x85',
  '\x9b2J', '\ufeff', '\ufffd', '\u00a0', '\t', '\u2028', '👍🏽', 'e\u0301', '\ud800', '\udfff', '=cmd|', '+1', '@SUM(1)',
];

const separator = fc.constantFrom(' ', ' ', ' ', '', '  ', '\n', '\t');

/** Sentences of report vocabulary and hostile characters in random order. */
const tokenSoup = fc
  .array(fc.tuple(fc.constantFrom(...PIECES), separator), { maxLength: 40 })
  .map((parts) => parts.map(([piece, sep]) => piece + sep).join(''));

const NUMBERS = PIECES.slice(0, 20);
const QUALIFIER_WORDS = ['', '', 'at least', 'about', 'up to', 'more than', 'nearly', 'some', 'as many as', 'at least at least', 'between 5 and', 'from 3 to', '5 to', 'dozens of', 'hundreds of'];
const HARM = ['were killed', 'were wounded', 'died', 'were injured', 'are missing', 'were captured', 'killed', 'dead', 'lost their lives'];
const PEOPLE = ['people', 'soldiers', 'civilians', 'children', ''];
const ATTRIBUTION = ['', ', police said.', ', according to the ministry.', '.', ' (Reuters)', '. Source: UN', ', he told "AP".'];
const HOSTILE = PIECES.slice(PIECES.indexOf('\u202e'));

/** A casualty sentence ("at least 12 people were killed, police said.") with hostile pieces inserted. */
const figureSentence = fc
  .tuple(
    fc.constantFrom(...QUALIFIER_WORDS), fc.constantFrom(...NUMBERS), fc.constantFrom(...PEOPLE), fc.constantFrom(...HARM),
    fc.constantFrom(...ATTRIBUTION), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...HOSTILE)), { maxLength: 3 }),
  )
  .map(([qualifier, number, people, harm, attribution, insertions]) => {
    let text = `${qualifier} ${number} ${people} ${harm}${attribution}`.trim();
    for (const [at, piece] of insertions) {
      const i = at % (text.length + 1);
      text = text.slice(0, i) + piece + text.slice(i);
    }
    return text;
  });

/** Any code points, lone surrogates included. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 200 }),
);

/** Repetitions that make backtracking patterns or naive loops blow up. */
const adversarial = fc.oneof(
  fc.integer({ min: 1, max: 1500 }).map((n) => `${'1,'.repeat(n)}1 people were killed`),
  fc.integer({ min: 1, max: 3000 }).map((n) => `Police said${' '.repeat(n)}12 people were killed${' '.repeat(n)}.`),
  fc.integer({ min: 1, max: 300 }).map((n) => `${'at least '.repeat(n)}5 people were killed`),
  fc.integer({ min: 1, max: 300 }).map((n) => `${'about '.repeat(n)}killed ${'some '.repeat(n)}people`),
  fc.integer({ min: 1, max: 600 }).map((n) => `${'9'.repeat(n)} people were killed`),
  fc.integer({ min: 1, max: 600 }).map((n) => `killing 1${'0'.repeat(n)} people and wounding 1.${'5'.repeat(n)} million`),
  fc.integer({ min: 1, max: 300 }).map((n) => `${'١٢ '.repeat(n)}people were killed`),
  fc.integer({ min: 1, max: 500 }).map((n) => `12 people\u202e were killed${'\u200f\u202e'.repeat(n)}`),
  fc.integer({ min: 1, max: 500 }).map((n) => `${'\x1b['.repeat(n)}12 people were killed${'\x00\x07'.repeat(n)}`),
  fc.integer({ min: 1, max: 300 }).map((n) => `${'between 1 and '.repeat(n)}5 people were killed`),
  fc.integer({ min: 1, max: 300 }).map((n) => `${'killed, '.repeat(n)}12`),
  fc.integer({ min: 1, max: 300 }).map((n) => `${'said '.repeat(n)}12 people were killed, ${'according to '.repeat(n)}police`),
  fc.integer({ min: 1, max: 300 }).map((n) => `${'“'.repeat(n)}12 people were killed${'”'.repeat(n)}, he said.`),
  fc.integer({ min: 1, max: 300 }).map((n) => `${'12 killed. '.repeat(n)}`),
);

const reportText = fc.oneof(
  { weight: 3, arbitrary: fc.array(figureSentence, { minLength: 1, maxLength: 4 }).map((sentences) => sentences.join(' ')) },
  { weight: 2, arbitrary: tokenSoup }, { weight: 1, arbitrary: anyText }, { weight: 2, arbitrary: adversarial });

function reportOf(text: string, line = 1): Report {
  return { file: 'hostile.txt', line, doc: 'hostile.txt:1', text, source: null, date: null };
}

// ---------------------------------------------------------------------------------------------
// The contract

function checkBound(value: number | null, name: string): void {
  if (value === null) return;
  expect(Number.isSafeInteger(value), `${name} ${value} is a whole number`).toBe(true);
  expect(value, `${name} is not negative`).toBeGreaterThanOrEqual(0);
  expect(value, `${name} is no more than any population`).toBeLessThanOrEqual(MAX_PLAUSIBLE);
}

/** Every property the README's extract contract and src/figure.ts promise of a Figure. */
function checkFigure(figure: Figure, report: Report): void {
  expect(CATEGORIES).toContain(figure.category);
  expect(QUALIFIERS).toContain(figure.qualifier);
  checkBound(figure.low, 'low');
  checkBound(figure.high, 'high');
  expect(figure.low !== null || figure.high !== null, 'an interval open on both sides is no figure').toBe(true);
  if (figure.low !== null && figure.high !== null) expect(figure.low).toBeLessThanOrEqual(figure.high);
  if (figure.qualifier === 'at_least') expect(figure.high).toBeNull();
  if (figure.qualifier === 'at_most') expect(figure.low).toBeNull();
  if (figure.qualifier === 'exact' || figure.qualifier === 'approx') expect(figure.low).toBe(figure.high);
  expect(Number.isInteger(figure.start) && Number.isInteger(figure.end)).toBe(true);
  expect(0 <= figure.start && figure.start < figure.end && figure.end <= report.text.length).toBe(true);
  expect(figure.quote).toBe(report.text.slice(figure.start, figure.end));
  expect(figure.sentence).toContain(figure.quote);
  expect(Number.isFinite(figure.confidence) && figure.confidence >= 0 && figure.confidence <= 1).toBe(true);
  expect(figure.file).toBe(report.file);
  expect(figure.doc).toBe(report.doc);
  const linesBefore = report.text.slice(0, figure.start).split('\n').length - 1;
  expect(figure.line).toBe(report.line + linesBefore);
}

function extractChecked(text: string): { figures: Figure[]; warnings: ExtractWarning[] } {
  const report = reportOf(text, 7);
  const warnings: ExtractWarning[] = [];
  const figures = extractFigures(report, { onWarning: (warning) => warnings.push(warning) });
  for (const figure of figures) checkFigure(figure, report);
  for (const warning of warnings) {
    expect(warning.file).toBe(report.file);
    expect(report.text).toContain(warning.quote);
    expect(warning.line).toBeGreaterThanOrEqual(report.line);
  }
  return { figures, warnings };
}

// Anything a terminal acts on: C0 controls but the line feed, DEL, C1 controls, bidi embeddings,
// overrides and isolates. (ESC is among the C0 controls, so no escape sequence gets through either.)
const TERMINAL_UNSAFE = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;
// The colour chalk itself adds, when asked for: SGR sequences only.
const SGR = /\x1b\[[0-9;]*m/g;

/** Every number anywhere in a parsed JSON value is finite (JSON has no NaN: a NaN would be null). */
function numbersIn(value: unknown, out: number[] = []): number[] {
  if (typeof value === 'number') out.push(value);
  else if (Array.isArray(value)) for (const item of value) numbersIn(item, out);
  else if (value !== null && typeof value === 'object') for (const item of Object.values(value)) numbersIn(item, out);
  return out;
}

const CONTEXTS: ReportContext[] = [{ color: false, escapeFormulas: true }, { color: true, escapeFormulas: false }];

function checkFormatters(figures: readonly Figure[]): void {
  const result = reconcile(figures);
  for (const ctx of CONTEXTS) {
    for (const format of OUTPUT_FORMATS) {
      for (const output of [FIGURE_FORMATTERS[format](figures, ctx), RECONCILE_FORMATTERS[format](result, ctx)]) {
        expect(typeof output).toBe('string');
        if (format === 'table' || format === 'markdown') {
          const visible = ctx.color ? output.replace(SGR, '') : output;
          expect(visible, `${format} output`).not.toMatch(TERMINAL_UNSAFE);
        }
        if (format === 'json' || format === 'ndjson') {
          const documents = format === 'json' ? [output] : output.split('\n').filter(Boolean);
          for (const document of documents) for (const n of numbersIn(JSON.parse(document))) expect(Number.isFinite(n)).toBe(true);
        }
        if (format === 'csv') expect(output).not.toMatch(/(^|,)(-?Infinity|NaN)(,|$)/m);
      }
    }
  }
  // The streamed forms of extract: one line per figure, the same values as the figure.
  for (const figure of figures) {
    const parsed = JSON.parse(figureToNdjsonLine(figure)) as Record<string, unknown>;
    expect([parsed.low, parsed.high, parsed.start, parsed.end]).toEqual([figure.low, figure.high, figure.start, figure.end]);
    expect(figureToCsvRecord(figure, CONTEXTS[0]!)).not.toMatch(/(^|,)(-?Infinity|NaN)(,|$)/);
  }
  expect(FIGURE_CSV_HEADER.split(',')).toContain('quote');
}

// ---------------------------------------------------------------------------------------------

describe('extraction on random and adversarial text', () => {
  it('never throws and every figure keeps the contract', () => {
    fc.assert(fc.property(reportText, (text) => { extractChecked(text); }), { numRuns: RUNS * 2 });
  }, 30_000 + RUNS * 200);

  it('keeps the contract on each adversarial family at its largest size', () => {
    // fast-check shrinks towards small sizes; the largest ones are where backtracking would show.
    const largest = [
      `${'1,'.repeat(5000)}1 people were killed`,
      `Police said${' '.repeat(20_000)}12 people were killed${' '.repeat(20_000)}.`,
      `${'at least '.repeat(2000)}5 people were killed`,
      `${'9'.repeat(5000)} people were killed`,
      `killing 1${'0'.repeat(400)} people`,
      `${'١٢ '.repeat(2000)}people were killed`,
      `12 people were killed${'\u200f\u202e'.repeat(5000)}`,
      `${'between 1 and '.repeat(1000)}5 people were killed`,
      `${'“'.repeat(3000)}12 people were killed${'”'.repeat(3000)}, he said.`,
    ];
    for (const text of largest) extractChecked(text);
  }, 30_000 + RUNS * 200);

  it('rejects values past any population with a warning naming the span, never Infinity', () => {
    for (const digits of [11, 14, 100, 309, 400]) {
      const text = `Officials said 1${'0'.repeat(digits - 1)} people were killed.`;
      const { figures, warnings } = extractChecked(text);
      expect(figures).toEqual([]);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]!.quote).toBe(`1${'0'.repeat(digits - 1)}`);
    }
  });

  it('is deterministic: the same text gives the same figures', () => {
    fc.assert(fc.property(tokenSoup, (text) => {
      expect(extractFigures(reportOf(text))).toEqual(extractFigures(reportOf(text)));
    }), { numRuns: RUNS });
  });
});

describe('formatters on the figures of hostile text', () => {
  it('never throw, keep JSON finite and keep terminal output free of controls', () => {
    fc.assert(fc.property(fc.array(reportText, { maxLength: 4 }), (texts) => {
      checkFormatters(texts.flatMap((text) => extractChecked(text).figures));
    }), { numRuns: RUNS / 3 });
  }, 30_000 + RUNS * 200);

  // Ids, sources, actors and dates come from input columns: any text at all can reach a formatter.
  const hostileString = fc.oneof(anyText, tokenSoup, fc.constantFrom('=1+1', '-2', '@x', '\t=x', '\r=x', '', ' '));
  const bound = fc.oneof(fc.constant(null), fc.nat({ max: 1e9 }));
  const figure = fc.record({
    doc: hostileString, file: hostileString, line: fc.nat({ max: 1e6 }).map((n) => n + 1),
    category: fc.constantFrom(...CATEGORIES), qualifier: fc.constantFrom(...QUALIFIERS),
    low: bound, high: bound, actor: fc.option(hostileString), source: fc.option(hostileString), outlet: fc.option(hostileString),
    quote: hostileString, start: fc.nat({ max: 1000 }), end: fc.nat({ max: 1000 }), sentence: hostileString,
    date: fc.option(hostileString), confidence: fc.double({ min: 0, max: 1, noNaN: true }),
  }).filter((f) => f.low !== null || f.high !== null)
    .map((f): Figure => (f.low !== null && f.high !== null && f.low > f.high ? { ...f, low: f.high, high: f.low } : f));

  it('neutralise any text in any field', () => {
    fc.assert(fc.property(fc.array(figure, { maxLength: 6 }), (figures) => { checkFormatters(figures); }), { numRuns: RUNS / 3 });
  }, 30_000 + RUNS * 200);
});
