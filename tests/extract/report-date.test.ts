import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/extract/index.js';
import { reportDateOf } from '../../src/extract/report-date.js';

describe('reportDateOf: the date a report states at its head', () => {
  it.each([
    ['KABUL, March 3, 2024 (Reuters) - At least 12 people were killed, the governor said.', '2024-03-03'],
    ['GENEVA, 14 June 2023 (AFP) — The agency said 40 migrants drowned.', '2023-06-14'],
    ['Port-au-Prince, Haiti, Sept. 9, 2022 — Gang violence killed 20 people, police said.', '2022-09-09'],
    ['MAIDUGURI, Nigeria, Tuesday, May 7, 2024 (AP) -- Gunmen killed 9 farmers.', '2024-05-07'],
    ['NEW DELHI, 2024-08-01 (PTI) - Eleven workers died in the fire.', '2024-08-01'],
    ['Published 6 March 2024\nThe provincial governor said the toll had reached 23.', '2024-03-06'],
    ['Updated: Monday, 4 March 2024 10:32 GMT\nRescuers found 5 more bodies.', '2024-03-04'],
    ['March 21st, 2021\nThe ministry put the toll at 31.', '2021-03-21'],
    ['Reuters, 3 March 2024\nAt least 12 people were killed, the governor said.', '2024-03-03'],
    ['Al Jazeera | March 5, 2024\nThe toll rose to 19, officials said.', '2024-03-05'],
    ['Daily Star - 12 Feb 2019\nFour people died in the blaze.', '2019-02-12'],
  ])('%j → %s', (text, date) => {
    expect(reportDateOf(text)).toBe(date);
  });

  it.each([
    // the event's date, not the report's
    'On March 3, 2024, gunmen killed 12 people at a market, the governor said.',
    'March 3, 2024 — Gunmen kill 12 at a market in the north.',
    'Sunday, March 3, 2024 — Gunmen kill 12 at a market.',
    'In Kabul, March 3, 2024 — twelve people were killed.',
    // a dateline without its year: the year is unknown
    'KABUL, March 3 (Reuters) - At least 12 people were killed, the governor said.',
    // a one-line report that ends with a date is a sentence
    'Gunmen killed 12 people in the north, March 3, 2024',
    // a first line that is not a header
    'Gunmen killed 12 people at a market in Kabul on 3 March 2024.\nThe governor confirmed it.',
    'The toll: 12 dead by 3 March 2024\nOfficials said.',
    // not a date
    'KABUL, Block 3, 2024 (Reuters) - At least 12 people were killed.',
    'Published 31 February 2024\nFour died.',
    '',
  ])('none for %j', (text) => {
    expect(reportDateOf(text)).toBeNull();
  });
});

describe('extractFigures: a report without a date takes the one its head states', () => {
  const report = (text: string, date: string | null = null) => ({ file: 'd.txt', line: 1, doc: 'd.txt:1', text, source: null, date });

  it('dates every figure of a report from its dateline', () => {
    const figures = extractFigures(report('KABUL, March 4, 2024 (Reuters) - The toll rose to 19, the governor said. Another 30 were wounded.'));
    expect(figures.map((f) => f.date)).toEqual(['2024-03-04', '2024-03-04']);
  });

  it('keeps the date column over the dateline', () => {
    const figures = extractFigures(report('KABUL, March 4, 2024 (Reuters) - The toll rose to 19, the governor said.', '2024-03-05'));
    expect(figures[0]!.date).toBe('2024-03-05');
  });

  it('leaves a report without either undated', () => {
    expect(extractFigures(report('On March 3, 2024, gunmen killed 12 people, the governor said.'))[0]!.date).toBeNull();
  });
});
