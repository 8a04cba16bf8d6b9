import { describe, expect, it } from 'vitest';
import { astronomical } from '../../../src/lib/spc/rules/astronomical.ts';
import { on, zp } from './zone.ts';

describe('astronomical point as a Tukey far-out value (IHI, Provost & Murray 2011; Tukey 1977)', () => {
  it.each([
    ['one blatant high', [10, 11, 12, 11, 10, 50], [5]],
    ['one blatant low', [10, 11, 12, 11, 10, 12, -30], [6]],
    ['ordinary spread', [10, 14, 8, 12, 9, 13], []],
    ['IQR 0 never fires', [0, 0, 0, 0, 0, 3], []],
    ['fewer than 5 points never fires', [1, 2, 1, 100], []],
  ])('%s', (_n, ys, expected) => {
    expect(on(astronomical(zp(ys, null)))).toEqual(expected);
  });
});
