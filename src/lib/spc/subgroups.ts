/**
 * Subgroup aggregation: raw rows sharing an x become one subgroup, sorted by x.
 * Mirrors qicharts2 0.8.1 `qic.agg()`:
 *  - with denominators, a row missing either y or n counts as missing in both
 *    (complete cases), y = Σy / Σn and n = Σn;
 *  - without denominators, y = mean | median | sum of the non-missing values, n = null.
 */
import type { Aggregation, Observation } from './types.ts';
import { mean, median, present, sd, sum } from './math.ts';
import { compareX } from './series.ts';

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

const AGGREGATORS: Record<Aggregation, (v: number[]) => number | null> = {
  mean: (v) => mean(v),
  median: (v) => median(v),
  // An all-missing subgroup stays missing (qicharts2 would give 0 here).
  sum: (v) => (v.length ? sum(v) : null),
};

function finiteOrNull(v: number): number | null {
  return Number.isFinite(v) ? v : null;
}

/** True when any row carries a denominator (qicharts2's `got.n`). */
export function hasDenominators(rows: readonly Observation[]): boolean {
  return rows.some((r) => r.n !== null && r.n !== undefined);
}

export function buildSubgroups(rows: readonly Observation[], agg: Aggregation = 'mean'): Subgroup[] {
  const withN = hasDenominators(rows);
  const groups = new Map<string, { x: number | string; ys: (number | null)[]; ns: (number | null)[] }>();
  for (const row of rows) {
    const key = `${typeof row.x}:${row.x}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { x: row.x, ys: [], ns: [] }));
    let y = row.y;
    let n = row.n ?? null;
    if (withN && (y === null || n === null)) y = n = null;
    g.ys.push(y);
    g.ns.push(n);
  }
  const sorted = [...groups.values()].sort((a, b) => compareX(a.x, b.x));
  return sorted.map((g, i) => {
    const ys = present(g.ys);
    const ySum = g.ys.length === 1 && ys.length === 0 ? null : sum(ys);
    const n = withN ? sum(present(g.ns)) : null;
    const y = withN ? finiteOrNull(sum(ys) / n!) : AGGREGATORS[agg](ys);
    return { x: g.x, position: i + 1, ySum, yLength: ys.length, yMean: mean(ys), ySd: sd(ys), n, y };
  });
}
