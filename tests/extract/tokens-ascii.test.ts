// Property: tokenize's hand scanner for ASCII text gives the tokens of TOKEN_PATTERN, the pattern
// that reads every other text. A non-ASCII word after a space sends the same text down the pattern's
// path without changing its tokens, so the two paths are compared on the same characters.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/extract/tokens.js';

/** ASCII with what makes tokens hard: digits and separators, joiners, brackets, whitespace of every kind. */
const ASCII_PIECES = ['a', 'Z', 'q', '0', '7', '.', ',', "'", '-', ' ', '\t', '\n', '\r', '\v', '\f', '[', ']', '$', '%', '"', '1,000', 'U.S.', 'al-', '[12]', 'note', '_', '~'];

describe('tokenize on ASCII text', () => {
  it('gives the tokens of the pattern path', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...ASCII_PIECES), { maxLength: 30 }), fc.string({ maxLength: 20 }), (pieces, noise) => {
      const ascii = (pieces.join('') + noise).replace(/[^\x00-\x7F]/g, '');
      const viaPattern = tokenize(`${ascii} \u00e9`);
      expect(viaPattern.at(-1)?.text).toBe('\u00e9');
      expect(tokenize(ascii)).toEqual(viaPattern.slice(0, -1));
    }), { numRuns: 2000 });
  });

  it('reads a slice of a longer text at its own offsets', () => {
    const text = 'Intro. At least 1,200.5 people, al-Rubaie said [note 3]; U.S. forces.';
    const from = text.indexOf('At');
    expect(tokenize(text, from, text.length).map((t) => [t.text, t.start])).toEqual(
      tokenize(`${text} \u00e9`, from, text.length + 2).slice(0, -1).map((t) => [t.text, t.start]));
  });
});
