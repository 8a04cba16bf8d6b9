import { describe, expect, it } from 'vitest';
import { ihiRunsTest } from '../../../src/lib/spc/rules/index.ts';
import { RUNS_TABLE, runsLimits } from '../../../src/lib/spc/rules/ihiRuns.ts';

/** Exact distribution of the number of runs (Swed & Eisenhart 1943), for checking the table. */
function choose(n: number, k: number): number {
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
  return r;
}
function pRuns(n1: number, n2: number, r: number): number {
  const total = choose(n1 + n2, n1);
  if (r % 2 === 0) return (2 * choose(n1 - 1, r / 2 - 1) * choose(n2 - 1, r / 2 - 1)) / total;
  const k = (r - 1) / 2;
  return (choose(n1 - 1, k) * choose(n2 - 1, k - 1) + choose(n1 - 1, k - 1) * choose(n2 - 1, k)) / total;
}
/** Fewest / most runs not rejected at 2.5 % per tail. */
function exactLimits(n: number): [number, number] {
  const n1 = Math.floor(n / 2);
  const n2 = n - n1;
  let lo = 2;
  for (let cum = 0; cum + pRuns(n1, n2, lo) <= 0.025; lo++) cum += pRuns(n1, n2, lo);
  let hi = n;
  for (let cum = 0; cum + pRuns(n1, n2, hi) <= 0.025; hi--) cum += pRuns(n1, n2, hi);
  return [lo, hi];
}

const median = (n: number) => Array<number | null>(n).fill(0);

describe('IHI number-of-runs table (Provost & Murray 2011; Swed & Eisenhart 1943)', () => {
  it('table rows for 10..60 are the Swed-Eisenhart limits at 2.5 % per tail', () => {
    expect(RUNS_TABLE).toHaveLength(51);
    RUNS_TABLE.forEach((row, i) => expect([...row], `n=${i + 10}`).toEqual(exactLimits(i + 10)));
  });

  it.each([
    [10, 3, 9],
    [20, 7, 15],
    [30, 11, 21],
    [60, 24, 38],
    [5, 0, 5],
  ])('limits for %i useful observations: %i..%i', (n, min, max) => {
    expect(runsLimits(n)).toEqual({ min, max });
  });

  it('normal approximation beyond 60 stays within one of the exact limits', () => {
    for (const n of [61, 75, 100, 150]) {
      const [lo, hi] = exactLimits(n);
      const { min, max } = runsLimits(n);
      expect(Math.abs(min - lo), `n=${n}`).toBeLessThanOrEqual(1);
      expect(Math.abs(max - hi), `n=${n}`).toBeLessThanOrEqual(1);
    }
  });
});

describe('ihiRunsTest on one phase (IHI; Perla, Provost & Murray 2011)', () => {
  it.each([
    ['too few: 5 below then 5 above', [-1, -1, -1, -1, -1, 1, 1, 1, 1, 1], 2, true],
    ['too many: alternating', [-1, 1, -1, 1, -1, 1, -1, 1, -1, 1], 10, true],
    ['ordinary', [-1, -1, 1, 1, -1, 1, 1, -1, -1, 1], 6, false],
    ['points on the median are skipped', [-1, 0, -1, 1, 0, 1, -1, 1, -1, 1, -1, 1], 8, false],
    ['missing values are skipped', [-1, null, -1, 1, 1, -1, -1, 1, 1, -1, -1], 5, false],
  ])('%s', (_n, values, nRuns, signal) => {
    const r = ihiRunsTest(values, median(values.length));
    expect(r.nRuns).toBe(nRuns);
    expect(r.signal).toBe(signal);
  });

  it('fewer than 10 useful observations never signal', () => {
    expect(ihiRunsTest([-1, 1, -1, 1, -1, 1, -1, 1], median(8))).toEqual({ nRuns: 8, nRunsMin: 0, nRunsMax: 8, signal: false });
  });
});
