/**
 * The `mdc` profile against the rule definitions of NHS England's SPC SQL v2.6a (Making Data
 * Count), each on a small array built from the definition. Engine-level: computeSpc with
 * rules 'mdc', so phases, ties, conflicts and the run-chart fallback are tested as users meet them.
 */
import { describe, expect, it } from 'vitest';
import { computeSpc } from '../../../src/lib/spc/index.ts';
import { pointRules, type RulePoint } from '../../../src/lib/spc/rules/index.ts';
import { twoOfThree } from '../../../src/lib/spc/rules/twoOfThree.ts';
import type { ConflictRule, Direction, SpcOptions } from '../../../src/lib/spc/types.ts';
import { on, zp } from './zone.ts';

const rows = (ys: (number | null)[]) => ys.map((y, i) => ({ x: i + 1, y }));
const mdc = (ys: (number | null)[], over: Partial<SpcOptions> = {}) => computeSpc(rows(ys), { chart: 'i', rules: 'mdc', ...over });
const flagged = (ys: (number | null)[], rule: string, over: Partial<SpcOptions> = {}) =>
  mdc(ys, over).points.flatMap((p, i) => (p.rules.includes(rule as never) ? [i] : []));

/** Rule points around centre line 0 with sigma 1, in the given phases. */
const rulePoints = (ys: number[], phase: number[]): RulePoint[] =>
  ys.map((y, i) => ({ y, cl: 0, lcl: -3, ucl: 3, lcl95: -2, ucl95: 2, phase: phase[i]!, excluded: false }));

/** 20 values alternating around 10 (mean 10, mean MR 2 → limits 10 ± 5.32, 2σ lines 10 ± 3.547). */
const calm = (n = 20) => Array.from({ length: n }, (_, i) => (i % 2 === 0 ? 9 : 11));

describe('beyond limits: strictly outside mean ± 2.66 × mean moving range', () => {
  it('limits are mean ± 2.66 × mean MR (unscreened)', () => {
    const p = mdc(calm()).points[0]!;
    expect(p.cl).toBeCloseTo(10, 12);
    // 19 moving ranges of 2 → mean MR 2.
    expect(p.ucl).toBeCloseTo(10 + 2.66 * 2, 12);
    expect(p.lcl).toBeCloseTo(10 - 2.66 * 2, 12);
    expect(p.ucl95).toBeCloseTo(10 + (2 / 3) * 2.66 * 2, 12);
  });

  it('a point on a limit is not flagged; one just beyond is', () => {
    const limits = mdc(calm()).points[0]!;
    // Fixed limits: freeze the 20 calm points as baseline, then test two more.
    const on = mdc([...calm(), limits.ucl!, 9], { freeze: 20 });
    expect(on.points[20]!.rules).not.toContain('beyond-limits');
    const beyond = mdc([...calm(), limits.ucl! + 1e-9, 9], { freeze: 20 });
    expect(beyond.points[20]!.rules).toContain('beyond-limits');
  });
});

describe('shift: 6 or more consecutive points strictly on one side of the mean', () => {
  const base = calm(15).slice(1); // 11, 9, …, 9: mean 10, ends below it
  it('6 above is a shift, 5 is not', () => {
    expect(flagged([...base, 12, 12, 12, 12, 12, 12, 9], 'shift', { freeze: 14 })).toEqual([14, 15, 16, 17, 18, 19]);
    expect(flagged([...base, 12, 12, 12, 12, 12, 9, 9], 'shift', { freeze: 14 })).toEqual([]);
  });

  it('a point on the mean ends the run', () => {
    expect(flagged([...base, 12, 12, 12, 10, 12, 12, 12], 'shift', { freeze: 14 })).toEqual([]);
  });

  it('never crosses a rebase', () => {
    // Three above in each phase: six in a row only if the run crossed the change.
    expect(pointRules('mdc', rulePoints([1, 1, 1, 1, 1, 1], [1, 1, 1, 2, 2, 2])).flat()).toEqual([]);
    expect(pointRules('mdc', rulePoints([1, 1, 1, 1, 1, 1], [1, 1, 1, 1, 1, 1])).flat()).toEqual(Array(6).fill('shift'));
  });
});

describe('trend: 6 or more points each strictly above (or below) the one before', () => {
  it('6 rising is a trend, 5 is not', () => {
    expect(flagged([...calm(14), 4, 5, 6, 7, 8, 9, 8], 'trend')).toEqual([14, 15, 16, 17, 18, 19]);
    expect(flagged([...calm(14), 4, 5, 6, 7, 8, 6, 8], 'trend')).toEqual([]);
  });

  it('equal neighbours end it', () => {
    expect(flagged([...calm(14), 4, 5, 6, 6, 7, 8, 9, 5], 'trend')).toEqual([]);
  });

  it('does cross a rebase (rule level: IHI trends stay within a phase)', () => {
    const phases = [1, 1, 1, 2, 2, 2];
    expect(pointRules('mdc', rulePoints([-1, -0.5, 0, 0.5, 1, 1.5], phases)).map((r) => r.includes('trend'))).toEqual(Array(6).fill(true));
    expect(pointRules('ihi', rulePoints([-1, -0.5, 0.1, 0.5, 1, 1.5], phases)).flat()).not.toContain('trend');
  });

  it('does cross a rebase', () => {
    // Rising 4..9 spans the change after position 16 (three points each side).
    const r = mdc([...calm(14), 4, 5, 6, 7, 8, 9, ...calm(8)], { part: [16] });
    expect(r.points.slice(14, 20).every((p) => p.rules.includes('trend'))).toBe(true);
    expect(r.points[14]!.phase).toBe(1);
    expect(r.points[19]!.phase).toBe(2);
  });

  it('a peak belongs to a rising and a falling trend', () => {
    const ys = [...calm(14), 4, 5, 6, 7, 8, 15, 8, 7, 6, 5, 4];
    expect(flagged(ys, 'trend')).toEqual([14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24]);
  });
});

describe('two of three: beyond 2σ, within a window of 3 all strictly on that side', () => {
  it.each([
    ['two beyond, third on the same side', [0, 2.5, 1, 2.4, 0], [1, 3]],
    ['three beyond', [0, 2.5, 2.2, 2.9, 0], [1, 2, 3]],
    ['beyond 3σ counts too', [1, 3.5, 2.5, 1, 0], [1, 2]],
    ['third on the other side: no flag', [0, 2.5, -1, 2.4, 0], []],
    ['third on the mean: no flag', [-1, 2.5, 0, 2.4, -1], []],
    ['a point between the mean and 2σ is not flagged itself', [2.5, 2.4, 1, -1, -1], [0, 1]],
    ['below: mirrored', [0, -2.5, -0.5, -2.1, 0], [1, 3]],
    ['exactly on 2σ is not beyond', [0, 2, 2.5, 1, 0], []],
  ])('%s', (_n, ys, expected) => {
    expect(on(twoOfThree(zp(ys), true))).toEqual(expected);
  });

  it('windows stay within a phase', () => {
    // Across the change the window 1 | 2.5 2.5 would qualify; within phases there is none of 3.
    const r = pointRules('mdc', rulePoints([1, 2.5, 2.5, 1], [1, 1, 2, 2]));
    expect(r.flat()).toEqual([]);
    expect(pointRules('mdc', rulePoints([1, 2.5, 2.5, 1], [1, 1, 1, 1]))).toEqual([[], ['two-of-three'], ['two-of-three'], []]);
  });
});

describe('conflicts: the highest-ranked rule decides; a tie by the measure\'s conflict rule', () => {
  // Falling trend of 6 that stays above the mean, with a shift above: trend (falling) outranks shift (above).
  const falling = [...calm(14), 18, 17, 16, 15, 14, 13];
  it.each([
    ['up', 'concern'],
    ['down', 'improvement'],
  ] as const)('trend beats shift, direction %s', (direction, special) => {
    const r = mdc(falling, { freeze: 14, direction });
    const last = r.points.at(-1)!;
    expect(last.rules).toEqual(expect.arrayContaining(['trend', 'shift']));
    expect(last.special).toBe(special);
  });

  const peak = [...calm(14), 4, 5, 6, 7, 8, 15, 8, 7, 6, 5, 4];
  it.each([
    ['up', undefined, 'concern'],
    ['up', 'concern', 'concern'],
    ['up', 'improvement', 'improvement'],
    ['down', 'improvement', 'improvement'],
    ['neutral', 'concern', 'neutral'],
  ] as const)('a peak in both trends, direction %s, conflict rule %s → %s', (direction: Direction, conflictRule: ConflictRule | undefined, special) => {
    const r = mdc(peak, { direction, ...(conflictRule ? { conflictRule } : {}) });
    expect(r.points[19]!.special).toBe(special);
  });

  it('neutral direction: the peak is high', () => {
    const r = mdc(peak.slice(0, 20), { direction: 'neutral' });
    expect(r.points[19]!.signalSide).toBe(1);
  });
});

describe('icons', () => {
  it('variation from the last point after conflicts', () => {
    const r = mdc([...calm(14), 4, 5, 6, 7, 8, 15], { direction: 'down' });
    expect([r.variation, r.variationSide]).toEqual(['special-cause-concern', 'high']);
  });

  it('neutral: high before low', () => {
    const r = mdc([...calm(14), 4, 5, 6, 7, 8, 15, 8, 7, 6, 5, 4].slice(0, 20), { direction: 'neutral' });
    expect([r.variation, r.variationSide]).toEqual(['special-cause-neutral', 'high']);
  });

  it.each([
    ['up, goal on the lower limit: pass', 'up', 10 - 5.32, 'pass'],
    ['up, goal on the upper limit: fail', 'up', 10 + 5.32, 'fail'],
    ['up, goal inside: hit and miss', 'up', 12, 'hit-and-miss'],
    ['down, goal on the upper limit: pass', 'down', 10 + 5.32, 'pass'],
    ['neutral: none', 'neutral', 0, null],
  ] as const)('assurance inclusive: %s', (_n, direction, goal, assurance) => {
    expect(mdc(calm(), { direction, goal }).assurance).toBe(assurance);
  });

  it("assurance uses the last point's goal and the last phase's limits", () => {
    const ys = [...calm(14), ...calm(14).map((v) => v + 20)];
    const r = mdc(ys, { part: [14], direction: 'up', goal: [{ value: 100 }, { from: 28, value: 30 - 5.32 }] });
    expect(r.assurance).toBe('pass');
  });
});

describe('fewer than 13 points: a run chart with the mean, no limits, no icons', () => {
  it('12 points', () => {
    const r = mdc([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 30], { direction: 'up', goal: 0 });
    expect(r.chart).toBe('run');
    expect(r.points[0]!.cl).toBeCloseTo(96 / 12, 12); // the mean, not the median (6.5)
    expect(r.points.every((p) => p.lcl === null && p.ucl === null && p.lcl95 === null && p.ucl95 === null)).toBe(true);
    expect([r.variation, r.variationSide, r.assurance]).toEqual([null, null, null]);
    expect(r.warnings.map((w) => w.code)).toContain('mdc-run-chart-fallback');
  });

  it('13 points is a control chart', () => {
    const r = mdc(calm(13), { direction: 'up', goal: 0 });
    expect(r.chart).toBe('i');
    expect(r.variation).toBe('common-cause');
    expect(r.assurance).toBe('pass');
  });
});

describe('ties: compared against the exact decimal mean', () => {
  // One-decimal data whose floating-point mean is 48.699999999999996, not 48.7.
  const ys = [48.7, 48.9, 48.1, 48, 48.7, 49.1, 48.3, 48.3, 49.3, 49.3, 49, 48.8, 48.3, 48.8, 48.9];
  it('the float mean is not 48.7, but a value of 48.7 lies on the mean', () => {
    const r = mdc(ys);
    expect(r.points[0]!.cl).not.toBe(48.7);
    expect(r.points[0]!.cl).toBeCloseTo(48.7, 12);
    expect(r.points.filter((p) => p.y === 48.7).map((p) => p.side)).toEqual([0, 0]);
  });

  it('a point on the mean ends a shift', () => {
    // Five above, the mean, one above: no shift of 6.
    const r = mdc([...ys, 48.1, 48.8, 48.8, 48.8, 48.8, 48.8, 48.7, 48.8], { freeze: ys.length });
    expect(r.points.some((p) => p.rules.includes('shift'))).toBe(false);
    expect(r.points.at(-2)!.side).toBe(0);
  });

  it('other profiles compare exactly, as qicharts2', () => {
    const r = computeSpc(rows(ys), { chart: 'i', rules: 'anhoej' });
    expect(r.points.filter((p) => p.y === 48.7).every((p) => p.side !== 0)).toBe(true);
  });
});
