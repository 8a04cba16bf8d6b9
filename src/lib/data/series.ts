/**
 * Series queries over the long table `obs(measure, unit, period, numerator, denominator, value, line)`.
 * One SQL statement per question; values bound as parameters.
 */
import type { Observation } from '../spc/types';
import type { SqlRunner } from './sql';

export const OBS_TABLE = 'obs';

export interface SeriesKey {
  measure: string;
  unit: string;
}

export interface SeriesInfo extends SeriesKey {
  points: number;
  /** true when the series has numerators and denominators (a proportion or a rate). */
  ratio: boolean;
}

export async function listSeries(db: SqlRunner): Promise<SeriesInfo[]> {
  const rows = await db.query<{ measure: string; unit: string; points: number; ratio: boolean }>(
    `SELECT measure, coalesce(unit, '') AS unit, CAST(count(DISTINCT period) AS INTEGER) AS points,
            bool_and(denominator IS NOT NULL) AS ratio
       FROM ${OBS_TABLE} GROUP BY 1, 2 ORDER BY 1, 2`,
  );
  return rows.map((r) => ({ ...r, ratio: Boolean(r.ratio) }));
}

/** One subgroup per period: ratio series as (numerator sum, denominator sum), others as the mean value. */
export async function seriesObservations(db: SqlRunner, key: SeriesKey): Promise<Observation[]> {
  const rows = await db.query<{ period: string; y: number | null; n: number | null }>(
    `SELECT period,
            CASE WHEN bool_and(denominator IS NOT NULL) THEN CAST(sum(numerator) AS DOUBLE)
                 ELSE CAST(avg(value) AS DOUBLE) END AS y,
            CASE WHEN bool_and(denominator IS NOT NULL) THEN CAST(sum(denominator) AS DOUBLE) END AS n
       FROM ${OBS_TABLE} WHERE measure = ? AND coalesce(unit, '') = ?
      GROUP BY period ORDER BY period`,
    [key.measure, key.unit],
  );
  return rows.map((r) => ({ x: r.period, y: r.y, n: r.n }));
}
