/**
 * The shared contract of the per-chart limit functions, and helpers they compose.
 * Every limit function works on ONE phase, in data units (before `multiply`).
 * Non-finite limit values (NaN, ±Infinity) mean "no limit" and become null later.
 */
import type { Subgroup } from '../subgroups.ts';
import { D2, D4, SIGMA_LIMIT, SIGMA_WARNING } from '../constants.ts';
import { mean, movingRanges } from '../math.ts';

export interface LimitsInput {
  /** Subgroups of one phase, in x order. */
  subgroups: readonly Subgroup[];
  /** True where a subgroup feeds the centre line and limits (baseline and not excluded). */
  base: readonly boolean[];
  /** User-fixed centre line in data units (before multiply), or null. */
  fixedCl: number | null;
  /** Drop moving ranges above D4 × mean MR before estimating sigma (Nelson 1982). */
  screenMovingRanges: boolean;
  /**
   * XmR scaling of the rule profile for charts that take it (`CHARTS[chart].xmr`):
   * limits = centre ± factor × mean MR (Making Data Count 2.66). null: 3 sigma, sigma = mean MR / d2.
   */
  xmrFactor: number | null;
}

export interface PhaseLimits {
  /** Plotted value per subgroup (a chart may transform it, e.g. MR, S, C). */
  y: (number | null)[];
  cl: number[];
  lcl: number[];
  ucl: number[];
  lcl95: number[];
  ucl95: number[];
}

export type LimitsFn = (input: LimitsInput) => PhaseLimits;

/** Values where mask is true. */
export function pick<T>(values: readonly T[], mask: readonly boolean[]): T[] {
  return values.filter((_, i) => mask[i]);
}

/** null → NaN, for arithmetic that should propagate "missing". */
export function num(v: number | null | undefined): number {
  return v ?? Number.NaN;
}

/** Mean ignoring missing values; NaN when empty (R's mean(na.rm = TRUE)). */
export function meanOrNaN(values: readonly (number | null)[]): number {
  return num(mean(values));
}

/**
 * Limits at ±3 and ±2 sigma around a constant centre line. A constant sigma (I, C, G charts)
 * gives constant limits, each computed once; a sigma per point (P, U charts) limits point by point.
 */
export function sigmaBand(y: (number | null)[], cl: number, sigma: number | readonly number[]): PhaseLimits {
  const len = y.length;
  const constant = typeof sigma === 'number';
  const below = (k: number) => (constant ? repeat(cl - k * sigma, len) : sigma.map((s) => cl - k * s));
  const above = (k: number) => (constant ? repeat(cl + k * sigma, len) : sigma.map((s) => cl + k * s));
  return { y, cl: repeat(cl, len), lcl: below(SIGMA_LIMIT), ucl: above(SIGMA_LIMIT), lcl95: below(SIGMA_WARNING), ucl95: above(SIGMA_WARNING) };
}

/** Clamp finite lower limits at 0 and, if `upper` is given, finite upper limits at it. */
export function clampFinite(l: PhaseLimits, upper?: number): PhaseLimits {
  const lo = (v: number) => (Number.isFinite(v) && v < 0 ? 0 : v);
  const hi = (v: number) => (upper !== undefined && Number.isFinite(v) && v > upper ? upper : v);
  return { ...l, lcl: l.lcl.map(lo), lcl95: l.lcl95.map(lo), ucl: l.ucl.map(hi), ucl95: l.ucl95.map(hi) };
}

/** A constant repeated for every subgroup of the phase. */
export function repeat(value: number, length: number): number[] {
  return new Array<number>(length).fill(value);
}

/**
 * Average moving range of consecutive values (a missing value breaks the pair).
 * With screening, ranges not below D4 × the first average are dropped and the
 * average recomputed (Nelson 1982). NaN when no range exists. When every range is 0
 * nothing is screened (qicharts2 would drop them all and draw no limits).
 */
export function averageMovingRange(values: readonly (number | null)[], screen: boolean): number {
  return meanOrNaN(screenedMovingRanges(values, screen));
}

/** The moving ranges used for sigma: all of them, or with screening those below D4 × their mean. */
export function screenedMovingRanges(values: readonly (number | null)[], screen: boolean): (number | null)[] {
  const mr = movingRanges(values);
  const amr = meanOrNaN(mr);
  if (!screen || !(amr > 0)) return mr;
  const limit = D4 * amr;
  return mr.filter((m) => m !== null && m < limit);
}

/** Sigma of individual values from the mean moving range, or the profile's XmR scaling (factor / 3). */
export function individualsSigma(amr: number, xmrFactor: number | null): number {
  return xmrFactor === null ? sigmaFromAmr(amr) : (xmrFactor * amr) / SIGMA_LIMIT;
}

/** Sigma of individual values from the average moving range, amr / d2 (Montgomery 6.33). */
export function sigmaFromAmr(amr: number): number {
  return amr / D2;
}
