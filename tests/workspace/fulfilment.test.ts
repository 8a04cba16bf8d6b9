import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/lib/workspace/evaluate';
import { goalFulfilment } from '../../src/lib/workspace/fulfilment';
import { DEFAULT_SETTINGS, seriesId } from '../../src/lib/workspace/settings';
import { latestPoint } from '../../src/lib/spc';
import { evaluatedSample } from './sample';

const series = (measure: string, unit: string, ys: number[], goal: number | null, direction: 'up' | 'down' | 'neutral') =>
  evaluate(
    { id: seriesId(measure, unit), measure, unit, kind: 'value', scale: null, observations: ys.map((y, i) => ({ x: i + 1, y })) },
    { ...DEFAULT_SETTINGS, chart: 'i', direction, goals: goal === null ? [] : [{ value: goal }] },
  );

describe('goalFulfilment', () => {
  it('a latest value at the goal meets it; no goal or no direction is not judged', () => {
    const ys = [5, 6, 5, 7, 6, 5, 6, 7, 5, 6, 6, 5];
    const f = goalFulfilment([
      series('Väntetid', 'A', ys, 5, 'down'),
      series('Väntetid', 'B', ys, 4, 'down'),
      series('Väntetid', 'C', ys, null, 'down'),
      series('Andel', 'A', ys, 5, 'up'),
      series('Andel', 'B', ys, 5, 'neutral'),
    ]);
    const wait = f.measures.find((m) => m.measure === 'Väntetid')!;
    expect([wait.units, wait.withGoal, wait.meetsNow, wait.goals]).toEqual([3, 2, 1, [4, 5]]);
    expect(f.units).toEqual([
      { unit: 'A', withGoal: 2, meeting: 2, share: 1 },
      { unit: 'B', withGoal: 1, meeting: 0, share: 0 },
      { unit: 'C', withGoal: 0, meeting: 0, share: null },
    ]);
  });

  it('equals the engine’s classifications for every series of the sample', async () => {
    const evaluated = await evaluatedSample();
    const f = goalFulfilment(evaluated);
    expect(f.measures).toHaveLength(6);
    let goals = 0;
    for (const m of f.measures) {
      const mine = evaluated.filter((e) => e.input.measure === m.measure && e.result !== null);
      const tally = (ok: (r: NonNullable<(typeof mine)[number]['result']>) => boolean) => mine.filter((e) => ok(e.result!)).length;
      expect(m.units).toBe(mine.length);
      expect(m.assurance).toEqual({ pass: tally((r) => r.assurance === 'pass'), 'hit-and-miss': tally((r) => r.assurance === 'hit-and-miss'), fail: tally((r) => r.assurance === 'fail') });
      expect(m.improvement).toBe(tally((r) => r.variation === 'special-cause-improvement'));
      expect(m.concern).toBe(tally((r) => r.variation === 'special-cause-concern'));
      for (const c of m.cells) {
        const e = mine.find((s) => s.input.id === c.id)!;
        const last = latestPoint(e.result!.points)!;
        expect([c.latest, c.goal, c.assurance, c.variation]).toEqual([last.y, last.goal, e.result!.assurance, e.result!.variation]);
        if (c.goal !== null) expect(c.meets).toBe(e.result!.direction === 'up' ? last.y! >= c.goal : last.y! <= c.goal);
      }
      if (m.withGoal > 0) goals++;
    }
    // The sample shows something on first open: goals on several measures, and both verdicts.
    expect(goals).toBeGreaterThanOrEqual(3);
    expect(f.measures.some((m) => m.meetsNow > 0) && f.measures.some((m) => m.meetsNow < m.withGoal)).toBe(true);
  }, 120_000);
});
