import type { ZonePoint } from './zone.ts';

/** Whether a point is beyond a zone line on one side (strictly); false when the line is missing. */
export type Beyond = (p: ZonePoint) => boolean;

/** One side of the centre line for a k-of-w test: beyond its line, and (optionally) on its side. */
export interface WindowSide {
  beyond: Beyond;
  /** When given, every point of a qualifying window must satisfy it (Making Data Count). */
  onSide?: Beyond;
}

/**
 * k of w: in any window of `w` consecutive points, `k` or more beyond a line on the same side.
 * Flags the points in each qualifying window that are beyond the line on that side
 * (as NHS England Making Data Count marks them); the others in the window stay unflagged.
 * Windows are checked for each side separately, so both sides can never add up.
 */
export function kOfWindow(points: ZonePoint[], k: number, w: number, sides: readonly WindowSide[]): boolean[] {
  const flags = new Array<boolean>(points.length).fill(false);
  for (const { beyond, onSide } of sides) {
    const hit = points.map(beyond);
    const ok = points.map((p) => onSide === undefined || onSide(p));
    for (let s = 0; s + w <= points.length; s++) {
      let count = 0;
      let allOk = true;
      for (let i = s; i < s + w && allOk; i++) {
        allOk = ok[i]!;
        if (hit[i]) count++;
      }
      if (!allOk || count < k) continue;
      for (let i = s; i < s + w; i++) if (hit[i]) flags[i] = true;
    }
  }
  return flags;
}
