/**
 * Issue 14, findings 1–6: data that cannot be right is rejected with a reason and its line,
 * never plotted; encodings are chosen on evidence; header names never merge columns.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { daysInMonth, enumeratePeriods, isValidYmd, isoWeekStart, nextPeriod, periodStart } from '../../src/lib/data/ingest/calendar.ts';
import { decodeBytes } from '../../src/lib/data/ingest/encoding.ts';
import { headerNames, isGeneratedHeader, MissingHeaderError } from '../../src/lib/data/ingest/headerNames.ts';
import { inspectText } from '../../src/lib/data/ingest/inspect.ts';
import { numberParser } from '../../src/lib/data/ingest/numbers.ts';
import { matchPeriod } from '../../src/lib/data/ingest/periods.ts';
import { rejectionMessage } from '../../src/lib/data/ingest/report.ts';
import { fixture, ingestFixture, ingestString } from './helpers.ts';

const sample = (): Uint8Array => readFileSync(fileURLToPath(new URL('../../data-samples/kvalitet-sv.csv', import.meta.url)));

describe('non-finite numbers (finding 1)', () => {
  it('the parser gives non-finite, not a number, for overflow, Infinity and NaN text', () => {
    const parse = numberParser({ decimal: ',', thousands: '' });
    for (const cell of ['1e309', '-1e309', '1,5e400', 'Infinity', '-inf', '∞', 'NaN', 'nan']) expect(parse(cell)).toBe('non-finite');
    expect(parse('1e308')).toBe(1e308);
    expect(parse('NA')).toBe('missing');
  });
  it('value and ratio rows with them are rejected with their line, never used', async () => {
    const text = 'date;events;days;value\n2024-01-01;1;20;2\n2024-02-01;1e309;20;3\n2024-03-01;2;20;Infinity\n2024-04-01;3;NaN;4\n';
    const mapping = {
      period: 0, measure: null, unit: null,
      measures: [
        { kind: 'rate' as const, name: 'falls', numerator: 1, denominator: 2 },
        { kind: 'value' as const, name: 'los', value: 3 },
      ],
    };
    const { report, rows } = await ingestString(text, { mapping });
    expect(report.rejected).toEqual([
      { line: 3, reason: 'non-finite-number', column: 'events', value: '1e309', measure: 'falls' },
      { line: 4, reason: 'non-finite-number', column: 'value', value: 'Infinity', measure: 'los' },
      { line: 5, reason: 'non-finite-number', column: 'days', value: 'NaN', measure: 'falls' },
    ]);
    expect(rows.every((r) => [r.value, r.numerator, r.denominator].every((v) => v === null || Number.isFinite(v)))).toBe(true);
    expect(report.used).toBe(5);
    expect(report.rows).toBe(report.used + report.rejected.length);
    expect(rejectionMessage(report.rejected[0]!)).toMatch(/^line 3: .*too large or not a finite number/);
  });
});

describe('years (findings 4 and 5)', () => {
  it('calendar arithmetic takes full years: no 0–99 → 1900s mapping', () => {
    // Expected values from Python's proleptic Gregorian datetime (date.fromisocalendar).
    expect(isoWeekStart(24, 5)).toBe('0024-01-29');
    expect(isoWeekStart(1, 1)).toBe('0001-01-01');
    expect(isoWeekStart(99, 53)).toBe('0099-12-28');
    expect(daysInMonth(0, 2)).toBe(29); // year 0 is a leap year
    expect(daysInMonth(100, 2)).toBe(28);
    expect(isValidYmd(24, 2, 29)).toBe(true);
    expect(periodStart('0024-01-31', 'week')).toBe('0024-01-29');
    expect(nextPeriod('0099-12-31', 'day')).toBe('0100-01-01');
    expect(enumeratePeriods('0024-12-30', '0025-01-02', 'day')).toEqual(['0024-12-30', '0024-12-31', '0025-01-01', '0025-01-02']);
    expect(matchPeriod('0024-W05', 'week')).toEqual({ ok: true, start: '0024-01-29' });
    expect(matchPeriod('0000-02-29', 'iso-date')).toEqual({ ok: true, start: '0000-02-29' });
  });
  it('a date outside the default window 1900–2100 is rejected as an implausible year, with its line', async () => {
    const days = Array.from({ length: 5 }, (_, i) => `2024-03-0${i + 1};${i}`);
    const { report, rows } = await ingestString(`date;value\n${days.join('\n')}\n0224-03-05;9\n2101-01-01;1\n1900-01-01;2\n`);
    expect(report.rejected).toEqual([
      { line: 7, reason: 'implausible-year', column: 'date', value: '0224-03-05' },
      { line: 8, reason: 'implausible-year', column: 'date', value: '2101-01-01' },
    ]);
    expect(rows.map((r) => r.period)).toContain('1900-01-01');
    expect(report.years).toEqual({ from: 1900, to: 2100 });
    expect(rejectionMessage(report.rejected[0]!)).toContain('1900–2100');
  });
  it('the window is settable: 0000-02-29 and 0024-W05 are read in a widened window', async () => {
    const dates = await ingestString('date;value\n0000-02-29;1\n0001-03-01;2\n', { years: { from: 0, to: 2100 } });
    expect(dates.report.rejected).toEqual([]);
    expect(dates.rows.map((r) => r.period)).toEqual(['0000-02-29', '0001-03-01']);
    const weeks = await ingestString('week;value\n0024-W05;1\n0024-W06;2\n', { years: { from: 1, to: 100 } });
    expect(weeks.rows.map((r) => r.period)).toEqual(['0024-01-29', '0024-02-05']);
    const narrow = await ingestString('week;value\n0024-W05;1\n2024-W06;2\n', { years: { from: 2000, to: 2030 } });
    expect(narrow.report.rejected.map((r) => [r.line, r.reason])).toEqual([[2, 'implausible-year']]);
  });
});

describe('encoding on evidence (finding 2)', () => {
  it('valid UTF-8 except one 0xFF byte stays UTF-8, the byte replaced and its line listed', () => {
    const bytes = sample();
    const at = bytes.indexOf(0x0d, bytes.indexOf(0x0a)); // end of line 2 (CRLF)
    const withFF = new Uint8Array([...bytes.subarray(0, at), 0xff, ...bytes.subarray(at)]);
    const d = decodeBytes(withFF);
    expect(d.encoding).toBe('utf-8');
    expect(d.text.startsWith('Mått;Enhet;Månad')).toBe(true);
    expect(d.text.split('\r\n')[1]!.endsWith('74,5\ufffd')).toBe(true);
    expect(d.replacedLines).toEqual([2]);
    expect(decodeBytes(bytes).replacedLines).toEqual([]);
  });
  it('a few stray bytes in an ASCII file are replaced, not re-decoded', () => {
    const d = decodeBytes(new Uint8Array([...new TextEncoder().encode('date;value\n2024-01;1\n2024-02;'), 0x81, 0x0a]));
    expect(d.encoding).toBe('utf-8');
    expect(d.replacedLines).toEqual([3]);
  });
  it('Windows-1252 when single-byte å/ä/ö/æ/ø/é sit between ASCII letters, or invalid bytes are many', () => {
    expect(decodeBytes(fixture('dk-1252-semicolon.csv')).encoding).toBe('windows-1252');
    const one = new Uint8Array([...new TextEncoder().encode('M'), 0xe5, ...new TextEncoder().encode('tt;v\n1;2\n')]);
    expect(decodeBytes(one)).toMatchObject({ encoding: 'windows-1252', text: 'Mått;v\n1;2\n', replacedLines: [] });
    const many = new Uint8Array(Array.from({ length: 40 }, (_, i) => (i % 2 ? 0x0a : 0x9c)));
    expect(decodeBytes(many).encoding).toBe('windows-1252');
  });
  it('the report lists the lines that held replaced bytes', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('datum;värde\n2024-01;1\n2024-02;2 '), 0xff, ...new TextEncoder().encode('\n2024-03;3\n')]);
    const { report } = await ingestFixture(bytes);
    expect(report.encoding).toBe('utf-8');
    expect(report.replacedLines).toEqual([3]);
  });
});

describe('header names (finding 3)', () => {
  it('duplicates get suffixes and empty names "column N"; nothing collides', () => {
    expect(headerNames(['a', 'a', 'a'])).toEqual(['a', 'a (2)', 'a (3)']);
    expect(headerNames(['date', '', ' value ', ''])).toEqual(['date', 'column 2', 'value', 'column 4']);
    expect(headerNames(['a', 'a (2)', 'a'])).toEqual(['a', 'a (2)', 'a (3)']);
    expect(headerNames(['column 2', ''])).toEqual(['column 2', 'column 2 (2)']);
    expect(isGeneratedHeader('column 4', 3)).toBe(true);
    expect(isGeneratedHeader('column 4', 2)).toBe(false);
  });
  it('a;a;a: the yes/no column and the value column stay two series', async () => {
    const body = ['2024-01-01;ja;5', '2024-02-01;nej;6', '2024-03-01;ja;7', '2024-04-01;nej;8', '2024-05-01;ja;9'].join('\n');
    const { inspection, report, rows } = await ingestString(`a;a;a\n${body}\n`);
    expect(inspection.header).toEqual(['a', 'a (2)', 'a (3)']);
    expect(inspection.mapping?.measures.map((m) => [m.kind, m.name])).toEqual([['outcome', 'a (2)'], ['value', 'a (3)']]);
    expect(new Set(rows.map((r) => r.measure))).toEqual(new Set(['a (2)', 'a (3)']));
    expect(report.used).toBe(10);
  });
  it('a header row of only delimiters is a missing header, never the first data row', async () => {
    const text = ';;\n2024-01-01;A;5\n2024-02-01;A;6\n';
    expect(() => inspectText(text)).toThrow(MissingHeaderError);
    await expect(ingestString(text)).rejects.toThrow(MissingHeaderError);
    // Blank lines (and whitespace) before a real header are still skipped.
    expect(inspectText('\n  \ndate;unit;value\n2024-01-01;A;5\n').header).toEqual(['date', 'unit', 'value']);
  });
});

describe('smaller ones (finding 6)', () => {
  it('a malformed-quote rejection names its measure, so one line is not listed three times alike', async () => {
    const good = Array.from({ length: 5 }, (_, i) => `2024-01-0${i + 1};${i};${i};${i}`).join('\n');
    const { report } = await ingestString(`date;x;y;z\n${good}\n2024-02-01;"3;1;1\n`, {
      mapping: {
        period: 0, measure: null, unit: null,
        measures: ['x', 'y', 'z'].map((name, i) => ({ kind: 'value' as const, name, value: i + 1 })),
      },
    });
    expect(report.rejected.map((r) => [r.line, r.reason, r.measure])).toEqual([
      [7, 'malformed-quotes', 'x'],
      [7, 'malformed-quotes', 'y'],
      [7, 'malformed-quotes', 'z'],
    ]);
  });
});
