import { kOfWindow } from './kOfWindow.ts';
import type { ZonePoint } from './zone.ts';

/**
 * Two of three: 2 (or 3) of 3 consecutive points strictly beyond the 2-sigma line on the same
 * side; points beyond 3 sigma count. Western Electric Statistical Quality Control Handbook
 * (1956), zone test 2; NHS England Making Data Count ("two out of three").
 * The 2-sigma lines are `ucl95` / `lcl95`.
 */
export function twoOfThree(points: ZonePoint[]): boolean[] {
  return kOfWindow(
    points,
    2,
    3,
    (p) => p.ucl95 !== null && p.y > p.ucl95,
    (p) => p.lcl95 !== null && p.y < p.lcl95,
  );
}
