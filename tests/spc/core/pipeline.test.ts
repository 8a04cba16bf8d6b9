import { describe, expect, it } from 'vitest';
import { computeSpc } from '../../../src/lib/spc/index.ts';
import type { Observation } from '../../../src/lib/spc/types.ts';

const series = (ys: (number | null)[]): Observation[] => ys.map((y, i) => ({ x: i + 1, y }));

/** Paths of every number in a value that is NaN or ±Infinity (checked on the object, before any JSON). */
function nonFinite(value: unknown, path = ''): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [path];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => nonFinite(v, `${path}.${k}`));
}
const base = [10, 12, 11, 13, 12, 30, 11, 12, 10, 13, 12, 11, 12, 14, 11];

describe('computeSpc options', () => {
  it('mdc: I chart limits are mean ± 2.66 × unscreened mean moving range', () => {
    const r = computeSpc(series(base), { chart: 'i', rules: 'mdc' });
    const m = base.reduce((a, b) => a + b) / base.length;
    const mrs = base.slice(1).map((v, i) => Math.abs(v - base[i]!));
    const amr = mrs.reduce((a, b) => a + b) / mrs.length;
    expect(r.points[0]!.cl).toBeCloseTo(m, 12);
    expect(r.points[0]!.ucl).toBeCloseTo(m + 2.66 * amr, 12);
    expect(r.points[0]!.lcl95).toBeCloseTo(m - (2 / 3) * 2.66 * amr, 12);
    const screened = computeSpc(series(base), { chart: 'i', rules: 'mdc', screenMovingRanges: true });
    expect(screened.points[0]!.ucl!).toBeLessThan(r.points[0]!.ucl!);
  });
  it('mdc: fewer than 13 points gives a run chart and a warning', () => {
    const r = computeSpc(series(base.slice(0, 12)), { chart: 'i', rules: 'mdc' });
    expect(r.chart).toBe('run');
    expect(r.points.every((p) => p.ucl === null)).toBe(true);
    expect(r.warnings.map((w) => w.code)).toContain('mdc-run-chart-fallback');
  });
  it('anhoej: I chart screens moving ranges by default; --no-screen widens the limits', () => {
    const a = computeSpc(series(base), { chart: 'i' });
    const b = computeSpc(series(base), { chart: 'i', screenMovingRanges: false });
    expect(b.points[0]!.ucl!).toBeGreaterThan(a.points[0]!.ucl!);
  });
  it('freeze + part: latest phase limits come from its first `freeze` points', () => {
    const ys = [1, 2, 3, 4, 5, 10, 20, 30, 40, 50];
    const r = computeSpc(series(ys), { chart: 'run', part: [5], freeze: 2 });
    expect(r.points[0]!.cl).toBe(3);
    expect(r.points[9]!.cl).toBe(15);
    expect(r.points.map((p) => p.baseline)).toEqual([true, true, true, true, true, true, true, false, false, false]);
  });
  it('a fixed centre line is in plotted units', () => {
    const r = computeSpc(series(base), { chart: 'i', cl: 1200, multiply: 100 });
    expect(r.points[0]!.cl).toBe(1200);
    expect(r.points[0]!.y).toBe(1000);
  });
  it('goal steps apply from their x on; ISO dates compare as dates', () => {
    const rows: Observation[] = ['2024-01-01', '2024-02-01', '2024-03-01'].map((x, i) => ({ x, y: i }));
    const r = computeSpc(rows, { chart: 'run', goal: [{ value: 1 }, { from: '2024-02-01', value: 2 }] });
    expect(r.points.map((p) => p.goal)).toEqual([1, 2, 2]);
    expect(computeSpc(series([1, 2]), { chart: 'run', goal: 5 }).points.map((p) => p.goal)).toEqual([5, 5]);
  });
  it('several rows per x are aggregated with agg', () => {
    const rows: Observation[] = [{ x: 1, y: 1 }, { x: 1, y: 5 }, { x: 1, y: 3 }, { x: 2, y: 2 }];
    expect(computeSpc(rows, { chart: 'run', agg: 'median' }).points[0]!.y).toBe(3);
    expect(computeSpc(rows, { chart: 'run', agg: 'sum' }).points[0]!.y).toBe(9);
  });
  it('never returns NaN or Infinity', () => {
    const rows: Observation[] = [{ x: 1, y: 0, n: 0 }, { x: 2, y: 3, n: 0 }, { x: 3, y: 1, n: 10 }];
    const r = computeSpc(rows, { chart: 'p' });
    expect(nonFinite(r)).toEqual([]);
    for (const p of r.points) for (const v of [p.y, p.cl, p.lcl, p.ucl]) expect(v === null || Number.isFinite(v)).toBe(true);
  });
  it('rejects bad options and data', () => {
    expect(() => computeSpc(series([1, 2]), { chart: 'p' })).toThrow(/denominators/);
    expect(() => computeSpc(series([1, -2]), { chart: 't' })).toThrow(/greater than zero/);
    expect(() => computeSpc(series([1, 2]), { chart: 'nope' as never })).toThrow(/unknown chart/);
  });
  it('ihi profile fills the number-of-runs fields', () => {
    const r = computeSpc(series(base), { chart: 'run', rules: 'ihi' });
    expect(r.phases[0]!.nRuns).toBeTypeOf('number');
  });
});

describe('runs analysis needs at least two useful observations', () => {
  it('a phase with a single useful observation has null runs fields (no runs to analyse)', () => {
    // Centre line fixed at 2.5; phase 2 = positions 5..6: one value and one missing.
    const r = computeSpc(series([1, 3, 2, 4, 5, null]), { chart: 'run', part: [4], cl: 2.5 });
    expect(r.phases[1]).toMatchObject({ nUseful: 1, longestRun: null, longestRunMax: null, nCrossings: null, nCrossingsMin: null, runsSignal: false });
    // Phase 1: below, above, below, above → longest run 1, 3 crossings; limits round(log2 4) + 3 = 5, qbinom(0.05, 3, ½) = 0.
    expect(r.phases[0]).toMatchObject({ nUseful: 4, longestRun: 1, longestRunMax: 5, nCrossings: 3, nCrossingsMin: 0 });
  });
  it('a phase whose values all lie on the centre line has null runs fields', () => {
    const r = computeSpc(series([2, 2, 2]), { chart: 'run' });
    expect(r.phases[0]).toMatchObject({ nUseful: 0, longestRun: null, nCrossings: null });
  });
  it('the engine returns no non-finite number (checked on the object)', () => {
    expect(nonFinite({ a: [1, { b: Number.NaN }], c: Infinity })).toEqual(['.a.1.b', '.c']);
  });
});
