// The prefilter must never hide a trigger word from the rules: it is derived from the vocabulary,
// and every word and phrase any rule starts from passes it.
import { describe, expect, it } from 'vitest';
import { CASUALTY_STEMS } from '../../src/extract/index.js';
import {
  COMBAT_VERBS, OF_NOMINALS, PHRASAL_VERBS, PREDICATE_PHRASES, PREDICATE_WORDS, TOLL_NOUNS, TRANSITIVE_VERBS,
  TRIGGER_WORDS,
} from '../../src/extract/vocabulary.js';
import { summarise } from './helpers.js';

function hasStem(text: string): boolean {
  CASUALTY_STEMS.lastIndex = 0;
  return CASUALTY_STEMS.test(text);
}

describe('the prefilter', () => {
  const triggers = [
    ...TRANSITIVE_VERBS.keys(), ...PREDICATE_WORDS.keys(), ...OF_NOMINALS.keys(), ...TOLL_NOUNS.keys(),
    ...COMBAT_VERBS.keys(), ...PREDICATE_PHRASES.map((p) => p.words.join(' ')),
    ...PHRASAL_VERBS.map((p) => p.words.join(' ')), 'no victims', 'casualty count',
  ];

  it.each(triggers)('"%s" passes it', (word) => {
    expect(hasStem(word)).toBe(true);
    expect(hasStem(`Yesterday ${word.toUpperCase()} 12.`)).toBe(true);
  });

  it('is built from the trigger words alone: every one passes, in a sentence, across line breaks', () => {
    for (const word of TRIGGER_WORDS) expect(hasStem(`they said ${word.replaceAll(' ', '\n ')} on Monday`)).toBe(true);
  });

  it('reads whole words: "skilled", "deadline" and "Merrill Lynch" do not pass', () => {
    expect(hasStem('A skilled worker met the deadline at Merrill Lynch.')).toBe(false);
  });

  it('lets most business prose through unread', () => {
    expect(hasStem('Shares rose 4 pct to 312 dlrs after the company raised its dividend.')).toBe(false);
    expect(hasStem('The firm posted a net loss of 12 mln dlrs and sold its life insurance unit.')).toBe(false);
  });

  it('lets through a phrase known only to a rule (issue 11)', () => {
    expect(summarise('Rebels gunned down 30 protesters.')).toEqual(['killed 30-30 exact']);
  });
});
