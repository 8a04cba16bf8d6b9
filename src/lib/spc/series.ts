/**
 * Questions every part of the app asks about a series, answered in one place: which side of
 * the centre line a point lies on, whether a move is better or worse, x order, latest point.
 */
import type { Direction, Special } from './types.ts';

/** 1 above the centre line, -1 below, 0 on it (or no y, or no centre line). */
export type Side = -1 | 0 | 1;

/**
 * Side of the centre line. `tolerance` is the largest distance still counted as "on the line"
 * (0: exact floating-point comparison, as qicharts2; see `tieTolerance` for Making Data Count).
 */
export function sideOfCentre(y: number | null, cl: number | null, tolerance = 0): Side {
  if (y === null || cl === null || Number.isNaN(y) || Number.isNaN(cl)) return 0;
  if (Math.abs(y - cl) <= tolerance) return 0;
  return y > cl ? 1 : -1;
}

export function sideName(side: Side): 'above' | 'below' | null {
  return side === 1 ? 'above' : side === -1 ? 'below' : null;
}

/** Better or worse for a move with this sign (positive = higher) under a direction. */
export function judge(sign: number, direction: Direction): Special {
  if (direction === 'neutral' || sign === 0 || Number.isNaN(sign)) return 'neutral';
  return (sign > 0) === (direction === 'up') ? 'improvement' : 'concern';
}

/** Order of x values: numbers numerically, ISO date strings lexicographically (= by date). */
export function compareX(a: number | string, b: number | string): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  throw new TypeError('x mixes numbers and strings');
}

/**
 * True when every row has its own x and the rows come in x order (an export's usual shape), so
 * grouping by x needs no Map and no sort. Mixed numbers and strings answer false.
 */
export function distinctAscending(rows: readonly { x: number | string }[]): boolean {
  for (let i = 1; i < rows.length; i++) {
    const a = rows[i - 1]!.x;
    const b = rows[i]!.x;
    if (typeof a !== typeof b || !(compareX(a, b) < 0)) return false;
  }
  return true;
}

/** The last element that satisfies `ok`, or null. */
export function lastWhere<T>(items: readonly T[], ok: (item: T) => boolean): T | null {
  for (let i = items.length - 1; i >= 0; i--) if (ok(items[i]!)) return items[i]!;
  return null;
}

/** The latest point with a value (missing points are skipped). */
export function latestPoint<T extends { y: number | null }>(points: readonly T[]): T | null {
  return lastWhere(points, (p) => p.y !== null);
}

/** Decimals beyond the data's own precision kept when comparing with a mean. */
export const TIE_EXTRA_DECIMALS = 6;
/** Most decimals looked for in a value; beyond that a value counts as not decimal. */
const MAX_DECIMALS = 9;

/** Fewest decimals that write `v` (up to floating-point noise), or null beyond MAX_DECIMALS. */
export function decimalsOf(v: number): number | null {
  for (let k = 0; k <= MAX_DECIMALS; k++) {
    const scaled = v * 10 ** k;
    if (Math.abs(scaled - Math.round(scaled)) <= 1e-11 * Math.max(1, Math.abs(scaled))) return k;
  }
  return null;
}

/**
 * Distance from the mean still counted as "on the mean" when ties are judged against the exact
 * decimal mean (Making Data Count): half a unit in decimal d + TIE_EXTRA_DECIMALS, d = the most
 * decimals any value shows. The floating-point mean of one-decimal data (48.699999999999996)
 * then equals 48.7, while two different values of the data (at least 10^-d apart, so their
 * distance from a mean of n of them is a multiple of 10^-d / n) stay apart for any n below
 * 2 × 10^6. Values that are not short decimals (ratios) give 0: exact comparison.
 */
export function tieTolerance(values: readonly (number | null)[]): number {
  let d = 0;
  for (const v of values) {
    if (v === null || !Number.isFinite(v)) continue;
    const k = decimalsOf(v);
    if (k === null) return 0;
    d = Math.max(d, k);
  }
  return 0.5 * 10 ** -(d + TIE_EXTRA_DECIMALS);
}
