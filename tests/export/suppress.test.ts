import { describe, expect, it } from 'vitest';
import { messages } from '../../src/lib/i18n';
import { suppressedCells } from '../../src/lib/export/suppress';
import { chartRows } from '../../src/lib/export/table';
import { DEN, evaluated, NUM, proportionInput, valueInput } from './helpers';

const t = messages('sv');

describe('suppressedCells(point, series, threshold)', () => {
  const p = { chart: 'p', kind: 'proportion', ratio: true } as const;
  it('hides a numerator below the threshold with its denominator and the limits that depend on it', () => {
    expect([...suppressedCells({ y: 0.1, ySum: 4, n: 40 }, p, 5)].sort()).toEqual(['denominator', 'limits', 'numerator']);
    expect(suppressedCells({ y: 0.1, ySum: 5, n: 40 }, p, 5).size).toBe(0);
    expect(suppressedCells({ y: 0, ySum: 0, n: 40 }, p, 5).has('numerator')).toBe(true);
  });
  it('hides a small denominator that counts people, but not an exposure of a rate', () => {
    expect(suppressedCells({ y: 0.5, ySum: 2, n: 4 }, { ...p, chart: 'run' }, 5).has('denominator')).toBe(true);
    expect(suppressedCells({ y: 0.5, ySum: 7, n: 3 }, { chart: 'u', kind: 'rate', ratio: true }, 5).size).toBe(0);
  });
  it('keeps limits of charts whose limits do not depend on the denominator', () => {
    expect(suppressedCells({ y: 0.1, ySum: 4, n: 40 }, { ...p, chart: 'i' }, 5).has('limits')).toBe(false);
  });
  it('hides small counts on a C chart; is off with a null threshold', () => {
    expect([...suppressedCells({ y: 3, ySum: 3, n: null }, { chart: 'c', kind: 'value', ratio: false }, 5)]).toEqual(['value']);
    expect(suppressedCells({ y: 3, ySum: 3, n: null }, { chart: 'i', kind: 'value', ratio: false }, 5).size).toBe(0);
    expect(suppressedCells({ y: 0.1, ySum: 1, n: 2 }, p, null).size).toBe(0);
  });
  it('honours another threshold', () => {
    expect(suppressedCells({ y: 0.2, ySum: 8, n: 40 }, p, 10).has('numerator')).toBe(true);
  });
});

describe('chartRows with suppression', () => {
  it('shows "<5" for small numerators and their denominators and limits; the plotted value stays', () => {
    const { item, settings } = evaluated(proportionInput('M', 'U', NUM, DEN));
    expect(item.result!.chart).toBe('p');
    const rows = chartRows(t, item, settings, 5);
    NUM.forEach((num, i) => {
      const r = rows[i]!;
      expect(r.value.kind).toBe('number');
      if (num < 5) {
        for (const c of ['numerator', 'denominator', 'lcl', 'ucl', 'lcl2', 'ucl2'] as const) expect(r[c]).toEqual({ kind: 'suppressed', threshold: 5 });
      } else {
        expect(r.numerator).toEqual({ kind: 'number', value: num });
        expect(r.denominator).toEqual({ kind: 'number', value: DEN[i] });
      }
    });
  });
  it('leaves value series alone', () => {
    const { item, settings } = evaluated(valueInput('V', 'U', [1, 2, 3, 2, 1, 2, 3, 2, 1, 2, 3, 2]), { chart: 'i' });
    expect(chartRows(t, item, settings, 5).every((r) => r.value.kind === 'number')).toBe(true);
  });
});
