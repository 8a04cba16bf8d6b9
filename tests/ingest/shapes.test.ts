// The pure pieces behind the export shapes: where the header is, which rows are totals and
// notes, which columns are periods, phases from labels, id-like columns, default aggregation
// and period length.
import { describe, expect, it } from 'vitest';
import {
  defaultAggregation, defaultGranularity, detectHeaderIndex, detectWideByPeriod, headerNamesYesNo, inspectText,
  isIdLike, isNoteLine, isTotalLabel, locateHeader,
} from '../../src/lib/data/ingest/index.ts';
import { splitsFromLabels } from '../../src/lib/data/phases.ts';
import { ingestString } from './helpers.ts';

describe('header row', () => {
  it('skips title and note lines (also padded with empty cells) above the column names', () => {
    expect(detectHeaderIndex([['Rapport: Fall 2024'], ['Uttag 2025-01-10', '', ''], ['Månad', 'Enhet', 'Fall'], ['2024-01', 'A', '3'], ['2024-02', 'A', '4']])).toBe(2);
  });
  it('keeps the first row of a plain file, and of a file with only a header', () => {
    expect(detectHeaderIndex([['x', 'y'], ['1', '2'], ['2', '3']])).toBe(0);
    expect(detectHeaderIndex([['Månad', 'Fall']])).toBe(0);
  });
  it('gives the physical line, counting blank lines, and honours a chosen line', () => {
    const text = 'Titel\n\nMånad;Fall\n2024-01;3\n2024-02;4\n';
    expect(locateHeader(text, ';')).toMatchObject({ line: 3, index: 1, above: ['Titel'] });
    expect(locateHeader(text, ';', 1)).toMatchObject({ line: 1, index: 0 });
    expect(() => locateHeader(text, ';', 9)).toThrow(RangeError);
  });
  it('reads rows below a detected header with their physical lines', async () => {
    const { report, rows } = await ingestString('Rapport\n\nMånad;Fall\n2024-01;3\n2024-02;4\nTotalt;7\nKälla: test\n');
    expect(report.headerLine).toBe(3);
    expect(rows.map((r) => [r.line, r.value])).toEqual([[4, 3], [5, 4]]);
    expect(report.rejected.map((r) => [r.line, r.reason])).toEqual([[6, 'total-row'], [7, 'note-line']]);
  });
});

describe('totals and notes', () => {
  it('knows total labels in sv/nb/da/en and note lines', () => {
    for (const t of ['Totalt', 'I alt', 'Summa', 'Total:', 'sum']) expect(isTotalLabel(t)).toBe(true);
    expect(isTotalLabel('Medicin')).toBe(false);
    expect(isNoteLine(['Källa: SCB', '', ''])).toBe(true);
    expect(isNoteLine(['2024-05', '', ''])).toBe(false);
    expect(isNoteLine(['Avd 1', '3'])).toBe(false);
  });
});

describe('periods as columns', () => {
  it.each([
    [['Afdeling', 'jan 2024', 'feb 2024', 'mar 2024', 'I alt'], 'month-name', [1, 2, 3]],
    [['region', '2024M01', '2024M02', '2024M03'], 'yyyy-mm', [1, 2, 3]],
    [['HF', '2024 T1', '2024 T2', '2024 T3'], 'tertial', [1, 2, 3]],
    [['HF', '2023K1', '2023K2', '2023K3', '2023K4'], 'quarter', [1, 2, 3, 4]],
    [['Unit', 'Q1 2024', 'Q2 2024', 'Q3 2024'], 'quarter', [1, 2, 3]],
    [['Enhet', '2021', '2022', '2023'], 'year', [1, 2, 3]],
    [['Enhet', '2024-W01', '2024-W02', '2024-W03'], 'week', [1, 2, 3]],
  ])('%j are periods', (header, format, columns) => {
    expect(detectWideByPeriod(header)).toEqual({ format, columns });
  });
  it('a long file is not wide', () => {
    expect(detectWideByPeriod(['Månad', 'Fall', 'Trycksår', 'Vårddagar'])).toBeNull();
  });
});

describe('phases from labels', () => {
  it('starts a phase where the label changes, ignoring unlabelled points', () => {
    expect(splitsFromLabels([{ x: 1, label: 'pre' }, { x: 2, label: 'pre' }, { x: 3, label: '' }, { x: 4, label: 'post' }, { x: 5, label: 'post' }])).toEqual([2]);
    expect(splitsFromLabels([{ x: 1, label: 'fas 1' }, { x: 2, label: 'fas 2' }, { x: 3, label: 'fas 3' }])).toEqual([1, 2]);
  });
  it('suggests a före/efter column as the phase', () => {
    const rows = Array.from({ length: 12 }, (_, i) => `2024-${String(i + 1).padStart(2, '0')};${3 + (i % 3)};${i < 6 ? 'före' : 'efter'}`);
    expect(inspectText(['Månad;Fall;Fas', ...rows].join('\n')).mapping).toMatchObject({ period: 0, phase: 2, measures: [{ kind: 'value', value: 1 }] });
  });
});

describe('patient-level columns', () => {
  it('id-like: named as ids, or long unique integers; not counts or measurements', () => {
    expect(isIdLike('Pasientnr', ['1', '1'])).toBe(true);
    expect(isIdLike('Personnummer', [])).toBe(true);
    const ids = Array.from({ length: 30 }, (_, i) => String(1_000_123 + i * 7));
    expect(isIdLike('Nummer', ids)).toBe(true);
    expect(isIdLike('Rad', Array.from({ length: 30 }, (_, i) => String(i + 1)))).toBe(true);
    expect(isIdLike('value', Array.from({ length: 30 }, (_, i) => String(i + 1)))).toBe(false);
    expect(isIdLike('Liggetid', Array.from({ length: 30 }, (_, i) => String((i * 7) % 13)))).toBe(false);
  });
  it('a header naming yes/no makes a 1/0 column an outcome', () => {
    expect(headerNamesYesNo('Trykksår (Ja/Nei)')).toBe(true);
    expect(headerNamesYesNo('Död (J/N)')).toBe(true);
    const rows = Array.from({ length: 30 }, (_, i) => `${1000 + i * 13};0${1 + (i % 9)}.03.2024;${i % 5 === 0 ? 1 : 0}`);
    const m = inspectText(['Pasientnr;Dato;Fall (Ja/Nei)', ...rows].join('\n')).mapping!;
    expect(m.measures).toEqual([{ kind: 'outcome', name: 'Fall (Ja/Nei)', outcome: 2 }]);
  });
  it('counts are summed per period, measurements averaged', () => {
    const counts = inspectText('Dato;Fall\n01.01.2024;2\n02.01.2024;0\n03.01.2024;1\n');
    expect(defaultAggregation(counts)).toBe('sum');
    const means = inspectText('Dato;Vekt\n01.01.2024;72,5\n02.01.2024;80,1\n');
    expect(defaultAggregation(means)).toBe('mean');
  });
  it('the default period follows the density of daily rows', () => {
    const period = { suggestedGranularity: 'day' as const } as never;
    expect(defaultGranularity({ period, density: { spanDays: 365, records: 900, series: 2 } })).toBe('month');
    expect(defaultGranularity({ period, density: { spanDays: 60, records: 900, series: 2 } })).toBe('week');
    expect(defaultGranularity({ period, density: { spanDays: 10, records: 90, series: 2 } })).toBe('day');
    expect(defaultGranularity({ period, density: { spanDays: 730, records: 80, series: 2 } })).toBe('quarter');
  });
});
