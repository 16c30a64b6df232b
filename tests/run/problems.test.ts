import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROBLEMS, problemMessage, systemErrorWords } from '../../src/problems.js';
import { makeProblem } from '../../src/ingest/index.js';
import { newCounts, countProblem, problemLine, summaryJson, summaryLine } from '../../src/run/messages.js';
// @ts-expect-error: a plain ESM script, without types
import { renderProblemsDoc } from '../../scripts/problems-doc.mjs';

const root = join(import.meta.dirname, '..', '..');

describe('the problem catalogue', () => {
  it('is what docs/problems.md says (regenerate with node scripts/problems-doc.mjs)', () => {
    expect(readFileSync(join(root, 'docs', 'problems.md'), 'utf8')).toBe(renderProblemsDoc(PROBLEMS));
  });

  it('has the codes other stages emit, with the severity they need', () => {
    expect(PROBLEMS.NUMBER_UNREADABLE.severity).toBe('warning');
    expect(PROBLEMS.FIGURE_IMPOSSIBLE.severity).toBe('warning');
    expect(PROBLEMS.CSV_QUOTE_NOT_CLOSED.severity).toBe('error');
  });

  it('names codes in upper snake case, each with a message and a remedy', () => {
    for (const [code, spec] of Object.entries(PROBLEMS)) {
      expect(code).toMatch(/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/);
      expect(spec.message.length).toBeGreaterThan(0);
      expect(spec.remedy).toMatch(/\.$/);
    }
  });

  it('fills a template in', () => {
    expect(problemMessage('CSV_NO_COLUMN', { name: 'body', columns: 'id, text' })).toBe('no column "body"; columns are: id, text');
  });

  it('puts system errors in plain words', () => {
    expect(systemErrorWords(Object.assign(new Error('x'), { code: 'ELOOP' }))).toBe('too many levels of symbolic links');
    expect(systemErrorWords(Object.assign(new Error('x'), { code: 'EWEIRD' }))).toBe('EWEIRD');
  });
});

describe('problem lines and the summary', () => {
  it('writes toll: FILE:LINE: CODE: message', () => {
    const problem = makeProblem('a.csv', 3, 'CSV_FIELD_COUNT', { fields: '3 fields', header: 2 });
    expect(problemLine(problem)).toBe('toll: a.csv:3: CSV_FIELD_COUNT: row has 3 fields, header has 2\n');
    expect(problemLine(makeProblem('gone.txt', null, 'FILE_NOT_FOUND'))).toBe('toll: gone.txt: FILE_NOT_FOUND: no such file\n');
  });

  it('states the four record counts and groups problems by code', () => {
    const counts = newCounts();
    counts.files = 2;
    counts.records = 5;
    counts.recordsWithFigures = 2;
    counts.figures = 3;
    countProblem(counts, makeProblem('a.ndjson', 4, 'JSON_MALFORMED'), 'record');
    countProblem(counts, makeProblem('a.ndjson', 6, 'JSON_MALFORMED'), 'record');
    countProblem(counts, makeProblem('a.ndjson', 7, 'UTF8_INVALID'));
    countProblem(counts, makeProblem('b.txt', null, 'FILE_NOT_FOUND'), 'file');
    expect(summaryLine(counts)).toBe(
      'toll: 2 files (1 skipped), 7 records read: 2 with figures, 3 without, 2 skipped; 3 figures; problems: 1 FILE_NOT_FOUND, 2 JSON_MALFORMED, 1 UTF8_INVALID\n',
    );
    expect(JSON.parse(summaryJson(counts))).toEqual({
      summary: 'toll.run/1',
      files: { read: 2, skipped: 1 },
      records: { read: 7, withFigures: 2, withoutFigures: 3, skipped: 2 },
      figures: 3,
      unread: { sentences: 0, numbers: 0 },
      problems: { FILE_NOT_FOUND: 1, JSON_MALFORMED: 2, UTF8_INVALID: 1 },
    });
  });
});
