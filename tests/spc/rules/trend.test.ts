import { describe, expect, it } from 'vitest';
import { trend } from '../../../src/lib/spc/rules/trend.ts';
import { on, zp } from './zone.ts';

describe('trend, strictly rising or falling, ties break (NHS England MDC)', () => {
  it.each([
    ['6 rising', [1, 2, 3, 4, 5, 6], 6, [0, 1, 2, 3, 4, 5]],
    ['6 falling after a rise', [0, 9, 8, 7, 6, 5, 4], 6, [1, 2, 3, 4, 5, 6]],
    ['5 rising is not enough', [1, 2, 3, 4, 5, 0], 6, []],
    ['a tie breaks', [1, 2, 3, 3, 4, 5, 6], 6, []],
    ['trend after a tie starts at the second equal value', [2, 2, 3, 4, 5, 6, 7], 6, [1, 2, 3, 4, 5, 6]],
    ['peak shared by two trends', [1, 2, 3, 4, 5, 6, 5, 4], 6, [0, 1, 2, 3, 4, 5]],
  ])('%s', (_n, ys, len, expected) => {
    expect(on(trend(zp(ys), len, 'break'))).toEqual(expected);
  });
});

describe('trend, ties neither add nor break (IHI; Provost & Murray 2011)', () => {
  it.each([
    ['5 rising', [1, 2, 3, 4, 5], 5, [0, 1, 2, 3, 4]],
    ['tie skipped inside the trend', [1, 2, 2, 3, 4, 5], 5, [0, 1, 2, 3, 4, 5]],
    ['ties do not count', [1, 2, 2, 3, 3, 4], 5, []],
    ['falling with a tie', [9, 7, 7, 5, 4, 3, 8], 5, [0, 1, 2, 3, 4, 5]],
    ['up then down, both of 5', [1, 2, 3, 4, 5, 4, 3, 2, 1], 5, [0, 1, 2, 3, 4, 5, 6, 7, 8]],
  ])('%s', (_n, ys, len, expected) => {
    expect(on(trend(zp(ys), len, 'skip'))).toEqual(expected);
  });
});
