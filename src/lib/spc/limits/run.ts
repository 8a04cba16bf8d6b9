/** Run chart: centre line = median of the baseline, no limits (Anhøj & Olesen 2014). */
import type { LimitsFn } from './common.ts';
import { num, pick, repeat } from './common.ts';
import { median } from '../math.ts';

export const runLimits: LimitsFn = ({ subgroups, base, fixedCl }) => {
  const y = subgroups.map((s) => s.y);
  const cl = fixedCl ?? num(median(pick(y, base)));
  const none = repeat(Number.NaN, y.length);
  return { y, cl: repeat(cl, y.length), lcl: none, ucl: none, lcl95: none, ucl95: none };
};
