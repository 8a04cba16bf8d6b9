import { describe, expect, it } from 'vitest';
import { phaseFlags } from '../../../src/lib/spc/phases.ts';

describe('phaseFlags(count, part, freeze, exclude)', () => {
  it('part starts a new phase after each position; out-of-range ignored', () => {
    expect(phaseFlags(6, [2, 4, 6, 9]).phase).toEqual([1, 1, 2, 2, 3, 3]);
  });
  it('freeze alone: baseline 1..freeze', () => {
    expect(phaseFlags(5, undefined, 3).baseline).toEqual([true, true, true, false, false]);
  });
  it('freeze with part: first `freeze` positions of the latest phase; earlier phases all baseline', () => {
    const f = phaseFlags(8, [3], 2);
    expect(f.phase).toEqual([1, 1, 1, 2, 2, 2, 2, 2]);
    expect(f.baseline).toEqual([true, true, true, true, true, false, false, false]);
  });
  it('exclude marks positions', () => {
    expect(phaseFlags(4, undefined, undefined, [2, 7]).included).toEqual([true, false, true, true]);
  });
  it('rejects a non-positive freeze', () => {
    expect(() => phaseFlags(4, undefined, 0)).toThrow(RangeError);
  });
});
