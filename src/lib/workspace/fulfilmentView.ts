/**
 * What the goal-fulfilment view shows of `goalFulfilment()`'s figures: filtered and sorted, never
 * recounted. A filter text that matches measure names narrows the measures, one that matches unit
 * names narrows the units (a ward manager types the ward, a measure owner the measure).
 */
import type { MeasureFulfilment, UnitFulfilment } from './fulfilment';

export type FulfilmentSort = 'name' | 'shortfall' | 'concern';
export const FULFILMENT_SORTS: readonly FulfilmentSort[] = ['name', 'shortfall', 'concern'];

export interface FulfilmentQuery {
  filter: string;
  onlyGoals: boolean;
  sortBy: FulfilmentSort;
}

const byName = (a: string, b: string) => a.localeCompare(b);
/** Share of the units with a goal that meet it now; measures without a goal sort last. */
const meetingShare = (m: MeasureFulfilment) => (m.withGoal > 0 ? m.meetsNow / m.withGoal : Infinity);

export function fulfilmentShown(
  data: { measures: MeasureFulfilment[]; units: UnitFulfilment[] },
  query: FulfilmentQuery,
): { measures: MeasureFulfilment[]; units: UnitFulfilment[] } {
  const text = query.filter.trim().toLocaleLowerCase();
  const matches = (name: string) => name.toLocaleLowerCase().includes(text);
  const narrow = <T>(list: T[], name: (x: T) => string) => (text !== '' && list.some((x) => matches(name(x))) ? list.filter((x) => matches(name(x))) : list);
  const anyMatch = text === '' || data.measures.some((m) => matches(m.measure)) || data.units.some((u) => matches(u.unit));
  if (!anyMatch) return { measures: [], units: [] };
  let measures = narrow(data.measures, (m) => m.measure);
  if (query.onlyGoals) measures = measures.filter((m) => m.withGoal > 0);
  let units = narrow(data.units, (u) => u.unit);
  if (query.onlyGoals) units = units.filter((u) => u.withGoal > 0);
  const sortMeasures = {
    name: (a: MeasureFulfilment, b: MeasureFulfilment) => byName(a.measure, b.measure),
    shortfall: (a: MeasureFulfilment, b: MeasureFulfilment) => meetingShare(a) - meetingShare(b) || byName(a.measure, b.measure),
    concern: (a: MeasureFulfilment, b: MeasureFulfilment) => b.concern - a.concern || byName(a.measure, b.measure),
  }[query.sortBy];
  const unitShare = (u: UnitFulfilment) => u.share ?? Infinity;
  // Units have no concern figure of their own: any order but by name puts the lowest share first.
  const sortUnits =
    query.sortBy === 'name'
      ? (a: UnitFulfilment, b: UnitFulfilment) => byName(a.unit, b.unit)
      : (a: UnitFulfilment, b: UnitFulfilment) => unitShare(a) - unitShare(b) || byName(a.unit, b.unit);
  return { measures: [...measures].sort(sortMeasures), units: [...units].sort(sortUnits) };
}
