import { describe, expect, it } from 'vitest';
import { a3, b3, b4, c4, lgamma, mean, median, qbinomHalf, sd } from '../../../src/lib/spc/math.ts';

/** Independent float check: smallest k with P(X ≤ k) ≥ p, pmf summed in log space. */
function qbinomFloat(p: number, size: number): number {
  let cum = 0;
  for (let k = 0; k <= size; k++) {
    cum += Math.exp(lgamma(size + 1) - lgamma(k + 1) - lgamma(size - k + 1) - size * Math.LN2);
    if (cum >= p) return k;
  }
  return size;
}

describe('qbinomHalf(p, size) is the exact lower binomial quantile', () => {
  it('matches values from R', () => {
    expect(qbinomHalf(0.05, 9)).toBe(2);
    expect(qbinomHalf(0.05, 19)).toBe(6);
    expect(qbinomHalf(0.05, 99)).toBe(41);
    expect(qbinomHalf(0.05, 0)).toBe(0);
    expect(qbinomHalf(0.05, 1)).toBe(0);
    expect(qbinomHalf(0.5, 10)).toBe(5);
  });
  it('agrees with a log-space float computation for every size up to 1000', () => {
    for (let n = 0; n <= 1000; n++) expect(qbinomHalf(0.05, n), `size ${n}`).toBe(qbinomFloat(0.05, n));
  });
  it('is exact at the boundary: P(X ≤ k) ≥ p exactly, P(X ≤ k−1) < p', () => {
    // size 4: P(X ≤ 0) = 1/16 = 0.0625 ≥ 0.0625 → 0; just above → 1
    expect(qbinomHalf(0.0625, 4)).toBe(0);
    expect(qbinomHalf(0.0625 + 1e-17 * 8, 4)).toBe(1);
  });
  it('handles large sizes', () => {
    expect(qbinomHalf(0.05, 5000)).toBe(qbinomFloat(0.05, 5000));
  });
  it('rejects bad arguments', () => {
    expect(() => qbinomHalf(0.05, -1)).toThrow(RangeError);
    expect(() => qbinomHalf(1.5, 3)).toThrow(RangeError);
  });
});

describe('lgamma and subgroup constants from the gamma function', () => {
  it('lgamma matches known values', () => {
    expect(lgamma(1)).toBeCloseTo(0, 14);
    expect(lgamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 14);
    expect(Math.exp(lgamma(11))).toBeCloseTo(3628800, 6);
    expect(lgamma(100)).toBeCloseTo(359.1342053695754, 10);
  });
  it('c4 has exact closed forms for n = 2, 3 and matches table values', () => {
    expect(c4(2)).toBeCloseTo(Math.sqrt(2 / Math.PI), 14);
    expect(c4(3)).toBeCloseTo(Math.sqrt(Math.PI) / 2, 14);
    const table: [number, number][] = [[4, 0.9213], [5, 0.94], [10, 0.9727], [25, 0.9896]];
    for (const [n, v] of table) expect(c4(n)).toBeCloseTo(v, 4);
    expect(c4(1)).toBeNull();
  });
  it('A3, B3, B4 match Montgomery Appendix VI', () => {
    const a: [number, number][] = [[2, 2.659], [3, 1.954], [5, 1.427], [10, 0.975], [25, 0.606]];
    for (const [n, v] of a) expect(a3(n, 3)).toBeCloseTo(v, 3);
    expect(b3(5, 3)).toBe(0);
    expect(b3(6, 3)).toBeCloseTo(0.03, 3);
    expect(b3(10, 3)).toBeCloseTo(0.284, 3);
    expect(b4(2, 3)).toBeCloseTo(3.267, 3);
    expect(b4(10, 3)).toBeCloseTo(1.716, 3);
    expect(a3(1, 3)).toBeNull();
  });
});

describe('summaries ignore missing values', () => {
  it('mean, median, sd', () => {
    expect(mean([1, null, 3])).toBe(2);
    expect(mean([null])).toBeNull();
    expect(median([3, 1, null, 2, 10])).toBe(2.5);
    expect(median([5, 1, 3])).toBe(3);
    expect(sd([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(2.138089935, 9);
    expect(sd([1])).toBeNull();
  });
});
