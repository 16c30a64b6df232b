import type { Figure } from '../../src/figure.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readBuiltinAliases, reconcile } from '../../src/reconcile/index.js';
import { csvChunks, formatCsv } from '../../src/report/csv.js';
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
        'actor,category,source,kind,outlets,estimates,reports,docs,conflict,spread,earlier,party,record,actor_side,role,summary,stated,events,taken_back,digest,low,high,point',
        'North Korean soldiers,killed,a news report,,,"≈1,000",1,seed-3,true,3.33,,,,North Korea,military,"range: 300–1,000",,,,,1000,1000,1000',
        'North Korean soldiers,killed,South Korea’s intelligence service,,Yonhap,"≈300, ≥300",2,seed-6; seed-12,true,3.33,,,,North Korea,military,"range: 300–1,000",,,,,300,300,300',
        'North Korean soldiers,wounded,South Korea’s intelligence service,,Yonhap,"2,700",2,seed-6; seed-12,false,1,,,,North Korea,military,"range: 2,700",,,,,2700,2700,2700',
        'North Korean soldiers,captured,South Korea’s intelligence service,,,2,1,seed-1,false,1,,,,North Korea,military,range: 2,,,,,2,2,2',
        'North Korean soldiers,captured,Ukrainian President Volodymyr Zelenskyy,,,2,1,seed-8,false,1,,,,North Korea,military,range: 2,,,,,2,2,2',
        '',
      ].join('\n'),
    );
  });

  it('guards text cells from untrusted reports, unless told not to', () => {
    const hostile = [figure({ category: 'killed', low: 3, high: 3, qualifier: 'exact', source: '=cmd|"/c calc"!A1', actor: '@evil' })];
    const [, record] = formatCsv(reconcile(hostile), { color: false }).split('\n');
    expect(record).toBe(`'@evil,killed,"'=cmd|""/c calc""!A1",,,3,1,doc-1,false,1,,,,,unspecified,range: 3,,,,,3,3,3`);
    const [, raw] = formatCsv(reconcile(hostile), { color: false, escapeFormulas: false }).split('\n');
    expect(raw).toBe('@evil,killed,"=cmd|""/c calc""!A1",,,3,1,doc-1,false,1,,,,,unspecified,range: 3,,,,,3,3,3');
  });

  it('lists earlier estimates and the party flag in the columns added at the end', () => {
    const figures = [
      figure({ doc: 'd1', category: 'killed', low: 10, high: 10, qualifier: 'exact', source: 'Kremlin', actor: 'Russian soldiers' }),
      figure({ doc: 'd2', category: 'killed', low: 12, high: 12, qualifier: 'exact', source: 'Kremlin', actor: 'Russian soldiers' }),
    ];
    const [, record] = formatCsv(reconcile(figures, { aliases: readBuiltinAliases() }), { color: false }).split('\n');
    // Spread and summary speak of current estimates: the Kremlin's 10 is history.
    expect(record).toBe('Russian soldiers,killed,Kremlin,government,,12,1,d2,false,1,10,own_losses,,Russia,military,range: 12,,,,,12,12,12');
  });
});

describe('formatCsv: the current estimate as numbers (low, high, point)', () => {
  const claimant = (fields: (Partial<Figure> & Pick<Figure, 'low' | 'high' | 'qualifier'>)[]) =>
    fields.map((f, i) => figure({ doc: `n${i + 1}`, category: 'killed', source: 'the Interior Ministry', actor: 'people', ...f }));
  const numbers = (figures: Figure[], options: Parameters<typeof reconcile>[1] = {}) =>
    formatCsv(reconcile(figures, options), { color: false }).trimEnd().split('\n').slice(1).map((line) => line.split(',').slice(-3).join(','));

  it('states an open side as an empty cell, never a made-up number', () => {
    expect(numbers(claimant([{ low: 40, high: null, qualifier: 'at_least' }]))).toEqual(['40,,40']);
    expect(numbers(claimant([{ low: null, high: 500, qualifier: 'at_most' }]))).toEqual([',500,500']);
  });

  it('gives a range and a vague quantity as stated, the point in the middle', () => {
    expect(numbers(claimant([{ low: 20, high: 30, qualifier: 'range' }]))).toEqual(['20,30,25']);
    expect(numbers(claimant([{ low: 24, high: 99, qualifier: 'vague', quote: 'dozens' }]))).toEqual(['24,99,62']);
  });

  it('does not widen an approximation by the tolerance: ≈300 is 300', () => {
    expect(numbers(claimant([{ low: 300, high: 300, qualifier: 'approx' }]))).toEqual(['300,300,300']);
  });

  it('gives what claims that can all hold state at once, else their span', () => {
    // One report with two counts: both current, they cannot both hold.
    const twice: Figure[] = [
      figure({ doc: 'same', start: 0, category: 'killed', low: 12, high: 12, qualifier: 'exact', source: 'the Interior Ministry', actor: 'people' }),
      figure({ doc: 'same', start: 40, category: 'killed', low: 15, high: 15, qualifier: 'exact', source: 'the Interior Ministry', actor: 'people' }),
    ];
    expect(numbers(twice)).toEqual(['12,15,14']);
  });

  it('leaves the cells empty when the claims are of several categories (--group-by none)', () => {
    const mixed = claimant([{ low: 3, high: 3, qualifier: 'exact' }, { category: 'wounded', low: 9, high: 9, qualifier: 'exact' }]);
    expect(numbers(mixed, { groupBy: 'none' })).toEqual([',,']);
    expect(numbers(mixed)).toEqual(['3,3,3', '9,9,9']);
  });

  it('leaves the cells empty when all the claimant said was taken back', () => {
    const retracted = claimant([{ low: 500, high: 500, qualifier: 'exact', revision: 'retracted' }]);
    const [record] = numbers(retracted);
    expect(record).toBe(',,');
  });
});

describe('docs/views.md', () => {
  it('describes every reconcile CSV column, in order', () => {
    const doc = readFileSync(new URL('../../docs/views.md', import.meta.url), 'utf8');
    const section = doc.slice(doc.indexOf('\n## CSV columns\n')).split('\n## ')[1]!;
    const table = section.split('\n').filter((line) => line.startsWith('| `'));
    const documented = table.flatMap((line) => [...line.split(' | ')[0]!.matchAll(/`(\w+)`/g)].map((match) => match[1]));
    const header = formatCsv(reconcile(SEED_FIGURES), { color: false }).split('\n')[0]!;
    expect(documented.join(',')).toBe(header);
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

describe('reconcile CSV in pieces', () => {
  it('is the header, then one piece of whole records per group, joined the whole table', () => {
    const result = reconcile(SEED_FIGURES);
    const pieces = [...csvChunks(result, {})];
    expect(pieces).toHaveLength(1 + result.groups.length);
    expect(pieces.every((piece) => piece.endsWith('\n'))).toBe(true);
    expect(pieces.slice(1).map((piece) => piece.split('\n').length - 1)).toEqual(result.groups.map((group) => group.rows.length));
    expect(pieces.join('')).toBe(formatCsv(result, {}));
    expect([...csvChunks(reconcile([]), {})]).toEqual([pieces[0]]);
  });
});
