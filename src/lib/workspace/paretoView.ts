/**
 * The Pareto view's model: which event measures have categories, their units, and the bars of one
 * measure for one unit or all units. The counts come from the data layer (`data/categories.ts`),
 * the ordering and cumulative shares from the engine (`spc/pareto.ts`); nothing is recounted here.
 */
import type { CategoryCount } from '../data/categories.ts';
import { pareto, type ParetoBar } from '../spc/pareto.ts';

const byName = (a: string, b: string) => a.localeCompare(b);

/** Measures with category counts, by name. */
export function paretoMeasures(counts: readonly CategoryCount[]): string[] {
  return [...new Set(counts.map((c) => c.measure))].sort(byName);
}

/** Units of a measure, by name ('' when the file has no unit column). */
export function paretoUnits(counts: readonly CategoryCount[], measure: string): string[] {
  return [...new Set(counts.filter((c) => c.measure === measure).map((c) => c.unit))].sort(byName);
}

/** A remembered unit that the measure has, else null (all units). */
export function shownUnit(units: readonly string[], remembered: string | null): string | null {
  return remembered !== null && units.length > 1 && units.includes(remembered) ? remembered : null;
}

/** The bars of `measure` in `unit` (null: all units together). */
export function paretoBars(counts: readonly CategoryCount[], measure: string, unit: string | null): ParetoBar[] {
  return pareto(counts.filter((c) => c.measure === measure && (unit === null || c.unit === unit)).map(({ category, count }) => ({ category, count })));
}

/** The bars' total, for the table's caption and the chart's description. */
export const totalEvents = (bars: readonly ParetoBar[]): number => bars.reduce((sum, b) => sum + b.count, 0);
