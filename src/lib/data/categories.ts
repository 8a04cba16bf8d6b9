/**
 * Events per category (the mapping's category column: cause, place, type) per measure and unit,
 * for the Pareto chart. Only counted here; sorting and cumulative shares are `spc/pareto.ts`.
 */
import { LONG_TABLE } from './aggregate.ts';
import { quoteIdent, type SqlRunner } from './sql.ts';

export interface CategoryCount {
  measure: string;
  unit: string;
  /** The category cell's text ('' for an empty cell: its events are not dropped). */
  category: string;
  /** Events: the event count column's sum where mapped, else one per row. */
  count: number;
}

/** Counts of the event rows in `table`, ordered by measure, unit and category. */
export async function categoryCounts(runner: SqlRunner, table = LONG_TABLE): Promise<CategoryCount[]> {
  // An event row's numerator is its events (1 when the count cell is empty); rejected rows are not in the table.
  const rows = await runner.query<{ measure: string; unit: string; category: string | null; count: number | bigint }>(
    `SELECT measure, unit, COALESCE(category, '') AS category, SUM(COALESCE(numerator, 1))::DOUBLE AS count
     FROM ${quoteIdent(table)} WHERE kind = ? GROUP BY ALL ORDER BY measure, unit, category`,
    ['events'],
  );
  return rows.map((r) => ({ measure: r.measure, unit: r.unit, category: r.category ?? '', count: Number(r.count) }));
}
