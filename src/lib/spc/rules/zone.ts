/**
 * The input every point rule reads: one phase's non-missing points, in order.
 * `index.ts` drops missing values and splits by phase before calling a rule, so a rule
 * never sees a phase change or a null y.
 */
export interface ZonePoint {
  y: number;
  cl: number | null;
  lcl: number | null;
  ucl: number | null;
  /** The 2-sigma lines (qicharts2 names them 95 % limits). */
  lcl95: number | null;
  ucl95: number | null;
}

/** Which side of the centre line a point lies: 1 above, -1 below, 0 on it or no centre line. */
export function sideOf(p: ZonePoint): -1 | 0 | 1 {
  if (p.cl === null || p.y === p.cl) return 0;
  return p.y > p.cl ? 1 : -1;
}

/** Upper 1-sigma line: halfway between the centre line and the 2-sigma line on that side. */
export function upperOneSigma(p: ZonePoint): number | null {
  return p.cl === null || p.ucl95 === null ? null : p.cl + (p.ucl95 - p.cl) / 2;
}

/** Lower 1-sigma line: halfway between the centre line and the lower 2-sigma line. */
export function lowerOneSigma(p: ZonePoint): number | null {
  return p.cl === null || p.lcl95 === null ? null : p.cl - (p.cl - p.lcl95) / 2;
}
