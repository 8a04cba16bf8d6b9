/**
 * Funnel plot for a fair comparison of units (Spiegelhalter DJ. Funnel plots for comparing
 * institutional performance. Statistics in Medicine 2005; 24:1185–1202): each unit's proportion
 * (binomial) or rate (Poisson) against its denominator, the overall value θ0, and 95 % and
 * 99.8 % limits that narrow as the denominator grows.
 *
 * Limits without overdispersion are EXACT, with the paper's interpolation (Appendix A.1.1): r_p
 * is the p-quantile of the count, α = (F(r_p) − p) / (F(r_p) − F(r_p − 1)), and the limit is
 * (r_p − α) / n. With overdispersion (section 6.3, additive random effects) the limits are the
 * NORMAL approximation θ0 ± z_p √(s² + τ²), s² = θ0(1 − θ0)/n (proportions) or θ0/n (rates).
 *
 * Overdispersion (section 6): z_i = (y_i − θ0)/s_i, winsorised at the 10th and 90th percentiles
 * (type-7 quantiles); φ = (1/N) Σ z²; with w_i = 1/s_i², τ² = max(0, (Nφ − (N − 1)) /
 * (Σw − Σw²/Σw)), which is positive exactly when φ > (N − 1)/N.
 */
import { lgamma } from './math.ts';

export type FunnelKind = 'proportion' | 'rate';
export type FunnelLevel = '95' | '99.8';

export interface FunnelUnit {
  unit: string;
  numerator: number;
  /** Cases (proportions) or exposure, e.g. bed days (rates); must be > 0. */
  denominator: number;
}

export interface FunnelLimits {
  lower95: number;
  upper95: number;
  lower998: number;
  upper998: number;
}

export interface FunnelPoint extends FunnelUnit {
  value: number;
  /** Unwinsorised z-score against θ0 (null when θ0 is 0 or 1: no spread). */
  z: number | null;
  limits: FunnelLimits;
  /** Strictly outside the 95 % or 99.8 % limits (the wider one when both), on which side. */
  outside: { level: FunnelLevel; side: 'above' | 'below' } | null;
}

export interface FunnelOptions {
  kind: FunnelKind;
  /** Spiegelhalter's overdispersion adjustment; default on. */
  overdispersion?: boolean;
  /** An external standard; default the pooled value Σ numerators / Σ denominators. */
  target?: number;
}

export interface FunnelResult {
  kind: FunnelKind;
  target: number;
  /** φ and τ² from the winsorised z-scores (null with fewer than 2 units or no spread). */
  phi: number | null;
  tau2: number | null;
  /** The limits were widened by τ² (overdispersion on and τ² > 0). */
  adjusted: boolean;
  points: FunnelPoint[];
}

/** Standard normal quantiles for the two-sided 95 % and 99.8 % limits (qnorm(0.975), qnorm(0.999)). */
const Z = { '95': 1.959963984540054, '99.8': 3.090232306167813 } as const;
/** Lower and upper tail probabilities of each level. */
const P = { lower95: 0.025, upper95: 0.975, lower998: 0.001, upper998: 0.999 } as const;
/** Winsorising percentiles (Spiegelhalter 2005, section 6.2). */
const WINSOR = [0.1, 0.9] as const;

function pmfFn(kind: FunnelKind, target: number, denominator: number): (r: number) => number {
  if (kind === 'rate') {
    const mu = target * denominator;
    return (r) => (mu === 0 ? (r === 0 ? 1 : 0) : Math.exp(r * Math.log(mu) - mu - lgamma(r + 1)));
  }
  const n = denominator;
  const lp = Math.log(target);
  const lq = Math.log1p(-target);
  return (r) => {
    if (r > n) return 0;
    if (target === 0 || target === 1) return (target === 0 ? r === 0 : r === n) ? 1 : 0;
    return Math.exp(lgamma(n + 1) - lgamma(r + 1) - lgamma(n - r + 1) + r * lp + (n - r) * lq);
  };
}

/** Interpolated exact quantile r_p − α of the count (Spiegelhalter 2005, Appendix A.1.1). */
function exactCount(pmf: (r: number) => number, p: number, max: number): number {
  let cdf = 0;
  for (let r = 0; r <= max; r++) {
    const f = pmf(r);
    cdf += f;
    if (cdf >= p) return f > 0 ? r - (cdf - p) / f : r;
  }
  return max;
}

/** Limits at one denominator (the view draws the funnel by calling this along the axis). */
export function funnelLimits(kind: FunnelKind, target: number, denominator: number, tau2 = 0): FunnelLimits {
  if (tau2 > 0) {
    const sd = Math.sqrt(variance(kind, target, denominator) + tau2);
    const clamp = (v: number) => Math.max(0, kind === 'proportion' ? Math.min(1, v) : v);
    return {
      lower95: clamp(target - Z['95'] * sd), upper95: clamp(target + Z['95'] * sd),
      lower998: clamp(target - Z['99.8'] * sd), upper998: clamp(target + Z['99.8'] * sd),
    };
  }
  const pmf = pmfFn(kind, target, denominator);
  // A Poisson count has no upper bound: search far past the mean.
  const max = kind === 'proportion' ? denominator : Math.ceil(target * denominator + 20 * Math.sqrt(target * denominator + 1) + 20);
  // r_p = 0 interpolates below 0 (e.g. a Poisson mean of 2 at p = 0.025): no limit under 0.
  const at = (p: number) => Math.max(0, exactCount(pmf, p, max) / denominator);
  return { lower95: at(P.lower95), upper95: at(P.upper95), lower998: at(P.lower998), upper998: at(P.upper998) };
}

export interface FunnelCurvePoint extends FunnelLimits {
  denominator: number;
}

/**
 * The limit lines of a funnel plot: its limits (widened by τ² when the result was adjusted) at
 * `steps` + 1 denominators spaced evenly on a log scale from `from` to `to`, so the mouth is drawn finely.
 */
export function funnelCurve(result: Pick<FunnelResult, 'kind' | 'target' | 'tau2' | 'adjusted'>, from: number, to: number, steps: number): FunnelCurvePoint[] {
  const tau2 = result.adjusted ? (result.tau2 ?? 0) : 0;
  return Array.from({ length: steps + 1 }, (_, i) => {
    const denominator = from * (to / from) ** (i / steps);
    return { denominator, ...funnelLimits(result.kind, result.target, denominator, tau2) };
  });
}

function variance(kind: FunnelKind, target: number, denominator: number): number {
  return kind === 'proportion' ? (target * (1 - target)) / denominator : target / denominator;
}

/** Type-7 (linear interpolation) quantile of sorted values. */
function quantile(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/** φ and τ² from the z-scores and weights w = 1/s² (Spiegelhalter 2005, section 6). */
export function overdispersion(z: readonly number[], w: readonly number[]): { phi: number; tau2: number } {
  const sorted = [...z].sort((a, b) => a - b);
  const [lo, hi] = [quantile(sorted, WINSOR[0]), quantile(sorted, WINSOR[1])];
  const n = z.length;
  const phi = z.reduce((s, v) => s + Math.min(hi, Math.max(lo, v)) ** 2, 0) / n;
  const sw = w.reduce((a, b) => a + b, 0);
  const sw2 = w.reduce((a, b) => a + b * b, 0);
  return { phi, tau2: Math.max(0, (n * phi - (n - 1)) / (sw - sw2 / sw)) };
}

function outsideOf(value: number, l: FunnelLimits): FunnelPoint['outside'] {
  if (value > l.upper998) return { level: '99.8', side: 'above' };
  if (value < l.lower998) return { level: '99.8', side: 'below' };
  if (value > l.upper95) return { level: '95', side: 'above' };
  if (value < l.lower95) return { level: '95', side: 'below' };
  return null;
}

export function funnelPlot(units: readonly FunnelUnit[], options: FunnelOptions): FunnelResult {
  for (const u of units) {
    if (!(u.denominator > 0) || !(u.numerator >= 0)) throw new RangeError(`unit "${u.unit}": needs a denominator > 0 and a numerator ≥ 0`);
    if (options.kind === 'proportion' && u.numerator > u.denominator) throw new RangeError(`unit "${u.unit}": numerator exceeds denominator`);
  }
  const kind = options.kind;
  const target = options.target ?? units.reduce((a, u) => a + u.numerator, 0) / units.reduce((a, u) => a + u.denominator, 0);
  const spread = units.length > 0 && target > 0 && (kind === 'rate' || target < 1);
  const s2 = units.map((u) => variance(kind, target, u.denominator));
  const z = units.map((u, i) => (spread ? (u.numerator / u.denominator - target) / Math.sqrt(s2[i]!) : null));
  const od = spread && units.length >= 2 ? overdispersion(z as number[], s2.map((v) => 1 / v)) : null;
  const adjusted = options.overdispersion !== false && od !== null && od.tau2 > 0;
  const points = units.map((u, i) => {
    const value = u.numerator / u.denominator;
    const limits = funnelLimits(kind, target, u.denominator, adjusted ? od!.tau2 : 0);
    return { ...u, value, z: z[i]!, limits, outside: outsideOf(value, limits) };
  });
  return { kind, target, phi: od?.phi ?? null, tau2: od?.tau2 ?? null, adjusted, points };
}
