import type { ZonePoint } from '../../../src/lib/spc/rules/zone.ts';

/** Points around centre line `cl` with symmetric limits of width `sigma` (3 and 2 sigma). */
export function zp(ys: number[], cl: number | null = 0, sigma = 1): ZonePoint[] {
  return ys.map((y) => ({
    y,
    cl,
    lcl: cl === null ? null : cl - 3 * sigma,
    ucl: cl === null ? null : cl + 3 * sigma,
    lcl95: cl === null ? null : cl - 2 * sigma,
    ucl95: cl === null ? null : cl + 2 * sigma,
  }));
}

/** Indices of flagged points, for compact expectations. */
export const on = (flags: boolean[]): number[] => flags.flatMap((f, i) => (f ? [i] : []));
