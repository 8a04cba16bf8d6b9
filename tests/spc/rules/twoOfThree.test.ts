import { describe, expect, it } from 'vitest';
import { twoOfThree } from '../../../src/lib/spc/rules/twoOfThree.ts';
import { on, zp } from './zone.ts';

describe('two of three beyond 2 sigma, same side, third point anywhere (WE Handbook 1956 test 2)', () => {
  it.each([
    ['two of three above', [0, 2.5, 0, 2.1, 0], [1, 3]],
    ['three of three below', [0, -2.5, -2.2, -2.9, 0], [1, 2, 3]],
    ['beyond 3 sigma counts', [0, 4, 2.5, 0, 0], [1, 2]],
    ['opposite sides do not add', [0, 2.5, -2.5, 0, 0], []],
    ['exactly on 2 sigma is not beyond', [2, 2, 2, 0, 0], []],
    ['two beyond but four apart', [2.5, 0, 0, 2.5, 0, 0], []],
  ])('%s', (_n, ys, expected) => {
    expect(on(twoOfThree(zp(ys)))).toEqual(expected);
  });
});
