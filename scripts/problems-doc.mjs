#!/usr/bin/env node
// Writes docs/problems.md from the problem catalogue (src/problems.ts, built to dist/problems.js):
// `npm run build && node scripts/problems-doc.mjs`. tests/run/problems.test.ts fails when the doc
// and the catalogue disagree, so the doc is regenerated, never edited by hand.
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const AREAS = {
  input: 'Reading an input',
  csv: 'CSV and TSV',
  ndjson: 'NDJSON',
  figures: 'Figure streams (--input-format figures)',
  series: 'Daily series (--series)',
  extract: 'Extraction',
  preset: 'Presets (--preset)',
  run: 'The run: options, output',
};

/** Markdown table cells: a pipe would end the cell, a line break the row. */
const cell = (text) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

/** The document for a catalogue `{ CODE: { severity, area, message, remedy } }`. */
export function renderProblemsDoc(problems) {
  const lines = [
    '# Problem codes',
    '',
    '<!-- Generated from src/problems.ts by scripts/problems-doc.mjs; do not edit by hand. -->',
    '',
    'Every warning and error toll reports carries a stable code. On stderr a problem reads',
    '`toll: FILE:LINE: CODE: message` (`toll: FILE: CODE: message` when it concerns the whole input,',
    '`toll: CODE: message` when it concerns no file). The run summary counts problems by code:',
    '',
    '```',
    'toll: 2 files (1 skipped), 24 records read: 6 with figures, 17 without, 1 skipped; 7 figures; problems: 1 FILE_NOT_FOUND, 1 JSON_MALFORMED',
    '```',
    '',
    'Records are conserved: records read = records with figures + records without figures + records',
    'skipped, and every skipped record has a located error line. With `--format json` the summary is',
    'one JSON object (`"summary": "toll.run/1"`) with the same counts and `problems` by code.',
    '',
    'A **warning** loses nothing: the record was still read (`--quiet` hides warnings). An **error**',
    'skipped a record, an input or the run; toll goes on with the rest and exits with status 2.',
    '`--strict` makes every warning count as an error too: the run stops at the first problem, exit 2.',
    'Codes are never renamed or reused; new ones may be added.',
    '',
  ];
  for (const [area, title] of Object.entries(AREAS)) {
    const entries = Object.entries(problems).filter(([, spec]) => spec.area === area);
    if (entries.length === 0) continue;
    lines.push(`## ${title}`, '', '| Code | Severity | Message | What to do |', '| --- | --- | --- | --- |');
    for (const [code, spec] of entries) {
      lines.push(`| \`${code}\` | ${spec.severity} | ${cell(spec.message)} | ${cell(spec.remedy)} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { PROBLEMS } = await import(pathToFileURL(join(root, 'dist', 'problems.js')).href);
  writeFileSync(join(root, 'docs', 'problems.md'), renderProblemsDoc(PROBLEMS));
}
