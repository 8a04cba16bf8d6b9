/**
 * Median-based I charts, hand-computed.
 * y = 10 12 11 30 12 10 11: median 11; moving ranges 2 1 19 18 2 1 (mean 43/6, median 2).
 */
import { describe, expect, it } from 'vitest';
import { computeSpc } from '../../../src/lib/spc/index.ts';
import type { SpcOptions } from '../../../src/lib/spc/types.ts';

const ys = [10, 12, 11, 30, 12, 10, 11];
const rows = ys.map((y, i) => ({ x: i + 1, y }));
const first = (o: Partial<SpcOptions> & Pick<SpcOptions, 'chart'>) => computeSpc(rows, o).points[0]!;
const lastPoint = (o: Partial<SpcOptions> & Pick<SpcOptions, 'chart'>) => computeSpc(rows, o).points.at(-1)!;

describe('i_m: median centre line, sigma = mean moving range / 1.128 (PowerBI-SPC i_m)', () => {
  it('limits', () => {
    const p = first({ chart: 'i_m' });
    const sigma = 43 / 6 / 1.128; // 19 is below D4 × mean MR (23.4), so screening keeps every range
    expect(p.cl).toBe(11);
    expect(p.ucl).toBeCloseTo(11 + 3 * sigma, 12);
    expect(p.lcl).toBeCloseTo(11 - 3 * sigma, 12);
    expect(p.ucl95).toBeCloseTo(11 + 2 * sigma, 12);
  });

  it('the I chart for comparison: mean centre line, same sigma', () => {
    const p = first({ chart: 'i' });
    expect(p.cl).toBeCloseTo(96 / 7, 12);
    expect(p.ucl! - p.cl!).toBeCloseTo(first({ chart: 'i_m' }).ucl! - 11, 12);
  });

  it('takes the profile XmR factor (Making Data Count: median ± 2.66 × mean MR)', () => {
    const many = [...ys, ...ys];
    const r = computeSpc(many.map((y, i) => ({ x: i + 1, y })), { chart: 'i_m', rules: 'mdc' });
    // 13 ranges: 2 1 19 18 2 1 1 2 1 19 18 2 1 → mean 87/13, not screened under mdc.
    expect(r.points[0]!.ucl).toBeCloseTo(11 + 2.66 * (87 / 13), 12);
  });
});

describe('i_mm: median ± 3.145 × median moving range (Wheeler & Chambers 1992)', () => {
  it('limits: the outlier does not widen them', () => {
    const p = first({ chart: 'i_mm' });
    expect(p.cl).toBe(11);
    expect(p.ucl).toBeCloseTo(11 + 3.145 * 2, 12);
    expect(p.lcl).toBeCloseTo(11 - 3.145 * 2, 12);
    expect(p.ucl95).toBeCloseTo(11 + (2 / 3) * 3.145 * 2, 12);
    const r = computeSpc(rows, { chart: 'i_mm' });
    expect(r.points[3]!.sigmaSignal).toBe(true);
    expect(computeSpc(rows, { chart: 'i_m' }).points[3]!.sigmaSignal).toBe(false);
  });

  it('phases: each phase its own median and median moving range', () => {
    const r = computeSpc(rows, { chart: 'i_mm', part: [4] });
    // Phase 1: 10 12 11 30 → median 11.5, ranges 2 1 19 → median 2. Phase 2: 12 10 11 → 11, ranges 2 1 → 1.5.
    expect(r.points[0]).toMatchObject({ cl: 11.5 });
    expect(r.points[0]!.ucl).toBeCloseTo(11.5 + 3.145 * 2, 12);
    expect(r.points[6]).toMatchObject({ cl: 11 });
    expect(r.points[6]!.ucl).toBeCloseTo(11 + 3.145 * 1.5, 12);
  });

  it('freeze: the baseline sets the limits', () => {
    // Baseline 10 12 11: median 11, ranges 2 1 → median 1.5.
    expect(lastPoint({ chart: 'i_mm', freeze: 3 }).ucl).toBeCloseTo(11 + 3.145 * 1.5, 12);
  });

  it('exclude: an excluded point leaves the median and its moving ranges', () => {
    // Without position 4 (as the I chart, qicharts2): 10 12 11 12 10 11 → median 11; ranges 2 1 1 2 1 → median 1.
    const p = lastPoint({ chart: 'i_mm', exclude: [4] });
    expect(p.cl).toBe(11);
    expect(p.ucl).toBeCloseTo(11 + 3.145 * 1, 12);
  });

  it('screening drops ranges of at least D4 × mean MR before the median', () => {
    // 1 1 1 1 50 1 1: ranges 0 0 0 49 49 0 → mean 98/6, D4 × mean = 53.4: none dropped, median 0.
    const spike = [1, 1, 1, 1, 50, 1, 1].map((y, i) => ({ x: i + 1, y }));
    expect(computeSpc(spike, { chart: 'i_mm' }).points[0]!.ucl).toBe(1);
    expect(computeSpc(spike, { chart: 'i_mm', screenMovingRanges: false }).points[0]!.ucl).toBe(1);
  });
});
