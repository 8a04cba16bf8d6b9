import { describe, expect, it } from 'vitest';
import { classify, resolveHits, type ClassifyOptions } from '../../src/lib/spc/classify.ts';
import type { RuleHit } from '../../src/lib/spc/rules/index.ts';
import type { Direction, PhaseSummary, SpcPoint } from '../../src/lib/spc/types.ts';

/** SpcPoint around cl 10 with limits 7..13 (2 sigma 8..12), phase 1. */
function pt(y: number | null, over: Partial<SpcPoint> = {}): SpcPoint {
  const cl = over.cl === undefined ? 10 : over.cl;
  return {
    x: 0, position: 0, y, ySum: y, yLength: 1, n: null,
    cl: 10, lcl: 7, ucl: 13, lcl95: 8, ucl95: 12,
    target: null, goal: null, phase: 1, baseline: true, excluded: false, provisional: false,
    sigmaSignal: false, runsSignal: false, side: y === null || cl === null || y === cl ? 0 : y > cl ? 1 : -1,
    rules: [], special: null, signalSide: 0, ...over,
  };
}
function phase(runsSignal = false, n = 1): PhaseSummary {
  return {
    phase: n, from: 1, to: 8, nObs: 8, nUseful: 8, longestRun: 1, longestRunMax: 6, nCrossings: 7,
    nCrossingsMin: 2, runsSignal, sigmaSignals: 0, cl: 10, lcl: 7, ucl: 13,
  };
}
const opts = (direction: Direction, over: Partial<ClassifyOptions> = {}): ClassifyOptions => ({
  direction, conflictRule: 'concern', phaseSignalSetsVariation: false, ...over,
});
const hit = (rule: RuleHit['rule'], sign: RuleHit['sign']): RuleHit => ({ rule, sign });

describe('special cause per point (NHS England Making Data Count)', () => {
  it.each([
    ['above cl, up is better', 1, 'up', 'improvement'],
    ['above cl, down is better', 1, 'down', 'concern'],
    ['below cl, up is better', -1, 'up', 'concern'],
    ['neutral direction', 1, 'neutral', 'neutral'],
  ] as const)('%s', (_n, sign, dir, special) => {
    expect(resolveHits([hit('beyond-limits', sign)], dir, 'concern')).toEqual({ special, sign });
  });

  it('no hit: not special cause', () => {
    expect(resolveHits([], 'up', 'concern')).toEqual({ special: null, sign: 0 });
  });

  it('the highest-ranked rule decides: trend > shift > two-of-three > beyond limits', () => {
    // A falling trend (concern when up is better) above the mean, beyond the upper limit.
    expect(resolveHits([hit('trend', -1), hit('shift', 1), hit('beyond-limits', 1)], 'up', 'improvement').special).toBe('concern');
    // A shift below the mean and a two-of-three above it cannot meet, but rank still orders them.
    expect(resolveHits([hit('two-of-three', 1), hit('shift', -1)], 'down', 'concern').special).toBe('improvement');
    expect(resolveHits([hit('beyond-limits', -1), hit('two-of-three', 1)], 'up', 'concern').special).toBe('improvement');
  });

  it.each([
    ['concern wins a tie by default', 'up', 'concern', 'concern', -1],
    ['improvement when the measure says so', 'up', 'improvement', 'improvement', 1],
    ['down is better: improvement is the falling trend', 'down', 'improvement', 'improvement', -1],
    ['neutral direction: high before low', 'neutral', 'concern', 'neutral', 1],
  ] as const)('a peak in a rising and a falling trend: %s', (_n, dir, rule, special, sign) => {
    expect(resolveHits([hit('trend', 1), hit('trend', -1), hit('shift', -1)], dir, rule)).toEqual({ special, sign });
  });

  it('classify copies the points and leaves the input alone', () => {
    const input = [pt(14, { rules: ['beyond-limits'] })];
    const r = classify(input, [[hit('beyond-limits', 1)]], [phase()], opts('up'));
    expect(input[0]!.special).toBeNull();
    expect(r.points[0]).not.toBe(input[0]);
    expect(r.points[0]).toMatchObject({ special: 'improvement', signalSide: 1 });
  });
});

describe('variation from the last non-missing point', () => {
  const beyond = [hit('beyond-limits', 1)];
  const below = [hit('beyond-limits', -1)];
  it.each([
    ['common cause', [pt(9), pt(11)], [[], []], 'up', false, 'common-cause', null],
    ['last point improves', [pt(9), pt(14)], [[], beyond], 'up', false, 'special-cause-improvement', 'high'],
    ['last point is a concern', [pt(9), pt(14)], [[], beyond], 'down', false, 'special-cause-concern', 'high'],
    ['missing last value is skipped', [pt(14), pt(null)], [beyond, []], 'up', false, 'special-cause-improvement', 'high'],
    ['neutral', [pt(9), pt(6)], [[], below], 'neutral', false, 'special-cause-neutral', 'low'],
    ['runs signal, last useful above, up', [pt(11), pt(12), pt(10)], [[], [], []], 'up', true, 'special-cause-improvement', 'high'],
    ['runs signal, down', [pt(11), pt(12), pt(10)], [[], [], []], 'down', true, 'special-cause-concern', 'high'],
    ['runs signal, neutral', [pt(11), pt(12)], [[], []], 'neutral', true, 'special-cause-neutral', 'high'],
  ] as const)('%s', (_n, pts, hits, dir, runs, variation, side) => {
    const r = classify([...pts], hits.map((h) => [...h]), [phase(runs)], opts(dir, { phaseSignalSetsVariation: true }));
    expect([r.variation, r.variationSide]).toEqual([variation, side]);
  });

  it('a rising trend below the mean is high', () => {
    const r = classify([pt(8), pt(9)], [[hit('trend', 1)], [hit('trend', 1)]], [phase()], opts('down'));
    expect([r.variation, r.variationSide]).toEqual(['special-cause-concern', 'high']);
  });

  it('a runs signal in an earlier phase does not count', () => {
    const pts = [pt(11), pt(12, { phase: 2 })];
    const r = classify(pts, [[], []], [phase(true, 1), phase(false, 2)], opts('up', { phaseSignalSetsVariation: true }));
    expect(r.variation).toBe('common-cause');
  });

  it('runs signals drive variation only when the profile says so', () => {
    expect(classify([pt(11), pt(12)], [[], []], [phase(true)], opts('up')).variation).toBe('common-cause');
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
    expect(classify([pt(9), pt(10, { goal })], [[], []], [phase()], opts(dir)).assurance).toBe(expected);
  });

  it('no goal or no limits: none', () => {
    expect(classify([pt(10)], [[]], [phase()], opts('up')).assurance).toBeNull();
    expect(classify([pt(10, { goal: 5, lcl: null, ucl: null })], [[]], [phase()], opts('up')).assurance).toBeNull();
  });

  it("uses the last point's (latest phase's) limits", () => {
    const pts = [pt(9, { goal: 8 }), pt(20, { goal: 8, phase: 2, lcl: 17, ucl: 23, cl: 20 })];
    expect(classify(pts, [[], []], [phase(), phase(false, 2)], opts('up')).assurance).toBe('pass');
  });
});
