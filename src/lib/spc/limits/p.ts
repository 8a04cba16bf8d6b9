/**
 * P chart: cl = Σ events / Σ n over the baseline; sigma_i = sqrt(cl(1 − cl)/n_i)
 * (Montgomery 7.8). Limits clamped to [0, 1]; a zero denominator gives no limits.
 */
import type { LimitsFn } from './common.ts';
import { clampFinite, num, sigmaBand } from './common.ts';
import { pooledRate } from './ratio.ts';

export const pLimits: LimitsFn = ({ subgroups, base, fixedCl }) => {
  const cl = fixedCl ?? pooledRate(subgroups, base);
  const sigma = subgroups.map((s) => Math.sqrt((cl * (1 - cl)) / num(s.n)));
  return clampFinite(sigmaBand(subgroups.map((s) => s.y), cl, sigma), 1);
};
