import { describe, expect, it } from 'vitest';
import { CHARTS, CHART_TYPES, NEEDS_DENOMINATOR, computeSpc, isChartType } from '../../src/lib/spc/index.ts';
import { chartWarnings, suggestChart } from '../../src/lib/spc/guidance.ts';

describe('chart registry', () => {
  it('lists every chart type once, including the median-based I charts', () => {
    expect(new Set(CHART_TYPES).size).toBe(CHART_TYPES.length);
    expect(CHART_TYPES).toEqual(expect.arrayContaining(['i', 'i_m', 'i_mm', 'p', 'pp']));
    expect(isChartType('i_mm')).toBe(true);
    expect(isChartType('toString')).toBe(false);
  });

  it('derives the denominator list and cites a source for every chart', () => {
    expect([...NEEDS_DENOMINATOR].sort()).toEqual(['p', 'pp', 'u', 'up']);
    for (const chart of CHART_TYPES) expect(CHARTS[chart].source.length, chart).toBeGreaterThan(10);
  });

  it('the suggestion takes the prime variant from the registry', () => {
    const shape = { hasDenominator: true, integerValues: true, nonNegative: true, subgroupSizes: [1, 1], eventDates: false, denominatorsLarge: true };
    expect(suggestChart(shape).chart).toBe(CHARTS.p.prime);
    expect(suggestChart({ ...shape, numeratorsBounded: false }).chart).toBe(CHARTS.u.prime);
  });

  it('count charts warn about negative values; the median I chart does not', () => {
    const r = computeSpc([-1, 2, 3].map((y, i) => ({ x: i + 1, y })), { chart: 'i_m' });
    expect(chartWarnings('c', r.points, r.phases).map((w) => w.code)).toContain('negative-values-on-count-chart');
    expect(chartWarnings('i_m', r.points, r.phases).map((w) => w.code)).not.toContain('negative-values-on-count-chart');
  });

  it('every registered chart computes through computeSpc', () => {
    // Two rows per x, so the subgroup charts (xbar, s) have a spread too.
    const rows = Array.from({ length: 32 }, (_, i) => ({ x: (i >> 1) + 1, y: 3 + (i % 5), n: 10 + (i % 3) }));
    for (const chart of CHART_TYPES) {
      const r = computeSpc(rows, { chart });
      expect(r.chart, chart).toBe(chart);
      expect(r.points[0]!.cl, chart).not.toBeNull();
    }
  });

  it('a chart without runs analysis never has a runs signal (MR, as qicharts2)', () => {
    const rows = [1, 1, 1, 1, 1, 1, 1, 1, 1, 9, 9, 9, 9, 9, 9, 9, 9, 9].map((y, i) => ({ x: i + 1, y }));
    expect(computeSpc(rows, { chart: 'i' }).phases[0]!.runsSignal).toBe(true);
    expect(computeSpc(rows, { chart: 'mr' }).phases[0]!.runsSignal).toBe(false);
  });
});
