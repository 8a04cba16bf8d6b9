import { describe, expect, it } from 'vitest';
import { funnelPlot } from '../../src/lib/spc/funnel';
import { evaluate, type SeriesInput } from '../../src/lib/workspace/evaluate';
import { defaultSpan, funnelMeasures, funnelSpans, funnelView } from '../../src/lib/workspace/funnelView';
import { DEFAULT_SETTINGS } from '../../src/lib/workspace/settings';

const months = ['2024-11-01', '2024-12-01', '2025-01-01'];
function input(measure: string, unit: string, kind: SeriesInput['kind'], rows: [number, number | null][]): SeriesInput {
  return { id: `${measure}|${unit}`, measure, unit, kind, scale: kind === 'rate' ? 1000 : null, observations: rows.map(([y, n], i) => ({ x: months[i]!, y, ...(n === null ? {} : { n }) })) };
}
const items = [
  input('Falls', 'A', 'rate', [[3, 900], [4, 1000], [2, 950]]),
  input('Falls', 'B', 'rate', [[9, 1100], [12, 1200], [10, 1000]]),
  input('Falls', 'C', 'rate', [[1, 500], [0, 450], [1, 480]]),
  input('Wait', 'A', 'value', [[50, null], [52, null], [49, null]]),
].map((i) => evaluate(i, DEFAULT_SETTINGS));

describe('funnelView(items, measure, span, overdispersion)', () => {
  it('offers only measures with numerators and denominators, and spans all → years → periods, newest first', () => {
    expect(funnelMeasures(items)).toEqual(['Falls']);
    expect(funnelSpans(items, 'Falls')).toEqual(['all', '2025', '2024', '2025-01-01', '2024-12-01', '2024-11-01']);
    expect(defaultSpan(funnelSpans(items, 'Falls'), null)).toBe('2025');
    expect(defaultSpan(funnelSpans(items, 'Falls'), '2024-12-01')).toBe('2024-12-01');
    expect(defaultSpan(funnelSpans(items, 'Falls'), '1999')).toBe('2025');
  });

  it('sums each unit over the span into funnelPlot, with the measure’s display scale', () => {
    const v = funnelView(items, 'Falls', '2024', true);
    expect(v.status).toBe('ok');
    if (v.status !== 'ok') return;
    const units = [{ unit: 'A', numerator: 7, denominator: 1900 }, { unit: 'B', numerator: 21, denominator: 2300 }, { unit: 'C', numerator: 1, denominator: 950 }];
    expect(v.result).toEqual(funnelPlot(units, { kind: 'rate', overdispersion: true }));
    expect(v.multiply).toBe(1000);
    expect(v.curve.at(-1)!.denominator).toBeCloseTo(2300 * 1.05, 9);
    expect(v.curve[0]!.denominator).toBeLessThan(950);
  });

  it('says why there is no funnel: no denominator, or no data in the span', () => {
    expect(funnelView(items, 'Wait', 'all', true)).toEqual({ status: 'no-ratio' });
    expect(funnelView(items, 'Nothing', 'all', true)).toEqual({ status: 'no-ratio' });
    expect(funnelView(items, 'Falls', '2023', true)).toEqual({ status: 'no-data' });
  });
});
