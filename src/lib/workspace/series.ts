/**
 * From the data layer to the workspace, as the app does it after a file is read; the CLI's
 * report calls the same functions, so both show the same series for the same file.
 */
import { toObservations, type AggregateGranularity, type Series } from '../data/aggregate';
import type { Inspection } from '../data/ingest';
import type { SeriesInput } from './evaluate';
import { seriesId } from './settings';

/** More distinct days than this: daily points are too many to read; months are the default. */
const DAYS_PER_YEAR = 366;

/**
 * Default period length: the coarsest the dates fit (monthly dates → month); rows that are
 * single events or patients on days, and daily data over more than a year, per month.
 */
export function defaultGranularity(inspection: Inspection): AggregateGranularity {
  const suggested = inspection.period?.suggestedGranularity ?? null;
  if (suggested === null) return 'none';
  const events = inspection.mapping?.measures.some((m) => m.kind === 'outcome') ?? false;
  const years = (inspection.period?.distinct ?? 0) > DAYS_PER_YEAR;
  return suggested === 'day' && (events || years) ? 'month' : suggested;
}

export function toSeriesInput(s: Series): SeriesInput {
  return { id: seriesId(s.key.measure, s.key.unit), measure: s.key.measure, unit: s.key.unit, kind: s.kind, scale: s.scale, observations: toObservations(s) };
}
