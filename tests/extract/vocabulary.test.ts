// One vocabulary: every harm word is listed once, under one category, and no other source file keeps
// a list of its own (issue 11: "no word list is defined twice").
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAYS } from '../../src/calendar.js';
import { CATEGORY_RULES } from '../../src/extract/config.js';
import { RULE } from '../../src/extract/rules/rule.js';
import { HARM_WORDS, TRIGGER_WORDS } from '../../src/extract/vocabulary.js';
import type { HarmWords } from '../../src/extract/vocabulary.js';
import { ROOT } from '../cli/helpers.js';

const ROLES: (keyof HarmWords)[] = ['verbs', 'phrasalVerbs', 'predicates', 'predicatePhrases', 'ofNominals'];

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The string literals of each array or Set literal of three or more strings, per file. */
function literalLists(source: string): string[][] {
  const lists: string[][] = [];
  for (const match of source.matchAll(/\[((?:\s*'[^'\n]*',?)+)\s*\]/g)) {
    const words = [...match[1].matchAll(/'([^'\n]*)'/g)].map((m) => m[1]);
    if (words.length >= 3) lists.push(words);
  }
  return lists;
}

describe('the vocabulary', () => {
  it.each(ROLES)('lists each %s word under one category only', (role) => {
    const seen = new Map<string, string>();
    for (const [category, words] of Object.entries(HARM_WORDS)) {
      for (const word of words[role]) {
        expect(seen.get(word), `"${word}" is both ${seen.get(word)} and ${category}`).toBeUndefined();
        seen.set(word, category);
      }
      expect(new Set(words[role]).size, `${category} ${role} repeats a word`).toBe(words[role].length);
    }
  });

  it('is the only place that lists harm or calendar words', () => {
    const kept = new Set([...TRIGGER_WORDS, ...MONTH_NAMES, ...MONTH_ABBREVIATIONS, ...WEEKDAYS]);
    // figure.ts names the categories themselves.
    const owners = ['src/extract/vocabulary.ts', 'src/calendar.ts', 'src/figure.ts'];
    const offenders: string[] = [];
    for (const path of sourceFiles(join(ROOT, 'src'))) {
      const file = relative(ROOT, path);
      if (owners.includes(file)) continue;
      for (const list of literalLists(readFileSync(path, 'utf8'))) {
        const shared = list.filter((word) => kept.has(word));
        if (shared.length >= 3) offenders.push(`${file}: ${shared.join(', ')}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('finds a list of its own words when one is written elsewhere (the check can fail)', () => {
    const lists = literalLists("const WORDS = new Set(['killed', 'dead', 'monday']);");
    expect(lists).toEqual([['killed', 'dead', 'monday']]);
  });
});

describe('rule names', () => {
  it('every configured rule carries its own name from RULE', () => {
    const names = CATEGORY_RULES.map((rule) => rule.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(Object.values(RULE)).toContain(name);
  });
});
