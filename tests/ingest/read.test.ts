import { describe, expect, it } from 'vitest';
import { readText, inspectText, rejectionMessage, type LongBatch } from '../../src/lib/data/ingest/index.ts';
import { fixture, ingestFixture, ingestString } from './helpers.ts';

describe('Danish event file in every encoding', () => {
  it.each(['dk-1252-semicolon.csv', 'dk-utf8-bom.csv', 'dk-utf16le-bom.csv', 'dk-utf16be-bom.csv'])('%s', async (f) => {
    const { report, rows, inspection } = await ingestFixture(fixture(f));
    expect(inspection.dialect).toEqual({ delimiter: ';', decimal: ',', thousands: '' });
    expect(report.dateFormat).toBe('dmy-dot');
    expect(inspection.mapping?.measures.map((m) => m.kind)).toEqual(['value', 'outcome']);
    // 6 records × 2 measures; 31.02 rejects both long rows, "Måske" one.
    expect(report).toMatchObject({ records: 6, rows: 12, used: 9 });
    expect(report.rejected).toEqual([
      { line: 7, reason: 'impossible-date', column: 'Dato', value: '31.02.2024', measure: 'Alder' },
      { line: 7, reason: 'impossible-date', column: 'Dato', value: '31.02.2024', measure: 'Død' },
      { line: 8, reason: 'unknown-outcome', column: 'Død', value: 'Måske', measure: 'Død' },
    ]);
    expect(rows.filter((r) => r.measure === 'Død').map((r) => [r.period, r.numerator, r.denominator, r.unit])).toEqual([
      ['2024-01-01', 1, 1, 'Kardiologi'],
      ['2024-01-15', 0, 1, 'Kardiologi'],
      ['2024-02-03', 0, 1, 'Kirurgi'],
      ['2024-02-20', 1, 1, 'Kirurgi'], // line 6: the blank line 5 is skipped but counted
    ]);
    expect(rows.find((r) => r.line === 6)?.value).toBe(81.75);
  });
});

describe('dialects and number formats', () => {
  it('tab, NBSP / narrow NBSP / space thousands, month names, suppressed and empty cells', async () => {
    const { report, rows } = await ingestFixture(fixture('nb-tab-thousands.tsv'));
    expect(report).toMatchObject({ delimiter: '\t', decimal: ',', dateFormat: 'month-name', granularity: 'month' });
    expect([' ', '\u00a0', '\u202f']).toContain(report.thousands); // any space kind groups
    expect(rows.map((r) => [r.unit, r.period, r.value])).toEqual([
      ['Medisin', '2024-01-01', 1234.5],
      ['Medisin', '2024-02-01', 2345.25],
      ['Medisin', '2024-03-01', 12.5],
      ['Medisin', '2024-05-01', 1000],
      ['Kirurgi', '2024-03-01', null],
    ]);
    expect(report.missing).toBe(1);
    expect(report.rejected.map((r) => [r.line, r.reason, r.value])).toEqual([
      [6, 'suppressed', '..'],
      [7, 'suppressed', '<5'],
      [9, 'suppressed', 'x'],
    ]);
  });
  it('comma file with quoted comma-thousands numbers', async () => {
    const { report, rows } = await ingestFixture(fixture('en-comma-thousands.csv'));
    expect(report).toMatchObject({ delimiter: ',', decimal: '.', thousands: ',', dateFormat: 'yyyy-mm' });
    expect(rows.map((r) => r.value)).toEqual([1234.5, 2000, 17.25]);
  });
  it('pipe file with dot thousands and quarters (K)', async () => {
    const { report, rows } = await ingestFixture(fixture('pipe-dot-thousands.csv'));
    expect(report).toMatchObject({ delimiter: '|', decimal: ',', thousands: '.', dateFormat: 'quarter' });
    expect(rows.map((r) => [r.period, r.value])).toEqual([
      ['2024-01-01', 1234.5],
      ['2024-04-01', 2000],
      ['2024-10-01', 999.9],
    ]);
  });
  it('weeks and a proportion: every denominator problem has its reason', async () => {
    const { report, rows } = await ingestFixture(fixture('sv-weeks-ratio.csv'));
    expect(report.dateFormat).toBe('week');
    expect(rows).toEqual([{ measure: 'Täljare', unit: 'Akut', period: '2024-01-29', value: null, numerator: 3, denominator: 40, line: 2 }]);
    expect(report.rejected.map((r) => [r.line, r.reason])).toEqual([
      [3, 'zero-denominator'],
      [4, 'numerator-exceeds-denominator'],
      [5, 'negative-numerator'],
      [6, 'negative-denominator'],
      [7, 'impossible-date'],
      [8, 'not-a-number'],
    ]);
  });
  it('wide file is unpivoted, one long row per measure, an empty cell a missing value', async () => {
    const { report, rows } = await ingestFixture(fixture('wide-months.csv'));
    expect(report).toMatchObject({ records: 3, rows: 9, used: 9, missing: 1 });
    expect(rows.filter((r) => r.period === '2024-02-01').map((r) => [r.measure, r.value])).toEqual([
      ['Fall', null],
      ['Trycksår', 2],
      ['Vårddagar', 380],
    ]);
  });
  it('slash dates: ambiguous column reports both candidates; the user can choose MM/DD', async () => {
    const auto = await ingestFixture(fixture('slash-ambiguous.csv'));
    expect(auto.report.dateCandidates).toEqual(['dmy-slash', 'mdy-slash']);
    expect(auto.rows.map((r) => r.period)).toEqual(['2024-04-03', '2024-06-05']);
    const chosen = await ingestFixture(fixture('slash-ambiguous.csv'), { periodFormat: 'mdy-slash' });
    expect(chosen.rows.map((r) => r.period)).toEqual(['2024-03-04', '2024-05-06']);
    expect((await ingestFixture(fixture('slash-mdy.csv'))).report.dateFormat).toBe('mdy-slash');
    expect((await ingestFixture(fixture('slash-dmy.csv'))).report.dateFormat).toBe('dmy-slash');
  });
});

describe('malformed file', () => {
  it('keeps physical line numbers through quoted line breaks, doubled quotes and blank lines', async () => {
    const { report, rows } = await ingestFixture(fixture('malformed.csv'));
    expect(rows.map((r) => [r.line, r.period, r.value])).toEqual([
      [2, '2024-01-01', 1.5],
      [3, '2024-01-02', 2.5], // "has ; semicolon"
      [4, '2024-01-03', 3.5], // "two\nlines"
      [6, '2024-01-04', 4.5], // "say ""hi"""
      [14, '2024-01-08', 10.5], // "a\r\nb\nc" spans lines 14–16
      [17, '2024-01-09', 11.5], // a trailing empty field is accepted
    ]);
    expect(report.rejected).toEqual([
      { line: 7, reason: 'too-few-fields', value: '3' },
      { line: 8, reason: 'too-many-fields', value: '5' },
      { line: 9, reason: 'impossible-date', column: 'date', value: '2024-02-30' },
      { line: 10, reason: 'unparseable-date', column: 'date', value: 'yesterday' },
      { line: 11, reason: 'missing-period', column: 'date', value: '' },
      { line: 12, reason: 'not-a-number', column: 'value', value: 'abc' },
    ]);
    expect(report.records).toBe(12); // the ";;;" line is blank: neither used nor rejected
    expect(report.rows).toBe(report.used + report.rejected.length);
    expect(rejectionMessage(report.rejected[5]!)).toBe('line 12: the cell is not a number in column "value" ("abc")');
  });
  it('rejects a record with broken quotes', async () => {
    const good = Array.from({ length: 5 }, (_, i) => `2024-01-0${i + 1},${i}`).join('\n');
    const { report, rows } = await ingestString(`date,value\n${good}\n2024-02-01,"3\n2024-02-02,4\n`);
    expect(rows.map((r) => r.line)).toEqual([2, 3, 4, 5, 6]);
    // papaparse runs an unterminated quote to the end of the file: one record, two lines.
    expect(report.rejected).toEqual([{ line: 7, reason: 'malformed-quotes', value: '2 line(s): 2024-02-01,3\n2024-02-02,4\n' }]);
  });
  it('handles CR-only line ends and leading blank lines', async () => {
    const { rows } = await ingestString('\r\rdate;verdi\r2024-01-01;1\r\r2024-01-02;2\r');
    expect(rows.map((r) => [r.line, r.value])).toEqual([
      [4, 1],
      [6, 2],
    ]);
  });
});

describe('readText streaming', () => {
  const text = 'date,value\n' + Array.from({ length: 2500 }, (_, i) => `2024-01-${String((i % 28) + 1).padStart(2, '0')},${i}`).join('\n');
  const base = () => {
    const i = inspectText(text);
    return { dialect: i.dialect, mapping: i.mapping!, periodFormat: i.periodFormat };
  };
  it('emits columnar batches of the requested size with progress to the end', async () => {
    const sizes: number[] = [];
    const progress: number[] = [];
    let lastLine = 0;
    const report = await readText(text, {
      ...base(),
      batchRows: 1000,
      onBatch: async (b: LongBatch) => {
        sizes.push(b.length);
        lastLine = b.line[b.length - 1] ?? 0;
        await new Promise((r) => setTimeout(r, 1));
      },
      onProgress: (p) => progress.push(p.chars),
    });
    expect(sizes).toEqual([1000, 1000, 500]);
    expect(lastLine).toBe(2501);
    expect(report).toMatchObject({ records: 2500, rows: 2500, used: 2500 });
    expect(progress.at(-1)).toBe(text.length);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
  });
  it('stops on abort with the signal reason', async () => {
    const controller = new AbortController();
    let batches = 0;
    const run = readText(text, {
      ...base(),
      batchRows: 500,
      signal: controller.signal,
      onBatch: () => {
        if (++batches === 2) controller.abort(new Error('cancelled'));
      },
    });
    await expect(run).rejects.toThrow('cancelled');
    expect(batches).toBe(2);
  });
});
