/**
 * Long rows from the ingest → DuckDB → one series per measure × unit, aggregated per period.
 * Period truncation happens here, in SQL (the ingest stores each row's natural period start),
 * so the user can change the granularity without re-reading the file.
 */
import type { Aggregation, Observation } from '../spc/types.ts';
import type { Granularity } from './ingest/calendar.ts';
import type { LongBatch } from './ingest/rows.ts';
import type { MeasureKind } from './ingest/roles.ts';
import { quoteIdent, type SqlRunner } from './sql.ts';

export const LONG_TABLE = 'ingest_long';
/** `none`: the period column is used as given (labels or dates), no truncation, no filling. */
export type AggregateGranularity = 'none' | Granularity;

/** Create (or replace) the long table with explicit types, so all-null batches append cleanly. */
export async function createLongTable(runner: SqlRunner, table = LONG_TABLE): Promise<void> {
  await runner.query(
    `CREATE OR REPLACE TABLE ${quoteIdent(table)} (measure VARCHAR, unit VARCHAR, kind VARCHAR, period VARCHAR, ` +
      `value DOUBLE, numerator DOUBLE, denominator DOUBLE, line INTEGER, phase VARCHAR)`,
  );
}

/** Append one batch from `readText` to the long table. */
export async function appendBatch(runner: SqlRunner, batch: LongBatch, table = LONG_TABLE): Promise<void> {
  const { measure, unit, kind, period, value, numerator, denominator, line } = batch;
  const phase = batch.phase ?? new Array<string>(batch.length).fill('');
  await runner.insertColumns(table, { measure, unit, kind, period, value, numerator, denominator, line: Int32Array.from(line), phase }, false);
}

export interface AggregateOptions {
  granularity: AggregateGranularity;
  /** How `value` rows of one period combine. Default mean. */
  agg?: Aggregation;
  table?: string;
}

export interface SeriesPoint {
  /** Period start `YYYY-MM-DD`, or the raw label for granularity `none`. */
  x: string;
  /** Sum of numerators (outcome: yes count); null when none (missing point). */
  ySum: number | null;
  /** Sum of denominators (outcome: rows with a known outcome); null when none. */
  n: number | null;
  /** Rows in the period (0 for a filled empty period). */
  count: number;
  /** Aggregated value (value measures); null when none. */
  value: number | null;
}

export interface Series {
  key: { measure: string; unit: string };
  kind: MeasureKind;
  /**
   * How the export itself scales numerator / denominator in its value column (100 for percent,
   * 1000 for "per 1,000 bed days"), when the file has both; null when it cannot tell.
   */
  scale: number | null;
  points: SeriesPoint[];
}

/** Months and days per period step, for filling empty periods. */
const STEP: Record<Granularity, [months: number, days: number]> = {
  day: [0, 1],
  week: [0, 7],
  month: [1, 0],
  quarter: [3, 0],
  tertial: [4, 0],
  year: [12, 0],
};

/** Start of a row's period at granularity `p.g` (NULL for `none`); DuckDB has no tertial. */
export const PERIOD_START = `CASE WHEN p.g = 'none' THEN NULL
         WHEN p.g = 'tertial' THEN make_date(year(CAST(period AS DATE)), 4 * ((month(CAST(period AS DATE)) - 1) // 4) + 1, 1)
         ELSE CAST(date_trunc(p.g, CAST(period AS DATE)) AS DATE) END`;

/**
 * One statement. Parameters: granularity (the date_trunc part; `tertial` is computed, DuckDB
 * has none), aggregation, and the fill step. For `none` the grid is the distinct labels in
 * order of first appearance in the file.
 */
function aggregateSql(table: string): string {
  const t = quoteIdent(table);
  return `
WITH params AS (SELECT ?::VARCHAR AS g, ?::VARCHAR AS agg, to_months(?::INTEGER) + to_days(?::INTEGER) AS step),
src AS (
  SELECT measure, unit, kind, value, numerator, denominator, line,
    ${PERIOD_START} AS d,
    CASE WHEN p.g = 'none' THEN period END AS label
  FROM ${t}, params p
),
agg AS (
  SELECT measure, unit, d, label, MIN(line) AS first_line,
    CAST(SUM(numerator) AS DOUBLE) AS ysum, CAST(SUM(denominator) AS DOUBLE) AS n, CAST(COUNT(*) AS DOUBLE) AS cnt,
    CAST(CASE (SELECT agg FROM params) WHEN 'median' THEN median(value) WHEN 'sum' THEN SUM(value) ELSE AVG(value) END AS DOUBLE) AS value
  FROM src GROUP BY measure, unit, d, label
),
bounds AS (
  -- One row proving a rate (value = 1000 × numerator / denominator) makes the series a rate.
  SELECT measure, unit, CASE WHEN bool_or(kind = 'rate') THEN 'rate' ELSE MIN(kind) END AS kind, MIN(d) AS lo, MAX(d) AS hi,
    CAST(median(CASE WHEN numerator > 0 AND value IS NOT NULL THEN value * denominator / numerator END) AS DOUBLE) AS scale
  FROM src GROUP BY measure, unit
),
grid AS (
  SELECT b.measure, b.unit, b.kind, b.scale, CAST(unnest(generate_series(b.lo, b.hi, p.step)) AS DATE) AS d
  FROM bounds b, params p WHERE p.g <> 'none'
)
SELECT g.measure, g.unit, g.kind, g.scale, strftime(g.d, '%Y-%m-%d') AS x, a.ysum, a.n, COALESCE(a.cnt, 0) AS cnt, a.value, 0 AS ord
FROM grid g LEFT JOIN agg a ON a.measure = g.measure AND a.unit = g.unit AND a.d = g.d
UNION ALL
SELECT a.measure, a.unit, b.kind, b.scale, a.label, a.ysum, a.n, a.cnt, a.value, a.first_line
FROM agg a JOIN bounds b USING (measure, unit), params p WHERE p.g = 'none'
ORDER BY measure, unit, ord, x`;
}

interface Row {
  measure: string;
  unit: string;
  kind: MeasureKind;
  scale: number | null;
  x: string;
  ysum: number | null;
  n: number | null;
  cnt: number;
  value: number | null;
}

/** The export's scale rounded to a power of ten, or null when it is not one (within 2 %). */
function powerOfTen(scale: number | null): number | null {
  if (scale === null || !(scale > 0)) return null;
  const p = 10 ** Math.round(Math.log10(scale));
  return Math.abs(scale / p - 1) <= 0.02 ? p : null;
}

/** Aggregate the long table into series, with empty periods filled between each series' ends. */
export async function aggregateSeries(runner: SqlRunner, options: AggregateOptions): Promise<Series[]> {
  const g = options.granularity;
  const [months, days] = g === 'none' ? [0, 1] : STEP[g];
  const rows = await runner.query<Row>(aggregateSql(options.table ?? LONG_TABLE), [g, options.agg ?? 'mean', months, days]);
  const out: Series[] = [];
  let cur: Series | null = null;
  for (const r of rows) {
    if (!cur || cur.key.measure !== r.measure || cur.key.unit !== r.unit) {
      cur = { key: { measure: r.measure, unit: r.unit }, kind: r.kind, scale: powerOfTen(r.scale), points: [] };
      out.push(cur);
    }
    cur.points.push({ x: r.x, ySum: r.ysum, n: r.n, count: Number(r.cnt), value: r.value });
  }
  return out;
}

/**
 * Engine input: proportions, rates and outcomes give y = numerator sum and n = denominator
 * sum (the p/u chart divides); value series give y = the aggregated value. Periods without
 * data (or without a positive denominator) are missing points, not dropped.
 */
export function toObservations(series: Series): Observation[] {
  if (series.kind === 'value') return series.points.map((p) => ({ x: p.x, y: p.value }));
  return series.points.map((p) => (p.n !== null && p.n > 0 && p.ySum !== null ? { x: p.x, y: p.ySum, n: p.n } : { x: p.x, y: null, n: null }));
}
