import { kOfWindow } from './kOfWindow.ts';
import { lowerOneSigma, upperOneSigma, type ZonePoint } from './zone.ts';

/**
 * Four of five: 4 (or 5) of 5 consecutive points strictly beyond the 1-sigma line on the same
 * side. Western Electric Statistical Quality Control Handbook (1956), zone test 3.
 * The 1-sigma line is half the distance from the centre line to the 2-sigma line on that side,
 * so asymmetric limits (e.g. p or u charts near 0) get their own line per side.
 */
export function fourOfFive(points: ZonePoint[]): boolean[] {
  return kOfWindow(points, 4, 5, [
    {
      beyond: (p) => {
        const line = upperOneSigma(p);
        return line !== null && p.y > line;
      },
    },
    {
      beyond: (p) => {
        const line = lowerOneSigma(p);
        return line !== null && p.y < line;
      },
    },
  ]);
}
