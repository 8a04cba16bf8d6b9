import { describe, expect, it } from 'vitest';
import { shift } from '../../../src/lib/spc/rules/shift.ts';
import { on, zp } from './zone.ts';

describe('shift, points on the centre line break the run (NHS England MDC; WE Handbook 1956)', () => {
  it.each([
    ['6 above', [1, 1, 1, 1, 1, 1], 6, [0, 1, 2, 3, 4, 5]],
    ['5 above is not enough', [1, 1, 1, 1, 1, -1], 6, []],
    ['6 below after one above', [1, -1, -2, -1, -1, -3, -1], 6, [1, 2, 3, 4, 5, 6]],
    ['a point on the mean breaks', [1, 1, 1, 0, 1, 1, 1], 6, []],
    ['length 8 (Western Electric)', [2, 1, 1, 1, 1, 1, 1, 1], 8, [0, 1, 2, 3, 4, 5, 6, 7]],
    ['length 8, only 7', [-1, 1, 1, 1, 1, 1, 1, 1], 8, []],
  ])('%s', (_n, ys, len, expected) => {
    expect(on(shift(zp(ys), len, 'break'))).toEqual(expected);
  });
});

describe('shift, points on the median neither break nor count (IHI; Provost & Murray 2011)', () => {
  it.each([
    ['on the median is skipped, run goes on', [1, 1, 1, 0, 1, 1, 1], 6, [0, 1, 2, 4, 5, 6]],
    ['on the median does not count', [1, 1, 0, 0, 1, 1, 1], 6, []],
    ['side change ends the run', [1, 1, 1, -1, 1, 1, 1, 1], 6, []],
  ])('%s', (_n, ys, len, expected) => {
    expect(on(shift(zp(ys), len, 'skip'))).toEqual(expected);
  });

  it('no centre line: no shift', () => {
    expect(on(shift(zp([1, 2, 3, 4, 5, 6], null), 6, 'skip'))).toEqual([]);
  });
});
