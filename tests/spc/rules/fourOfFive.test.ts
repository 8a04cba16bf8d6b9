import { describe, expect, it } from 'vitest';
import { fourOfFive } from '../../../src/lib/spc/rules/fourOfFive.ts';
import { on, zp } from './zone.ts';

describe('four of five beyond 1 sigma, same side (WE Handbook 1956 test 3)', () => {
  it.each([
    ['four of five above', [1.5, 1.2, 0, 1.1, 2.5, 0], [0, 1, 3, 4]],
    ['five of five below', [-1.5, -1.2, -1.9, -1.1, -2.5], [0, 1, 2, 3, 4]],
    ['three of five', [1.5, 1.2, 0, 0, 2.5, 0], []],
    ['exactly on 1 sigma is not beyond', [1, 1, 1, 1, 1], []],
    ['sides do not add', [1.5, -1.2, 1.3, -1.1, 2.5], []],
  ])('%s', (_n, ys, expected) => {
    expect(on(fourOfFive(zp(ys)))).toEqual(expected);
  });

  it('asymmetric limits: 1 sigma is half the 2-sigma distance on each side', () => {
    // cl 10, upper 2-sigma at 14 (1 sigma 12), lower 2-sigma at 9 (1 sigma 9.5)
    const pts = [9.4, 9.4, 9.6, 9.4, 9.4].map((y) => ({ y, cl: 10, lcl: 8.5, ucl: 16, lcl95: 9, ucl95: 14 }));
    expect(on(fourOfFive(pts))).toEqual([0, 1, 3, 4]);
    const up = [12.5, 11.5, 12.5, 12.5, 12.5].map((y) => ({ ...pts[0]!, y }));
    expect(on(fourOfFive(up))).toEqual([0, 2, 3, 4]);
  });
});
