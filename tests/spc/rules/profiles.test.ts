import { describe, expect, it } from 'vitest';
import { pointRules, profileRules, type RulePoint } from '../../../src/lib/spc/rules/index.ts';

/** RulePoints around cl 0 with sigma 1; null y = missing. */
function rp(ys: (number | null)[], phase: number[] = ys.map(() => 1), cl: number | null = 0): RulePoint[] {
  return ys.map((y, i) => ({
    y,
    cl,
    lcl: cl === null ? null : cl - 3,
    ucl: cl === null ? null : cl + 3,
    lcl95: cl === null ? null : cl - 2,
    ucl95: cl === null ? null : cl + 2,
    phase: phase[i]!,
    excluded: false,
  }));
}

describe('anhoej profile: beyond limits only (Anhøj & Olesen 2014; qicharts2)', () => {
  it('flags only points outside 3 sigma; long runs are phase-level', () => {
    expect(pointRules('anhoej', rp([1, 1, 1, 1, 1, 1, 1, 4]), {})).toEqual([[], [], [], [], [], [], [], ['beyond-limits']]);
  });
});

describe('mdc profile (NHS England Making Data Count)', () => {
  it('trend before shift before beyond limits at one point', () => {
    const r = pointRules('mdc', rp([0.5, 0.6, 0.7, 0.8, 0.9, 3.5]), {});
    expect(r[5]).toEqual(['trend', 'shift', 'beyond-limits']);
    expect(r[0]).toEqual(['trend', 'shift']);
  });

  it('two of three flags the points beyond 2 sigma when the window stays on their side', () => {
    expect(pointRules('mdc', rp([0, 2.5, 1, 2.4, 0]), {})).toEqual([[], ['two-of-three'], [], ['two-of-three'], []]);
    expect(pointRules('mdc', rp([0, 2.5, -1, 2.4, 0]), {})).toEqual([[], [], [], [], []]);
  });

  it('shift and trend lengths from options override the defaults', () => {
    const r = pointRules('mdc', rp([1, 2.5, 2.6, -1, -1, -1, -1]), { shift: 4, trend: 3 });
    expect(r.map((x) => x.join(','))).toEqual(['trend', 'trend,two-of-three', 'trend,two-of-three', 'shift', 'shift', 'shift', 'shift']);
  });

  it('invalid lengths fall back to the defaults', () => {
    expect(profileRules('mdc', { shift: 0, trend: 2.5 })).toContainEqual({ rule: 'shift', length: 6, onCentre: 'break' });
    expect(profileRules('mdc', { trend: 2.5 })).toContainEqual({ rule: 'trend', length: 6, ties: 'break', acrossPhases: true });
  });
});

describe('rules stay within a phase; missing values are skipped', () => {
  it('a shift never spans a phase change', () => {
    const r = pointRules('mdc', rp([1, 1, 1, 1, 1, 1], [1, 1, 1, 2, 2, 2]), {});
    expect(r.every((x) => x.length === 0)).toBe(true);
  });

  it('a missing y gets no rule and does not break a run', () => {
    const r = pointRules('mdc', rp([1, 1, 1, null, 1, 1, 1]), {});
    expect(r.map((x) => x.length)).toEqual([1, 1, 1, 0, 1, 1, 1]);
  });
});

describe('western-electric profile (WE Statistical Quality Control Handbook 1956)', () => {
  it('four of five beyond 1 sigma and 8 in a row', () => {
    const r = pointRules('western-electric', rp([1.5, 1.5, 0.5, 1.5, 1.5, 0.5, 0.5, 0.5]), {});
    expect(r.map((x) => x.join(','))).toEqual([
      'shift,four-of-five',
      'shift,four-of-five',
      'shift',
      'shift,four-of-five',
      'shift,four-of-five',
      'shift',
      'shift',
      'shift',
    ]);
  });

  it('has no trend rule', () => {
    expect(pointRules('western-electric', rp([-2.5, -1.9, -1, 0.1, 1, 1.9, 2.9]), {}).flat()).toEqual([]);
  });
});

describe('ihi profile (Provost & Murray 2011, The Health Care Data Guide)', () => {
  it('trend of 5 with a tie, shift of 6 across a point on the median', () => {
    const r = pointRules('ihi', rp([-1, -0.5, -0.5, 0.2, 0.4, 0.6, 0, 0.1, 0.2, 0.3]), {});
    expect(r.map((x) => x.join(','))).toEqual(['trend', 'trend', 'trend', 'trend,shift', 'trend,shift', 'trend,shift', '', 'shift', 'shift', 'shift']);
  });

  it('astronomical on a run chart', () => {
    const r = pointRules('ihi', rp([10, 11, 12, 11, 10, 50], undefined, null), {});
    expect(r[5]).toEqual(['astronomical']);
  });
});
