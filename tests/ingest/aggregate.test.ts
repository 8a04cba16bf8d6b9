import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { aggregateSeries, appendBatch, createLongTable, DEFAULT_MAX_POINTS, TooManyPointsError, toObservations } from '../../src/lib/data/aggregate.ts';
import { enumeratePeriods, GRANULARITIES, periodCount, periodStart } from '../../src/lib/data/ingest/calendar.ts';
import { emptyBatch, type LongBatch } from '../../src/lib/data/ingest/rows.ts';
import type { MeasureKind } from '../../src/lib/data/ingest/roles.ts';
import { createNodeRunner, type NodeRunner } from '../../src/lib/data/node-runner.ts';

let runner: NodeRunner;
beforeAll(async () => {
  runner = await createNodeRunner();
});
afterAll(() => runner.close());

type R = [measure: string, unit: string, kind: MeasureKind, period: string, value: number | null, num: number | null, den: number | null];
function batch(rows: R[]): LongBatch {
  const b = emptyBatch();
  rows.forEach(([measure, unit, kind, period, value, num, den], i) => {
    b.measure.push(measure);
    b.unit.push(unit);
    b.kind.push(kind);
    b.period.push(period);
    b.value.push(value);
    b.numerator.push(num);
    b.denominator.push(den);
    b.line.push(i + 2);
    b.length++;
  });
  return b;
}

describe('aggregateSeries', () => {
  beforeAll(async () => {
    await createLongTable(runner, 't');
    await appendBatch(runner, batch([
      ['los', 'A', 'value', '2024-01-03', 4, null, null],
      ['los', 'A', 'value', '2024-01-20', 8, null, null],
      ['los', 'A', 'value', '2024-01-21', 30, null, null],
      ['los', 'A', 'value', '2024-04-02', null, null, null], // missing value keeps its period
      ['fall', 'A', 'rate', '2024-01-01', null, 3, 400],
      ['fall', 'A', 'rate', '2024-03-01', null, 5, 410],
    ]), 't');
    // A second batch with an all-null value column appends cleanly.
    await appendBatch(runner, batch([['fall', 'B', 'rate', '2024-02-01', null, 1, 100]]), 't');
  });
  it('mean, median and sum of values; empty months are filled as missing points', async () => {
    const mean = await aggregateSeries(runner, { table: 't', granularity: 'month' });
    const los = mean.find((s) => s.key.measure === 'los')!;
    expect(los.points.map((p) => [p.x, p.value, p.count])).toEqual([
      ['2024-01-01', 14, 3],
      ['2024-02-01', null, 0],
      ['2024-03-01', null, 0],
      ['2024-04-01', null, 1],
    ]);
    const median = await aggregateSeries(runner, { table: 't', granularity: 'month', agg: 'median' });
    expect(median.find((s) => s.key.measure === 'los')!.points[0]!.value).toBe(8);
    const sum = await aggregateSeries(runner, { table: 't', granularity: 'quarter', agg: 'sum' });
    expect(sum.find((s) => s.key.measure === 'los')!.points.map((p) => [p.x, p.value])).toEqual([
      ['2024-01-01', 42],
      ['2024-04-01', null],
    ]);
  });
  it('sums numerators and denominators per series; observations carry y and n', async () => {
    const series = await aggregateSeries(runner, { table: 't', granularity: 'month' });
    const fallA = series.find((s) => s.key.measure === 'fall' && s.key.unit === 'A')!;
    expect(fallA.points).toEqual([
      { x: '2024-01-01', ySum: 3, n: 400, count: 1, value: null },
      { x: '2024-02-01', ySum: null, n: null, count: 0, value: null },
      { x: '2024-03-01', ySum: 5, n: 410, count: 1, value: null },
    ]);
    expect(toObservations(fallA)).toEqual([
      { x: '2024-01-01', y: 3, n: 400 },
      { x: '2024-02-01', y: null, n: null },
      { x: '2024-03-01', y: 5, n: 410 },
    ]);
    expect(series.map((s) => `${s.key.measure}/${s.key.unit}`)).toEqual(['fall/A', 'fall/B', 'los/A']);
    const year = await aggregateSeries(runner, { table: 't', granularity: 'year' });
    expect(year.find((s) => s.key.unit === 'A' && s.key.measure === 'fall')!.points).toEqual([{ x: '2024-01-01', ySum: 8, n: 810, count: 2, value: null }]);
  });
  it('granularity none keeps labels in file order, without filling', async () => {
    const series = await aggregateSeries(runner, { table: 't', granularity: 'none' });
    expect(series.find((s) => s.key.measure === 'los')!.points.map((p) => p.x)).toEqual(['2024-01-03', '2024-01-20', '2024-01-21', '2024-04-02']);
  });
  it('SQL truncation (incl. tertial, which DuckDB lacks) equals periodStart for random dates', async () => {
    const dates = fc.sample(fc.date({ min: new Date('1999-01-01'), max: new Date('2031-12-31'), noInvalidDate: true }), { numRuns: 60, seed: 7 });
    const iso = dates.map((d) => d.toISOString().slice(0, 10));
    await createLongTable(runner, 'trunc');
    await appendBatch(runner, batch(iso.map((d, i) => [`m${i}`, '', 'value', d, 1, null, null] as R)), 'trunc');
    for (const g of GRANULARITIES) {
      const series = await aggregateSeries(runner, { table: 'trunc', granularity: g });
      const got = Object.fromEntries(series.map((s) => [s.key.measure, s.points[0]!.x]));
      iso.forEach((d, i) => expect(got[`m${i}`], `${d} ${g}`).toBe(periodStart(d, g)));
    }
  });
});

describe('filling empty periods is bounded (issue 14, finding 4)', () => {
  beforeAll(async () => {
    // 200 days of 2024 and one mistyped year; lines as in a file (header on line 1).
    const rows = enumeratePeriods('2024-01-01', '2024-07-18', 'day').map((d, i): R => ['fall', 'A', 'value', d, i, null, null]);
    rows.push(['fall', 'A', 'value', '0224-03-05', 9, null, null]);
    rows.push(['ok', 'B', 'value', '2024-01-01', 1, null, null], ['ok', 'B', 'value', '2024-12-31', 2, null, null]);
    await createLongTable(runner, 'span');
    await appendBatch(runner, batch(rows), 'span');
  }, 120_000);
  it('counts periods with full years', () => {
    expect(periodCount('0224-03-05', '2024-07-18', 'day')).toBe(657_573);
    expect(periodCount('2024-01-01', '2024-12-31', 'week')).toBe(53);
    expect(periodCount('2023-12-31', '2024-01-01', 'tertial')).toBe(2);
    expect(periodCount('2024-01-15', '2024-01-20', 'month')).toBe(1);
  });
  it('stops with the earliest and latest dates and the line of each, before any point is made', async () => {
    const err = await aggregateSeries(runner, { table: 'span', granularity: 'day' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TooManyPointsError);
    const span = (err as TooManyPointsError).span;
    // Lines: batch() numbers rows from 2; the mistyped row is the 201st (line 202), 18 July the 200th.
    expect(span).toEqual({ measure: 'fall', unit: 'A', granularity: 'day', points: 657_573, max: DEFAULT_MAX_POINTS, earliest: '0224-03-05', earliestLine: 202, latest: '2024-07-18', latestLine: 201 });
    expect((err as Error).message).toBe(
      'series "fall / A": filling empty days from 0224-03-05 (line 202) to 2024-07-18 (line 201) would make 657573 points, more than 5000',
    );
  }, 60_000);
  it('a coarser period or a higher bound is fine', async () => {
    const years = await aggregateSeries(runner, { table: 'span', granularity: 'year' });
    expect(years.find((s) => s.key.measure === 'fall')!.points).toHaveLength(1801);
    await expect(aggregateSeries(runner, { table: 'span', granularity: 'year', maxPoints: 1800 })).rejects.toThrow(TooManyPointsError);
    const months = await aggregateSeries(runner, { table: 'span', granularity: 'month', maxPoints: 30_000 });
    expect(months.find((s) => s.key.measure === 'fall')!.points).toHaveLength(periodCount('0224-03-01', '2024-07-01', 'month'));
  }, 60_000);
});

describe('an aggregate that overflows (issue 14, finding 1)', () => {
  it('is an error naming the series and period, never Infinity handed on (where it was plotted as 0)', async () => {
    await createLongTable(runner, 'huge');
    await appendBatch(runner, batch([
      ['los', 'A', 'value', '2024-01-01', 1e308, null, null],
      ['los', 'A', 'value', '2024-01-02', 1e308, null, null],
      ['los', 'A', 'value', '2024-02-01', 1, null, null],
    ]), 'huge');
    await expect(aggregateSeries(runner, { table: 'huge', granularity: 'month', agg: 'sum' })).rejects.toThrow(
      new RangeError('series "los / A", period 2024-01-01: the values add up to more than a number can hold'),
    );
    const days = await aggregateSeries(runner, { table: 'huge', granularity: 'day', agg: 'sum' });
    expect(days[0]!.points.filter((p) => p.value !== null).map((p) => p.value)).toEqual([1e308, 1e308, 1]);
  }, 60_000);
});
