/**
 * U chart: cl = Σ events / Σ exposure over the baseline; sigma_i = sqrt(cl / n_i)
 * (Montgomery 7.19). Lower limits clamped at 0; a zero denominator gives no limits.
 */
import type { LimitsFn } from './common.ts';
import { clampFinite, num, sigmaBand } from './common.ts';
import { pooledRate } from './ratio.ts';

export const uLimits: LimitsFn = ({ subgroups, base, fixedCl }) => {
  const cl = fixedCl ?? pooledRate(subgroups, base);
  const sigma = subgroups.map((s) => Math.sqrt(cl / num(s.n)));
  return clampFinite(sigmaBand(subgroups.map((s) => s.y), cl, sigma));
};
