/**
 * Small-cell suppression for exports (CSV, report tables). The rule, also in the README:
 *
 * 1. A count is a numerator (of a series with denominators), a denominator that counts people or
 *    events (every ratio series except rates, whose denominator is an exposure such as bed days),
 *    and the plotted value of a chart of counts (C chart). A count below the threshold
 *    (0 included) is suppressed.
 * 2. Anything that lets a suppressed count be worked out is suppressed with it: numerator and
 *    denominator go together (either one and the plotted proportion give the other), and so do the
 *    point's limits when they depend on the denominator (P, P′, U, U′ charts: n follows from the
 *    width of the limits).
 * 3. The plotted proportion or rate itself is kept, as on the chart: without its numerator and
 *    denominator it tells no more than the chart does.
 *
 * Suppressed cells are shown as "<threshold" (e.g. "<5"), and the export says once that suppression
 * is active.
 */
import { NEEDS_DENOMINATOR } from '../spc';
import type { ChartType, SpcPoint } from '../spc/types';
import type { MeasureKind } from '../data/ingest/roles';

export const DEFAULT_SUPPRESSION_THRESHOLD = 5;

/** Off (null) or the threshold: counts below it are suppressed. */
export type Suppression = number | null;

/** The cells of one point that suppression hides. */
export type SuppressedCell = 'value' | 'numerator' | 'denominator' | 'limits';

/** Charts whose plotted value is itself a count. */
const COUNT_CHARTS: ReadonlySet<ChartType> = new Set<ChartType>(['c']);

export function suppressedCells(
  point: Pick<SpcPoint, 'y' | 'ySum' | 'n'>,
  series: { chart: ChartType; kind: MeasureKind; ratio: boolean },
  threshold: Suppression,
): Set<SuppressedCell> {
  const hidden = new Set<SuppressedCell>();
  if (threshold === null) return hidden;
  const small = (v: number | null) => v !== null && v < threshold;
  if (series.ratio) {
    const denominatorCounts = series.kind !== 'rate';
    if (small(point.ySum) || (denominatorCounts && small(point.n))) {
      hidden.add('numerator').add('denominator');
      if (NEEDS_DENOMINATOR.has(series.chart)) hidden.add('limits');
    }
  } else if (COUNT_CHARTS.has(series.chart) && small(point.y)) {
    hidden.add('value');
  }
  return hidden;
}

/** How a suppressed cell reads: "<5". */
export const suppressedMark = (threshold: number) => `<${threshold}`;
