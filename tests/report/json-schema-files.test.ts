// The JSON Schema files shipped in schema/ against what the built CLI prints: every JSON document,
// every NDJSON line and the run summary on stderr, on the bundled data, the ACLED sample, a series
// and a generated corpus in which the optional keys (history, parts, scopes, intervals, events,
// revisions, party flags) actually occur. The schemas are strict (no key they do not list), so a
// key added to the output without a word in docs/json-schema.md and the schema fails here.
// Validated with ajv, draft 2020-12.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import type { ErrorObject } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { CATEGORIES, QUALIFIERS, REVISIONS } from '../../src/figure.js';
import { PROBLEMS } from '../../src/problems.js';
import { POLICIES } from '../../src/reconcile/types.js';
import { SOURCE_KINDS } from '../../src/reconcile/aliases.js';
import { FIGURE_FIELDS } from '../../src/report/records.js';
import { ROOT, toll, type Result } from '../cli/helpers.js';

type Json = Record<string, any>;

const SCHEMA_DIR = join(ROOT, 'schema');
const FILES = ['toll.figure-1.schema.json', 'toll.reconcile-1.schema.json', 'toll.timeline-1.schema.json', 'toll.run-1.schema.json'];
const schemas = Object.fromEntries(FILES.map((file) => [file, JSON.parse(readFileSync(join(SCHEMA_DIR, file), 'utf8')) as Json]));

// strict: an unknown keyword or a misplaced one is an error in the schema, not silently ignored.
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
for (const file of FILES) ajv.addSchema(schemas[file]!);

const RECONCILE = 'toll.reconcile-1.schema.json';
const GROUP = `${RECONCILE}#/$defs/Group`;
const TIMELINE = 'toll.timeline-1.schema.json';
const TIMELINE_GROUP = `${TIMELINE}#/$defs/TimelineGroup`;
const FIGURE = 'toll.figure-1.schema.json';
const RUN = 'toll.run-1.schema.json';

/** The errors of `value` against the schema at `ref`, as lines; [] when it is valid. */
function errors(ref: string, value: unknown): string[] {
  const validate = ajv.getSchema(ref);
  if (!validate) throw new Error(`no schema ${ref}`);
  if (validate(value)) return [];
  return (validate.errors as ErrorObject[]).slice(0, 10).map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);
}

function expectValid(ref: string, value: unknown, what: string): void {
  expect(errors(ref, value), `${what} against ${ref}`).toEqual([]);
}

function lines(text: string): Json[] {
  return text.split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as Json);
}

// What the outputs held, counted over every document validated: the test fails when a kind of
// optional key never occurred, so it cannot pass on outputs too plain to exercise the schema.
const seen = new Map<string, number>();
const see = (what: string, n = 1) => seen.set(what, (seen.get(what) ?? 0) + n);

function noteFigure(figure: Json): void {
  see('figures');
  for (const key of ['scope', 'partOf', 'kind', 'interval', 'event']) if (key in figure) see(`figure.${key}`);
  if (figure.revision !== null) see(`figure.revision ${figure.revision}`);
  if (figure.low === null) see('figure open below');
  if (figure.high === null) see('figure open above');
}

function noteClaim(claim: Json): void {
  see(`claim ${claim.status}`);
  see(`claim ${claim.qualifier}`);
  if (claim.events.length > 0) see('claim.events');
  if (claim.kind !== null) see(`claim.kind ${claim.kind}`);
  if (claim.statements.some((s: Json) => s.date !== null)) see('claim dated');
  claim.figures.forEach(noteFigure);
}

function noteGroup(group: Json): void {
  see('groups');
  if (group.scope !== null) see('group.scope');
  if (group.record !== null) see('group.record');
  if (group.disagreements.length > 0) see('group.disagreements');
  if (group.compatible.length > 0) see('group.compatible');
  if (group.summary !== null) see(`summary ${group.summary.policy}`);
  if (group.digest?.latest) see('digest.latest');
  if (group.digest?.outliers.length > 0) see('digest.outliers');
  for (const row of group.rows) {
    if (row.history.length > 0) see('row.history');
    if (row.parts.length > 0) see('row.parts');
    if (row.party !== null) see(`row.party ${row.party}`);
    if (row.kind !== null) see('row.kind');
    if (row.outlets.length > 0) see('row.outlets');
    if (row.claims.length === 0) see('row all taken back');
    [...row.claims, ...row.history].forEach(noteClaim);
    for (const part of row.parts) noteClaim(part.claim);
  }
}

function noteTimelineGroup(group: Json): void {
  see('timeline groups');
  for (const source of group.sources) {
    for (const entry of source.entries) {
      see(`entry ${entry.change}`);
      if (entry.events.length > 0) see('entry.events');
      if (entry.date !== null) see('entry dated');
    }
  }
}

/** stdout as a toll.reconcile/1 document; with --format json and no --quiet, stderr ends in the run summary. */
function checkReconcileJson(result: Result, what: string): Json {
  expect(result.status, `${what}: ${result.stderr}`).toBe(0);
  const document = JSON.parse(result.stdout) as Json;
  expectValid(RECONCILE, document, what);
  document.groups.forEach(noteGroup);
  checkRunSummary(result, what);
  return document;
}

function checkRunSummary(result: Result, what: string): void {
  const last = result.stderr.trimEnd().split('\n').at(-1)!;
  const summary = JSON.parse(last) as Json;
  expectValid(RUN, summary, `${what} (run summary)`);
  see('run summaries');
  for (const code of Object.keys(summary.problems)) see(`problem ${code}`);
}

/**
 * Invented reports, a few hundred, in every form the checks want to see: qualifiers (at least,
 * about, between, dozens, up to, none), revisions, denials and retractions, breakdowns, periods,
 * uncertainty intervals, event days, counted and estimated figures, parties to a registered
 * conflict counting their own side and the enemy's; dated and undated, with outlets and events.
 * A fixed seed: the same corpus on every run.
 */
function inventedCorpus(count: number): string {
  let state = 15;
  const random = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const n = () => 2 + Math.floor(random() * 400);
  const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
  const places = ['Norvale', 'Kestrel Bay', 'Tarnmouth', 'Ossery', 'Little Brannock', 'Veld Cross'];
  const claimants = [
    'the Interior Ministry', 'the Health Ministry', 'police', 'the regional governor', 'the Red Cross', 'the UN',
    'Radio Kestrel', 'the coast guard', "Ukraine's General Staff", 'the Russian Defence Ministry',
  ];
  const who = ['people', 'civilians', 'miners', 'soldiers', 'fishermen', 'Russian soldiers'];
  const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
  const templates: ((c: string, w: string, p: string) => string)[] = [
    (c, w, p) => `${cap(c)} said at least ${n()} ${w} were killed in the flooding in ${p}.`,
    (c, w, p) => `About ${n()} ${w} were killed in the shelling of ${p}, ${c} said.`,
    (c, w, p) => { const a = n(); return `Between ${a} and ${a + 10} ${w} were killed in the collapse at ${p}, ${c} said.`; },
    (c, w, p) => `Dozens of ${w} were wounded in the clashes near ${p}, ${c} said.`,
    (c, w, p) => `Hundreds of ${w} were wounded in ${p}, according to ${c}.`,
    (c, _, p) => `No one was killed in the blast at the depot in ${p}, ${c} said.`,
    (c, _, p) => { const a = n(); return `${cap(c)} raised the toll in ${p} to ${a + 20} from ${a}.`; },
    (c, w, p) => `${cap(c)} said ${n()} ${w} drowned off ${p}, a figure the governor later dismissed.`,
    (c, w, p) => `${cap(c)} retracted its claim that ${n()} ${w} had been killed in ${p}.`,
    (c, w, p) => { const a = n() + 10; return `The strike on ${p} killed ${a} ${w}, including ${Math.floor(a / 3)} children, ${c} said.`; },
    (c, w, p) => `In the past 24 hours, ${n()} ${w} were killed in ${p}, ${c} said.`,
    (c, _, p) => `${cap(c)} estimated ${n() * 100} excess deaths (95% CI ${n() * 10}–${n() * 1000}) in ${p} since 2003.`,
    (c, w, p) => `The blast on ${pick(days)} killed ${n()} ${w} in ${p}, ${c} said.`,
    (c, w, p) => `${cap(c)} said on ${pick(days)} that ${n()} ${w} were killed in ${p}.`,
    (_, __, p) => `Officials in ${p} identified ${n()} of the dead.`,
    (c, w, p) => `Up to ${n()} ${w} were killed near ${p}, ${c} said.`,
    (c, w, p) => `${cap(c)} said ${n()} ${w} were missing after the storm in ${p}.`,
    (c, w, p) => `${cap(c)} said ${n()} ${w} were captured near ${p}.`,
    (_, __, p) => `The Russian Defence Ministry said ${n()} Russian soldiers were killed near ${p}.`,
    (_, __, p) => `Ukraine's General Staff said about ${n() * 3} Russian troops were killed near ${p}.`,
    (_, __, p) => `A market reopened in ${p} on ${pick(days)}.`,
  ];
  const cell = (s: string) => (/[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
  const records = ['id,date,outlet,event,text'];
  for (let i = 1; i <= count; i++) {
    const day = `2024-0${1 + Math.floor(random() * 6)}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
    const date = random() < 0.15 ? '' : day;
    const outlet = pick(['Norvale Herald', 'Coastal Wire', 'Valley Gazette', '']);
    const text = pick(templates)(pick(claimants), pick(who), pick(places));
    records.push([`g${i}`, date, outlet, `ev${1 + Math.floor(random() * 20)}`, text].map(cell).join(','));
  }
  return `${records.join('\n')}\n`;
}

const dir = mkdtempSync(join(tmpdir(), 'toll-schema-'));
const CORPUS = ['--date-column', 'date', '--id-column', 'id', '--source-column', 'outlet', 'corpus.csv'];

beforeAll(() => {
  writeFileSync(join(dir, 'corpus.csv'), inventedCorpus(400));
  writeFileSync(join(dir, 'series.json'), JSON.stringify([
    { date: '2024-03-01', killed_cum: 10 }, { date: '2024-03-02', killed_cum: 14 }, { date: '2024-03-04', killed_cum: 19 },
  ]));
  writeFileSync(join(dir, 'series-reports.txt'), [
    'The Norvale Health Ministry said 14 people were killed in the floods.',
    'About 30 people were killed in the Norvale floods, Radio Kestrel said on Tuesday.',
    '',
  ].join('\n'));
});

const data = (name: string) => join(ROOT, 'data', name);

describe('the schema files', () => {
  it('are draft 2020-12 schemas that ajv compiles in strict mode, named by file', () => {
    expect(readdirSync(SCHEMA_DIR).sort()).toEqual([...FILES].sort());
    for (const file of FILES) {
      expect(schemas[file]!.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schemas[file]!.$id).toBe(file);
      expect(ajv.getSchema(file), file).toBeDefined();
    }
    for (const ref of [GROUP, TIMELINE_GROUP]) expect(ajv.getSchema(ref), ref).toBeDefined();
  });

  it('list the values the source code lists', () => {
    const defs = schemas[RECONCILE]!.$defs;
    expect(defs.Category.enum).toEqual([...CATEGORIES]);
    expect(defs.Qualifier.enum).toEqual([...QUALIFIERS]);
    expect(defs.SourceKind.enum).toEqual([...SOURCE_KINDS]);
    expect(defs.Policy.enum).toEqual([...POLICIES]);
    for (const name of ['Category', 'Qualifier', 'SourceKind', 'Status', 'Role', 'GroupBy', 'Day']) {
      expect(schemas[TIMELINE]!.$defs[name], name).toEqual(defs[name]);
    }
    const figure = schemas[FIGURE]!;
    expect(figure.properties.category.enum).toEqual([...CATEGORIES]);
    expect(figure.properties.qualifier.enum).toEqual([...QUALIFIERS]);
    expect(figure.properties.revision.enum).toEqual([...REVISIONS, null]);
    expect(figure.required).toEqual(FIGURE_FIELDS);
    expect(Object.keys(figure.properties)).toEqual([...FIGURE_FIELDS, 'scope', 'partOf', 'kind', 'interval', 'event', 'shares']);
    expect(schemas[RUN]!.properties.problems.propertyNames.enum).toEqual(Object.keys(PROBLEMS));
  });

  it('list exactly the keys docs/json-schema.md documents, as required', () => {
    const doc = readFileSync(join(ROOT, 'docs/json-schema.md'), 'utf8');
    const documented = (heading: string) => {
      const start = doc.indexOf(`\n### ${heading}\n`);
      expect(start, heading).toBeGreaterThan(-1);
      return [...doc.slice(start + heading.length + 6).split('\n#')[0]!.matchAll(/^\| `(\w+)` \|/gm)].map((m) => m[1]!);
    };
    const check = (heading: string, schema: Json) => {
      expect(Object.keys(schema.properties), heading).toEqual(documented(heading));
      expect(schema.required, heading).toEqual(documented(heading));
      expect(schema.additionalProperties, heading).toBe(false);
    };
    check('Reconciliation', schemas[RECONCILE]!);
    for (const name of ['Group', 'SourceRow', 'Claim', 'Part', 'ClaimantName', 'Bounds', 'Statement', 'Pair', 'Summary', 'Digest', 'Latest', 'Outlier']) {
      check(name, schemas[RECONCILE]!.$defs[name]);
    }
    check('Timeline', schemas[TIMELINE]!);
    for (const name of ['TimelineGroup', 'TimelineSource', 'TimelineEntry']) check(name, schemas[TIMELINE]!.$defs[name]);
    check('Run', schemas[RUN]!);
    for (const name of ['Files', 'Records', 'Unread']) check(name, schemas[RUN]!.$defs[name]);
  });

  it('reject a key they do not list, a wrong type and an unknown value', () => {
    const document = JSON.parse(toll(['--quiet', '--format', 'json', data('reports.txt')]).stdout) as Json;
    expectValid(RECONCILE, document, 'reports.txt');
    const group = document.groups[0];
    expect(errors(GROUP, { ...group, extra: 1 })).toEqual([expect.stringContaining('must NOT have additional properties')]);
    const claim = group.rows[0].claims[0];
    const broken = (changes: Json) => ({ ...group, rows: [{ ...group.rows[0], claims: [{ ...claim, ...changes }] }] });
    expect(errors(GROUP, broken({ low: '300' }))).not.toEqual([]);
    expect(errors(GROUP, broken({ low: 2.5 }))).not.toEqual([]);
    expect(errors(GROUP, broken({ qualifier: 'roughly' }))).not.toEqual([]);
    expect(errors(GROUP, broken({ figures: [{ ...claim.figures[0], sourceVia: 'named' }] }))).not.toEqual([]);
    expect(errors(RECONCILE, { ...document, schema: 'toll.reconcile/2' })).not.toEqual([]);
    const { digest: _, ...withoutDigest } = group;
    expect(errors(GROUP, withoutDigest)).toEqual([expect.stringContaining("must have required property 'digest'")]);
  });
});

describe('toll reconcile --format json', () => {
  it.each([
    ['data/reports.txt', [data('reports.txt')]],
    ['data/reports.csv with dates and history', ['--date-column', 'date', '--history', data('reports.csv')]],
    ['--preset acled', ['--preset', 'acled', data('acled-sample.csv')]],
    ['--by source', ['--by', 'source', data('reports.txt')]],
    ['--group-by category', ['--group-by', 'category', data('reports.txt')]],
    ['--group-by none', ['--group-by', 'none', data('reports.txt')]],
    ['--per-record', ['--per-record', data('reports.csv')]],
    ['--policy best', ['--policy', 'best', data('reports.txt')]],
    ['--policy conservative', ['--policy', 'conservative', data('reports.txt')]],
  ])('%s', (what, args) => {
    checkReconcileJson(toll(['--format', 'json', ...args]), what);
  });

  it('a missing input among others: the problem counted in the run summary', () => {
    const result = toll(['--format', 'json', data('reports.txt'), 'no-such-file.txt']);
    expect(result.status).toBe(2);
    expectValid(RECONCILE, JSON.parse(result.stdout), 'with a missing input');
    checkRunSummary(result, 'with a missing input');
    expect(JSON.parse(result.stderr.trimEnd().split('\n').at(-1)!).problems).toEqual({ FILE_NOT_FOUND: 1 });
  });

  it.each([
    ['by actor', []],
    ['per event', ['--event-column', 'event']],
    ['by category, best', ['--group-by', 'category', '--policy', 'best', '--history']],
    ['by nothing, conservative', ['--group-by', 'none', '--policy', 'conservative']],
  ])('a generated corpus of 400 invented reports: %s', (what, args) => {
    const result = toll(['--format', 'json', ...args, ...CORPUS], { cwd: dir });
    const document = checkReconcileJson(result, what);
    expect(document.groups.length).toBeGreaterThan(1);
  });

  it('a dated series beside reports', () => {
    const result = toll(['--format', 'json', '--series', 'series.json', '--series-fields', 'killed=killed_cum',
      '--series-source', 'Norvale Health Ministry', 'series-reports.txt'], { cwd: dir });
    checkReconcileJson(result, 'series');
  });
});

describe('NDJSON, one group or figure a line', () => {
  it.each([
    ['data/reports.txt', [data('reports.txt')], {}],
    ['data/reports.csv per record', ['--per-record', '--date-column', 'date', data('reports.csv')], {}],
    ['the generated corpus, per event', ['--event-column', 'event', ...CORPUS], { cwd: dir }],
  ])('toll reconcile --format ndjson: %s, each line a Group', (what, args, options) => {
    const result = toll(['--quiet', '--format', 'ndjson', ...args], options);
    expect(result.status).toBe(0);
    const groups = lines(result.stdout);
    expect(groups.length).toBeGreaterThan(0);
    for (const [i, group] of groups.entries()) expectValid(GROUP, group, `${what}, line ${i + 1}`);
    groups.forEach(noteGroup);
  });

  it.each([
    ['data/reports.txt', [data('reports.txt')], {}],
    ['the generated corpus', CORPUS, { cwd: dir }],
  ])('toll timeline --format ndjson: %s, each line a TimelineGroup', (what, args, options) => {
    const result = toll(['timeline', '--quiet', '--format', 'ndjson', ...args], options);
    expect(result.status).toBe(0);
    const groups = lines(result.stdout);
    expect(groups.length).toBeGreaterThan(0);
    for (const [i, group] of groups.entries()) expectValid(TIMELINE_GROUP, group, `${what}, line ${i + 1}`);
    groups.forEach(noteTimelineGroup);
  });

  it.each([
    ['data/reports.txt', [data('reports.txt')], {}],
    ['data/acled-sample.csv', [data('acled-sample.csv')], {}],
    ['the generated corpus', CORPUS, { cwd: dir }],
  ])('toll extract --format ndjson: %s, every line a figure', (what, args, options) => {
    const result = toll(['extract', '--format', 'ndjson', ...args], options);
    expect(result.status).toBe(0);
    const figures = lines(result.stdout);
    expect(figures.length).toBeGreaterThan(0);
    for (const [i, figure] of figures.entries()) expectValid(FIGURE, figure, `${what}, line ${i + 1}`);
    figures.forEach(noteFigure);
  });
});

describe('the other JSON documents', () => {
  it.each([
    ['data/reports.txt', [data('reports.txt')], {}],
    ['data/reports.csv with dates', ['--date-column', 'date', data('reports.csv')], {}],
    ['the generated corpus, per event', ['--event-column', 'event', ...CORPUS], { cwd: dir }],
  ])('toll timeline --format json: %s', (what, args, options) => {
    const result = toll(['timeline', '--format', 'json', ...args], options);
    expect(result.status).toBe(0);
    const document = JSON.parse(result.stdout) as Json;
    expectValid(TIMELINE, document, what);
    document.groups.forEach(noteTimelineGroup);
    checkRunSummary(result, what);
  });

  it('toll extract --format json: an array of figures', () => {
    const result = toll(['extract', '--format', 'json', ...CORPUS], { cwd: dir });
    expect(result.status).toBe(0);
    const figures = JSON.parse(result.stdout) as Json[];
    expect(figures.length).toBeGreaterThan(100);
    for (const [i, figure] of figures.entries()) expectValid(FIGURE, figure, `figure ${i}`);
    checkRunSummary(result, 'extract');
  });
});

describe('what the outputs held', () => {
  // Runs after the tests above (vitest runs a file's tests in order): each kind of optional key and
  // value validated at least once, so that the schema was tried on them and not only on plain output.
  it('every optional key and value occurred in what was validated', () => {
    const wanted = [
      'groups', 'timeline groups', 'figures', 'run summaries', 'problem FILE_NOT_FOUND',
      'group.scope', 'group.record', 'group.disagreements', 'group.compatible',
      'summary range', 'summary best', 'summary conservative', 'digest.latest', 'digest.outliers',
      'row.history', 'row.parts', 'row.party own_losses', 'row.party enemy_losses', 'row.kind', 'row.outlets', 'row all taken back',
      'claim current', 'claim superseded', 'claim denied', 'claim retracted', 'claim.events', 'claim.kind counted', 'claim.kind estimated', 'claim dated',
      'claim exact', 'claim approx', 'claim at_least', 'claim at_most', 'claim range', 'claim vague',
      'figure.scope', 'figure.partOf', 'figure.kind', 'figure.interval', 'figure.event',
      'figure.revision superseded', 'figure.revision revised', 'figure.revision denied', 'figure.revision retracted',
      'figure open below', 'figure open above',
      'entry first', 'entry higher', 'entry lower', 'entry.events', 'entry dated',
    ];
    const missing = wanted.filter((what) => !seen.has(what));
    expect(missing, JSON.stringify(Object.fromEntries(seen))).toEqual([]);
  });
});
