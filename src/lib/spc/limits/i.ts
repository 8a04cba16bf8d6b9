/**
 * I chart (individuals, XmR): cl = baseline mean; sigma = average moving range / d2
 * (Montgomery 6.33), moving ranges optionally screened (Nelson 1982).
 * A profile with an XmR factor (Making Data Count: 2.66) sets limits = mean ± factor × mean MR
 * (Wheeler 2000).
 */
import type { LimitsFn, LimitsInput, PhaseLimits } from './common.ts';
import { averageMovingRange, individualsSigma, meanOrNaN, pick, sigmaBand } from './common.ts';

/** I chart limits for given values (shared with the T chart, which transforms first). */
export function individualsLimits(y: (number | null)[], input: LimitsInput): PhaseLimits {
  const baseY = pick(y, input.base);
  const cl = input.fixedCl ?? meanOrNaN(baseY);
  const sigma = individualsSigma(averageMovingRange(baseY, input.screenMovingRanges), input.xmrFactor);
  return sigmaBand(y, cl, sigma);
}

export const iLimits: LimitsFn = (input) => individualsLimits(input.subgroups.map((s) => s.y), input);
