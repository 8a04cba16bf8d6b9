/**
 * `--format csv|tsv`: the points of every series as one table, written with arquero (Node only:
 * arquero compiles expressions at run time, which the page's CSP forbids; see README).
 */
import { from, toCSV } from 'arquero';

/** The columns of the points table, in order. */
export const POINT_COLUMNS = ['measure', 'unit', 'x', 'position', 'y', 'cl', 'lcl', 'ucl', 'ySum', 'n', 'count', 'phase', 'sigmaSignal', 'runsSignal'] as const;

interface SeriesOut {
  key: { measure: string; unit: string };
  points: Record<string, unknown>[];
}

/** One row per point; a value the point lacks (count without --period) is empty. */
export function pointsTable(series: readonly SeriesOut[], format: 'csv' | 'tsv'): string {
  const rows = series.flatMap((s) =>
    s.points.map((p) => Object.fromEntries(POINT_COLUMNS.map((c) => [c, c === 'measure' ? s.key.measure : c === 'unit' ? s.key.unit : (p[c] ?? null)]))),
  );
  // An empty result still has its header (arquero writes none for a table without columns).
  if (rows.length === 0) return POINT_COLUMNS.join(format === 'tsv' ? '\t' : ',') + '\n';
  return toCSV(from(rows), { delimiter: format === 'tsv' ? '\t' : ',' }) + '\n';
}
