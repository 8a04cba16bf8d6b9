/**
 * A series file — the result of `spc sql --dialect duckdb`, written by native DuckDB as CSV or
 * Parquet — is recognised on sniffing, mapped with no question (x = period, y = y_sum summed,
 * n = n) and read through the app's Node path (ingest → DuckDB → aggregateSeries) into the same
 * series as the CLI gives from the original export.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aggregateSeries, appendBatch, createLongTable, type AggregateGranularity } from '../../src/lib/data/aggregate.ts';
import { decodeBytes, inspectText, readText } from '../../src/lib/data/ingest/index.ts';
import { openNative, type NativeDb } from '../../src/lib/data/native-runner.ts';
import { createNodeRunner } from '../../src/lib/data/node-runner.ts';
import { isParquet, parquetToCsv } from '../../src/lib/data/parquet.ts';
import { seriesFileMapping } from '../../src/lib/workspace/mapping.ts';
import { cliSeries, expectSameSeries, run, type SeriesRow } from '../cli/sqlHelpers.ts';
import { HOOK_TIMEOUT } from '../timeouts.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const REAL = path.resolve(ROOT, '../shared/real-data');

/** The app's path for a file: sniff, the series-file mapping, read, aggregate with sums. */
async function loadSeriesFile(file: string, granularity: AggregateGranularity): Promise<SeriesRow[]> {
  let bytes: Uint8Array = readFileSync(file);
  if (isParquet(bytes)) bytes = await parquetToCsv(bytes);
  const { text } = decodeBytes(bytes);
  const inspection = inspectText(text, {});
  const mapping = seriesFileMapping(inspection);
  expect(mapping).not.toBeNull();
  const db = await createNodeRunner();
  try {
    await createLongTable(db);
    const report = await readText(text, { dialect: inspection.dialect, mapping: mapping!, periodFormat: inspection.periodFormat, headerLine: inspection.headerLine, onBatch: (b) => appendBatch(db, b) });
    expect(report.rejected).toEqual([]);
    const series = await aggregateSeries(db, { granularity, agg: 'sum' });
    return series.flatMap((s) =>
      s.points.filter((p) => p.count > 0).map((p) => ({
        measure: s.key.measure, unit: s.key.unit, period: p.x, y_sum: s.kind === 'value' ? p.value : p.ySum, n: p.n, count: p.count,
      })),
    );
  } finally {
    db.close();
  }
}

let native: NativeDb;
let dir: string;
beforeAll(async () => {
  native = (await openNative())!;
  dir = mkdtempSync(path.join(tmpdir(), 'spc-series-'));
}, HOOK_TIMEOUT);
afterAll(() => {
  native?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a series file from spc sql loads in the app with no mapping step', () => {
  it.each([
    ['hospital_infections.csv', 'month', 'csv'],
    ['hospital_infections.csv', 'quarter', 'parquet'],
    ['cdi.csv', 'month', 'csv'],
    ['cabg_operations.csv', 'month', 'csv'],
    ['cabg_operations.csv', 'quarter', 'parquet'],
  ] as const)('%s per %s as %s', async (name, period, format) => {
    const file = path.join(REAL, name);
    const sql = await run(['sql', file, '--period', period, '--dialect', 'duckdb']);
    expect(sql.code, sql.stderr).toBe(0);
    const out = path.join(dir, `${name}.${period}.${format}`);
    await native.query(`COPY (${sql.stdout.replace(/;\s*$/, '')}) TO '${out}' (${format === 'csv' ? 'HEADER, DELIMITER \',\'' : 'FORMAT parquet'})`);
    // Counts are the file's rows per period; the app counts series-file rows, so compare the sums.
    const app = (await loadSeriesFile(out, period)).map((r) => ({ ...r, count: 1 }));
    const cli = (await cliSeries([file, '--period', period])).map((r) => ({ ...r, count: 1 }));
    expectSameSeries(app, cli);
  });

  it('is read by the CLI too, with no column flags and y_sum summed', async () => {
    const file = path.join(REAL, 'cabg_operations.csv');
    const sql = await run(['sql', file, '--period', 'quarter', '--dialect', 'duckdb']);
    const out = path.join(dir, 'cabg.series.csv');
    await native.query(`COPY (${sql.stdout.replace(/;\s*$/, '')}) TO '${out}' (HEADER)`);
    const one = (rows: SeriesRow[]) => rows.map((r) => ({ ...r, count: 1 }));
    expectSameSeries(one(await cliSeries([out, '--period', 'quarter'])), one(await cliSeries([file, '--period', 'quarter'])));
  });

  it('is not taken for a series file without its columns', () => {
    const text = readFileSync(path.join(REAL, 'hospital_infections.csv'), 'utf8');
    expect(seriesFileMapping(inspectText(text, {}))).toBeNull();
  });

  it('maps value, proportion, rate and mixed files by their denominators', () => {
    const kinds = (rows: string) => seriesFileMapping(inspectText(`measure,unit,period,y_sum,n,count\n${rows}`, {}))?.measures.map((m) => m.kind);
    expect(kinds('a,u,2024-01-01,3,,2\na,u,2024-02-01,4,,2\n')).toEqual(['value']);
    expect(kinds('a,u,2024-01-01,3,10,2\na,u,2024-02-01,4,10,2\n')).toEqual(['proportion']);
    expect(kinds('a,u,2024-01-01,30,10,2\na,u,2024-02-01,4,10,2\n')).toEqual(['rate']);
    expect(kinds('a,u,2024-01-01,3,10,2\nb,u,2024-02-01,4,,2\n')).toEqual(['mixed']);
  });
});
