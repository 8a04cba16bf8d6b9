import type { ZonePoint } from './zone.ts';

/**
 * What two equal consecutive values do to a trend:
 * - `break`: the trend ends (NHS England Making Data Count: strictly rising or falling);
 * - `skip`: the repeated value neither adds to nor breaks the trend (IHI, Provost & Murray
 *   2011, The Health Care Data Guide: "ignore like values when counting").
 */
export type Ties = 'break' | 'skip';

/** A qualifying trend: points `from`..`to` (inclusive) rising (sign 1) or falling (-1). */
export interface TrendRun {
  sign: 1 | -1;
  from: number;
  to: number;
}

/**
 * Trends of `length` or more consecutive points all rising or all falling. A point can end one
 * trend and start the next, so a peak belongs to a rising and a falling trend at once.
 */
export function trendRuns(points: readonly Pick<ZonePoint, 'y'>[], length: number, ties: Ties): TrendRun[] {
  const runs: TrendRun[] = [];
  let dir = 0;
  let start = 0;
  let counted = 1;
  const close = (end: number) => {
    if (dir !== 0 && counted >= length) runs.push({ sign: dir as 1 | -1, from: start, to: end });
  };
  for (let i = 1; i < points.length; i++) {
    const d = Math.sign(points[i]!.y - points[i - 1]!.y);
    if (d === 0 && ties === 'skip') continue;
    if (d !== 0 && d === dir) {
      counted++;
      continue;
    }
    close(i - 1);
    // A breaking tie starts afresh at i; a reversal starts at the turning point i-1
    // (with skipped ties: at the first of the equal values there).
    dir = d;
    start = d === 0 ? i : ties === 'skip' ? firstOfTie(points, i - 1) : i - 1;
    counted = d === 0 ? 1 : 2;
  }
  close(points.length - 1);
  return runs;
}

/** Every point from the first to the last of a qualifying trend (skipped ties inside it too). */
export function trend(points: readonly Pick<ZonePoint, 'y'>[], length: number, ties: Ties): boolean[] {
  const flags = points.map(() => false);
  for (const r of trendRuns(points, length, ties)) for (let k = r.from; k <= r.to; k++) flags[k] = true;
  return flags;
}

/** The first index of the block of equal values ending at `i` (skipped ties before a turn). */
function firstOfTie(points: readonly Pick<ZonePoint, 'y'>[], i: number): number {
  let k = i;
  while (k > 0 && points[k - 1]!.y === points[i]!.y) k--;
  return k;
}
