import type { ChartType, Observation, PhaseSummary, SpcPoint, SpcWarning } from './types.ts';
import { CHARTS } from './charts.ts';
import { distinctAscending } from './series.ts';

/**
 * Chart guidance: which chart fits the data, and warnings about a computed chart.
 * Choice of chart after Provost & Murray (2011), The Health Care Data Guide, ch. 5
 * (selecting the type of Shewhart chart), and Anhøj, qicharts2 vignette "Choosing the right
 * control chart"; prime charts after Laney (2002), Quality Engineering 14(4):531-537.
 */

export interface DataShape {
  hasDenominator: boolean;
  integerValues: boolean;
  nonNegative: boolean;
  /** Rows per x, in order of first appearance. */
  subgroupSizes: number[];
  /** Values are dates of rare events / times between them. */
  eventDates: boolean;
  denominatorsLarge?: boolean;
  /** The values are times (t chart); false: counts of opportunities between events (g chart). */
  unitIsTime?: boolean;
  /** Every numerator is at most its denominator (proportion); false: exposure, e.g. bed-days. */
  numeratorsBounded?: boolean;
}

/** Why a chart was suggested; the UI translates the code. */
export type SuggestionReason =
  | 'no-data'
  /** A T chart of the days between the events (`events.ts` derives them), never of the rows' values. */
  | 'event-dates'
  | 'opportunities-between-events'
  | 'proportion'
  | 'proportion-large-denominators'
  | 'rate'
  | 'rate-large-denominators'
  | 'subgroups'
  | 'counts'
  | 'individual-values';

export interface ChartSuggestion {
  chart: ChartType;
  reason: SuggestionReason;
}

/** Mean denominator above which p / u limits get too narrow and prime charts fit (Laney 2002). */
export const LARGE_DENOMINATOR = 1000;
/** Share of points outside the limits of a p / u chart that suggests overdispersion. */
export const OVERDISPERSION_SHARE = 0.2;
/** Fewest useful points in a phase for limits one can trust (Provost & Murray 2011: 12-20+). */
export const MIN_POINTS_FOR_LIMITS = 12;

/**
 * Suggest a chart. In order: event dates → t (g when the values are counts of opportunities
 * between events); denominators → p (integer numerators bounded by them) or u (exposure),
 * pp / up with large denominators; mostly more than one row per x → xbar; non-negative
 * integers → c; anything else → i. No rows at all → run.
 */
export function suggestChart(shape: DataShape): ChartSuggestion {
  if (shape.subgroupSizes.length === 0) return { chart: 'run', reason: 'no-data' };
  if (shape.eventDates) {
    return shape.unitIsTime === false && shape.integerValues
      ? { chart: 'g', reason: 'opportunities-between-events' }
      : { chart: 't', reason: 'event-dates' };
  }
  if (shape.hasDenominator) {
    const large = shape.denominatorsLarge === true;
    // Large denominators: the chart's Laney prime variant (Laney 2002).
    const withPrime = (chart: ChartType): ChartType => (large ? (CHARTS[chart].prime ?? chart) : chart);
    if (shape.integerValues && shape.nonNegative && shape.numeratorsBounded !== false) {
      return { chart: withPrime('p'), reason: large ? 'proportion-large-denominators' : 'proportion' };
    }
    return { chart: withPrime('u'), reason: large ? 'rate-large-denominators' : 'rate' };
  }
  const multi = shape.subgroupSizes.filter((s) => s > 1).length;
  if (multi * 2 >= shape.subgroupSizes.length) return { chart: 'xbar', reason: 'subgroups' };
  if (shape.integerValues && shape.nonNegative) return { chart: 'c', reason: 'counts' };
  return { chart: 'i', reason: 'individual-values' };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Derive the shape of raw rows. Missing y values are ignored for the value tests.
 * `eventDates`: the rows list events — every x is an ISO date, each x once, each row carries no
 * value or 1, and the dates are not all month starts. A per-period count file (other counts, or
 * periods given by their first day, even when every count is 1) is never an event list. `unitIsTime` cannot
 * be seen in rows and stays unset.
 */
export function describeShape(rows: Observation[]): DataShape {
  // One pass over the rows (the shape is asked for every series of a file).
  // Rows in x order, each x once (the usual export): every subgroup is one row, nothing to count.
  const sizes = distinctAscending(rows) ? null : new Map<string, number>();
  let integerValues = true;
  let nonNegative = true;
  let withN = 0;
  let nTotal = 0;
  let numeratorsBounded = true;
  let eventRows = true;
  let allFirstOfMonth = true;
  for (const r of rows) {
    const key = String(r.x);
    if (sizes) sizes.set(key, (sizes.get(key) ?? 0) + 1);
    const y = r.y;
    if (y !== null && Number.isFinite(y)) {
      if (!Number.isInteger(y)) integerValues = false;
      if (!(y >= 0)) nonNegative = false;
    }
    if (r.n !== null && r.n !== undefined) {
      withN++;
      nTotal += r.n;
      if (!(y === null || y <= r.n)) numeratorsBounded = false;
    }
    if (eventRows && !(typeof r.x === 'string' && ISO_DATE.test(r.x) && (y === null || y === 1))) eventRows = false;
    if (allFirstOfMonth && !key.endsWith('-01')) allFirstOfMonth = false;
  }
  const subgroupSizes = sizes ? [...sizes.values()] : new Array<number>(rows.length).fill(1);
  return {
    hasDenominator: withN > 0,
    integerValues,
    nonNegative,
    subgroupSizes,
    eventDates: rows.length > 0 && withN === 0 && eventRows && !allFirstOfMonth && subgroupSizes.every((s) => s === 1),
    denominatorsLarge: withN > 0 && nTotal / withN > LARGE_DENOMINATOR,
    numeratorsBounded,
  };
}

/** Warnings about a computed chart (see RULES.md for the thresholds). */
export function chartWarnings(chart: ChartType, points: SpcPoint[], phases: PhaseSummary[]): SpcWarning[] {
  const warnings: SpcWarning[] = [];
  for (const ph of phases) {
    const inPhase = points.filter((p) => p.phase === ph.phase);
    const hasLimits = inPhase.some((p) => p.lcl !== null || p.ucl !== null);
    const n = inPhase.filter((p) => p.y !== null && !p.excluded).length;
    if (chart !== 'run' && hasLimits && n < MIN_POINTS_FOR_LIMITS) {
      warnings.push({ code: 'too-few-points', params: { phase: ph.phase, n } });
    }
  }
  const prime = CHARTS[chart].prime;
  if (prime !== null) {
    const judged = points.filter((p) => p.y !== null && (p.lcl !== null || p.ucl !== null));
    const outside = judged.filter((p) => (p.ucl !== null && p.y! > p.ucl) || (p.lcl !== null && p.y! < p.lcl)).length;
    const ns = points.map((p) => p.n).filter((v): v is number => v !== null);
    const meanN = ns.length ? ns.reduce((a, b) => a + b, 0) / ns.length : 0;
    if (judged.length > 0 && outside / judged.length > OVERDISPERSION_SHARE && meanN > LARGE_DENOMINATOR) {
      warnings.push({ code: 'overdispersion', params: { suggested: prime, outside, n: judged.length } });
    }
  }
  if (CHARTS[chart].counts) {
    const negative = points.filter((p) => (p.y !== null && p.y < 0) || (p.ySum !== null && p.ySum < 0)).length;
    if (negative > 0) warnings.push({ code: 'negative-values-on-count-chart', params: { n: negative } });
  }
  if (CHARTS[chart].needsDenominator) {
    const zero = points.filter((p) => p.n === 0);
    if (zero.length > 0) warnings.push({ code: 'zero-denominator', params: { n: zero.length, position: zero[0]!.position } });
  }
  return warnings;
}
