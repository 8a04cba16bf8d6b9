import { describe, expect, it } from 'vitest';
import { computeSpc } from '../../src/lib/spc';
import type { SpcPoint } from '../../src/lib/spc/types';
import { attentionScore } from '../../src/lib/workspace/attention';
import { latestSignal, signalsOf, summarize } from '../../src/lib/workspace/summary';
import { beforeAfter } from '../../src/lib/workspace/verdict';

const stable = [5, 7, 4, 6, 5, 8, 3, 6, 5, 7, 4, 6, 5, 6, 4, 7, 5, 6, 5, 4];
const shifted = [...stable.slice(0, 12), 9, 10, 9, 11, 10, 9, 10, 11, 10, 9, 10];
// Stable, then six rising values that stay inside the limits (about 0.3 … 10.7).
const trendAtEnd = [...stable.slice(0, 14), 3, 4, 5, 6, 7, 8];
const rows = (ys: number[]) => ys.map((y, i) => ({ x: i + 1, y }));

describe('summary facts come from the chosen profile', () => {
  it('a stable process: no signal, naming the profile', () => {
    const r = computeSpc(rows(stable), { chart: 'i', direction: 'up' });
    expect(summarize(r)).toEqual([{ kind: 'no-signal', profile: 'anhoej' }]);
    expect(latestSignal(r)).toBeNull();
  });

  it('the same series reads differently under different profiles: MDC and IHI see a trend, Anhøj and Western Electric do not', () => {
    const facts = (rules: 'anhoej' | 'mdc' | 'ihi' | 'western-electric') => summarize(computeSpc(rows(trendAtEnd), { chart: 'i', rules, direction: 'up' }));
    expect(facts('anhoej')).toEqual([{ kind: 'no-signal', profile: 'anhoej' }]);
    expect(facts('western-electric')).toEqual([{ kind: 'no-signal', profile: 'western-electric' }]);
    const trend = { kind: 'signal', signal: { rule: 'trend', phase: 1, from: 15, to: 20, count: 6, movement: 'rising', judgement: 'improvement' } };
    expect(facts('mdc')).toEqual([trend]);
    expect(facts('ihi')[0]).toEqual(trend);
  });

  it('each signal is the engine’s flagged points: rule, periods, side and the engine’s judgement', () => {
    const r = computeSpc(rows(shifted), { chart: 'i', rules: 'mdc', direction: 'down' });
    // The shift after the change: the flagged points from position 13 on.
    const flagged = r.points.filter((p) => p.position >= 13 && p.rules[0] === 'shift');
    expect(flagged.length).toBeGreaterThanOrEqual(6);
    expect(flagged[0]!.special).toBe('concern');
    const fact = summarize(r).at(-1);
    const signal = { rule: 'shift', phase: 1, from: flagged[0]!.x, to: flagged.at(-1)!.x, count: flagged.length, movement: 'above', judgement: 'concern' };
    expect(fact).toEqual({ kind: 'signal', signal });
    expect(latestSignal(r)).toEqual({ signal });
  });

  it('under Anhøj a runs signal is the phase-level test, judged as the engine judges the series', () => {
    const r = computeSpc(rows(shifted), { chart: 'run', direction: 'down' });
    expect(r.phases[0]!.runsSignal).toBe(true);
    expect(summarize(r)).toEqual([{ kind: 'runs-signal', judgement: 'concern' }]);
    expect(r.variation).toBe('special-cause-concern');
    expect(latestSignal(r)).toEqual({ runs: true, judgement: 'concern' });
  });

  it('names the goal status when there is a goal', () => {
    const r = computeSpc(rows(stable), { chart: 'i', direction: 'up', goal: -10 });
    expect(summarize(r)).toContainEqual({ kind: 'assurance', assurance: 'pass', goal: -10 });
  });

  it('ranks a concern above a failing goal above a stable series', () => {
    expect(attentionScore({ variation: 'special-cause-concern', assurance: null })).toBeGreaterThan(attentionScore({ variation: 'common-cause', assurance: 'fail' }));
    expect(attentionScore({ variation: 'common-cause', assurance: 'fail' })).toBeGreaterThan(attentionScore({ variation: 'common-cause', assurance: 'pass' }));
  });
});

describe('signalsOf groups the engine’s flags', () => {
  const point = (x: number, y: number | null, rules: SpcPoint['rules'], phase = 1, special: SpcPoint['special'] = rules.length ? 'concern' : null) =>
    ({ x, y, cl: 5, side: y === null ? 0 : Math.sign(y - 5), phase, rules, special }) as unknown as SpcPoint;

  it('skips missing values, and splits at a phase change, another rule or another judgement', () => {
    const pts = [
      point(1, 7, ['shift']), point(2, null, []), point(3, 8, ['shift']),
      point(4, 9, ['shift'], 2),
      point(5, 1, ['beyond-limits'], 2), point(6, 2, ['beyond-limits'], 2, 'improvement'),
      point(7, 5, []), point(8, 8, ['shift'], 2),
    ];
    expect(signalsOf(pts).map((s) => [s.rule, s.phase, s.from, s.to, s.count, s.movement, s.judgement])).toEqual([
      ['shift', 1, 1, 3, 2, 'above', 'concern'],
      ['shift', 2, 4, 4, 1, 'above', 'concern'],
      ['beyond-limits', 2, 5, 5, 1, 'below', 'concern'],
      ['beyond-limits', 2, 6, 6, 1, 'below', 'improvement'],
      ['shift', 2, 8, 8, 1, 'above', 'concern'],
    ]);
  });

  it('names the latest three signals of the latest phase and counts the earlier ones', () => {
    // Four separate points beyond the upper limit in one phase.
    const ys = [5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 40, 5, 6, 40, 5, 6, 40, 5, 6, 40, 5];
    const r = computeSpc(rows(ys), { chart: 'i', direction: 'up', freeze: 12 });
    const facts = summarize(r);
    const beyond = r.points.filter((p) => p.rules.includes('beyond-limits')).length;
    expect(beyond).toBe(4);
    expect(facts.map((f) => (f.kind === 'signal' ? [f.signal.rule, f.signal.from, f.signal.judgement] : f))).toEqual([
      { kind: 'earlier-signals', n: 1 },
      ['beyond-limits', 16, 'improvement'],
      ['beyond-limits', 19, 'improvement'],
      ['beyond-limits', 22, 'improvement'],
    ]);
  });
});

describe('before/after verdict reads the engine’s analysis of the new phase against the old limits', () => {
  const baseline = [5, 7, 4, 6, 5, 8, 3, 6, 5, 7, 4, 5];
  const run = (k: number) => [...baseline, ...Array.from({ length: k }, (_, i) => (i % 2 === 0 ? 7 : 6))];

  it('a 6-point run is no signal for Anhøj when the engine’s runs analysis says so (no >= of its own)', () => {
    const options = { chart: 'i' as const, part: [12], direction: 'up' as const };
    const frozen = computeSpc(rows(run(6)), { chart: 'i', freeze: 12 });
    expect(frozen.phases[0]!.longestRun).toBe(6);
    expect(frozen.phases[0]!.runsSignal).toBe(false);
    expect(beforeAfter(rows(run(6)), options)).toMatchObject({ moved: false, judgement: null, after: 6, signals: [], runsSignal: false });
    const longer = beforeAfter(rows(run(8)), options)!;
    expect(computeSpc(rows(run(8)), { chart: 'i', freeze: 12 }).phases[0]!.runsSignal).toBe(true);
    expect(longer).toMatchObject({ moved: true, judgement: 'improvement', after: 8, signals: [], runsSignal: true });
  });

  it('the same 6 points are a shift under Making Data Count, named with their periods', () => {
    const v = beforeAfter(rows(run(6)), { chart: 'i', part: [12], direction: 'up', rules: 'mdc' })!;
    expect(v.moved).toBe(true);
    expect(v.judgement).toBe('improvement');
    expect(v.signals.map((s) => [s.rule, s.from, s.to, s.count])).toEqual([['shift', 13, 18, 6]]);
  });

  it('a phase split at a real shift moved the process, for the better when up is better', () => {
    const v = beforeAfter(rows(shifted), { chart: 'i', part: [12], direction: 'up' })!;
    expect(v).toMatchObject({ moved: true, judgement: 'improvement', after: 11 });
  });

  it('a split in a stable process moved nothing', () => {
    expect(beforeAfter(rows(stable), { chart: 'i', part: [10], direction: 'up' })).toMatchObject({ moved: false, judgement: null, after: 10 });
  });

  it('says where most new points lie against the old centre line, not where their mean went', () => {
    // After the split: 7 points just below the old centre line (5.3) and one far above, which lifts
    // the mean of the new points (≈ 6.6) above the old centre line.
    const ys = [...stable.slice(0, 12), 5, 5, 5, 5, 5, 5, 5, 16];
    const v = beforeAfter(rows(ys), { chart: 'i', part: [12], direction: 'down' })!;
    const oldCl = computeSpc(rows(ys), { chart: 'i', freeze: 12 }).points[0]!.cl!;
    const after = ys.slice(12);
    expect(after.reduce((a, b) => a + b, 0) / after.length).toBeGreaterThan(oldCl);
    expect(after.filter((y) => y < oldCl).length).toBeGreaterThan(after.filter((y) => y > oldCl).length);
    expect(v).toMatchObject({ moved: true, judgement: 'concern', level: 'below' });
    const even = beforeAfter(rows([...stable.slice(0, 12), 4, 7, 4, 7]), { chart: 'i', part: [12] })!;
    expect(even.level).toBe('even');
  });

  it('no split, no verdict', () => {
    expect(beforeAfter(rows(stable), { chart: 'i' })).toBeNull();
  });
});
