// The prefilter must never hide a trigger word from the rules: every word any rule starts from
// contains one of the casualty stems.
import { describe, expect, it } from 'vitest';
import { CASUALTY_STEMS } from '../../src/extract/index.js';
import {
  OF_NOMINALS, PREDICATE_PHRASES, PREDICATE_WORDS, TOLL_NOUNS, TRANSITIVE_VERBS,
} from '../../src/extract/vocabulary.js';

function hasStem(text: string): boolean {
  CASUALTY_STEMS.lastIndex = 0;
  return CASUALTY_STEMS.test(text);
}

describe('casualty stems', () => {
  const triggers = [
    ...TRANSITIVE_VERBS.keys(), ...PREDICATE_WORDS.keys(), ...OF_NOMINALS.keys(), ...TOLL_NOUNS.keys(),
    ...PREDICATE_PHRASES.map((p) => p.words.join(' ')), 'took away', 'no victims', 'casualty count',
  ];

  it.each(triggers)('"%s" passes the prefilter', (word) => {
    expect(hasStem(word)).toBe(true);
  });

  it('lets most business prose through unread', () => {
    expect(hasStem('Shares rose 4 pct to 312 dlrs after the company raised its dividend.')).toBe(false);
  });
});
