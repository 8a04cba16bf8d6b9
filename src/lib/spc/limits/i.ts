/**
 * I chart (individuals, XmR): cl = baseline mean; sigma = average moving range / d2
 * (Montgomery 6.33), moving ranges optionally screened (Nelson 1982).
 * Making Data Count variant: limits = mean ± 2.66 × average moving range (Wheeler 2000).
 */
import type { LimitsFn, LimitsInput, PhaseLimits } from './common.ts';
import { averageMovingRange, meanOrNaN, pick, repeat, sigmaBand, sigmaFromAmr } from './common.ts';
import { MDC_XMR_FACTOR, SIGMA_LIMIT } from '../constants.ts';

/** I chart limits for given values (shared with the T chart, which transforms first). */
export function individualsLimits(y: (number | null)[], input: LimitsInput): PhaseLimits {
  const baseY = pick(y, input.base);
  const cl = input.fixedCl ?? meanOrNaN(baseY);
  const amr = averageMovingRange(baseY, input.screenMovingRanges);
  const sigma = input.mdcXmr ? (MDC_XMR_FACTOR * amr) / SIGMA_LIMIT : sigmaFromAmr(amr);
  return sigmaBand(y, repeat(cl, y.length), repeat(sigma, y.length));
}

export const iLimits: LimitsFn = (input) => individualsLimits(input.subgroups.map((s) => s.y), input);
