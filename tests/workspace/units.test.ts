import { describe, expect, it } from 'vitest';
import { evaluate, type SeriesInput } from '../../src/lib/workspace/evaluate';
import { DEFAULT_SETTINGS } from '../../src/lib/workspace/settings';
import { formatValue, valueUnit } from '../../src/lib/workspace/units';

const months = Array.from({ length: 24 }, (_, i) => `20${23 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`);
const input = (over: Partial<SeriesInput>): SeriesInput => ({
  id: 'x', measure: 'm', unit: 'u', kind: 'value', scale: null, observations: months.map((x, i) => ({ x, y: 40 + (i % 5) })), ...over,
});

describe('value units', () => {
  it('a proportion in percent is a percentage; off the percent setting it is a number; a rate is a rate', () => {
    const prop = input({ kind: 'proportion', observations: months.map((x) => ({ x, y: 45, n: 50 })) });
    expect(valueUnit(evaluate(prop, DEFAULT_SETTINGS))).toBe('percent');
    expect(valueUnit(evaluate(prop, { ...DEFAULT_SETTINGS, percent: false }))).toBe('number');
    expect(valueUnit(evaluate(input({ kind: 'rate', scale: 1000, observations: months.map((x) => ({ x, y: 3, n: 600 })) }), DEFAULT_SETTINGS))).toBe('rate');
    expect(valueUnit(evaluate(input({ observations: months.map((x, i) => ({ x, y: 40.5 + (i % 5) })) }), DEFAULT_SETTINGS))).toBe('number');
  });

  it('writes a percentage with the locale\'s % sign, and a missing value as a dash', () => {
    expect(formatValue('en', 90.5, 'percent')).toBe('90.5%');
    expect(formatValue('sv', 90.5, 'percent')).toBe('90,5\u00a0%');
    expect(formatValue('da', 3.25, 'rate')).toBe('3,25');
    expect(formatValue('nb', null, 'percent')).toBe('–');
  });
});
