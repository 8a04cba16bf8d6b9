/**
 * From the data layer to the workspace, as the app does it after a file is read; the CLI's
 * report calls the same function, so both show the same series for the same file.
 */
import { aggregateSeries, toObservations, type AggregateGranularity, type Series } from '../data/aggregate';
import type { IngestReport, MeasureReport } from '../data/ingest';
import { phaseSplits as phaseSplitsOf } from '../data/phases';
import type { SqlRunner } from '../data/sql';
import type { Aggregation } from '../spc/types';
import type { Observation } from '../spc/types';
import type { SeriesInput } from './evaluate';
import { defaultScales } from './scale';
import { seriesId } from './settings';

/**
 * The aggregated series as the workspace's inputs: each measure's display scale (shared by its
 * units), the phases a phase column gives, and the denominator's name for the scale label.
 */
export function toSeriesInputs(series: Series[], phaseSplits: Map<string, (string | number)[]>, measures: readonly MeasureReport[] = []): SeriesInput[] {
  const denominators = new Map(measures.flatMap((m) => (m.denominator ? [[m.measure, m.denominator] as const] : [])));
  const observations = series.map((s) => toObservations(s));
  const scales = defaultScales(series.map((s, i) => ({ measure: s.key.measure, kind: s.kind, scale: s.scale, observations: observations[i]! })));
  // The open interval since each unit's last event runs to the file's last date (as `--events` does).
  const until = lastEventDate(series, observations);
  return series.map((s, i) => {
    const id = seriesId(s.key.measure, s.key.unit);
    const denominator = denominators.get(s.key.measure);
    return {
      id,
      measure: s.key.measure,
      unit: s.key.unit,
      kind: s.kind,
      scale: scales.get(s.key.measure) ?? s.scale,
      observations: observations[i]!,
      phaseSplits: phaseSplits.get(id) ?? [],
      ...(denominator ? { denominator } : {}),
      ...(s.kind === 'events' && until !== null ? { events: { until } } : {}),
    };
  });
}

/** The series of the rows read into DuckDB, as the workspace's inputs (the app, the CLI's report and the sample preview). */
export async function aggregatedInputs(
  db: SqlRunner,
  { granularity, agg, report }: { granularity: AggregateGranularity; agg: Aggregation; report: Pick<IngestReport, 'measures'> | null },
): Promise<SeriesInput[]> {
  const series = await aggregateSeries(db, { granularity, agg });
  return toSeriesInputs(series, await phaseSplitsOf(db, granularity), report?.measures ?? []);
}

function lastEventDate(series: Series[], observations: Observation[][]): string | null {
  let last: string | null = null;
  series.forEach((s, i) => {
    if (s.kind !== 'events') return;
    for (const o of observations[i]!) if (last === null || String(o.x) > last) last = String(o.x);
  });
  return last;
}
