/**
 * MR chart: y = |y_i − y_{i−1}| within the phase; cl = mean baseline MR;
 * UCL = D4 × cl, LCL = 0 (Montgomery 6.4; Provost & Murray 2011 ch. 7).
 * The 2-sigma upper line is (D4 / 3) × 2 × cl, as qicharts2 draws it.
 */
import type { LimitsFn } from './common.ts';
import { meanOrNaN, pick, repeat } from './common.ts';
import { D4, SIGMA_LIMIT, SIGMA_WARNING } from '../constants.ts';
import { movingRanges } from '../math.ts';

export const mrLimits: LimitsFn = ({ subgroups, base, fixedCl }) => {
  const y = [null, ...movingRanges(subgroups.map((s) => s.y))];
  const cl = fixedCl ?? meanOrNaN(pick(y, base));
  const len = y.length;
  return {
    y,
    cl: repeat(cl, len),
    lcl: repeat(0, len),
    lcl95: repeat(0, len),
    ucl: repeat(D4 * cl, len),
    ucl95: repeat((D4 / SIGMA_LIMIT) * SIGMA_WARNING * cl, len),
  };
};
