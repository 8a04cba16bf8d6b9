/**
 * T chart (time between rare events): I chart of y^(1/3.6), centre line and limits
 * transformed back with ^3.6 (Nelson 1994; Provost & Murray 2011 p. 237).
 * A negative transformed lower limit has no back-transform: the 3-sigma LCL becomes 0,
 * the 2-sigma one is dropped (as qicharts2 does). A user-fixed centre line is taken in
 * original units and transformed before use.
 */
import type { LimitsFn } from './common.ts';
import { individualsLimits } from './i.ts';
import { T_CHART_EXPONENT } from '../constants.ts';
import { present } from '../math.ts';
import { SpcInputError } from '../errors.ts';

const forward = (v: number) => Math.pow(v, 1 / T_CHART_EXPONENT);
const back = (v: number) => Math.pow(v, T_CHART_EXPONENT); // NaN for a negative base

export const tLimits: LimitsFn = (input) => {
  const y = input.subgroups.map((s) => s.y);
  if (present(y).some((v) => v <= 0)) throw new SpcInputError('nonpositive-time', 'Time between events must be greater than zero');
  const fixedCl = input.fixedCl === null ? null : forward(input.fixedCl);
  const l = individualsLimits(
    y.map((v) => (v === null ? null : forward(v))),
    { ...input, fixedCl },
  );
  const lcl = l.lcl.map((v) => {
    const b = back(v);
    return b < 0 || Number.isNaN(b) ? 0 : b;
  });
  return { y, cl: l.cl.map(back), lcl, ucl: l.ucl.map(back), lcl95: l.lcl95.map(back), ucl95: l.ucl95.map(back) };
};
