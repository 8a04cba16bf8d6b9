// spreadOf: the engine's before/after verdict at a change's own date in each unit, the
// phases kept up to that date (an earlier split starts the "before" phase; a later one is left out).
import { describe, expect, it } from 'vitest';
import type { Change } from '../../src/lib/workspace/changes';
import { evaluate, type SeriesInput } from '../../src/lib/workspace/evaluate';
import { DEFAULT_SETTINGS, seriesId } from '../../src/lib/workspace/settings';
import { spreadOf } from '../../src/lib/workspace/spread';
import { beforeAfter } from '../../src/lib/workspace/verdict';

const month = (i: number) => `${2023 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`;
function input(unit: string, ys: number[]): SeriesInput {
  return { id: seriesId('Väntetid', unit), measure: 'Väntetid', unit, kind: 'value', scale: null, observations: ys.map((y, i) => ({ x: month(i), y })) };
}
// 12 points around 60, then 12 around 40 (a clear fall), then 12 around 60 again.
const wobble = [1, -2, 3, -1, 2, -3, 1, 0, -2, 2, -1, 3];
const ys = [...wobble.map((w) => 60 + w), ...wobble.map((w) => 40 + w), ...wobble.map((w) => 60 + w)];
const change: Change = {
  id: 'c1', name: 'Snabbspår', description: '', measures: ['Väntetid'],
  introduced: [{ unit: 'A', date: month(12) }, { unit: 'B', date: '2030-01-01' }],
};

describe('spreadOf with user splits', () => {
  it('judges each unit at its own date, keeps earlier splits, leaves later ones out, and lists the comparison', () => {
    // Unit A: a user split after point 6 (before the change) and one after point 24 (after it).
    const a = evaluate(input('A', ys), { ...DEFAULT_SETTINGS, direction: 'down', splits: [month(5), month(23)] }, [change]);
    const b = evaluate(input('B', ys), { ...DEFAULT_SETTINGS, direction: 'down' }, [change]);
    const c = evaluate(input('C', ys), { ...DEFAULT_SETTINGS, direction: 'down' }, [change]);
    const [spread] = spreadOf(change, [a, b, c]);
    expect(spread!.measure).toBe('Väntetid');
    expect(spread!.comparison.map((e) => e.input.unit)).toEqual(['C']);
    const verdictA = spread!.rows.find((r) => r.item.input.unit === 'A')!.verdict;
    expect(verdictA).toEqual(beforeAfter(a.input.observations, { ...a.options, part: [6, 12] }));
    expect(verdictA).toMatchObject({ moved: true, judgement: 'improvement', after: 24 });
    // Judged at the latest split instead (after point 24), the level rose again: a concern.
    expect(beforeAfter(a.input.observations, { ...a.options, part: [6, 12, 24] })).toMatchObject({ moved: true, judgement: 'concern' });
    // B's date is after its last point: nothing after it to judge.
    expect(spread!.rows.find((r) => r.item.input.unit === 'B')?.verdict ?? null).toBeNull();
    expect(spread!.summary.counts).toEqual({ improved: 1, worse: 0, moved: 0, 'not-clear': 0, 'too-few': 1 });
  });
});
