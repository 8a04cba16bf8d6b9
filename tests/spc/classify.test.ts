import { describe, expect, it } from 'vitest';
import { classify } from '../../src/lib/spc/classify.ts';
import type { PhaseSummary, PointRule, SpcPoint } from '../../src/lib/spc/types.ts';

/** SpcPoint around cl 10 with limits 7..13 (2 sigma 8..12), phase 1. */
function pt(y: number | null, rules: PointRule[] = [], over: Partial<SpcPoint> = {}): SpcPoint {
  return {
    x: 0, position: 0, y, ySum: y, yLength: 1, n: null,
    cl: 10, lcl: 7, ucl: 13, lcl95: 8, ucl95: 12,
    target: null, goal: null, phase: 1, baseline: true, excluded: false,
    sigmaSignal: false, runsSignal: false, rules, special: null, ...over,
  };
}
function phase(runsSignal = false, n = 1): PhaseSummary {
  return {
    phase: n, from: 1, to: 8, nObs: 8, nUseful: 8, longestRun: 0, longestRunMax: 0, nCrossings: 0,
    nCrossingsMin: 0, runsSignal, sigmaSignals: 0, cl: 10, lcl: 7, ucl: 13,
  };
}

describe('special cause per point (NHS England Making Data Count)', () => {
  it.each([
    ['above cl, up is better', 14, ['beyond-limits'], 'up', 'improvement'],
    ['above cl, down is better', 14, ['beyond-limits'], 'down', 'concern'],
    ['below cl, up is better', 6, ['beyond-limits'], 'up', 'concern'],
    ['neutral direction', 14, ['beyond-limits'], 'neutral', 'neutral'],
    ['no rule', 14, [], 'up', null],
  ] as const)('%s', (_n, y, rules, dir, special) => {
    const r = classify([pt(9), pt(y, [...rules])], [phase()], dir, 'mdc');
    expect(r.points[1]!.special).toBe(special);
  });

  it('a trend is judged by its direction, not its side', () => {
    const ys = [12.5, 12, 11, 10.5, 9, 8];
    const pts = ys.map((y) => pt(y, ['trend']));
    const up = classify(pts, [phase()], 'up', 'mdc').points.map((p) => p.special);
    expect(up).toEqual(Array(6).fill('concern'));
    const down = classify(pts, [phase()], 'down', 'mdc').points.map((p) => p.special);
    expect(down).toEqual(Array(6).fill('improvement'));
  });

  it('ihi trend with a tie at its start takes the direction past the tie', () => {
    const pts = [9, 9, 10, 11, 12, 12.5].map((y) => pt(y, ['trend']));
    expect(classify(pts, [phase()], 'up', 'ihi').points.map((p) => p.special)).toEqual(Array(6).fill('improvement'));
  });

  it('returns copies and leaves the input alone', () => {
    const input = [pt(14, ['beyond-limits'])];
    const r = classify(input, [phase()], 'up', 'mdc');
    expect(input[0]!.special).toBeNull();
    expect(r.points[0]).not.toBe(input[0]);
  });
});

describe('variation from the last non-missing point', () => {
  it.each([
    ['common cause', [pt(9), pt(11)], 'up', false, 'common-cause'],
    ['last point improves', [pt(9), pt(14, ['beyond-limits'])], 'up', false, 'special-cause-improvement'],
    ['last point is a concern', [pt(9), pt(14, ['beyond-limits'])], 'down', false, 'special-cause-concern'],
    ['missing last value is skipped', [pt(14, ['beyond-limits']), pt(null)], 'up', false, 'special-cause-improvement'],
    ['neutral', [pt(9), pt(6, ['beyond-limits'])], 'neutral', false, 'special-cause-neutral'],
    ['anhoej runs signal, last useful above, up', [pt(11), pt(12), pt(10)], 'up', true, 'special-cause-improvement'],
    ['anhoej runs signal, down', [pt(11), pt(12), pt(10)], 'down', true, 'special-cause-concern'],
    ['anhoej runs signal, neutral', [pt(11), pt(12)], 'neutral', true, 'special-cause-neutral'],
  ] as const)('%s', (_n, pts, dir, runs, variation) => {
    expect(classify([...pts], [phase(runs)], dir, 'anhoej').variation).toBe(variation);
  });

  it('a runs signal in an earlier phase does not count', () => {
    const pts = [pt(11), pt(12, [], { phase: 2 })];
    expect(classify(pts, [phase(true, 1), phase(false, 2)], 'up', 'anhoej').variation).toBe('common-cause');
  });

  it('runs signals only drive variation under anhoej', () => {
    expect(classify([pt(11), pt(12)], [phase(true)], 'up', 'mdc').variation).toBe('common-cause');
  });
});

describe('assurance against the goal (NHS England Making Data Count), limits 7..13', () => {
  it.each([
    ['up, goal below lcl: pass', 'up', 5, 'pass'],
    ['up, goal exactly on lcl: pass', 'up', 7, 'pass'],
    ['up, goal within: hit and miss', 'up', 10, 'hit-and-miss'],
    ['up, goal exactly on ucl: fail', 'up', 13, 'fail'],
    ['down, goal exactly on ucl: pass', 'down', 13, 'pass'],
    ['down, goal exactly on lcl: fail', 'down', 7, 'fail'],
    ['down, goal within: hit and miss', 'down', 12.9, 'hit-and-miss'],
    ['neutral: none', 'neutral', 5, null],
  ] as const)('%s', (_n, dir, goal, expected) => {
    expect(classify([pt(9), pt(10, [], { goal })], [phase()], dir, 'mdc').assurance).toBe(expected);
  });

  it('no goal or no limits: none', () => {
    expect(classify([pt(10)], [phase()], 'up', 'mdc').assurance).toBeNull();
    expect(classify([pt(10, [], { goal: 5, lcl: null, ucl: null })], [phase()], 'up', 'mdc').assurance).toBeNull();
  });

  it("uses the last point's (latest phase's) limits", () => {
    const pts = [pt(9, [], { goal: 8 }), pt(20, [], { goal: 8, phase: 2, lcl: 17, ucl: 23, cl: 20 })];
    expect(classify(pts, [phase(), phase(false, 2)], 'up', 'mdc').assurance).toBe('pass');
  });
});
