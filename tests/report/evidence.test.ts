import { describe, expect, it } from 'vitest';
import { citedFigures, evidenceOf } from '../../src/report/evidence.js';
import { markdownText } from '../../src/report/markdown-text.js';
import { sanitizeText } from '../../src/report/sanitize.js';
import { figure } from '../reconcile/seed-figures.js';

const plain = { clean: sanitizeText, mark: (text: string) => `«${text}»` };
const at = (sentence: string, quote: string) => figure({ category: 'killed', low: 1, high: 1, qualifier: 'exact', quote, sentence });

describe('evidenceOf', () => {
  it('quotes the sentence with the figure marked', () => {
    expect(evidenceOf(at('Police said 12 people died.', '12'), { ...plain, room: Infinity })).toBe('“Police said «12» people died.”');
  });

  it('cuts a long sentence around the figure at spaces, sharing the room', () => {
    const sentence = 'Early on Sunday morning the regional governor said that at least 40 people were killed when the dam burst above the valley town.';
    expect(evidenceOf(at(sentence, 'at least 40'), { ...plain, room: 50 })).toBe('“… said that «at least 40» people were killed when …”');
    expect(evidenceOf(at('Forty people died, and 12 more were hurt.', '12'), { ...plain, room: 20 })).toBe('“… and «12» more were …”');
  });

  it('neutralises the text before marking, so reports cannot forge or break the mark', () => {
    const hostile = at('A \x1b[31mred\x1b[0m claim: 12 died\u202e.', '12');
    expect(evidenceOf(hostile, { ...plain, room: Infinity })).toBe('“A red claim: «12» died.”');
    const markup = at('*Bold* claim | 12 [died](http://x)', '12');
    expect(evidenceOf(markup, { clean: markdownText, mark: (text) => `**${text}**`, room: Infinity })).toBe(
      '“\\*Bold\\* claim \\| **12** \\[died\\](http://x)”',
    );
  });

  it('quotes the figure alone when the sentence does not hold it', () => {
    expect(evidenceOf(at('', 'best 5'), { ...plain, room: Infinity })).toBe('“«best 5»”');
  });
});

describe('citedFigures', () => {
  it('cites three figures a claim and counts the rest', () => {
    const claim = { figures: Array.from({ length: 5 }, (_, i) => at(`s${i}`, 'x')) };
    expect(citedFigures([claim, { figures: [at('t', 'x')] }])).toMatchObject({ omitted: 2 });
    expect(citedFigures([claim]).figures).toHaveLength(3);
  });
});
