/**
 * Subgroup aggregation: raw rows sharing an x become one subgroup, sorted by x.
 * Mirrors qicharts2 0.8.1 `qic.agg()`:
 *  - with denominators, a row missing either y or n counts as missing in both
 *    (complete cases), y = Σy / Σn and n = Σn;
 *  - without denominators, y = mean | median | sum of the non-missing values, n = null.
 */
import type { Aggregation, Observation } from './types.ts';
import { meanOfPresent, median, sdAbout, sum } from './math.ts';
import { compareX, distinctAscending } from './series.ts';

export interface Subgroup {
  x: number | string;
  /** 1-based position after sorting by x. */
  position: number;
  /** Σ of non-missing y; null when the subgroup is a single missing row (as qicharts2). */
  ySum: number | null;
  /** Count of non-missing y values. */
  yLength: number;
  yMean: number | null;
  /** Sample SD of the y values; null when fewer than two. */
  ySd: number | null;
  /** Σ of denominators, or null when the data have none. */
  n: number | null;
  /** Aggregated value before any chart-specific transform; null when missing or not finite. */
  y: number | null;
}

function finiteOrNull(v: number): number | null {
  return Number.isFinite(v) ? v : null;
}

/** True when any row carries a denominator (qicharts2's `got.n`). */
export function hasDenominators(rows: readonly Observation[]): boolean {
  return rows.some((r) => r.n !== null && r.n !== undefined);
}

/** The rows of one x: their count, and the finite y and n of the rows that count. */
interface Group {
  x: number | string;
  rows: number;
  ys: number[];
  ns: number[];
}

const isFinite = (v: number | null | undefined): v is number => v !== null && v !== undefined && Number.isFinite(v);

/** The values of one row that count (finite y and n; with denominators, only complete rows). */
function addRow(g: Group, row: Observation, withN: boolean): void {
  g.rows++;
  const n = row.n ?? null;
  if (withN && (row.y === null || n === null)) return;
  if (isFinite(row.y)) g.ys.push(row.y);
  if (isFinite(n)) g.ns.push(n);
}

/**
 * Groups of rows by x, in x order. Rows already distinct and sorted (the common case) are one
 * group each, without the Map and the sort.
 */
function groupsByX(rows: readonly Observation[], withN: boolean): Group[] {
  const single = (row: Observation) => {
    const g: Group = { x: row.x, rows: 0, ys: [], ns: [] };
    addRow(g, row, withN);
    return g;
  };
  if (distinctAscending(rows)) return rows.map(single);
  // Keyed by x itself: a Map keeps 1 and '1' apart, as a typed key would.
  const groups = new Map<number | string, Group>();
  for (const row of rows) {
    const g = groups.get(row.x);
    if (g) addRow(g, row, withN);
    else groups.set(row.x, single(row));
  }
  return [...groups.values()].sort((a, b) => compareX(a.x, b.x));
}

/**
 * One pass over the rows groups them by x, keeping only the finite values (as `present` would);
 * then each group is summarised without further copies.
 */
export function buildSubgroups(rows: readonly Observation[], agg: Aggregation = 'mean'): Subgroup[] {
  const withN = hasDenominators(rows);
  return groupsByX(rows, withN).map((g, i) => {
    const ys = g.ys;
    const total = sum(ys);
    const ySum = g.rows === 1 && ys.length === 0 ? null : total;
    const n = withN ? sum(g.ns) : null;
    const yMean = meanOfPresent(ys);
    const ySd = ys.length < 2 ? null : sdAbout(ys, yMean!);
    // An all-missing subgroup stays missing under sum (qicharts2 would give 0 here).
    const aggregated = agg === 'mean' ? yMean : agg === 'median' ? median(ys) : ys.length ? total : null;
    const y = withN ? finiteOrNull(total / n!) : aggregated;
    return { x: g.x, position: i + 1, ySum, yLength: ys.length, yMean, ySd, n, y };
  });
}
