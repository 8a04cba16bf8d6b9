import { describe, expect, it } from 'vitest';
import { enumeratePeriods, isoWeeksInYear, periodStart } from '../../src/lib/data/ingest/calendar.ts';
import { detectPeriodFormat, matchPeriod, periodParser, type PeriodFormat } from '../../src/lib/data/ingest/periods.ts';

/** [text, expected format, ISO start]. */
const CASES: [string, PeriodFormat, string][] = [
  ['2024-03-05', 'iso-date', '2024-03-05'],
  ['2024-03-05T23:10:00Z', 'iso-date', '2024-03-05'],
  ['2024-03-05 08:15', 'iso-date', '2024-03-05'],
  ['2024/03/05', 'ymd-slash', '2024-03-05'],
  ['05.03.2024', 'dmy-dot', '2024-03-05'],
  ['5.3.24', 'dmy-dot', '2024-03-05'],
  ['05.03.2024 14:30', 'dmy-dot', '2024-03-05'],
  ['05-03-2024', 'dmy-dash', '2024-03-05'],
  ['05/03/2024', 'dmy-slash', '2024-03-05'],
  ['03/05/2024', 'mdy-slash', '2024-03-05'],
  ['20240305', 'yyyymmdd', '2024-03-05'],
  ['202403', 'yyyymm', '2024-03-01'],
  ['2024-03', 'yyyy-mm', '2024-03-01'],
  ['03/2024', 'mm-yyyy', '2024-03-01'],
  ['jan 2024', 'month-name', '2024-01-01'],
  ['januari 2024', 'month-name', '2024-01-01'],
  ['mai 2024', 'month-name', '2024-05-01'],
  ['maj 2024', 'month-name', '2024-05-01'],
  ['okt. 2024', 'month-name', '2024-10-01'],
  ['March 2024', 'month-name', '2024-03-01'],
  ['mar 2024', 'month-name', '2024-03-01'],
  ['2024 mars', 'month-name', '2024-03-01'],
  ['desember 2024', 'month-name', '2024-12-01'],
  ['sept 2024', 'month-name', '2024-09-01'],
  ['jan-24', 'month-name', '2024-01-01'],
  ['2024-W05', 'week', '2024-01-29'],
  ['2024W5', 'week', '2024-01-29'],
  ['v. 5 2024', 'week', '2024-01-29'],
  ['v5 2024', 'week', '2024-01-29'],
  ['uke 5 2024', 'week', '2024-01-29'],
  ['uge 5 2024', 'week', '2024-01-29'],
  ['vecka 5 2024', 'week', '2024-01-29'],
  ['2024 v5', 'week', '2024-01-29'],
  ['2020-W53', 'week', '2020-12-28'],
  ['2025-W01', 'week', '2024-12-30'],
  ['2024 Q1', 'quarter', '2024-01-01'],
  ['2024 K2', 'quarter', '2024-04-01'],
  ['Q3 2024', 'quarter', '2024-07-01'],
  ['2024-Q4', 'quarter', '2024-10-01'],
  ['4. kvartal 2024', 'quarter', '2024-10-01'],
  ['2024 T1', 'tertial', '2024-01-01'],
  ['T2 2024', 'tertial', '2024-05-01'],
  ['2024-T3', 'tertial', '2024-09-01'],
  ['2024', 'year', '2024-01-01'],
];

describe('matchPeriod', () => {
  it.each(CASES)('%s is %s starting %s', (text, format, start) => {
    expect(matchPeriod(text, format)).toEqual({ ok: true, start });
    expect(detectPeriodFormat([text]).candidates).toContain(format);
  });
  it('impossible dates are errors, not other formats', () => {
    for (const [text, f] of [
      ['31.02.2024', 'dmy-dot'],
      ['2023-02-29', 'iso-date'],
      ['2024-13', 'yyyy-mm'],
      ['2024-W53', 'week'],
      ['2024 Q5', 'quarter'],
      ['2024 T4', 'tertial'],
    ] as const)
      expect(matchPeriod(text, f)).toEqual({ ok: false, error: 'impossible-date' });
    expect(matchPeriod('2024-02-29', 'iso-date')).toEqual({ ok: true, start: '2024-02-29' });
  });
  it('other shapes do not match; the column parser calls them unparseable', () => {
    expect(matchPeriod('yesterday', 'iso-date')).toBeNull();
    expect(matchPeriod('foo 2024', 'month-name')).toBeNull();
    expect(periodParser('iso-date')('01.02.2024')).toEqual({ ok: false, error: 'unparseable-date' });
  });
});

describe('detectPeriodFormat over a whole column', () => {
  it('one day above 12 decides DD/MM', () => {
    expect(detectPeriodFormat(['03/04/2024', '13/04/2024'])).toMatchObject({ format: 'dmy-slash', ambiguous: false });
  });
  it('one month position above 12 decides MM/DD', () => {
    expect(detectPeriodFormat(['03/04/2024', '04/13/2024'])).toMatchObject({ format: 'mdy-slash', ambiguous: false });
  });
  it('still ambiguous: both candidates, DD/MM suggested first', () => {
    expect(detectPeriodFormat(['03/04/2024', '05/06/2024'])).toMatchObject({
      format: 'dmy-slash',
      ambiguous: true,
      candidates: ['dmy-slash', 'mdy-slash'],
    });
  });
  it('impossible dates still count for the format; granularity follows it', () => {
    const d = detectPeriodFormat(['01.01.2024', '31.02.2024', 'yesterday', '']);
    expect(d).toMatchObject({ format: 'dmy-dot', granularity: 'day', distinct: 3, valid: 1, matched: 2 });
    expect(detectPeriodFormat(['2024 K1', '2024 K2']).granularity).toBe('quarter');
  });
  it('suggests a coarser granularity when all dates are month or year starts', () => {
    expect(detectPeriodFormat(['2015-01-01', '2015-02-01']).suggestedGranularity).toBe('month');
    expect(detectPeriodFormat(['2015-01-01', '2016-01-01']).suggestedGranularity).toBe('year');
    expect(detectPeriodFormat(['2015-01-01', '2015-01-02']).suggestedGranularity).toBe('day');
    expect(detectPeriodFormat(['2024 K1']).suggestedGranularity).toBe('quarter');
  });
  it('no period at all', () => {
    expect(detectPeriodFormat(['Oslo', 'Bergen']).format).toBeNull();
  });
});

describe('periodStart and enumeratePeriods', () => {
  it('truncates to each granularity', () => {
    expect(periodStart('2024-08-15', 'day')).toBe('2024-08-15');
    expect(periodStart('2024-08-15', 'week')).toBe('2024-08-12');
    expect(periodStart('2024-01-01', 'week')).toBe('2024-01-01');
    expect(periodStart('2023-01-01', 'week')).toBe('2022-12-26');
    expect(periodStart('2024-08-15', 'month')).toBe('2024-08-01');
    expect(periodStart('2024-08-15', 'quarter')).toBe('2024-07-01');
    expect(periodStart('2024-08-15', 'tertial')).toBe('2024-05-01');
    expect(periodStart('2024-09-01', 'tertial')).toBe('2024-09-01');
    expect(periodStart('2024-08-15', 'year')).toBe('2024-01-01');
  });
  it('enumerates every period so gaps become missing points', () => {
    expect(enumeratePeriods('2024-11-20', '2025-02-03', 'month')).toEqual(['2024-11-01', '2024-12-01', '2025-01-01', '2025-02-01']);
    expect(enumeratePeriods('2024-01-01', '2024-12-31', 'tertial')).toEqual(['2024-01-01', '2024-05-01', '2024-09-01']);
    expect(enumeratePeriods('2024-12-25', '2025-01-08', 'week')).toEqual(['2024-12-23', '2024-12-30', '2025-01-06']);
    expect(enumeratePeriods('2024-02-27', '2024-03-01', 'day')).toEqual(['2024-02-27', '2024-02-28', '2024-02-29', '2024-03-01']);
    expect(enumeratePeriods('2023-05-05', '2024-01-01', 'quarter')).toHaveLength(4);
    expect(enumeratePeriods('2020-01-01', '2024-01-01', 'year')).toHaveLength(5);
  });
  it('knows 53-week years', () => {
    expect([2015, 2020, 2026].map(isoWeeksInYear)).toEqual([53, 53, 53]);
    expect([2021, 2024, 2025].map(isoWeeksInYear)).toEqual([52, 52, 52]);
  });
});
