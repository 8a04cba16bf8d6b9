import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { messages } from '../../src/lib/i18n';
import { csvDialect, csvNumber, neutralise, toCsv } from '../../src/lib/export/csv';
import { fileName } from '../../src/lib/export/image';
import { chartRows, COLUMNS, columnHeader } from '../../src/lib/export/table';
import { DEN, evaluated, NUM, proportionInput, valueInput } from './helpers';

const sv = messages('sv');
const en = messages('en');
const parse = (csv: string, delimiter: string) => Papa.parse<string[]>(csv.replace(/^\ufeff/, ''), { delimiter, skipEmptyLines: true }).data;

describe('neutralise(text)', () => {
  it("prefixes ' to text starting with =, +, -, @, tab or CR and leaves other text alone", () => {
    for (const s of ['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\tx', '\rx']) expect(neutralise(s)).toBe(`'${s}`);
    for (const s of ['Avd 12', 'a=b', ' =x', '', '12']) expect(neutralise(s)).toBe(s);
  });
});

describe('toCsv(t, rows, dialect)', () => {
  it('writes ; and decimal comma for sv/nb/da, , and point for en', () => {
    expect(csvDialect('sv')).toEqual({ separator: ';', decimal: ',' });
    expect(csvDialect('nb')).toEqual({ separator: ';', decimal: ',' });
    expect(csvDialect('da')).toEqual({ separator: ';', decimal: ',' });
    expect(csvDialect('en')).toEqual({ separator: ',', decimal: '.' });
    expect(csvNumber(0.1 + 0.2, ',')).toBe('0,3');
    expect(csvNumber(-1.5, '.')).toBe('-1.5');
  });

  it('has the engine numbers of every point, in the locale dialect', () => {
    const { item, settings } = evaluated(proportionInput('Riskbedömning', 'Avd 12', NUM, DEN), { goals: [{ value: 30 }] });
    for (const [t, locale] of [[sv, 'sv'], [en, 'en']] as const) {
      const d = csvDialect(locale);
      const table = parse(toCsv(t, chartRows(t, item, settings, null), d), d.separator);
      expect(table[0]).toEqual(COLUMNS.map((c) => columnHeader(t, c)));
      const col = (c: (typeof COLUMNS)[number]) => COLUMNS.indexOf(c);
      const num = (s: string) => Number(s.replace(',', '.'));
      item.result!.points.forEach((p, i) => {
        const row = table[i + 1]!;
        expect(row[col('period')]).toBe(p.x);
        expect(num(row[col('value')]!)).toBeCloseTo(p.y!, 9);
        expect(num(row[col('numerator')]!)).toBe(p.ySum);
        expect(num(row[col('denominator')]!)).toBe(p.n);
        expect(num(row[col('cl')]!)).toBeCloseTo(p.cl!, 9);
        expect(num(row[col('ucl')]!)).toBeCloseTo(p.ucl!, 9);
        expect(num(row[col('lcl2')]!)).toBeCloseTo(p.lcl95!, 9);
        expect(num(row[col('goal')]!)).toBe(30);
      });
      expect(table).toHaveLength(item.result!.points.length + 1);
    }
  });

  it('neutralises formula-like measure, unit and annotation text, but keeps negative numbers numbers', () => {
    const ys = [-1.5, 2, -3, 4, 1, 0.5, -2, 3, 1, 2, -1, 0];
    const { item, settings } = evaluated(valueInput('=HYPERLINK("http://x";"y")', '@Avd', ys), {
      annotations: [{ x: '2023-02-01', text: '+cmd|calc' }, { x: '2023-03-01', text: '-1 ny rutin' }],
    });
    const csv = toCsv(sv, chartRows(sv, item, settings, null), csvDialect('sv'));
    const table = parse(csv, ';');
    const col = (c: (typeof COLUMNS)[number]) => COLUMNS.indexOf(c);
    expect(table[1]![col('measure')]).toBe(`'=HYPERLINK("http://x";"y")`);
    expect(table[1]![col('unit')]).toBe("'@Avd");
    expect(table[1]![col('value')]).toBe('-1,5');
    expect(table[2]![col('annotation')]).toBe("'+cmd|calc");
    expect(table[3]![col('annotation')]).toBe("'-1 ny rutin");
    expect(table[3]![col('value')]).toBe('-3');
    // No text cell anywhere starts a formula.
    for (const row of table) for (const [i, cell] of row.entries()) if (!['value', 'cl', 'lcl', 'ucl', 'lcl2', 'ucl2'].includes(COLUMNS[i]!)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('adds the suppression note as one last line', () => {
    const { item, settings } = evaluated(proportionInput('M', 'U', NUM, DEN));
    const rows = chartRows(sv, item, settings, 5);
    const table = parse(toCsv(sv, rows, csvDialect('sv'), sv.suppressionNote({ threshold: 5 })), ';');
    expect(table.at(-1)).toEqual([sv.suppressionNote({ threshold: 5 })]);
  });
});

describe('quoting and file names', () => {
  it('quotes fields with the separator, quotes or line breaks (RFC 4180)', () => {
    const { item, settings } = evaluated(valueInput('a;b "c"', 'line\nbreak', [1, 2, 3, 2, 1, 2, 3, 2, 1, 2, 3, 2]));
    const csv = toCsv(sv, chartRows(sv, item, settings, null), csvDialect('sv'));
    expect(csv.split('\r\n')[1]!.startsWith('"a;b ""c""";"line\nbreak";2023-01-01;1;')).toBe(true);
    expect(parse(csv, ';')[1]!.slice(0, 2)).toEqual(['a;b "c"', 'line\nbreak']);
  });
  it('turns characters file systems refuse into "_"', () => {
    expect(fileName('Fall/dag: <A>|"B"?*', 'svg')).toBe('Fall_dag_ _A___B___.svg');
    expect(fileName('  ', 'csv')).toBe('chart.csv');
  });
});
