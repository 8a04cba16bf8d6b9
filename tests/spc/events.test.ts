import { describe, expect, it } from 'vitest';
import { casesBetweenEvents, daysBetweenEvents, EventInputError, intervalObservations, type IntervalPoint } from '../../src/lib/spc/events.ts';
import { computeSpc } from '../../src/lib/spc/index.ts';
import { caseOptions, loadCases, mismatches } from './reference-cases.ts';

const dates = (...d: string[]) => d.map((date) => ({ date }));
const values = (ps: IntervalPoint[]) => ps.map((p) => [p.date, p.value, p.events, p.provisional]);

describe('daysBetweenEvents (T chart points)', () => {
  // Hand check: 1 Jan → 5 Jan = 4 days; two events on 5 Jan; 5 Jan → 20 Jan = 15; open 20 Jan → 1 Feb = 12.
  const events = dates('2024-01-20', '2024-01-01', '2024-01-05', '2024-01-05');

  it('combines same-day events into one point; the first event opens the first interval only', () => {
    expect(values(daysBetweenEvents(events, { sameDay: 'combine', until: '2024-02-01' }))).toEqual([
      ['2024-01-05', 4, 2, false],
      ['2024-01-20', 15, 1, false],
      ['2024-02-01', 12, 0, true],
    ]);
  });

  it('gives an interval of 0 per further same-day event when asked', () => {
    expect(values(daysBetweenEvents(events, { sameDay: 'zero' }))).toEqual([
      ['2024-01-05', 4, 1, false],
      ['2024-01-05', 0, 1, false],
      ['2024-01-20', 15, 1, false],
    ]);
  });

  it('counts events per row and across a leap day and a year end', () => {
    const pts = daysBetweenEvents([{ date: '2023-12-30', events: 2 }, { date: '2024-03-01' }], { sameDay: 'zero' });
    expect(values(pts)).toEqual([
      ['2023-12-30', 0, 1, false],
      ['2024-03-01', 62, 1, false],
    ]);
  });

  it('has no open point when the last event is on the end date, and refuses an end before it', () => {
    expect(daysBetweenEvents(dates('2024-01-01', '2024-01-03'), { sameDay: 'combine', until: '2024-01-03' })).toHaveLength(1);
    expect(() => daysBetweenEvents(dates('2024-01-01', '2024-01-03'), { sameDay: 'combine', until: '2024-01-02' })).toThrow(EventInputError);
    expect(() => daysBetweenEvents(dates('2024-02-30'), { sameDay: 'combine' })).toThrow(EventInputError);
  });
});

describe('casesBetweenEvents (G chart points)', () => {
  it('sums the cases since the previous event; cases after the last event are the open interval', () => {
    const rows = [
      { date: '2024-01-01', cases: 7 },
      { date: '2024-01-02', cases: 3, events: 0 },
      { date: '2024-01-03', cases: 4 },
      { date: '2024-01-04', cases: 5, events: 2 },
      { date: '2024-01-05', cases: 6, events: 0 },
    ];
    expect(values(casesBetweenEvents(rows, { sameDay: 'zero' }))).toEqual([
      ['2024-01-03', 7, 1, false],
      ['2024-01-04', 5, 1, false],
      ['2024-01-04', 0, 1, false],
      ['2024-01-05', 6, 0, true],
    ]);
    expect(values(casesBetweenEvents(rows, { sameDay: 'combine' })).slice(1, 2)).toEqual([['2024-01-04', 5, 2, false]]);
  });
});

describe('derived intervals give qicharts2’s t and g charts; the open interval stays out of the limits', () => {
  for (const name of ['ref_t_n20', 'ref_g_n25']) {
    it(name, () => {
      const c = loadCases().find((r) => r.name === name)!;
      const day = (i: number) => new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10);
      const closed: IntervalPoint[] = c.data.map((r, i) => ({ date: day(i), value: r.y!, events: 1, provisional: false }));
      const open: IntervalPoint = { date: day(c.data.length), value: 5, events: 0, provisional: true };
      const { observations, provisional } = intervalObservations([...closed, open]);
      expect(provisional).toEqual([closed.length + 1]);
      const r = computeSpc(observations, { ...caseOptions(c), provisional });
      const points = r.points.slice(0, -1).map((p, i) => ({ ...p, x: c.data[i]!.x }));
      expect(mismatches(c, points, r.phases.map((p) => ({ ...p })))).toEqual([]);
      const last = r.points.at(-1)!;
      expect([last.y, last.excluded, last.provisional, last.cl, last.ucl]).toEqual([5, true, true, r.points[0]!.cl, r.points[0]!.ucl]);
      expect(r.points.slice(0, -1).every((p) => !p.provisional)).toBe(true);
    });
  }
});

describe('an event-date series is charted as days between its events', () => {
  it('evaluate derives the intervals instead of a t chart of y = 1', async () => {
    const { evaluate } = await import('../../src/lib/workspace/evaluate.ts');
    const { DEFAULT_SETTINGS } = await import('../../src/lib/workspace/settings.ts');
    const observations = ['2024-01-01', '2024-01-09', '2024-01-12', '2024-02-01', '2024-02-03'].map((x) => ({ x, y: 1 }));
    const e = evaluate({ id: 'a', measure: 'Fall', unit: 'A', kind: 'value', scale: null, observations, events: { until: '2024-02-13' } }, DEFAULT_SETTINGS);
    expect(e.suggestion).toEqual({ chart: 't', reason: 'event-dates' });
    expect(e.result!.chart).toBe('t');
    expect(e.result!.points.map((p) => [p.x, p.y, p.excluded, p.provisional])).toEqual([
      ['2024-01-09', 8, false, false], ['2024-01-12', 3, false, false], ['2024-02-01', 20, false, false], ['2024-02-03', 2, false, false],
      ['2024-02-13', 10, true, true],
    ]);
    expect(e.result!.points[0]!.cl).not.toBe(e.result!.points[0]!.ucl);
    // The open interval is not in the limits: they equal the chart of the four closed intervals.
    const closed = computeSpc(observations.slice(1).map((o, i) => ({ x: o.x, y: [8, 3, 20, 2][i]! })), { chart: 't' });
    expect(e.result!.points[0]!.ucl).toBeCloseTo(closed.points[0]!.ucl!, 10);
  });

  it('a per-period count file is not an event list, even when every count is 1', async () => {
    const { evaluate } = await import('../../src/lib/workspace/evaluate.ts');
    const { DEFAULT_SETTINGS } = await import('../../src/lib/workspace/settings.ts');
    const months = ['2024-01-01', '2024-02-01', '2024-03-01', '2024-04-01'];
    const ones = evaluate({ id: 'a', measure: 'Fall', unit: 'A', kind: 'value', scale: null, observations: months.map((x) => ({ x, y: 1 })) }, DEFAULT_SETTINGS);
    expect(ones.suggestion.chart).not.toBe('t');
    const counts = evaluate({ id: 'b', measure: 'Fall', unit: 'A', kind: 'value', scale: null, observations: months.map((x, i) => ({ x, y: i % 2 })) }, DEFAULT_SETTINGS);
    expect(counts.suggestion).toEqual({ chart: 'c', reason: 'counts' });
    // Month starts with no values are empty periods, not events.
    const empty = evaluate({ id: 'c', measure: 'Fall', unit: 'A', kind: 'value', scale: null, observations: months.map((x) => ({ x, y: null })) }, DEFAULT_SETTINGS);
    expect(empty.suggestion.reason).not.toBe('event-dates');
  });
});
