/**
 * `--events`: an event list → one T chart (days between events) or G chart (cases between
 * events, with `--n`) per unit, on the intervals derived by `spc/events.ts`. The intervals are
 * charted exactly as qicharts2's `t` / `g` charts of the same values; the open interval since
 * the last event is printed with `"provisional": true` and left out of the limits.
 */
import { computeSpc } from '../lib/spc/index.ts';
import { casesBetweenEvents, daysBetweenEvents, EventInputError, intervalObservations, type IntervalPoint } from '../lib/spc/events.ts';
import type { ChartType, SpcOptions } from '../lib/spc/types.ts';
import { UsageError, type CliArgs } from './args.ts';
import type { EventRow } from './eventRows.ts';
import type { FewArgs } from './fewArgs.ts';
import { InputError } from './input.ts';

/** One unit's interval chart as printed: points carry the closing date, events and `provisional`. */
export function intervalSeriesJson(key: Record<string, string>, points: IntervalPoint[], chart: ChartType, args: CliArgs): Record<string, unknown> {
  const { observations, provisional } = intervalObservations(points);
  const options: SpcOptions = { ...args.options, chart, provisional };
  const result = computeSpc(observations, options);
  return {
    key,
    chart: result.chart,
    rules: result.rules,
    direction: result.direction,
    variation: result.variation,
    assurance: result.assurance,
    warnings: result.warnings,
    points: result.points.map((p, i) => ({ ...p, x: points[i]!.date, interval: i + 1, events: points[i]!.events, provisional: points[i]!.provisional })),
    phases: result.phases,
  };
}

function chartOf(args: CliArgs): 't' | 'g' {
  const chart = args.chart ?? (args.columns.n !== null ? 'g' : 't');
  if (chart !== 't' && chart !== 'g') throw new UsageError(`--events: --chart must be t or g, not ${chart}`);
  if (chart === 'g' && args.columns.n === null) throw new UsageError('--events --chart g needs --n (cases between events)');
  return chart;
}

/** Interval charts per unit (units in sorted order), from the rows of an event file. */
export function eventSeries(rows: readonly EventRow[], args: CliArgs, few: FewArgs): Record<string, unknown>[] {
  const chart = chartOf(args);
  const until = few.until ?? rows.reduce((m, r) => (r.date > m ? r.date : m), '');
  const units = [...new Set(rows.map((r) => r.unit))].sort();
  try {
    return units.map((unit) => {
      const records = rows.filter((r) => r.unit === unit).map((r) => ({ date: r.date, events: r.count ?? 1, cases: r.cases }));
      const points = chart === 't' ? daysBetweenEvents(records, { sameDay: few.sameDay, until }) : casesBetweenEvents(records, { sameDay: few.sameDay });
      if (points.filter((p) => !p.provisional).length === 0) throw new InputError(`unit "${unit}": fewer than two events, so no interval between events`);
      return intervalSeriesJson({ unit }, points, chart, args);
    });
  } catch (e) {
    if (e instanceof EventInputError) throw new InputError(e.message);
    throw e;
  }
}
