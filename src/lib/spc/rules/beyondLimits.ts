import type { ZonePoint } from './zone.ts';

/**
 * Beyond limits: a point strictly outside the 3-sigma control limits.
 * Shewhart (1931); Western Electric Handbook (1956) rule 1; NHS England Making Data Count;
 * Anhøj & Olesen (2014). A point exactly on a limit is inside. A missing limit never fires.
 */
export function beyondLimits(points: ZonePoint[]): boolean[] {
  return points.map((p) => (p.ucl !== null && p.y > p.ucl) || (p.lcl !== null && p.y < p.lcl));
}
