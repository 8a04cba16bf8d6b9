/**
 * `spc sql`: the duckdb statement run on native DuckDB gives, per measure × unit × period, the
 * CLI's own ySum, n and count (the app's path) over the shape fixtures and the real exports; the
 * trino, spark and tsql statements parse with a grammar of their dialect; bad options exit 2.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SparkSQL, TrinoSQL } from 'dt-sql-parser';
import NodeSqlParser from 'node-sql-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliSeries, expectSameSeries, run, type SeriesRow } from './sqlHelpers.ts';
import { openNative, type NativeDb } from '../../src/lib/data/native-runner.ts';
import { HOOK_TIMEOUT } from '../timeouts.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SHAPES = path.join(ROOT, 'tests/fixtures/shapes');
const REAL = path.resolve(ROOT, '../shared/real-data');

/** A read of each long shape: file and the options that choose its period. */
const CASES: [file: string, ...options: string[]][] = [
  [path.join(REAL, 'hospital_infections.csv'), '--period', 'month'],
  [path.join(REAL, 'hospital_infections.csv'), '--period', 'week'],
  [path.join(REAL, 'cdi.csv'), '--period', 'quarter'],
  [path.join(REAL, 'cabg_operations.csv'), '--period', 'month'],
  [path.join(REAL, 'cabg_operations.csv'), '--period', 'tertial'],
  [path.join(SHAPES, 'phase-sv.csv'), '--period', 'month'],
  [path.join(SHAPES, 'patients-nb.csv'), '--period', 'month'],
  [path.join(SHAPES, 'patients-nb.csv'), '--period', 'week', '--outcome', 'Trykksår (Ja/Nei)', '--unit', 'Avdeling'],
  [path.join(SHAPES, 'title-lines-sv.csv'), '--period', 'quarter'],
  [path.join(REAL, 'cabg_operations.csv'), '--period', 'year', '--y', 'age', '--x', 'date', '--unit', 'gender'],
];

let db: NativeDb;
beforeAll(async () => {
  const opened = await openNative();
  if (!opened) throw new Error('@duckdb/node-api is not installed (npm install)');
  db = opened;
}, HOOK_TIMEOUT);
afterAll(() => db?.close());

describe('spc sql --dialect duckdb on native DuckDB', () => {
  it.each(CASES)('%s %s %s gives the CLI series', async (file, ...options) => {
    const sql = await run(['sql', file, ...options, '--dialect', 'duckdb']);
    expect(sql.code, sql.stderr).toBe(0);
    const rows = await db.query<SeriesRow>(sql.stdout);
    expect(Object.keys(rows[0] ?? {})).toEqual(['measure', 'unit', 'period', 'y_sum', 'n', 'count']);
    expect(rows.length).toBeGreaterThan(0);
    expectSameSeries(rows, await cliSeries([file, ...options]));
  });

  it('reads a table named with --table, the mapping named by options alone', async () => {
    await db.query(`CREATE OR REPLACE TABLE "infections ""HAI""" AS SELECT * FROM read_csv('${path.join(REAL, 'hospital_infections.csv')}')`);
    const sql = await run(['sql', '--table', 'infections "HAI"', '--x', 'month', '--y', 'n', '--n', 'days', '--measure', 'infection', '--unit', 'hospital', '--period', 'quarter', '--dialect', 'duckdb']);
    expect(sql.code, sql.stderr).toBe(0);
    expect(sql.stdout).toContain('FROM "infections ""HAI"""');
    expectSameSeries(await db.query<SeriesRow>(sql.stdout), await cliSeries([path.join(REAL, 'hospital_infections.csv'), '--period', 'quarter']));
  });

  it('escapes a quote in a measure name as a literal, not as SQL', async () => {
    await db.query(`CREATE OR REPLACE TABLE t AS SELECT DATE '2024-01-15' AS d, 2.5 AS "it's"`);
    const sql = await run(['sql', '--table', 't', '--x', 'd', '--y', "it's", '--period', 'month', '--dialect', 'duckdb']);
    expect(await db.query(sql.stdout)).toEqual([{ measure: "it's", unit: '', period: '2024-01-01', y_sum: 2.5, n: null, count: 1 }]);
  });
});

const TSQL = new NodeSqlParser.Parser();
const GRAMMARS: Record<'trino' | 'spark' | 'tsql', (sql: string) => unknown[]> = {
  trino: (sql) => new TrinoSQL().validate(sql),
  spark: (sql) => new SparkSQL().validate(sql),
  tsql: (sql) => {
    try {
      TSQL.astify(sql, { database: 'transactsql' });
      return [];
    } catch (e) {
      return [String(e)];
    }
  },
};

describe('spc sql for warehouses parses in its dialect', () => {
  for (const [dialect, errors] of Object.entries(GRAMMARS)) {
    it.each(CASES)(`${dialect}: %s %s %s`, async (file, ...options) => {
      const sql = await run(['sql', file, ...options, '--table', 'dw.exports', '--dialect', dialect]);
      expect(sql.code, sql.stderr).toBe(0);
      expect(errors(sql.stdout)).toEqual([]);
    });
    it(`${dialect}: the grammar refuses a broken statement (the check can fail)`, async () => {
      const sql = await run(['sql', path.join(REAL, 'cdi.csv'), '--table', 'dw.exports', '--period', 'month', '--dialect', dialect]);
      expect(errors(sql.stdout.replace('GROUP BY', 'GROUP BY ,')).length).toBeGreaterThan(0);
    });
  }

  it('quotes identifiers and escapes values per dialect', async () => {
    const argv = ['sql', '--table', 'a]b', '--x', 'd`x', '--y', "v'1", '--period', 'month', '--dialect'];
    const expected = {
      tsql: ['FROM [a]]b]', 'CAST([d`x] AS NVARCHAR(4000))', "N'v''1' AS [measure]"],
      spark: ['FROM `a]b`', 'CAST(`d``x` AS STRING)', "'v\\'1' AS `measure`"],
      trino: ['FROM "a]b"', 'CAST("d`x" AS VARCHAR)', `'v''1' AS "measure"`],
    };
    for (const [dialect, parts] of Object.entries(expected)) {
      const sql = (await run([...argv, dialect])).stdout;
      for (const part of parts) expect(sql).toContain(part);
    }
  });
});

describe('spc sql refuses what it cannot do, in one line, exit 2', () => {
  it.each([
    [['sql', path.join(REAL, 'cdi.csv'), '--period', 'month'], /^error: --dialect: missing/],
    [['sql', path.join(REAL, 'cdi.csv'), '--dialect', 'oracle'], /^error: --dialect: unknown value "oracle"/],
    [['sql', path.join(REAL, 'cdi.csv'), '--dialect', 'duckdb', '--chart', 'i'], /^error: --chart does not apply to spc sql/],
    [['sql', path.join(REAL, 'cdi.csv'), '--dialect', 'trino', '--period', 'month'], /^error: --dialect trino reads a table, not a file; give --table NAME/],
    [['sql', path.join(SHAPES, 'dash-weeks-sv.csv'), '--dialect', 'duckdb'], /^error: column "Vecka": dates as week are not readable in SQL/],
    [['sql', '--table', 't', '--y', 'v', '--period', 'month', '--dialect', 'duckdb'], /^error: --x: name the period column/],
    [[path.join(REAL, 'cdi.csv'), '--dialect', 'duckdb'], /^error: --dialect belongs to spc sql/],
  ])('%j', async (argv, message) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
