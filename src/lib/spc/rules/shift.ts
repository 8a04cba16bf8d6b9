import { sideOf, type ZonePoint } from './zone.ts';

/**
 * What a point exactly on the centre line does to a run:
 * - `break`: it ends the run (NHS England Making Data Count; Western Electric Handbook 1956);
 * - `skip`: it neither counts nor breaks (IHI, Provost & Murray 2011, The Health Care Data Guide).
 */
export type OnCentre = 'break' | 'skip';

/**
 * Shift: `length` or more consecutive points on the same side of the centre line.
 * Every point of a qualifying run is flagged; skipped points on the line are not.
 * No centre line (cl null) counts as on the line; `tolerance` is the profile's tie handling.
 */
export function shift(points: ZonePoint[], length: number, onCentre: OnCentre, tolerance = 0): boolean[] {
  const flags = points.map(() => false);
  let side: -1 | 0 | 1 = 0;
  let run: number[] = [];
  const close = () => {
    if (run.length >= length) for (const i of run) flags[i] = true;
    run = [];
    side = 0;
  };
  points.forEach((p, i) => {
    const s = sideOf(p, tolerance);
    if (s === 0) {
      if (onCentre === 'break') close();
      return;
    }
    if (s !== side) close();
    side = s;
    run.push(i);
  });
  close();
  return flags;
}
