#!/usr/bin/env node
// npm run mutation [-- FAMILY_SUBSTRING ...]
// Issue 12's mutation check: deleting any one phrase family's rule must fail a test. For each row of
// MUTANTS, a scratch copy of the repo gets that one deletion as a source edit, tests/extract run
// there, and the row is killed when at least one test fails. Exits 1 when a deletion survives (or
// breaks a test file's import instead of failing a test), 2 when an edit no longer matches the code.
// Too slow for `npm test`: tests/architecture/mutation-table.test.ts checks instead that this table
// is complete and every edit applies. It lives outside tests/extract, where it would kill every
// mutant (a mutated file no longer matches its own edit).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CONFIG = 'src/extract/config.ts';
const INDEX = 'src/extract/index.ts';
const IRREALIS = 'src/extract/rules/irrealis.ts';
const VOCABULARY = 'src/extract/vocabulary.ts';

const rule = (name, variable) => ({ family: `CATEGORY_RULES ${name}`, deleted: `${variable} taken out of the array`, file: CONFIG, find: `\n  ${variable},`, replace: '' });
const refiner = (name) => ({ family: `REFINERS ${name}`, deleted: `${name} taken out of the array`, file: CONFIG, find: `\n  ${name},`, replace: '' });
/** A vocabulary export whose initializer becomes `empty`: found by name, so it survives reformatting. */
const emptied = (name, empty) => ({ family: `vocabulary ${name}`, deleted: `= ${empty}`, file: VOCABULARY, declaration: name, replace: empty });

/**
 * One row a deletion: `find` (a string or RegExp that must match exactly once) becomes `replace` in
 * `file`, or, with `declaration`, that exported const's initializer becomes `replace`.
 */
export const MUTANTS = [
  rule('way-of-killing', 'wayOfKilling'),
  rule('shot-fatally', 'shotFatally'),
  rule('object-of-verb', 'objectOfVerb'),
  rule('of-nominal', 'ofNominal'),
  rule('label', 'label'),
  rule('subject-predicate', 'subjectPredicate'),
  rule('toll', 'toll'),
  rule('along-with', 'alongWith'),
  rule('among-the-harmed', 'amongTheHarmed'),
  rule('held-captive', 'heldCaptive'),
  rule('named-dead', 'namedDead'),
  rule('captives-taken', 'captivesTaken'),
  refiner('inheritAcrossCoordination'),
  refiner('inheritBreakdowns'),
  refiner('inheritIntervals'),
  { family: 'ZERO_COUNTS', deleted: 'finds no zero counts', file: CONFIG, find: 'ZERO_COUNTS = findZeroCounts;', replace: 'ZERO_COUNTS: typeof findZeroCounts = () => [];' },
  { family: 'irrealis isIrrealisBefore', deleted: 'always false', file: IRREALIS, find: /export function isIrrealisBefore\([^)]*\)[^{]*\{/, replace: '$& return false;' },
  { family: 'irrealis isProjectedAfter', deleted: 'always false', file: IRREALIS, find: /export function isProjectedAfter\([^)]*\)[^{]*\{/, replace: '$& return false;' },
  { family: 'irrealis isModalAt', deleted: 'always false', file: IRREALIS, find: /export function isModalAt\([^)]*\)[^{]*\{/, replace: '$& return false;' },
  { family: 'revision revisionOf', deleted: 'not called (no revision)', file: INDEX, find: /revisionOf\([^)]*\)/, replace: 'null' },
  { family: 'scope refineScope', deleted: 'not called', file: INDEX, find: 'refineScope(text, markParts(text, figures))', replace: 'markParts(text, figures)' },
  { family: 'breakdown markParts', deleted: 'not called', file: INDEX, find: 'markParts(text, figures)', replace: 'figures' },
  emptied('UNITS', 'new Map()'),
  emptied('TENS', 'new Map()'),
  emptied('SCALES', 'new Map()'),
  emptied('GLUED_SCALES', 'new Set()'),
  emptied('VAGUE_QUANTITIES', '[]'),
  emptied('QUALIFIER_PHRASES', '[]'),
  emptied('LOSING_VERBS', '[]'),
  emptied('HARM_WORDS', "Object.fromEntries(['killed', 'wounded', 'casualties', 'captured', 'missing'].map((c) => [c, { verbs: [], phrasalVerbs: [], predicates: [], predicatePhrases: [], ofNominals: [] }]))"),
  emptied('TRANSITIVE_VERBS', 'new Map()'),
  emptied('PHRASAL_VERBS', '[]'),
  emptied('PREDICATE_WORDS', 'new Map()'),
  emptied('PREDICATE_PHRASES', '[]'),
  emptied('OF_NOMINALS', 'new Map()'),
  emptied('COMBAT_VERBS', 'new Map()'),
  emptied('COMBAT_PHRASAL_VERBS', 'new Map()'),
  emptied('COMBATANT_NOUNS', 'new Set()'),
  emptied('TAKING_VERBS', 'new Set()'),
  emptied('CAPTOR_NOUNS', 'new Set()'),
  emptied('TAKEN_PEOPLE', 'new Set()'),
  emptied('FATE_NOUNS', 'new Set()'),
  emptied('FATE_COPULAS', 'new Set()'),
  emptied('UNKNOWN_WORDS', 'new Set()'),
  emptied('ORDINAL_WORDS', 'new Set()'),
  emptied('CAPITALS_ONLY', 'new Set()'),
  emptied('BASE_FORMS', 'new Set()'),
  emptied('TO_DEATH_VERBS', 'new Set()'),
  emptied('TO_DEATH_PARTICIPLES', 'new Set()'),
  emptied('BURNING_VERBS', 'new Set()'),
  emptied('PUT_FORMS', 'new Set()'),
  emptied('CAPTIVITY_NOUNS', 'new Set()'),
  emptied('VICTIMS', 'new Set()'),
  emptied('IDENTIFYING_VERBS', 'new Set()'),
  emptied('NONLETHAL_WRONGS', 'new Set()'),
  emptied('AUXILIARY_VERBS', 'new Set()'),
  emptied('FALLING_VERBS', 'new Set()'),
  emptied('FALLEN_PEOPLE', 'new Set()'),
  emptied('NOT_FALLEN', 'new Set()'),
  emptied('BURYING_VERBS', 'new Set()'),
  emptied('MOURNERS', 'new Set()'),
  emptied('SENDING_VERBS', 'new Set()'),
  emptied('LEAVING_VERBS', 'new Set()'),
  emptied('HOSPITALS', 'new Set()'),
  emptied('RELEASE_VERBS', 'new Set()'),
  emptied('LIFE_TAKING_VERBS', 'new Set()'),
  emptied('LIVES', 'new Set()'),
  emptied('LOSS_OF_LIFE', '[]'),
  emptied('HARM_NOUNS', 'new Set()'),
  emptied('ACTOR_NOUNS_THAT_ARE_PREDICATES', 'new Set()'),
  emptied('DEAD_BODIES', 'new Set()'),
  emptied('NAME_LINKS', 'new Set()'),
  emptied('ORDINAL_SUFFIXES', 'new Set()'),
  emptied('HARMED_PEOPLE', 'new Set()'),
  emptied('HARM_MODIFIERS', 'new Set()'),
  emptied('TOLL_VERBS_IN_S', 'new Set()'),
  emptied('INJURY_ADJECTIVES', 'new Set()'),
  emptied('TOLL_NOUNS', 'new Map()'),
  emptied('COUNT_NOUNS', 'new Set()'),
  emptied('TOLLED_THINGS', 'new Set()'),
  emptied('COUNT_MODIFIERS', 'new Map()'),
  emptied('CAUSE_MODIFIERS', 'new Set()'),
  emptied('TOTAL_MODIFIERS', 'new Set()'),
  emptied('CODING_VERBS', 'new Set()'),
  emptied('OUTCOME_LEADS', 'new Set()'),
  emptied('LINKING_WORDS', 'new Set()'),
  emptied('ESTIMATING_VERBS', 'new Set()'),
  emptied('NUMBERED', 'new Set()'),
  emptied('TOLL_LINKS', 'new Set()'),
  emptied('MODALS', 'new Set()'),
  emptied('IRREALIS_WORDS', 'new Set()'),
  emptied('INTENT_WORDS', 'new Set()'),
  emptied('UNHARMED_PEOPLE', 'new Set()'),
  emptied('ESCAPE_VERBS', 'new Set()'),
  emptied('RECORDING_MEDIA', 'new Set()'),
  emptied('VESSEL_NOUNS', 'new Set()'),
  emptied('EXPLOSIVE_HAZARDS', 'new Set()'),
  emptied('JOINED_DYING_VERBS', 'new Set()'),
  emptied('IRREGULAR_PASTS', 'new Set()'),
  emptied('NON_PERSON_NOUNS', 'new Set()'),
  emptied('VERBS_TAKING_OVER', 'new Set()'),
  emptied('MEASURE_WORDS', 'new Set()'),
  emptied('MONTHS', 'new Set()'),
  emptied('CAPTIVE_NOUNS', 'new Set()'),
  emptied('HARMED_GROUP_WORDS', 'new Set()'),
  emptied('INCLUDE_VERBS', 'new Set()'),
  emptied('INJURY_NOUNS', 'new Set()'),
  emptied('IRREGULAR_PARTICIPLES', 'new Set()'),
  emptied('RESCUE_PARTICLES', 'new Set()'),
  emptied('GROUP_NOUNS', 'new Set()'),
  // Round 12.
  emptied('TURN_TITLES', 'new Set()'),
  emptied('CAPITALISED_LABELS', 'new Set()'),
  emptied('REVISING_PARTICIPLES', '[]'),
  emptied('INJURY_SEVERITIES', 'new Map()'),
  emptied('HARMFUL_EVENTS', 'new Set()'),
  emptied('ADMITTED_PASSIVES', '[]'),
  emptied('TREATMENT_PHRASES', '[]'),
  emptied('PLACE_KINDS', 'new Set()'),
  emptied('HEADLINE_HEDGES', 'new Set()'),
  emptied('DOCUMENT_NOUNS', 'new Set()'),
  // Re-exported from calendar.ts: extraction's readers import it from here.
  { family: 'vocabulary WEEKDAYS', deleted: 're-exported as []', file: VOCABULARY, find: 'export { WEEKDAYS };', replace: 'const NO_WEEKDAYS: readonly string[] = [];\nexport { NO_WEEKDAYS as WEEKDAYS };' },
  emptied('CURRENCY_SIGNS', 'new Set()'),
  emptied('SAY_VERBS', 'new Set()'),
  emptied('SPEAKER_ROLES', 'new Set()'),
  emptied('RELATIVE_BREAKERS', 'new Set()'),
  emptied('OWN_POSSESSIVES', 'new Set()'),
  emptied('ANAPHORS', 'new Set()'),
  emptied('DATELINE_AGENCIES', 'new Set()'),
  emptied('SOCIAL_CHANNELS', 'new Set()'),
  emptied('ABBREVIATED_PEOPLE', 'new Set()'),
  emptied('CREDIT_BODIES', 'new Set()'),
  emptied('FOUND_PARTICIPLES', 'new Set()'),
  emptied('CAPTIVE_STATES', 'new Set()'),
  emptied('FATAL_WHOLES', 'new Set()'),
  emptied('TALLIED_ARMS', 'new Set()'),
  emptied('LOSS_DESTINATIONS', 'new Set()'),
  emptied('BATTLE_WORDS', 'new Set()'),
  emptied('AUDIENCE_NOUNS', 'new Set()'),
  emptied('HEADER_DOCUMENTS', 'new Set()'),
  emptied('ROLE_PLAYING_VERBS', 'new Set()'),
  emptied('DEGREE_ADVERBS', '[]'),
  emptied('SEVERITY_JOINERS', 'new Set()'),
  emptied('ARMED_GROUP_NOUNS', 'new Set()'),
  emptied('PROJECTING_VERBS', 'new Set()'),
  emptied('ENSUING_VERBS', 'new Set()'),
  emptied('HOSTILE_ELEMENT_WORDS', 'new Set()'),
  emptied('SEARCH_VERBS', 'new Set()'),
  emptied('SOUGHT_NOT_LOST', 'new Set()'),
  emptied('COMPILING_VERBS', 'new Set()'),
  emptied('BRACKETED_BODY_HEADS', 'new Set()'),
  emptied('ACCUSED_HARMS', 'new Set()'),
  emptied('INTERVAL_LABELS', '[]'),
  emptied('EARLIER_WORDS', 'new Set()'),
  emptied('SHOT_FORMS', 'new Set()'),
  emptied('FATAL_SHARE', '[]'),
  emptied('FATAL_CASE_SHARES', '[]'),
  emptied('KILLING_NOUNS', 'new Set()'),
  emptied('TRIGGER_WORDS', '[]'),
  emptied('TRIGGER_PATTERN', '/(?!)/g'),
  emptied('STATES_OF_PEOPLE', 'new Set()'),
  emptied('CAPTIVITY_CUES', 'new Set()'),
  emptied('HOLDING_VERBS', 'new Set()'),
  emptied('AGE_BAND_EDGES', 'new Set()'),
  emptied('AGE_GROUPS', 'new Set()'),
  emptied('NAME_NOUNS', 'new Set()'),
  emptied('BURIAL_NOUNS', 'new Set()'),
  emptied('DEATH_WORDS_OF_A_LIST', 'new Set()'),
  emptied('COUNTED_VICTIM_MODIFIERS', 'new Set()'),
  emptied('TAKEN_FROM_PLACES', 'new Set()'),
  emptied('PRISONER_NOUNS', 'new Set()'),
  emptied('SWAP_WORDS', 'new Set()'),
  emptied('PERCEPTION_VERBS', 'new Set()'),
  emptied('KIN_REPORTERS', 'new Set()'),
  emptied('INGESTED_HARMS', 'new Set()'),
  emptied('NON_HARM_FATES', 'new Set()'),
  emptied('CORRECTING_WORDS', 'new Set()'),
  emptied('VERIFICATION_STATES', 'new Set()'),
];

/** The file's text with the mutant's one edit; throws when the edit does not match exactly once. */
export function mutate(mutant, source) {
  if (mutant.declaration) {
    const [start, end] = initializerOf(source, mutant.declaration);
    return source.slice(0, start) + mutant.replace + source.slice(end);
  }
  const { find } = mutant;
  const count = typeof find === 'string' ? source.split(find).length - 1 : (source.match(new RegExp(find.source, 'g')) ?? []).length;
  if (count !== 1) throw new Error(`${mutant.family}: ${typeof find === 'string' ? JSON.stringify(find) : find} matches ${count} times in ${mutant.file}, not once`);
  return source.replace(find, mutant.replace);
}

function initializerOf(source, name) {
  const file = ts.createSourceFile('source.ts', source, ts.ScriptTarget.Latest, true);
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (ts.isIdentifier(declaration.name) && declaration.name.text === name && declaration.initializer) {
        return [declaration.initializer.getStart(file), declaration.initializer.end];
      }
    }
  }
  throw new Error(`vocabulary ${name}: no const ${name} with an initializer in ${VOCABULARY}`);
}

/** Runs tests/extract in `dir`: how many tests failed, and which test files could not even load. */
function runTests(dir) {
  const output = join(dir, 'vitest.json');
  // --no-isolate: one module graph for all files, 4x faster, and no test keeps state between files.
  spawnSync(process.execPath, [join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', 'tests/extract', '--pool=threads', '--no-isolate', '--reporter=json', `--outputFile=${output}`], { cwd: dir, stdio: 'ignore' });
  const report = JSON.parse(readFileSync(output, 'utf8'));
  rmSync(output);
  const broken = report.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).map((file) => file.name);
  return { failed: report.numFailedTests, total: report.numTotalTests, broken };
}

function main(filters) {
  const mutants = MUTANTS.filter((m) => filters.length === 0 || filters.some((f) => m.family.includes(f)));
  const originals = new Map(mutants.map((m) => [m.file, readFileSync(join(ROOT, m.file), 'utf8')]));
  // Every edit must apply before anything runs: a stale row is an error, never a silent pass.
  const mutated = mutants.map((m) => mutate(m, originals.get(m.file)));

  const scratch = mkdtempSync(join(tmpdir(), 'toll-mutation-'));
  try {
    for (const entry of ['src', 'tests', 'package.json', 'tsconfig.json', 'vitest.config.ts']) cpSync(join(ROOT, entry), join(scratch, entry), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(scratch, 'node_modules'), 'dir');
    const baseline = runTests(scratch);
    if (baseline.failed > 0 || baseline.broken.length > 0) {
      console.error(`mutation: tests/extract fails before any deletion (${baseline.failed} failing); fix that first`);
      return 2;
    }
    const rows = mutants.map((mutant, i) => {
      const path = join(scratch, mutant.file);
      writeFileSync(path, mutated[i]);
      const { failed, broken } = runTests(scratch);
      writeFileSync(path, originals.get(mutant.file));
      const result = broken.length > 0 ? 'ERROR (a test file did not load)' : failed > 0 ? 'killed' : 'SURVIVED';
      const row = { family: mutant.family, deleted: mutant.deleted, result, failing: failed };
      console.error(`${row.result.padEnd(8)} ${row.family}`);
      return row;
    });
    printTable(rows, baseline.total);
    return rows.every((row) => row.result === 'killed') ? 0 : 1;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function printTable(rows, total) {
  const shorten = (s) => (s.length > 50 ? `${s.slice(0, 49)}…` : s);
  console.log('| family | deleted | result | failing tests |');
  console.log('| --- | --- | --- | --- |');
  for (const row of rows) console.log(`| ${row.family} | \`${shorten(row.deleted)}\` | ${row.result} | ${row.failing} |`);
  const killed = rows.filter((row) => row.result === 'killed').length;
  console.log(`\n${killed} of ${rows.length} deletions fail a test (tests/extract: ${total} tests)`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    console.error(`mutation: ${error.message}`);
    process.exitCode = 2;
  }
}
