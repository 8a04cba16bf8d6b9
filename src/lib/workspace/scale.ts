/**
 * The display scale of ratio series: a rate or proportion is shown "per 1 000 bed days" rather
 * than per single bed day. One scale per measure, shared by all its units: the export's own
 * when a value column shows one, else for rates the smallest power of ten from 100 up that
 * puts the measure's overall rate at 1 or more (0.0012 per bed day → 1.2 per 1 000).
 */
import type { MeasureKind } from '../data/ingest/roles';
import type { Observation } from '../spc/types';

/** Scales offered per kind of ratio: rates per 1 … 100 000 of the denominator's unit; proportions as percent or per 1 000. */
export const RATE_SCALES = [1, 100, 1000, 10_000, 100_000] as const;
export const PROPORTION_SCALES = [1, 100, 1000] as const;
export const SCALES: readonly number[] = [...new Set<number>([...RATE_SCALES, ...PROPORTION_SCALES])];

interface MeasureSeries {
  measure: string;
  kind: MeasureKind | null;
  /** The export's own scale (from its value column), or null. */
  scale: number | null;
  observations: Observation[];
}

/** Smallest of 100, 1 000, 10 000, 100 000 that makes `rate` at least 1 (1 when it already is). */
export function rateScale(rate: number): number {
  if (!(rate > 0) || rate >= 1) return 1;
  return RATE_SCALES.find((s) => s >= 100 && rate * s >= 1) ?? 100_000;
}

/** Default scale per measure: the export's own, else (rates) from the overall rate; proportions: none (percent setting). */
export function defaultScales(series: readonly MeasureSeries[]): Map<string, number> {
  const out = new Map<string, number>();
  const byMeasure = new Map<string, MeasureSeries[]>();
  for (const s of series) byMeasure.set(s.measure, [...(byMeasure.get(s.measure) ?? []), s]);
  for (const [measure, list] of byMeasure) {
    const own = list.find((s) => s.scale !== null)?.scale;
    if (own !== undefined && own !== null) {
      out.set(measure, own);
      continue;
    }
    if (!list.some((s) => s.kind === 'rate')) continue;
    let num = 0;
    let den = 0;
    for (const s of list)
      for (const o of s.observations)
        if (o.y !== null && o.n !== null && o.n !== undefined && o.n > 0) {
          num += o.y;
          den += o.n;
        }
    if (den > 0) out.set(measure, rateScale(num / den));
  }
  return out;
}
