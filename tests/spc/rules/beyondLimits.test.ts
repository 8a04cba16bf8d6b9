import { describe, expect, it } from 'vitest';
import { beyondLimits } from '../../../src/lib/spc/rules/beyondLimits.ts';
import { on, zp } from './zone.ts';

describe('beyondLimits: strictly outside 3 sigma (Shewhart 1931; WE Handbook 1956 rule 1; MDC)', () => {
  it.each([
    ['none inside', [0, 1, -1, 2, -2], []],
    ['above and below', [0, 3.1, 0, -3.5, 0], [1, 3]],
    ['exactly on a limit is inside', [3, -3, 0, 1, 2], []],
    ['far out', [0, 0, 10, 0, 0, 0], [2]],
  ])('%s', (_name, ys, expected) => {
    expect(on(beyondLimits(zp(ys)))).toEqual(expected);
  });

  it('missing limits never fire (run chart)', () => {
    expect(on(beyondLimits(zp([0, 100, -100, 0, 0], null)))).toEqual([]);
  });

  it('asymmetric limits are read per point', () => {
    const pts = zp([0.5, 0.1, 0.9, 0.4, 0.6], 0.5, 0.1).map((p, i) => (i === 1 ? { ...p, lcl: 0.05 } : p));
    expect(on(beyondLimits(pts))).toEqual([2]);
  });
});
