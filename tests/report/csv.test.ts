import { describe, expect, it } from 'vitest';
import { readBuiltinAliases, reconcile } from '../../src/reconcile/index.js';
import { formatCsv } from '../../src/report/csv.js';
import { csvRecord } from '../../src/report/csv-cell.js';
import { FIGURE_CSV_HEADER, figureToCsvRecord, formatFiguresCsv } from '../../src/report/figures-csv.js';
import { figure, SEED_FIGURES } from '../reconcile/seed-figures.js';

describe('csvRecord: RFC 4180 quoting', () => {
  it('quotes fields with quotes, commas or line breaks and doubles quotes', () => {
    expect(csvRecord(['plain', 'a,b', 'say "hi"', 'two\nlines', 'cr\rhere'], true)).toBe(
      'plain,"a,b","say ""hi""","two\nlines","cr\rhere"',
    );
  });

  it('writes numbers, booleans and nulls plainly', () => {
    expect(csvRecord([2700, 3.33, 0, null, true, false], true)).toBe('2700,3.33,0,,true,false');
  });

  it('never writes Infinity or NaN', () => {
    expect(csvRecord([Infinity, Number.NaN], true)).toBe(',');
  });
});

describe('csvRecord: formula injection guard (OWASP)', () => {
  it.each([
    ['=HYPERLINK("http://evil.example")', `"'=HYPERLINK(""http://evil.example"")"`],
    ['+1+2', "'+1+2"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
  ])('prefixes %j', (text, field) => {
    expect(csvRecord([text], true)).toBe(field);
  });

  it('leaves numbers alone, even negative ones, and text that starts otherwise', () => {
    expect(csvRecord([-5, 'a=b', ' =x'], true)).toBe('-5,a=b, =x');
  });

  it('can be turned off', () => {
    expect(csvRecord(['=1+2', '-3'], false)).toBe('=1+2,-3');
  });
});

describe('formatCsv (reconcile)', () => {
  it('writes one record per group and source', () => {
    expect(formatCsv(reconcile(SEED_FIGURES), { color: false })).toBe(
      [
        'actor,category,source,kind,outlets,estimates,reports,docs,conflict,spread,earlier,party,record,actor_side,role,summary,stated,events,taken_back,digest',
        'North Korean soldiers,killed,a news report,,,"≈1,000",1,seed-3,true,3.33,,,,North Korea,military,"range: 300–1,000",,,,',
        'North Korean soldiers,killed,South Korea’s intelligence service,,Yonhap,"≈300, ≥300",2,seed-6; seed-12,true,3.33,,,,North Korea,military,"range: 300–1,000",,,,',
        'North Korean soldiers,wounded,South Korea’s intelligence service,,Yonhap,"2,700",2,seed-6; seed-12,false,1,,,,North Korea,military,"range: 2,700",,,,',
        'North Korean soldiers,captured,South Korea’s intelligence service,,,2,1,seed-1,false,1,,,,North Korea,military,range: 2,,,,',
        'North Korean soldiers,captured,Ukrainian President Volodymyr Zelenskyy,,,2,1,seed-8,false,1,,,,North Korea,military,range: 2,,,,',
        '',
      ].join('\n'),
    );
  });

  it('guards text cells from untrusted reports, unless told not to', () => {
    const hostile = [figure({ category: 'killed', low: 3, high: 3, qualifier: 'exact', source: '=cmd|"/c calc"!A1', actor: '@evil' })];
    const [, record] = formatCsv(reconcile(hostile), { color: false }).split('\n');
    expect(record).toBe(`'@evil,killed,"'=cmd|""/c calc""!A1",,,3,1,doc-1,false,1,,,,,unspecified,range: 3,,,,`);
    const [, raw] = formatCsv(reconcile(hostile), { color: false, escapeFormulas: false }).split('\n');
    expect(raw).toBe('@evil,killed,"=cmd|""/c calc""!A1",,,3,1,doc-1,false,1,,,,,unspecified,range: 3,,,,');
  });

  it('lists earlier estimates and the party flag in the columns added at the end', () => {
    const figures = [
      figure({ doc: 'd1', category: 'killed', low: 10, high: 10, qualifier: 'exact', source: 'Kremlin', actor: 'Russian soldiers' }),
      figure({ doc: 'd2', category: 'killed', low: 12, high: 12, qualifier: 'exact', source: 'Kremlin', actor: 'Russian soldiers' }),
    ];
    const [, record] = formatCsv(reconcile(figures, { aliases: readBuiltinAliases() }), { color: false }).split('\n');
    // Spread and summary speak of current estimates: the Kremlin's 10 is history.
    expect(record).toBe('Russian soldiers,killed,Kremlin,government,,12,1,d2,false,1,10,own_losses,,Russia,military,range: 12,,,,');
  });
});

describe('figures CSV (extract)', () => {
  it('has every Figure key as a column, in the NDJSON order', () => {
    expect(FIGURE_CSV_HEADER).toBe('doc,category,low,high,qualifier,actor,source,outlet,quote,file,line,start,end,confidence,date,sentence,revision');
  });

  it('writes one record per figure, streamable one at a time', () => {
    const f = SEED_FIGURES[5]!;
    expect(figureToCsvRecord(f, { color: false })).toBe(
      'seed-12,killed,300,,at_least,North Korean soldiers,South Korean intelligence,Yonhap,at least 300,data/reports.txt,12,0,0,0.9,,,',
    );
    expect(formatFiguresCsv([f], { color: false })).toBe(`${FIGURE_CSV_HEADER}\n${figureToCsvRecord(f, { color: false })}\n`);
  });

  it('guards the quote and sentence but not the numbers', () => {
    const f = figure({ category: 'killed', low: 5, high: 5, qualifier: 'exact', quote: '-5', sentence: '=1+1, said X' });
    expect(figureToCsvRecord(f, { color: false })).toBe(
      `doc-1,killed,5,5,exact,North Korean soldiers,,,'-5,data/reports.txt,1,0,0,0.9,,"'=1+1, said X",`,
    );
  });
});
