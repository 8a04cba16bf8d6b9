import { describe, expect, it } from 'vitest';
import { evaluate, suggestFor, type SeriesInput } from '../../src/lib/workspace/evaluate';
import { DEFAULT_SETTINGS } from '../../src/lib/workspace/settings';

const months = Array.from({ length: 24 }, (_, i) => `20${23 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`);
const input = (over: Partial<SeriesInput>): SeriesInput => ({
  id: 'x', measure: 'm', unit: 'u', kind: 'value', scale: null,
  observations: months.map((x, i) => ({ x, y: 40 + (i % 5) })),
  ...over,
});

describe('evaluate', () => {
  it('suggests a u chart for a rate even when numerators fit in the denominators', () => {
    const rate = input({ kind: 'rate', observations: months.map((x, i) => ({ x, y: i % 4, n: 600 })) });
    expect(suggestFor(rate).chart).toBe('u');
    expect(suggestFor({ ...rate, kind: 'proportion' }).chart).toBe('p');
  });

  it('shows a rate in the export scale (per 1,000) and a proportion in percent', () => {
    const rate = evaluate(input({ kind: 'rate', scale: 1000, observations: months.map((x) => ({ x, y: 3, n: 600 })) }), DEFAULT_SETTINGS);
    expect(rate.result!.points[0]!.y).toBeCloseTo(5, 12);
    const prop = evaluate(input({ kind: 'proportion', observations: months.map((x) => ({ x, y: 45, n: 50 })) }), DEFAULT_SETTINGS);
    expect(prop.result!.points[0]!.y).toBeCloseTo(90, 12);
    expect(evaluate(input({ kind: 'proportion', observations: months.map((x) => ({ x, y: 45, n: 50 })) }), { ...DEFAULT_SETTINGS, percent: false }).result!.points[0]!.y).toBeCloseTo(0.9, 12);
  });

  it('reports a chart that needs denominators as a translatable code, not a crash', () => {
    const e = evaluate(input({}), { ...DEFAULT_SETTINGS, chart: 'p' });
    expect(e.result).toBeNull();
    expect(e.error).toBe('needs-denominator');
  });
});
