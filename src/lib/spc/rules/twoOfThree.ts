import { kOfWindow } from './kOfWindow.ts';
import { sideOf, type ZonePoint } from './zone.ts';

/**
 * Two of three: 2 (or 3) of 3 consecutive points strictly beyond the 2-sigma line on the same
 * side; points beyond 3 sigma count. Only the points beyond the 2-sigma line are flagged.
 * - Western Electric Statistical Quality Control Handbook (1956), zone test 2: the third point
 *   may lie anywhere (`windowOnSide` false).
 * - NHS England Making Data Count, SPC SQL v2.6a (`windowOnSide` true): all three points of the
 *   window lie strictly on that side of the mean (a point on the mean or across it spoils the
 *   window); `tolerance` is the profile's tie handling.
 * The 2-sigma lines are `ucl95` / `lcl95`.
 */
export function twoOfThree(points: ZonePoint[], windowOnSide = false, tolerance = 0): boolean[] {
  const side = (s: 1 | -1) => (windowOnSide ? (p: ZonePoint) => sideOf(p, tolerance) === s : undefined);
  return kOfWindow(points, 2, 3, [
    { beyond: (p) => p.ucl95 !== null && p.y > p.ucl95, onSide: side(1) },
    { beyond: (p) => p.lcl95 !== null && p.y < p.lcl95, onSide: side(-1) },
  ]);
}
