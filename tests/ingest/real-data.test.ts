import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aggregateSeries, appendBatch, createLongTable, toObservations } from '../../src/lib/data/aggregate.ts';
import { ingestBytes } from '../../src/lib/data/ingest/index.ts';
import { createNodeRunner, type NodeRunner } from '../../src/lib/data/node-runner.ts';
import { realData } from './helpers.ts';

let runner: NodeRunner;
beforeAll(async () => {
  runner = await createNodeRunner();
});
afterAll(() => runner.close());

async function load(file: string, table: string) {
  await createLongTable(runner, table);
  return ingestBytes(realData(file), { onBatch: (b) => appendBatch(runner, b, table), batchRows: 500 });
}

describe('cabg_operations.csv (Danish: ;, decimal comma, Ja/Nej, TRUE/FALSE)', () => {
  it('reads every row and suggests outcome and value measures', async () => {
    const { inspection, report } = await load('cabg_operations.csv', 'cabg');
    expect(inspection.dialect).toEqual({ delimiter: ';', decimal: ',', thousands: '' });
    expect(inspection.mapping?.measures.map((m) => `${m.name}:${m.kind}`)).toEqual(['age:value', 'los:value', 'death:outcome', 'readmission:outcome']);
    expect(report).toMatchObject({ records: 2205, rows: 8820, used: 8820, rejected: [], dateFormat: 'iso-date' });
  });
  it('monthly mortality is a proportion from Ja/Nej rows (checked by hand: 2011-07 has 52 operations, 1 death)', async () => {
    const series = await aggregateSeries(runner, { table: 'cabg', granularity: 'month' });
    const death = series.find((s) => s.key.measure === 'death')!;
    expect(death.kind).toBe('outcome');
    expect(death.points).toHaveLength(36);
    expect(death.points[0]).toEqual({ x: '2011-07-01', ySum: 1, n: 52, count: 52, value: null });
    // 2012-03 by hand (awk): 79 operations, 2 deaths, 16 readmissions, mean length of stay 13.0506.
    const march = (m: string) => series.find((s) => s.key.measure === m)!.points.find((p) => p.x === '2012-03-01')!;
    expect(march('death')).toMatchObject({ ySum: 2, n: 79 });
    expect(march('readmission')).toMatchObject({ ySum: 16, n: 79 });
    expect(march('los').value).toBeCloseTo(13.0506, 4);
    expect(toObservations(death)[0]).toEqual({ x: '2011-07-01', y: 1, n: 52 });
  });
});

describe('hospital_infections.csv (comma, ISO months)', () => {
  it('gives 18 series (infection × hospital) of infections per bed days', async () => {
    const { inspection, report } = await load('hospital_infections.csv', 'hai');
    expect(inspection.mapping).toMatchObject({ period: 2, measure: 1, unit: 0 });
    expect(report).toMatchObject({ rows: 432, used: 432 });
    const series = await aggregateSeries(runner, { table: 'hai', granularity: 'month' });
    expect(series).toHaveLength(18);
    expect(series.every((s) => s.kind === 'rate' && s.points.length === 24)).toBe(true);
    const ahhBac = series.find((s) => s.key.measure === 'BAC' && s.key.unit === 'AHH')!;
    expect(ahhBac.points[0]).toMatchObject({ x: '2015-01-01', ySum: 17, count: 1 });
    expect(ahhBac.points[0]!.n).toBeCloseTo(17233.6666666627, 6);
  });
});

describe('cdi.csv', () => {
  it('one rate series of 36 months; the phase column is not mistaken for the period', async () => {
    const { inspection } = await load('cdi.csv', 'cdi');
    expect(inspection.mapping).toMatchObject({ period: 0, measure: null, unit: null, measures: [{ kind: 'rate', numerator: 1, denominator: 2 }] });
    const [s] = await aggregateSeries(runner, { table: 'cdi', granularity: 'month' });
    expect(s?.points).toHaveLength(36);
    expect(toObservations(s!)[0]).toEqual({ x: '2012-11-01', y: 17, n: 14768.4166666667 });
  });
});
