import type { ZonePoint } from './zone.ts';

/** Whether a point is beyond a zone line on one side (strictly); false when the line is missing. */
export type Beyond = (p: ZonePoint) => boolean;

/**
 * k of w: in any window of `w` consecutive points, `k` or more beyond a line on the same side.
 * Flags the points in each qualifying window that are beyond the line on that side
 * (as NHS England Making Data Count marks them); the others in the window stay unflagged.
 * Windows are checked for each side separately, so both sides can never add up.
 */
export function kOfWindow(points: ZonePoint[], k: number, w: number, above: Beyond, below: Beyond): boolean[] {
  const flags = points.map(() => false);
  for (const beyond of [above, below]) {
    const hit = points.map(beyond);
    for (let s = 0; s + w <= points.length; s++) {
      const idx = [...Array(w).keys()].map((j) => s + j).filter((i) => hit[i]);
      if (idx.length >= k) for (const i of idx) flags[i] = true;
    }
  }
  return flags;
}
