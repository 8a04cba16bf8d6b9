/**
 * An event list in the workspace: its rows (one observation per date with events) become the
 * intervals the engine charts, days between events (T, and any chart the user picks other than
 * G) or cases between events (G), with same-day events as the user set them.
 */
import { SpcInputError } from '../spc/errors';
import { casesBetweenEvents, daysBetweenEvents, eventRecords, intervalObservations } from '../spc/events';
import type { ChartType, Observation } from '../spc/types';
import type { SeriesInput } from './evaluate';
import type { SeriesSettings } from './settings';

export interface EventIntervals {
  observations: Observation[];
  /** Positions of the open interval since the last event (provisional, out of the limits). */
  provisional: number[];
}

/** Whether the event list carries cases between events (then a G chart is suggested). */
export const hasCases = (observations: readonly Observation[]): boolean => observations.some((o) => o.n !== null && o.n !== undefined);

/** The engine's input for an event-list series charted as `chart`. */
export function eventIntervals(input: Pick<SeriesInput, 'observations' | 'events'>, chart: ChartType, settings: Pick<SeriesSettings, 'sameDay'>): EventIntervals {
  const records = eventRecords(input.observations);
  const sameDay = settings.sameDay;
  if (chart !== 'g') return intervalObservations(daysBetweenEvents(records, input.events ? { sameDay, until: input.events.until } : { sameDay }));
  // Without a column of cases there is nothing to count between events.
  if (!hasCases(input.observations))
    throw new SpcInputError('needs-cases', 'a G chart needs the cases (opportunities) between events');
  return intervalObservations(casesBetweenEvents(records, { sameDay }));
}
