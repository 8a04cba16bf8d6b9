/**
 * Defaults offered for a new file, from what the inspection saw: how values of one period
 * combine (counts are summed, measurements averaged; yes/no outcomes are proportions anyway)
 * and the period length (months, unless the data are too short or too sparse for them).
 */
import type { Aggregation } from '../../spc/types.ts';
import type { Granularity } from './calendar.ts';
import type { Inspection } from './inspect.ts';

/** Below this span a monthly chart has too few points: weeks (or days, below 3 weeks). */
const MIN_MONTHS = 3;
const MIN_WEEK_DAYS = 21;
/** Rows per month and series below which months are too sparse: quarters. */
const MIN_ROWS_PER_MONTH = 5;
const DAYS_PER_MONTH = 30.44;

/** Sum when every value measure of the mapping reads a count column, else mean. */
export function defaultAggregation(inspection: Pick<Inspection, 'mapping' | 'profiles'>): Aggregation {
  const values = inspection.mapping?.measures.flatMap((m) => (m.kind === 'value' ? [m.value] : m.kind === 'mixed' ? [m.value] : [])) ?? [];
  if (values.length === 0) return 'mean';
  if (inspection.mapping?.periodColumns?.length) return 'sum';
  return values.every((c) => inspection.profiles[c]?.countLike) ? 'sum' : 'mean';
}

/**
 * Period length: the coarsest the dates fit (monthly dates → month). Rows on days (events,
 * patients, daily figures) go per month, unless the file spans under 3 months (weeks) or has
 * fewer than about 5 rows a month per series (quarters).
 */
export function defaultGranularity(inspection: Pick<Inspection, 'period' | 'density'>): Granularity | 'none' {
  const suggested = inspection.period?.suggestedGranularity ?? null;
  if (suggested === null) return 'none';
  if (suggested !== 'day' || !inspection.density) return suggested;
  const { spanDays, records, series } = inspection.density;
  if (spanDays < MIN_WEEK_DAYS) return 'day';
  const months = spanDays / DAYS_PER_MONTH;
  if (months < MIN_MONTHS) return 'week';
  return records / Math.max(1, series) / months < MIN_ROWS_PER_MONTH ? 'quarter' : 'month';
}
