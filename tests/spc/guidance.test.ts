import { describe, expect, it } from 'vitest';
import { chartWarnings, describeShape, suggestChart, type DataShape } from '../../src/lib/spc/guidance.ts';
import type { ChartType, Observation, PhaseSummary, SpcPoint } from '../../src/lib/spc/types.ts';

const base: DataShape = { hasDenominator: false, integerValues: false, nonNegative: true, subgroupSizes: [1, 1, 1], eventDates: false };

describe('suggestChart (Provost & Murray 2011 ch. 5; Laney 2002)', () => {
  it.each([
    ['no data', { subgroupSizes: [] }, 'run', 'no-data'],
    ['continuous single values', {}, 'i', 'individual-values'],
    ['negative integers', { integerValues: true, nonNegative: false }, 'i', 'individual-values'],
    ['counts', { integerValues: true }, 'c', 'counts'],
    ['subgroups', { subgroupSizes: [3, 4, 3] }, 'xbar', 'subgroups'],
    ['proportion', { hasDenominator: true, integerValues: true, numeratorsBounded: true }, 'p', 'proportion'],
    ['proportion, large n', { hasDenominator: true, integerValues: true, denominatorsLarge: true }, 'pp', 'proportion-large-denominators'],
    ['exposure', { hasDenominator: true, integerValues: true, numeratorsBounded: false }, 'u', 'rate'],
    ['exposure, large n', { hasDenominator: true, numeratorsBounded: false, denominatorsLarge: true }, 'up', 'rate-large-denominators'],
    ['event dates', { eventDates: true }, 't', 'event-dates'],
    ['opportunities between events', { eventDates: true, integerValues: true, unitIsTime: false }, 'g', 'opportunities-between-events'],
  ] as const)('%s → %s', (_n, over, chart, reason) => {
    expect(suggestChart({ ...base, ...over, subgroupSizes: [...(over as Partial<DataShape>).subgroupSizes ?? base.subgroupSizes] })).toEqual({ chart, reason });
  });
});

describe('describeShape', () => {
  it('proportions', () => {
    const rows: Observation[] = [{ x: 1, y: 3, n: 10 }, { x: 2, y: 5, n: 12 }, { x: 3, y: null, n: 9 }];
    expect(describeShape(rows)).toEqual({
      hasDenominator: true, integerValues: true, nonNegative: true, subgroupSizes: [1, 1, 1],
      eventDates: false, denominatorsLarge: false, numeratorsBounded: true,
    });
  });

  it('exposure with large denominators', () => {
    const s = describeShape([{ x: 'a', y: 3000, n: 2000 }, { x: 'b', y: 12, n: 3000 }]);
    expect([s.numeratorsBounded, s.denominatorsLarge]).toEqual([false, true]);
    expect(suggestChart(s).chart).toBe('up');
  });

  it('subgroups and event dates', () => {
    expect(describeShape([{ x: 1, y: 1.5 }, { x: 1, y: 2 }, { x: 2, y: 3 }, { x: 2, y: 1 }]).subgroupSizes).toEqual([2, 2]);
    const events = describeShape([{ x: '2024-01-03', y: null }, { x: '2024-02-11', y: null }, { x: '2024-04-01', y: null }]);
    expect(events.eventDates).toBe(true);
    expect(suggestChart(events).chart).toBe('t');
    // Counts other than 1, or dates that are all month starts: a per-period file, not events.
    expect(describeShape([{ x: '2024-01-03', y: 2 }, { x: '2024-02-11', y: 0 }, { x: '2024-04-01', y: 1 }]).eventDates).toBe(false);
    expect(describeShape([{ x: '2024-01-01', y: 1 }, { x: '2024-02-01', y: 1 }, { x: '2024-03-01', y: 1 }]).eventDates).toBe(false);
    expect(describeShape([{ x: '2024-01-01', y: null }, { x: '2024-02-01', y: null }, { x: '2024-03-01', y: null }]).eventDates).toBe(false);
  });
});

function sp(y: number | null, over: Partial<SpcPoint> = {}): SpcPoint {
  return {
    x: 0, position: 1, y, ySum: y, yLength: 1, n: null, cl: 0.5, lcl: 0.4, ucl: 0.6, lcl95: 0.43, ucl95: 0.57,
    target: null, goal: null, phase: 1, baseline: true, excluded: false, provisional: false, sigmaSignal: false, runsSignal: false,
    side: y === null || y === 0.5 ? 0 : y > 0.5 ? 1 : -1, rules: [], special: null, signalSide: 0, ...over,
  };
}
const ph = (phase: number): PhaseSummary => ({
  phase, from: 1, to: 1, nObs: 0, nUseful: 0, longestRun: null, longestRunMax: null, nCrossings: null, nCrossingsMin: null,
  runsSignal: false, sigmaSignals: 0, cl: 0.5, lcl: 0.4, ucl: 0.6,
});
const codes = (chart: ChartType, pts: SpcPoint[]) => chartWarnings(chart, pts, [ph(1)]).map((w) => w.code);

describe('chartWarnings', () => {
  const twelve = (over: Partial<SpcPoint> = {}) => Array.from({ length: 12 }, () => sp(0.5, over));

  it('too few points in a phase with limits', () => {
    expect(chartWarnings('i', [sp(1), sp(2), sp(null)], [ph(1)])).toEqual([{ code: 'too-few-points', params: { phase: 1, n: 2 } }]);
    expect(codes('i', twelve())).toEqual([]);
    expect(codes('run', [sp(1, { lcl: null, ucl: null })])).toEqual([]);
  });

  it('overdispersion on a p chart with large denominators', () => {
    const pts = twelve({ n: 5000 }).map((p, i) => (i < 3 ? { ...p, y: 0.7 } : p));
    expect(chartWarnings('p', pts, [ph(1)])).toEqual([{ code: 'overdispersion', params: { suggested: 'pp', outside: 3, n: 12 } }]);
    expect(codes('p', twelve({ n: 50 }).map((p, i) => (i < 3 ? { ...p, y: 0.7 } : p)))).toEqual([]);
    expect(codes('pp', pts)).toEqual([]);
  });

  it('negative values on count charts, zero denominators', () => {
    expect(codes('c', [...twelve(), sp(-1)])).toEqual(['negative-values-on-count-chart']);
    expect(codes('i', [...twelve(), sp(-1)])).toEqual([]);
    expect(chartWarnings('u', [...twelve({ n: 5 }), sp(null, { n: 0, position: 13 })], [ph(1)])).toEqual([
      { code: 'zero-denominator', params: { n: 1, position: 13 } },
    ]);
  });
});
