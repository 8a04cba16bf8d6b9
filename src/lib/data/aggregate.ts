/**
 * Long rows from the ingest → DuckDB → one series per measure × unit, aggregated per period.
 * Period truncation happens here, in SQL (the ingest stores each row's natural period start),
 * so the user can change the granularity without re-reading the file.
 */
import type { Aggregation, Observation } from '../spc/types.ts';
import { GRANULARITIES, periodCount, type Granularity } from './ingest/calendar.ts';
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
      `value DOUBLE, numerator DOUBLE, denominator DOUBLE, line INTEGER, phase VARCHAR, category VARCHAR)`,
  );
}

/** Append one batch from `readText` to the long table. */
export async function appendBatch(runner: SqlRunner, batch: LongBatch, table = LONG_TABLE): Promise<void> {
  const { measure, unit, kind, period, value, numerator, denominator, line } = batch;
  const phase = batch.phase ?? new Array<string>(batch.length).fill('');
  const category = batch.category ?? new Array<string>(batch.length).fill('');
  await runner.insertColumns(table, { measure, unit, kind, period, value, numerator, denominator, line: Int32Array.from(line), phase, category }, false);
}

export interface AggregateOptions {
  granularity: AggregateGranularity;
  /** How `value` rows of one period combine. Default mean. */
  agg?: Aggregation;
  table?: string;
  /** Most points a series may have once empty periods are filled. Default DEFAULT_MAX_POINTS. */
  maxPoints?: number;
}

/**
 * Points per series at most. A mistyped year (0224 for 2024) in daily data would otherwise fill
 * hundreds of thousands of empty days and freeze the page; 5,000 is 13 years of days.
 */
export const DEFAULT_MAX_POINTS = 5000;

/** The series with the longest span, when filling it would pass the bound. */
export interface PeriodSpan {
  measure: string;
  unit: string;
  granularity: Granularity;
  points: number;
  max: number;
  /** Earliest and latest period start in the data, and the line of the first row holding each. */
  earliest: string;
  earliestLine: number;
  latest: string;
  latestLine: number;
}

/** A series as named in messages: "measure / unit", or the measure alone. */
const seriesName = (measure: string, unit: string) => (unit === '' ? measure : `${measure} / ${unit}`);

export class TooManyPointsError extends Error {
  constructor(readonly span: PeriodSpan) {
    const { measure, unit, granularity, points, max, earliest, earliestLine, latest, latestLine } = span;
    const name = seriesName(measure, unit);
    super(
      `series "${name}": filling empty ${granularity === 'day' ? 'days' : `${granularity}s`} from ${earliest} (line ${earliestLine}) ` +
        `to ${latest} (line ${latestLine}) would make ${points} points, more than ${max}`,
    );
    this.name = 'TooManyPointsError';
  }
}

interface SpanRow {
  measure: string;
  unit: string;
  lo: string;
  hi: string;
  lo_line: number;
  hi_line: number;
}

/**
 * Throw TooManyPointsError when filling empty periods of granularity `g` would give some series
 * more than `max` points; the widest series is named. Runs before any point is made.
 */
export async function checkPeriodSpan(runner: SqlRunner, g: AggregateGranularity, max = DEFAULT_MAX_POINTS, table = LONG_TABLE): Promise<void> {
  if (g === 'none') return;
  const t = quoteIdent(table);
  const rows = await runner.query<SpanRow>(
    `WITH b AS (SELECT measure, unit, MIN(period) AS lo, MAX(period) AS hi FROM ${t} GROUP BY measure, unit)
     SELECT b.measure, b.unit, b.lo, b.hi,
       MIN(CASE WHEN r.period = b.lo THEN r.line END) AS lo_line, MIN(CASE WHEN r.period = b.hi THEN r.line END) AS hi_line
     FROM b JOIN ${t} r ON r.measure = b.measure AND r.unit = b.unit AND (r.period = b.lo OR r.period = b.hi)
     GROUP BY b.measure, b.unit, b.lo, b.hi`,
  );
  let widest: PeriodSpan | null = null;
  for (const r of rows) {
    const points = periodCount(r.lo, r.hi, g);
    if (points > max && (!widest || points > widest.points))
      widest = { measure: r.measure, unit: r.unit, granularity: g, points, max, earliest: r.lo, earliestLine: Number(r.lo_line), latest: r.hi, latestLine: Number(r.hi_line) };
  }
  if (widest) throw new TooManyPointsError(widest);
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

/**
 * Start of a row's period at granularity `g` (NULL for `none`); DuckDB has no tertial. `g` is one
 * of a fixed set and written into the SQL: a constant part lets `date_trunc` work per column, not per row.
 */
export function periodStartSql(g: AggregateGranularity): string {
  if (g === 'none') return 'NULL::DATE';
  if (!(GRANULARITIES as readonly string[]).includes(g)) throw new RangeError(`unknown granularity "${g}"`);
  const date = 'CAST(period AS DATE)';
  if (g === 'tertial') return `make_date(year(${date}), 4 * ((month(${date}) - 1) // 4) + 1, 1)`;
  return `CAST(date_trunc('${g}', ${date}) AS DATE)`;
}

const AGGREGATE_SQL: Record<Aggregation, string> = { mean: 'AVG', median: 'median', sum: 'SUM' };

/**
 * One statement for granularity `g` and aggregation `agg` (both from fixed sets, so written into
 * the SQL: only the chosen aggregate is computed). Parameters: the fill step. For `none` the
 * grid is the distinct labels in order of first appearance in the file.
 */
function aggregateSql(table: string, g: AggregateGranularity, agg: Aggregation): string {
  const t = quoteIdent(table);
  return `
WITH params AS (SELECT '${g}'::VARCHAR AS g, to_months(?::INTEGER) + to_days(?::INTEGER) AS step),
src AS (
  SELECT measure, unit, kind, value, numerator, denominator, line,
    ${periodStartSql(g)} AS d,
    ${g === 'none' ? 'period' : 'NULL::VARCHAR'} AS label
  FROM ${t}
),
agg AS (
  SELECT measure, unit, d, label, MIN(line) AS first_line,
    CAST(SUM(numerator) AS DOUBLE) AS ysum, CAST(SUM(denominator) AS DOUBLE) AS n, CAST(COUNT(*) AS DOUBLE) AS cnt,
    CAST(${AGGREGATE_SQL[agg] ?? 'AVG'}(value) AS DOUBLE) AS value
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

/**
 * Aggregate the long table into series, with empty periods filled between each series' ends.
 * Throws TooManyPointsError when the filling would pass `maxPoints`.
 */
export async function aggregateSeries(runner: SqlRunner, options: AggregateOptions): Promise<Series[]> {
  const g = options.granularity;
  await checkPeriodSpan(runner, g, options.maxPoints, options.table);
  const [months, days] = g === 'none' ? [0, 1] : STEP[g];
  const rows = await runner.query<Row>(aggregateSql(options.table ?? LONG_TABLE, g, options.agg ?? 'mean'), [months, days]);
  const out: Series[] = [];
  let cur: Series | null = null;
  for (const r of rows) {
    if (!cur || cur.key.measure !== r.measure || cur.key.unit !== r.unit) {
      cur = { key: { measure: r.measure, unit: r.unit }, kind: r.kind, scale: powerOfTen(r.scale), points: [] };
      out.push(cur);
    }
    // Finite rows can still add up past the largest double; Infinity must never reach a chart.
    if (![r.ysum, r.n, r.value].every((v) => v === null || Number.isFinite(v)))
      throw new RangeError(`series "${seriesName(r.measure, r.unit)}", period ${r.x}: the values add up to more than a number can hold`);
    cur.points.push({ x: r.x, ySum: r.ysum, n: r.n, count: Number(r.cnt), value: r.value });
  }
  return out;
}

/**
 * Engine input: proportions, rates and outcomes give y = numerator sum and n = denominator
 * sum (the p/u chart divides); value series give y = the aggregated value; event lists y = the
 * events of a date and n = the cases since the previous row (see spc/events.ts). Periods without
 * data (or without a positive denominator) are missing points, not dropped.
 */
export function toObservations(series: Series): Observation[] {
  // An event list: one observation per date with events (or cases), y = events that day, n = cases.
  if (series.kind === 'events')
    return series.points.filter((p) => p.count > 0).map((p) => ({ x: p.x, y: p.ySum ?? 0, n: p.n }));
  if (series.kind === 'value') return series.points.map((p) => ({ x: p.x, y: p.value }));
  return series.points.map((p) => (p.n !== null && p.n > 0 && p.ySum !== null ? { x: p.x, y: p.ySum, n: p.n } : { x: p.x, y: null, n: null }));
}
