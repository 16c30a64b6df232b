// Property: for any generated number phrase inside a casualty sentence, toll gives the right value
// or no figure, never another value. Phrases are built from their value (digits with every
// separator toll reads, scripts, scale words, number words, vague words, qualifiers, ranges,
// footnote markers), or are hostile tokens that no reader can take whole and must give nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Qualifier } from '../../src/figure.js';
import { interval } from '../../src/extract/numbers.js';
import { figuresOf } from './helpers.js';

interface Expected {
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
}
/** A phrase and what it must read as; null: it must give no figure. */
type Case = { phrase: string; expected: Expected | null };

const exact = (n: number): Expected => ({ low: n, high: n, qualifier: 'exact' });

const FULL_WIDTH = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
const ARABIC_INDIC = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)));
const PERSIAN = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0x06f0 + Number(d)));

function grouped(n: number, separator: string): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, separator);
}

function indian(n: number): string {
  const digits = String(n);
  if (digits.length <= 3) return digits;
  const head = digits.slice(0, -3).replace(/\B(?=(\d{2})+$)/g, ',');
  return `${head},${digits.slice(-3)}`;
}

const DIGIT_FORMS: ((n: number, cut: number) => string)[] = [
  (n) => String(n),
  (n) => grouped(n, ','),
  (n) => grouped(n, '\u00A0'),
  (n) => grouped(n, '\u2009'),
  (n) => grouped(n, '\u202F'),
  (n) => grouped(n, ' '),
  (n) => indian(n),
  (n) => FULL_WIDTH(grouped(n, ',')),
  (n) => ARABIC_INDIC(String(n)),
  (n) => PERSIAN(String(n)),
  (n, cut) => {
    const digits = String(n);
    const at = 1 + (cut % Math.max(1, digits.length - 1));
    return at >= digits.length ? digits : `${digits.slice(0, at)}\u200B${digits.slice(at)}`;
  },
];

const UNITS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

function belowHundred(n: number, joiner: string): string {
  if (n < 20) return UNITS[n];
  return n % 10 === 0 ? TENS[n / 10] : `${TENS[Math.floor(n / 10)]}${joiner}${UNITS[n % 10]}`;
}

function belowThousand(n: number, joiner: string, and: boolean): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const parts: string[] = [];
  if (hundreds > 0) parts.push(`${UNITS[hundreds]} hundred`);
  if (rest > 0) parts.push(`${hundreds > 0 && and ? 'and ' : ''}${belowHundred(rest, joiner)}`);
  return parts.join(' ');
}

function inWords(n: number, joiner: string, and: boolean): string {
  const thousands = Math.floor(n / 1000);
  const rest = n % 1000;
  const parts: string[] = [];
  if (thousands > 0) parts.push(`${belowThousand(thousands, joiner, and)} thousand`);
  if (rest > 0) parts.push(belowThousand(rest, joiner, and));
  return parts.join(' ');
}

const QUALIFIERS: [string, Qualifier][] = [
  ['at least', 'at_least'], ['more than', 'at_least'], ['over', 'at_least'], ['no fewer than', 'at_least'],
  ['up to', 'at_most'], ['as many as', 'at_most'], ['fewer than', 'at_most'], ['about', 'approx'],
  ['nearly', 'approx'], ['some', 'approx'], ['an estimated', 'approx'], ['roughly', 'approx'], ['c.', 'approx'], ['~', 'approx'],
];

const digitsCase: fc.Arbitrary<Case> = fc
  .tuple(fc.integer({ min: 1, max: 9_999_999 }), fc.nat(DIGIT_FORMS.length - 1), fc.nat())
  .map(([n, form, cut]) => ({ phrase: DIGIT_FORMS[form](n, cut), expected: exact(n) }));

const scaledCase: fc.Arbitrary<Case> = fc
  .tuple(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 9 }), fc.constantFrom(
    ['million', 1e6, true], ['m', 1e6, true], ['bn', 1e9, true], ['lakh', 1e5, true], ['crore', 1e7, true],
    ['dozen', 12, false], ['hundred', 100, false], ['thousand', 1000, true], ['hundred thousand', 1e5, false],
  ) as fc.Arbitrary<[string, number, boolean]>, fc.boolean())
  .map(([whole, tenth, [word, scale, decimals], useDecimal]) => {
    const decimal = decimals && useDecimal;
    const value = Math.round((whole + (decimal ? tenth / 10 : 0)) * scale);
    const written = decimal ? `${whole}.${tenth}` : String(whole);
    return { phrase: word === 'm' ? `${written}m` : `${written} ${word}`, expected: exact(value) };
  });

const wordsCase: fc.Arbitrary<Case> = fc
  .tuple(fc.integer({ min: 1, max: 999_999 }), fc.constantFrom('-', ' '), fc.boolean())
  .map(([n, joiner, and]) => ({ phrase: inWords(n, joiner, and), expected: exact(n) }));

const VAGUE: [string, Expected][] = [
  ['a dozen', exact(12)], ['half a dozen', exact(6)], ['dozens of', { low: 24, high: 99, qualifier: 'vague' }],
  ['scores of', { low: 40, high: 99, qualifier: 'vague' }], ['hundreds of', { low: 200, high: 999, qualifier: 'vague' }],
  ['thousands of', { low: 2000, high: 9999, qualifier: 'vague' }],
  ['tens of thousands of', { low: 20_000, high: 99_999, qualifier: 'vague' }],
  ['hundreds of thousands of', { low: 200_000, high: 999_999, qualifier: 'vague' }],
  ['several', { low: 3, high: 9, qualifier: 'vague' }], ['a few', { low: 2, high: 5, qualifier: 'vague' }],
  ['several hundred', { low: 300, high: 900, qualifier: 'vague' }], ['a few thousand', { low: 2000, high: 5000, qualifier: 'vague' }],
  ['several dozen', { low: 36, high: 108, qualifier: 'vague' }],
];
const vagueCase: fc.Arbitrary<Case> = fc.constantFrom(...VAGUE).map(([phrase, expected]) => ({ phrase, expected }));

const exactCase = fc.oneof(digitsCase, scaledCase, wordsCase);

const qualifiedCase: fc.Arbitrary<Case> = fc.tuple(fc.constantFrom(...QUALIFIERS), exactCase).map(([[words, qualifier], c]) => ({
  phrase: `${words}${words === '~' ? '' : ' '}${c.phrase}`,
  expected: c.expected && { ...interval(c.expected.low!, qualifier), qualifier },
}));

const plusCase: fc.Arbitrary<Case> = fc.integer({ min: 1, max: 999_999 }).map((n) => ({
  phrase: `${grouped(n, ',')}+`, expected: { low: n, high: null, qualifier: 'at_least' },
}));

const footnoteCase: fc.Arbitrary<Case> = fc.tuple(digitsCase, fc.constantFrom('[12]', '[3]', ' [note 4]', '[n 2]'))
  .map(([c, note]) => ({ phrase: `${c.phrase}${note}`, expected: c.expected }));

const rangeCase: fc.Arbitrary<Case> = fc
  .tuple(fc.integer({ min: 1, max: 99_999 }), fc.integer({ min: 1, max: 99_999 }), fc.constantFrom('–', '—', ' – ', ' — ', '-', ' to '), fc.boolean())
  .map(([a, b, joiner, between]) => {
    const [low, high] = a < b ? [a, b] : [b, a + b];
    const phrase = between ? `between ${grouped(low, ',')} and ${grouped(high, ',')}` : `${grouped(low, ',')}${joiner}${grouped(high, ',')}`;
    return { phrase, expected: { low, high, qualifier: 'range' as Qualifier } };
  });

/** Tokens no reader can take whole: each must give no figure at all. */
const hostileCase: fc.Arbitrary<Case> = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 12 })).map(([m, e]) => `${m}e${e}`),
  fc.tuple(fc.integer({ min: 2, max: 10 }), fc.integer({ min: 2, max: 9 })).map(([b, e]) => `${b}^${e}`),
  fc.tuple(fc.integer({ min: 2, max: 10 }), fc.constantFrom('⁶', '³', '²')).map(([b, e]) => `${b}${e}`),
  fc.integer({ min: 1, max: 255 }).map((n) => `0x${n.toString(16)}`),
  // "7.000": a thousand-separator dot or three decimals; only the zeros make it a whole number to misread.
  fc.tuple(fc.integer({ min: 1, max: 999 }), fc.constantFrom(0, 0, 0, 500)).map(([a, b]) => `${a}.${String(b).padStart(3, '0')}`),
  fc.tuple(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 0, max: 99 })).filter(([a, b]) => a > b).map(([a, b]) => `${a}–${b}`),
  fc.tuple(fc.constantFrom('one', 'two', 'five', 'ten'), fc.constantFrom('million billion', 'thousand thousand', 'hundred hundred', 'billion million'))
    .map(([a, b]) => `${a} ${b}`),
  fc.tuple(fc.constantFrom(...TENS.slice(2)), fc.constantFrom(...TENS.slice(2))).map(([a, b]) => `${a} ${b}`),
  fc.tuple(fc.integer({ min: 1, max: 99 }), fc.constantFrom('million billion', 'thousand million', 'dozen hundred')).map(([a, b]) => `${a} ${b}`),
  fc.constantFrom('hundreds of millions', 'tens of millions', 'dozens of thousands', "1'000", '1,5', '.5 million'),
).map((phrase) => ({ phrase, expected: null }));

const anyCase = fc.oneof(exactCase, vagueCase, qualifiedCase, plusCase, footnoteCase, rangeCase, hostileCase);
const FRAMES = [
  (p: string) => `${p[0].toUpperCase()}${p.slice(1)} people were killed in the attack.`,
  (p: string) => `The attack killed ${p} people, officials said.`,
  (p: string) => `Officials said ${p} civilians died on Tuesday.`,
];

describe('numbers are read whole or not at all', () => {
  it('any number phrase in a casualty sentence gives its value or no figure, never another', () => {
    fc.assert(
      fc.property(anyCase, fc.nat(FRAMES.length - 1), ({ phrase, expected }, frame) => {
        const figures = figuresOf(FRAMES[frame](phrase)).map(({ low, high, qualifier }) => ({ low, high, qualifier }));
        if (expected === null) expect(figures).toEqual([]);
        else for (const figure of figures) expect(figure).toEqual(expected);
      }),
      { numRuns: 600 },
    );
  });

  it('reads the real forms, not just declines them: most generated digit phrases give their figure', () => {
    const samples = fc.sample(fc.oneof(digitsCase, scaledCase, wordsCase, plusCase, rangeCase), { numRuns: 300, seed: 7 });
    const read = samples.filter(({ phrase, expected }) => {
      const figures = figuresOf(`The attack killed ${phrase} people.`);
      return figures.length === 1 && figures[0].low === expected!.low && figures[0].high === expected!.high;
    });
    expect(read.length / samples.length).toBeGreaterThan(0.95);
  });
});
