// Both readers over every fixture: the JS reader (papaparse) and the DuckDB reader must give the
// same long rows, the same series and the same report (rejections with reason and line).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { aggregateSeries, createLongTable } from '../../src/lib/data/aggregate.ts';
import { ingestIntoTable } from '../../src/lib/data/duckIngest/ingestTable.ts';
import { createNodeRunner, type NodeRunner } from '../../src/lib/data/node-runner.ts';
import { isParquet, parquetToCsv } from '../../src/lib/data/parquet.ts';
import { FORMAT_GRANULARITY } from '../../src/lib/data/ingest/periods.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.(csv|tsv|txt|parquet)$/.test(f) ? [p] : [];
  });
const FIXTURES = [
  ...files(join(ROOT, 'tests/fixtures')),
  ...files(join(ROOT, 'tests/ingest/fixtures')),
  ...files(join(ROOT, 'data-samples')),
  ...files(join(ROOT, '../shared/real-data')),
];
/** Files the JS reader keeps, and why (the bench lists the same). */
const JS_READER: Record<string, string> = {};

let runner: NodeRunner;
beforeAll(async () => {
  runner = await createNodeRunner();
}, 120_000);
afterAll(() => runner?.close());

interface LongRow {
  measure: string;
  unit: string;
  kind: string;
  period: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  line: number;
  phase: string;
}

async function readBoth(bytes: Uint8Array, overrides = {}) {
  await createLongTable(runner, 'by_js');
  await createLongTable(runner, 'by_duck');
  const js = await ingestIntoTable(runner, bytes, { ...overrides, table: 'by_js', reader: 'js' });
  const duck = await ingestIntoTable(runner, bytes, { ...overrides, table: 'by_duck' });
  const rows = (t: string) =>
    runner.query<LongRow>(`SELECT measure, unit, kind, period, value, numerator, denominator, line, COALESCE(phase, '') AS phase FROM ${t} ORDER BY ALL`);
  return { js, duck, jsRows: await rows('by_js'), duckRows: await rows('by_duck') };
}

async function expectSameSeries(granularity: Parameters<typeof aggregateSeries>[1]['granularity']) {
  const a = await aggregateSeries(runner, { granularity, table: 'by_js', maxPoints: 100_000 });
  const b = await aggregateSeries(runner, { granularity, table: 'by_duck', maxPoints: 100_000 });
  expect(b).toEqual(a);
}

describe('the DuckDB reader equals the JS reader', () => {
  it('finds the fixtures', () => expect(FIXTURES.length).toBeGreaterThan(20));
  for (const path of FIXTURES) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    it(path.slice(ROOT.length - 'wt-duck'.length), async () => {
      let bytes: Uint8Array = readFileSync(path);
      if (isParquet(bytes)) bytes = await parquetToCsv(bytes);
      const { js, duck, jsRows, duckRows } = await readBoth(bytes);
      expect(duck.jsReason ?? 'duckdb').toBe(JS_READER[name] ?? 'duckdb');
      expect(duck.report).toEqual(js.report);
      expect(duckRows).toEqual(jsRows);
      const format = js.inspection.periodFormat;
      await expectSameSeries(format ? FORMAT_GRANULARITY[format] : 'none');
    }, 120_000);
  }
});
