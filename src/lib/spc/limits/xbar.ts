/**
 * Xbar chart: y = subgroup mean; cl = size-weighted mean of baseline subgroup means
 * (Montgomery 6.30); limits cl ± A3(n_i) × s̄ with A3 = k / (c4(n_i)√n_i) for each
 * subgroup's own size. Subgroups of size 1 get no limits.
 */
import type { LimitsFn } from './common.ts';
import { num, pick, repeat } from './common.ts';
import { withinSubgroupSd } from './pooled.ts';
import { SIGMA_LIMIT, SIGMA_WARNING } from '../constants.ts';
import { a3 } from '../math.ts';

export const xbarLimits: LimitsFn = ({ subgroups, base, fixedCl }) => {
  const y = subgroups.map((s) => s.yMean);
  let weighted = 0;
  let size = 0;
  for (const s of pick(subgroups, base)) {
    if (s.yMean !== null) weighted += s.yLength * s.yMean;
    size += s.yLength;
  }
  const cl = fixedCl ?? weighted / size;
  const sBar = withinSubgroupSd(subgroups, base);
  const band = (k: number, sign: 1 | -1) => subgroups.map((s) => cl + sign * num(a3(s.yLength, k)) * sBar);
  return {
    y,
    cl: repeat(cl, y.length),
    lcl: band(SIGMA_LIMIT, -1),
    ucl: band(SIGMA_LIMIT, 1),
    lcl95: band(SIGMA_WARNING, -1),
    ucl95: band(SIGMA_WARNING, 1),
  };
};
