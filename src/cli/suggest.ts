/**
 * Chart suggestion per series for the CLI, on the engine's guidance (`describeShape`,
 * `suggestChart`), told what the ingest knows about the measure: a rate (events per bed day)
 * is never a proportion, even when its numerators happen to fit in the denominators.
 */
import type { MeasureKind } from '../lib/data/ingest/index.ts';
import { describeShape, suggestChart, type ChartSuggestion } from '../lib/spc/guidance.ts';
import type { Observation } from '../lib/spc/types.ts';

/**
 * `scale`: the export's own scale of numerator / denominator in its value column; a scale other
 * than 1 or 100 (e.g. per 1 000 bed days) marks a rate even when rows with no events made the
 * series kind a proportion.
 */
export function suggestFor(observations: Observation[], kind: MeasureKind | null, scale: number | null = null): ChartSuggestion {
  if (!observations.some((o) => o.y !== null)) return { chart: 'run', reason: 'no-data' };
  const shape = describeShape(observations);
  if (kind === 'rate' || (scale !== null && scale !== 1 && scale !== 100)) shape.numeratorsBounded = false;
  return suggestChart(shape);
}
