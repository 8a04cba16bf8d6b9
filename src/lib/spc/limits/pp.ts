/**
 * P' chart (Laney 2002): P chart sigma scaled by sigma_z, the moving-range
 * estimate of the spread of the baseline z-scores. Limits clamped to [0, 1].
 */
import type { LimitsFn } from './common.ts';
import { clampFinite, num, sigmaBand } from './common.ts';
import { laneySigmaZ, pooledRate } from './ratio.ts';

export const ppLimits: LimitsFn = ({ subgroups, base, fixedCl, screenMovingRanges }) => {
  const y = subgroups.map((s) => s.y);
  const cl = fixedCl ?? pooledRate(subgroups, base);
  const sigma = subgroups.map((s) => Math.sqrt((cl * (1 - cl)) / num(s.n)));
  const sigmaZ = laneySigmaZ(y, cl, sigma, base, screenMovingRanges);
  return clampFinite(sigmaBand(y, cl, sigma.map((v) => v * sigmaZ)), 1);
};
