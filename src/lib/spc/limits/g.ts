/**
 * G chart (opportunities between rare events): limits from the baseline mean m,
 * sigma = sqrt(m(m + 1)) (Montgomery p. 319; Provost & Murray 2011 p. 228), lower limits
 * clamped at 0. The drawn centre line is the baseline MEDIAN, as qicharts2 draws it.
 * A user-fixed centre line is taken as that drawn (median-like) line: the mean used for
 * the limits is cl / 0.693, the geometric median-to-mean ratio.
 */
import type { LimitsFn } from './common.ts';
import { meanOrNaN, num, pick, repeat, sigmaBand } from './common.ts';
import { G_MEDIAN_FACTOR } from '../constants.ts';
import { median } from '../math.ts';

export const gLimits: LimitsFn = ({ subgroups, base, fixedCl }) => {
  const y = subgroups.map((s) => s.y);
  const baseY = pick(y, base);
  const m = fixedCl === null ? meanOrNaN(baseY) : fixedCl / G_MEDIAN_FACTOR;
  const band = sigmaBand(y, m, Math.sqrt(m * (m + 1)));
  const floor = (v: number) => (v < 0 ? 0 : v);
  const cl = fixedCl ?? num(median(baseY));
  return { ...band, cl: repeat(cl, y.length), lcl: band.lcl.map(floor), lcl95: band.lcl95.map(floor) };
};
