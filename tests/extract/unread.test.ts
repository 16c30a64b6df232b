// What extraction leaves unread: sentences with a number near a harm word that gave no figure, and
// number tokens refused. Invented phrases.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/extract/unread.js';

function unread(text: string, line = 1) {
  return readReport({ doc: 'r1', file: 'wire.txt', line, text, source: null, date: null }).unread
    .map(({ kind, line: at, numbers, sentence }) => ({ kind, line: at, numbers, sentence }));
}

describe('sentences with numbers near harm words that gave no figure', () => {
  it.each([
    'The 3 victims of the blast were named on Monday.',
    'Police questioned 4 witnesses to the killing.',
    'The 12 families of the dead met the mayor on Friday.',
  ])('lists %s', (text) => {
    const rows = unread(text);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ kind: 'sentence', sentence: text });
  });

  it('names the numbers near the harm word, as written', () => {
    expect(unread('The 3 victims of the blast were named.')[0].numbers).toEqual(['3']);
  });

  it.each([
    ['a sentence that gave a figure', 'Militants killed 12 villagers on Sunday.'],
    ['a number far from any harm word', 'The 40 delegates met in the capital for a long and quiet session on trade, and later the talks on the killing resumed.'],
    ['a harm word with no number', 'The victims were buried on Friday.'],
    ['a number that is a date or an age', 'A 25-year-old was killed on March 3.'],
    ['a stem inside another word', 'She studied 40 cases of engine wear.'],
    ['prices and output that fell', 'Exports fell 12 pct to 300 mln dlrs in March.'],
  ])('does not list %s', (_, text) => {
    expect(unread(text)).toEqual([]);
  });

  it('gives each sentence its own line in a multi-line report', () => {
    const text = 'Police said 12 people were killed.\nThe 3 victims were named.';
    expect(unread(text, 10)).toEqual([{ kind: 'sentence', line: 11, numbers: ['3'], sentence: 'The 3 victims were named.' }]);
  });
});

describe('numbers refused', () => {
  it('lists each refused token with its sentence, also where the sentence gave a figure', () => {
    const text = 'Police said 7 were killed and 1e6 were hurt.';
    expect(unread(text)).toEqual([{ kind: 'number', line: 1, numbers: ['1e6'], sentence: text }]);
  });

  it('lists the sentence too when the refused token was its only number', () => {
    const rows = unread('The attack killed 10^6 people.');
    expect(rows.map((r) => [r.kind, r.numbers])).toEqual([['sentence', ['10^6']], ['number', ['10^6']]]);
  });

  it('keeps offsets in the report text', () => {
    const text = 'Intro.\nThe attack killed \uFF11e6 people.';
    const item = readReport({ doc: 'r', file: 'f', line: 1, text, source: null, date: null }).unread.find((u) => u.kind === 'number')!;
    expect(text.slice(item.start, item.end)).toBe('\uFF11e6');
    expect(item.line).toBe(2);
  });
});
