// Numbers are read whole or not at all: every phrase here is invented. A token that cannot be read
// whole gives no figure and a NUMBER_UNREADABLE warning naming it; forms that are real are read.
import { describe, expect, it } from 'vitest';
import { extractFigures, type ExtractWarning } from '../../src/extract/index.js';
import { findNumberMentions, type RefusedNumber } from '../../src/extract/numbers.js';
import { tokenize } from '../../src/extract/tokens.js';

function run(text: string) {
  const warnings: ExtractWarning[] = [];
  const figures = extractFigures({ doc: 'd', file: 'notes.txt', line: 3, text, source: null, date: null }, { onWarning: (w) => warnings.push(w) });
  return { figures, warnings };
}

function summary(text: string): string[] {
  return run(text).figures.map((f) => `${f.low ?? '?'}-${f.high ?? '?'} ${f.qualifier} "${f.quote}"`);
}

describe('real number forms are read whole', () => {
  it.each([
    ['Over 2 dozen villagers were killed in the raid.', '24-? at_least "Over 2 dozen"'],
    ['Two dozen villagers were killed in the raid.', '24-24 exact "Two dozen"'],
    ['Half a dozen guards were killed at the gate.', '6-6 exact "Half a dozen"'],
    ['The storm killed 3 hundred people.', '300-300 exact "3 hundred"'],
    ['The famine killed 5 hundred thousand people.', '500000-500000 exact "5 hundred thousand"'],
    ['The epidemic killed 1.2m people.', '1200000-1200000 exact "1.2m"'],
    ['The war killed 2.5bn people, the novel claims.', '2500000000-2500000000 exact "2.5bn"'],
    ['The cyclone killed 1,00,000 people.', '100000-100000 exact "1,00,000"'],
    ['The cyclone killed 12,34,567 people.', '1234567-1234567 exact "12,34,567"'],
    ['The flood killed 2 lakh people.', '200000-200000 exact "2 lakh"'],
    ['The flood killed 1.5 crore people.', '15000000-15000000 exact "1.5 crore"'],
    ['The quake killed 12\u202F300 people.', '12300-12300 exact "12\u202F300"'],
    ['The quake killed 12\u00A0300 people.', '12300-12300 exact "12\u00A0300"'],
    ['The quake killed 1\u2009250\u2009000 people.', '1250000-1250000 exact "1\u2009250\u2009000"'],
    ['The quake killed 1 250 000 people.', '1250000-1250000 exact "1 250 000"'],
    ['The quake killed \uFF11\uFF12 people.', '12-12 exact "\uFF11\uFF12"'],
    ['The quake killed \u0661\u0662\u0663 people.', '123-123 exact "\u0661\u0662\u0663"'],
    ['The quake killed \u06F4\u06F5 people.', '45-45 exact "\u06F4\u06F5"'],
    ['The quake killed \u0967\u0968 people.', '12-12 exact "\u0967\u0968"'],
    ['The quake killed 1\u200B200 people.', '1200-1200 exact "1\u200B200"'],
    ['Twenty two fishermen were killed.', '22-22 exact "Twenty two"'],
    ['A hundred and fifty miners were killed.', '150-150 exact "A hundred and fifty"'],
    ['A few hundred people were killed.', '200-500 vague "A few hundred"'],
    ['Several dozen people were killed.', '36-108 vague "Several dozen"'],
    ['Several hundred thousand people were killed.', '300000-900000 vague "Several hundred thousand"'],
    ['Several hundred people were killed.', '300-900 vague "Several hundred"'],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual([expected]);
  });

  it('keeps offsets in the original text when it normalises', () => {
    const text = 'Ｒｅｂｅｌｓ said \u200B \uFF14\uFF10 villagers were killed.';
    const [figure] = run(text).figures;
    expect(figure).toMatchObject({ low: 40, high: 40 });
    expect(text.slice(figure.start, figure.end)).toBe('\uFF14\uFF10');
    expect(figure.quote).toBe('\uFF14\uFF10');
  });
});

describe('reference-work notation', () => {
  it.each([
    ['4,100+ people were killed in the siege.', '4100-? at_least "4,100+"'],
    ['Between 12,000–19,500 people were killed.', '12000-19500 range "Between 12,000–19,500"'],
    ['Some 12,000 — 19,500 people were killed.', '12000-19500 range "Some 12,000 — 19,500"'],
    ['The siege killed c. 300 people.', '300-300 approx "c. 300"'],
    ['The siege killed ca. 300 people.', '300-300 approx "ca. 300"'],
    ['The siege killed ~300 people.', '300-300 approx "~300"'],
    ['The siege killed ≈300 people.', '300-300 approx "≈300"'],
    ['The siege killed 1,204[12] people.', '1204-1204 exact "1,204"'],
    ['The siege killed 1,204 [note 3] people.', '1204-1204 exact "1,204"'],
    ['The siege killed 1,204[12][13] people.[14]', '1204-1204 exact "1,204"'],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual([expected]);
  });

  it('never reads a footnote marker as a number', () => {
    expect(summary('Many were killed in the siege.[12]')).toEqual([]);
    expect(summary('The siege, in which many were killed [note 3], ended.')).toEqual([]);
  });
});

describe('tokens that cannot be read whole', () => {
  it.each([
    ['The attack killed 1e6 people.', '1e6'],
    ['The attack killed 10^6 people.', '10^6'],
    ['The attack killed 10⁶ people.', '10⁶'],
    ['The attack killed 0x10 people.', '0x10'],
    ['The attack killed 1.000 people.', '1.000'],
    ['The attack killed 1,5 people.', '1,5'],
    ["The attack killed 1'000 people.", "1'000"],
    ['The attack killed .5 million people.', '.5 million'],
    ['One million billion people were killed.', 'One million billion'],
    ['Five hundred hundred people were killed.', 'Five hundred hundred'],
    ['Twenty thirty people were killed.', 'Twenty thirty'],
    ['The plague killed 2 million billion people.', '2 million billion'],
    ['Hundreds of millions of people were killed.', 'Hundreds of millions'],
    ['Tens of millions of people were killed.', 'Tens of millions'],
    ['The riot after a 5–0 win killed nobody we know of.', '5–0'],
    ['The attack killed 12-3 people.', '12-3'],
  ])('%s -> refuses %s', (text, token) => {
    const { figures, warnings } = run(text);
    expect(figures.filter((f) => f.low !== 0)).toEqual([]);
    expect(warnings).toEqual([{
      code: 'NUMBER_UNREADABLE', file: 'notes.txt', line: 3, quote: token,
      message: `number "${token}" cannot be read whole; ignored`,
    }]);
  });

  it('names the line of the token within a multi-line report', () => {
    const { warnings } = run('First line.\nThe attack killed 1e6 people.');
    expect(warnings.map((w) => [w.line, w.quote])).toEqual([[4, '1e6']]);
  });

  it('reads the other numbers of the sentence', () => {
    expect(summary('Police said 3 were killed after a 5–0 win.')).toEqual(['3-3 exact "3"']);
  });
});

describe('numbers that are plainly no count: skipped without a warning', () => {
  it('an age set off by commas is no count', () => {
    expect(summary('The driver, 45, and two passengers were killed.')).not.toContainEqual(expect.stringContaining('45'));
    expect(findNumberMentions(tokenize('Jane Roe, 45, a nurse, was hurt.'))).toEqual([]);
  });

  it.each([
    'The MH17 crash report was debated by 40 delegates.',
    'A 155mm shell killed nobody.',
    'The 1990s saw many deaths.',
    "The 1990's saw many deaths.",
    'Killed at 7:30pm on the road.',
    'The 5-10 year sentences for the killings were upheld.',
    'The killings of 12.03.2021 were remembered.',
    'The 3-4-year-old children were not hurt.',
    'The bonds lost 7-1/2 points after the killings.',
    'The shares lost 4p after the deaths were announced.',
    'Copper for 3months delivery lost ground after the deaths.',
    'The 3B line of computers was executed badly.',
    'Model 601-3A was lost at sea with no deaths.',
    'Yields lost 8.375 pct on news of the deaths.',
    'The insurer lost hundreds of millions of dollars after the deaths.',
  ])('%s', (text) => {
    const tokens = tokenize(text);
    const refused: RefusedNumber[] = [];
    findNumberMentions(tokens, refused);
    expect(refused).toEqual([]);
    expect(run(text).warnings).toEqual([]);
  });
});
