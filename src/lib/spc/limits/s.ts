/**
 * S chart: y = subgroup SD; cl = s̄ (mean SD, or pooled SD with variable sizes);
 * limits B3(n_i) × cl and B4(n_i) × cl with B3 = max(0, 1 − k c5/c4), B4 = 1 + k c5/c4
 * (Montgomery 6.32). Subgroups of size 1 get no limits.
 */
import type { LimitsFn } from './common.ts';
import { num, repeat } from './common.ts';
import { withinSubgroupSd } from './pooled.ts';
import { SIGMA_LIMIT, SIGMA_WARNING } from '../constants.ts';
import { b3, b4 } from '../math.ts';

export const sLimits: LimitsFn = ({ subgroups, base, fixedCl }) => {
  const y = subgroups.map((s) => s.ySd);
  const cl = fixedCl ?? withinSubgroupSd(subgroups, base);
  const scaled = (f: (n: number, k: number) => number | null, k: number) => subgroups.map((s) => num(f(s.yLength, k)) * cl);
  return {
    y,
    cl: repeat(cl, y.length),
    lcl: scaled(b3, SIGMA_LIMIT),
    ucl: scaled(b4, SIGMA_LIMIT),
    lcl95: scaled(b3, SIGMA_WARNING),
    ucl95: scaled(b4, SIGMA_WARNING),
  };
};
