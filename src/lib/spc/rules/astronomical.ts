import type { ZonePoint } from './zone.ts';

/** Tukey's multiplier for "far out" values (Tukey 1977, Exploratory Data Analysis, ch. 2). */
export const FAR_OUT_IQR = 3;
/** Fewer values than this in a phase: quartiles say too little, the rule does not fire. */
export const ASTRONOMICAL_MIN_POINTS = 5;

/**
 * Astronomical point (IHI; Provost & Murray 2011, The Health Care Data Guide; Perla, Provost &
 * Murray 2011, BMJ Qual Saf 20:46-51): "a data point that is blatantly, obviously different".
 * IHI leaves it to judgement; to make it reproducible this engine calls a point astronomical
 * when it is a far-out value in Tukey's sense within its phase: below Q1 - 3 IQR or above
 * Q3 + 3 IQR (quartiles by linear interpolation, R type 7). With IQR 0 nothing fires, so
 * mostly-constant series (e.g. counts of 0) do not flag every non-zero value.
 */
export function astronomical(points: ZonePoint[]): boolean[] {
  if (points.length < ASTRONOMICAL_MIN_POINTS) return points.map(() => false);
  const sorted = points.map((p) => p.y).sort((a, b) => a - b);
  const q1 = quantile(sorted, 0.25);
  const q3 = quantile(sorted, 0.75);
  const iqr = q3 - q1;
  if (iqr <= 0) return points.map(() => false);
  return points.map((p) => p.y < q1 - FAR_OUT_IQR * iqr || p.y > q3 + FAR_OUT_IQR * iqr);
}

/** Quantile of sorted values by linear interpolation (Hyndman & Fan 1996, type 7). */
function quantile(sorted: number[], q: number): number {
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const a = sorted[lo]!;
  const b = sorted[Math.min(lo + 1, sorted.length - 1)]!;
  return a + (h - lo) * (b - a);
}
