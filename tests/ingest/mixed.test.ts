// Register exports with numerator, denominator and value columns filled per measure as it fits
// (the bundled sample's layout): each row is a ratio or a value, and the export's own scale
// (percent, per 1,000 bed days) is recognised per series.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { aggregateSeries, appendBatch, createLongTable, toObservations } from '../../src/lib/data/aggregate.ts';
import { createNodeRunner, type NodeRunner } from '../../src/lib/data/node-runner.ts';
import { ingestText } from '../../src/lib/data/ingest/index.ts';
import { ingestString } from './helpers.ts';

const CSV = [
  'Mått;Enhet;Månad;Täljare;Nämnare;Värde',
  'Andel;A;2024-01;45;50;90,0',
  'Andel;A;2024-02;40;50;80,0',
  'Fall;A;2024-01;3;600;5,00',
  'Fall;A;2024-03;6;600;10,00',
  'Fall;A;2024-04;0;600;0,00',
  'Väntetid;A;2024-01;;;42,5',
  'Väntetid;A;2024-02;;;x',
  'Utan värde;A;2024-01;2;40;',
].join('\r\n');

let runner: NodeRunner;
beforeAll(async () => {
  runner = await createNodeRunner();
});
afterAll(() => runner.close());

describe('mixed numerator / denominator / value exports', () => {
  it('suggests one mixed measure spec and reads every row as a ratio or a value', async () => {
    const { inspection, report, rows } = await ingestString(CSV);
    expect(inspection.mapping?.measures).toEqual([{ kind: 'mixed', name: 'Värde', numerator: 3, denominator: 4, value: 5 }]);
    expect(report.rows).toBe(report.used + report.rejected.length);
    expect(report.rejected).toEqual([{ line: 8, reason: 'suppressed', column: 'Värde', value: 'x', measure: 'Väntetid' }]);
    expect(rows.find((r) => r.measure === 'Väntetid')).toMatchObject({ value: 42.5, numerator: null, denominator: null });
    expect(rows.find((r) => r.measure === 'Fall')).toMatchObject({ numerator: 3, denominator: 600, value: 5 });
  });

  it('aggregates to proportions, rates and values with the export scale per series', async () => {
    await createLongTable(runner, 'mixed');
    await ingestText(CSV, { onBatch: (b) => appendBatch(runner, b, 'mixed') });
    const series = await aggregateSeries(runner, { granularity: 'month', table: 'mixed' });
    const by = (m: string) => series.find((s) => s.key.measure === m)!;
    expect(by('Andel')).toMatchObject({ kind: 'proportion', scale: 100 });
    expect(by('Fall')).toMatchObject({ kind: 'rate', scale: 1000 });
    expect(by('Väntetid')).toMatchObject({ kind: 'value', scale: null });
    expect(by('Utan värde')).toMatchObject({ kind: 'proportion', scale: null });
    // The empty February of the rate series is a missing point, not closed up.
    expect(toObservations(by('Fall'))).toEqual([
      { x: '2024-01-01', y: 3, n: 600 },
      { x: '2024-02-01', y: null, n: null },
      { x: '2024-03-01', y: 6, n: 600 },
      { x: '2024-04-01', y: 0, n: 600 },
    ]);
  });

  it('reads the bundled sample with no row lost', async () => {
    const { report, inspection } = await ingestString(readFileSync('data-samples/kvalitet-sv.csv', 'utf8'));
    expect(inspection.mapping?.measures[0]?.kind).toBe('mixed');
    expect(report).toMatchObject({ records: 864, rows: 864, used: 864, rejected: [], missing: 0, decimal: ',', delimiter: ';' });
  });
});
