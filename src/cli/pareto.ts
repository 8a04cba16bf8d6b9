/** `--pareto COL`: event counts by category per unit and for all units (`spc/pareto.ts`). */
import { pareto } from '../lib/spc/pareto.ts';
import type { EventRow } from './eventRows.ts';

export function paretoJson(rows: readonly EventRow[]): Record<string, unknown>[] {
  // An empty category cell is its own bar, named "", so no event is dropped.
  const input = (rs: readonly EventRow[]) => rs.map((r) => ({ category: r.category ?? '', count: r.count ?? 1 }));
  const units = [...new Set(rows.map((r) => r.unit))].sort();
  const all = [{ unit: null, bars: pareto(input(rows)) }];
  // One unit (or no unit column): the all-units chart is that unit's.
  if (units.length <= 1) return all;
  return [...all, ...units.map((unit) => ({ unit, bars: pareto(input(rows.filter((r) => r.unit === unit))) }))];
}
