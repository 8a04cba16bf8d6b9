import { describe, expect, it } from 'vitest';
import { computeSpc } from '../../src/lib/spc';
import { attentionScore } from '../../src/lib/workspace/attention';
import { currentRun, latestSignal, summarize } from '../../src/lib/workspace/summary';
import { beforeAfter } from '../../src/lib/workspace/verdict';

const stable = [5, 7, 4, 6, 5, 8, 3, 6, 5, 7, 4, 6, 5, 6, 4, 7, 5, 6, 5, 4];
const shifted = [...stable.slice(0, 12), 9, 10, 9, 11, 10, 9, 10, 11, 10, 9, 10];
const rows = (ys: number[]) => ys.map((y, i) => ({ x: i + 1, y }));

describe('summary facts', () => {
  it('a stable process is common-cause variation', () => {
    const r = computeSpc(rows(stable), { chart: 'i', direction: 'up' });
    expect(summarize(r)).toEqual([{ kind: 'common-cause' }]);
    expect(latestSignal(r)).toBeNull();
  });

  it('a sustained shift is a run since its first point, judged by the direction', () => {
    const r = computeSpc(rows(shifted), { chart: 'run', direction: 'down' });
    const run = currentRun(r.points)!;
    expect(run).toEqual({ side: 'above', length: 11, since: 13 });
    expect(summarize(r)[0]).toEqual({ kind: 'run', side: 'above', length: 11, since: 13, judgement: 'concern' });
    expect(latestSignal(r)).toEqual({ runs: true });
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

describe('before/after verdict', () => {
  it('a phase split at a real shift moved the process, for the better when up is better', () => {
    const v = beforeAfter(rows(shifted), { chart: 'i', part: [12], direction: 'up' })!;
    expect(v).toMatchObject({ moved: true, judgement: 'improvement', after: 11 });
    expect(v).toMatchObject({ signals: 0, longestRun: 11, longestRunMax: 6 });
  });

  it('a split in a stable process moved nothing', () => {
    expect(beforeAfter(rows(stable), { chart: 'i', part: [10], direction: 'up' })).toMatchObject({ moved: false, judgement: null, after: 10 });
  });

  it('no split, no verdict', () => {
    expect(beforeAfter(rows(stable), { chart: 'i' })).toBeNull();
  });
});
