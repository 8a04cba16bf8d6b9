/**
 * Median-based I charts, robust to outliers in the baseline.
 *
 * `i_m`: centre line = baseline median; sigma = average moving range / d2, as on the I chart
 * (screening and the profile's XmR factor apply the same way). PowerBI-SPC `i_m`
 * (AUS-DOH-Safety-and-Quality/PowerBI-SPC, src/Limit Calculations/i_m.ts).
 *
 * `i_mm`: centre line = baseline median; limits = median ± 3.145 × median moving range
 * (2-sigma lines at 2/3 of that). Wheeler & Chambers (1992), Understanding Statistical Process
 * Control, 2nd ed., SPC Press, §9 (limits from the median moving range: 3 / 0.954 = 3.145).
 * PowerBI-SPC's `i_mm` instead divides the median MR by d2 = 1.128, which gives limits about
 * 15 % narrower; this engine follows Wheeler. Moving ranges are screened like the I chart's
 * when screening is on (the median makes this rarely matter).
 */
import type { LimitsFn } from './common.ts';
import { averageMovingRange, individualsSigma, num, pick, screenedMovingRanges, sigmaBand } from './common.ts';
import { MEDIAN_MR_FACTOR, SIGMA_LIMIT } from '../constants.ts';
import { median } from '../math.ts';

export const iMedianLimits: LimitsFn = ({ subgroups, base, fixedCl, screenMovingRanges, xmrFactor }) => {
  const y = subgroups.map((s) => s.y);
  const baseY = pick(y, base);
  const cl = fixedCl ?? num(median(baseY));
  const sigma = individualsSigma(averageMovingRange(baseY, screenMovingRanges), xmrFactor);
  return sigmaBand(y, cl, sigma);
};

export const iMedianMrLimits: LimitsFn = ({ subgroups, base, fixedCl, screenMovingRanges }) => {
  const y = subgroups.map((s) => s.y);
  const baseY = pick(y, base);
  const cl = fixedCl ?? num(median(baseY));
  const mmr = num(median(screenedMovingRanges(baseY, screenMovingRanges)));
  // sigmaBand draws ±3 and ±2 sigma; one "sigma" here is a third of 3.145 × median MR.
  return sigmaBand(y, cl, (MEDIAN_MR_FACTOR * mmr) / SIGMA_LIMIT);
};
