/**
 * U' chart (Laney 2002): U chart sigma scaled by sigma_z, the moving-range
 * estimate of the spread of the baseline z-scores. Lower limits clamped at 0.
 */
import type { LimitsFn } from './common.ts';
import { clampFinite, num, sigmaBand } from './common.ts';
import { laneySigmaZ, pooledRate } from './ratio.ts';

export const upLimits: LimitsFn = ({ subgroups, base, fixedCl, screenMovingRanges }) => {
  const y = subgroups.map((s) => s.y);
  const cl = fixedCl ?? pooledRate(subgroups, base);
  const sigma = subgroups.map((s) => Math.sqrt(cl / num(s.n)));
  const sigmaZ = laneySigmaZ(y, cl, sigma, base, screenMovingRanges);
  return clampFinite(sigmaBand(y, cl, sigma.map((v) => v * sigmaZ)));
};
