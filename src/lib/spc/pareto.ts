/**
 * Pareto chart: event counts by category in descending order with the cumulative percentage
 * (Provost & Murray 2011, The Health Care Data Guide, ch. 2: "where the problems are").
 * Ties keep a stable order by category name so the chart does not reshuffle between loads.
 */
export interface ParetoInput {
  category: string;
  /** Events on the row; default 1. */
  count?: number;
}

export interface ParetoBar {
  category: string;
  count: number;
  /** Share of all events, and cumulative share up to and including this bar, in percent. */
  percent: number;
  cumulativePercent: number;
}

export function pareto(rows: readonly ParetoInput[]): ParetoBar[] {
  const counts = new Map<string, number>();
  for (const r of rows) {
    const c = r.count ?? 1;
    if (!Number.isFinite(c) || c < 0) throw new RangeError(`category "${r.category}": count must be ≥ 0, not ${c}`);
    counts.set(r.category, (counts.get(r.category) ?? 0) + c);
  }
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const sorted = [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0));
  let running = 0;
  return sorted.map(([category, count]) => {
    running += count;
    return { category, count, percent: total > 0 ? (100 * count) / total : 0, cumulativePercent: total > 0 ? (100 * running) / total : 0 };
  });
}
