import { describe, expect, it } from 'vitest';
import { runsAnalysis, longestRunMax, crossingsMin } from '../../../src/lib/spc/runs.ts';

const cl = (n: number, v = 0) => new Array<number>(n).fill(v);

describe('runsAnalysis(values, cl)', () => {
  it('counts runs and crossings of useful points', () => {
    const r = runsAnalysis([1, 2, -1, -2, -3, 4], cl(6));
    expect(r).toMatchObject({ nObs: 6, nUseful: 6, longestRun: 3, nCrossings: 2 });
  });
  it('skips points on the centre line and missing values', () => {
    const r = runsAnalysis([1, 0, 1, null, -1, 0, -1], cl(7));
    expect(r).toMatchObject({ nObs: 7, nUseful: 4, longestRun: 2, nCrossings: 1 });
  });
  it('signals a long run', () => {
    const v = [1, 1, 1, 1, 1, 1, 1, 1, 1, -1];
    const r = runsAnalysis(v, cl(10));
    expect(r.longestRunMax).toBe(6); // round(log2(10)) + 3
    expect(r.longestRun).toBe(9);
    expect(r.signal).toBe(true);
  });
  it('signals too few crossings', () => {
    const v = [1, 1, 1, 1, 1, -1, -1, -1, -1, -1];
    const r = runsAnalysis(v, cl(10));
    expect(r.nCrossings).toBe(1);
    expect(r.nCrossingsMin).toBe(2);
    expect(r.signal).toBe(true);
  });
  it('no useful points: no signal', () => {
    expect(runsAnalysis([0, null], cl(2))).toMatchObject({ nUseful: 0, signal: false });
  });
  it('limits follow Anhøj’s table', () => {
    expect([10, 20, 30, 100].map(longestRunMax)).toEqual([6, 7, 8, 10]);
    expect([10, 20, 30, 100].map(crossingsMin)).toEqual([2, 6, 10, 41]);
  });
});
