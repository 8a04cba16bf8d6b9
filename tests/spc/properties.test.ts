import fc from 'fast-check';
import { describe, it } from 'vitest';
import { computeSpc } from '../../src/lib/spc/index.ts';
import { runsAnalysis } from '../../src/lib/spc/runs.ts';
import type { Observation } from '../../src/lib/spc/types.ts';

const values = fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 3, maxLength: 40 });
const rows = (ys: number[]): Observation[] => ys.map((y, i) => ({ x: i + 1, y }));
const near = (a: number | null, b: number | null, scale: number) =>
  a === null || b === null ? a === b : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(scale));

describe('properties', () => {
  it('I chart limits move with a constant shift', () => {
    fc.assert(
      fc.property(values, fc.double({ min: -1e4, max: 1e4, noNaN: true }), (ys, c) => {
        const a = computeSpc(rows(ys), { chart: 'i' }).points[0]!;
        const b = computeSpc(rows(ys.map((v) => v + c)), { chart: 'i' }).points[0]!;
        const s = Math.abs(c) + 1e3;
        return near(b.cl, a.cl! + c, s) && near(b.ucl, a.ucl! + c, s) && near(b.lcl, a.lcl! + c, s);
      }),
    );
  });
  it('I chart limits scale with a positive factor', () => {
    fc.assert(
      fc.property(values, fc.double({ min: 1e-3, max: 1e3, noNaN: true }), (ys, k) => {
        const a = computeSpc(rows(ys), { chart: 'i' }).points[0]!;
        const b = computeSpc(rows(ys.map((v) => v * k)), { chart: 'i' }).points[0]!;
        const s = 1e3 * k;
        return near(b.cl, a.cl! * k, s) && near(b.ucl, a.ucl! * k, s) && near(b.lcl, a.lcl! * k, s);
      }),
    );
  });
  it('P chart limits stay within [0, 1]', () => {
    const pairs = fc.array(
      fc.integer({ min: 0, max: 500 }).chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n))),
      { minLength: 2, maxLength: 30 },
    );
    fc.assert(
      fc.property(pairs, (ps) => {
        const r = computeSpc(ps.map(([y, n], i) => ({ x: i + 1, y, n })), { chart: 'p' });
        return r.points.every((p) =>
          [p.lcl, p.ucl, p.lcl95, p.ucl95].every((v) => v === null || (v >= 0 && v <= 1)),
        );
      }),
    );
  });
  it('reversing a series leaves run and crossing counts unchanged', () => {
    const ints = fc.array(fc.oneof(fc.integer({ min: -5, max: 5 }), fc.constant(null)), { maxLength: 60 });
    fc.assert(
      fc.property(ints, (ys) => {
        const cl = ys.map(() => 0);
        const a = runsAnalysis(ys, cl);
        const b = runsAnalysis([...ys].reverse(), cl);
        return a.longestRun === b.longestRun && a.nCrossings === b.nCrossings && a.nUseful === b.nUseful;
      }),
    );
    fc.assert(
      fc.property(values, (ys) => {
        const a = computeSpc(rows(ys), { chart: 'run' }).phases[0]!;
        const b = computeSpc(rows([...ys].reverse()), { chart: 'run' }).phases[0]!;
        return a.longestRun === b.longestRun && a.nCrossings === b.nCrossings;
      }),
    );
  });
});
