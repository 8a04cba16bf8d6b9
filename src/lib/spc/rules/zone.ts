/**
 * The input every point rule reads: non-missing points, in order. `index.ts` drops missing
 * values and splits by phase (for rules that stay within a phase) before calling a rule.
 */
import { sideOfCentre, type Side } from '../series.ts';

export interface ZonePoint {
  y: number;
  cl: number | null;
  lcl: number | null;
  ucl: number | null;
  /** The 2-sigma lines (qicharts2 names them 95 % limits). */
  lcl95: number | null;
  ucl95: number | null;
}

/**
 * Which side of the centre line a point lies: 1 above, -1 below, 0 on it or no centre line.
 * `tolerance`: the profile's tie handling (see `tieTolerance` in series.ts).
 */
export function sideOf(p: ZonePoint, tolerance = 0): Side {
  return sideOfCentre(p.y, p.cl, tolerance);
}

/** Upper 1-sigma line: halfway between the centre line and the 2-sigma line on that side. */
export function upperOneSigma(p: ZonePoint): number | null {
  return p.cl === null || p.ucl95 === null ? null : p.cl + (p.ucl95 - p.cl) / 2;
}

/** Lower 1-sigma line: halfway between the centre line and the lower 2-sigma line. */
export function lowerOneSigma(p: ZonePoint): number | null {
  return p.cl === null || p.lcl95 === null ? null : p.cl - (p.cl - p.lcl95) / 2;
}
