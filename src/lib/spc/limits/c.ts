/**
 * C chart: y = count per subgroup (Σ y); cl = mean baseline count; sigma = sqrt(cl)
 * (Montgomery 7.17). Lower limits clamped at 0.
 */
import type { LimitsFn } from './common.ts';
import { clampFinite, meanOrNaN, pick, sigmaBand } from './common.ts';

export const cLimits: LimitsFn = ({ subgroups, base, fixedCl }) => {
  const y = subgroups.map((s) => s.ySum);
  const cl = fixedCl ?? meanOrNaN(pick(y, base));
  return clampFinite(sigmaBand(y, cl, Math.sqrt(cl)));
};
