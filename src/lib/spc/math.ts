/**
 * Small numeric helpers: log-gamma, bias-correction constants for subgroup
 * charts (computed for any n, not tabulated), summary statistics that ignore
 * missing values, and an exact binomial quantile.
 */

/** Lanczos approximation, g = 7, nine coefficients (Godfrey; Press et al., Numerical Recipes 3rd ed. §6.1). */
const LANCZOS_G = 7;
const LANCZOS_COEF = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0 (relative error about 1e-15). */
export function lgamma(x: number): number {
  if (!(x > 0)) return Number.NaN;
  if (x < 0.5) {
    // Reflection: Γ(x)Γ(1−x) = π / sin(πx)
    return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lgamma(1 - x);
  }
  const z = x - 1;
  let a = LANCZOS_COEF[0]!;
  const t = z + LANCZOS_G + 0.5;
  for (let i = 1; i < LANCZOS_COEF.length; i++) a += LANCZOS_COEF[i]! / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/** c4(n) = E[s]/sigma for subgroups of size n (Montgomery 6.2); null for n ≤ 1. */
export function c4(n: number): number | null {
  if (!(n > 1)) return null;
  return Math.sqrt(2 / (n - 1)) * Math.exp(lgamma(n / 2) - lgamma((n - 1) / 2));
}

/** c5(n) = sd(s)/sigma = sqrt(1 − c4²); null for n ≤ 1. */
export function c5(n: number): number | null {
  const c = c4(n);
  return c === null ? null : Math.sqrt(1 - c * c);
}

/** A3 = k / (c4 √n): limits of an Xbar chart are cl ± A3 × s̄ (Montgomery 6.31, k = 3). */
export function a3(n: number, k: number): number | null {
  const c = c4(n);
  return c === null ? null : k / (c * Math.sqrt(n));
}

/** B3 = max(0, 1 − k c5 / c4): lower limit factor of an S chart (Montgomery 6.32). */
export function b3(n: number, k: number): number | null {
  const c = c4(n);
  const d = c5(n);
  return c === null || d === null ? null : Math.max(0, 1 - (k * d) / c);
}

/** B4 = 1 + k c5 / c4: upper limit factor of an S chart (Montgomery 6.32). */
export function b4(n: number, k: number): number | null {
  const c = c4(n);
  const d = c5(n);
  return c === null || d === null ? null : 1 + (k * d) / c;
}

const isPresent = (v: number | null): v is number => v !== null && Number.isFinite(v);

/** Finite numbers of a list; null, NaN and ±Infinity are dropped. */
export function present(values: readonly (number | null)[]): number[] {
  return values.filter(isPresent);
}

export function sum(values: readonly number[]): number {
  let s = 0;
  for (const v of values) s += v;
  return s;
}

/**
 * Mean ignoring missing values; null when nothing is left. The same sums as `meanOfPresent` of
 * `present(values)`, in the same order, without the copy (it runs for every limit and phase).
 */
export function mean(values: readonly (number | null)[]): number | null {
  let s = 0;
  let count = 0;
  for (const v of values) {
    if (isPresent(v)) {
      s += v;
      count++;
    }
  }
  if (count === 0) return null;
  const m = s / count;
  let r = 0;
  for (const v of values) if (isPresent(v)) r += v - m;
  return m + r / count;
}

/** Mean of values already finite (see `present`), without a copy; null when empty. */
export function meanOfPresent(v: readonly number[]): number | null {
  if (v.length === 0) return null;
  const m = sum(v) / v.length;
  // One refinement pass, as R's mean() does, for accuracy on large offsets.
  let r = 0;
  for (const x of v) r += x - m;
  return m + r / v.length;
}

/** Median ignoring missing values; null when nothing is left. */
export function median(values: readonly (number | null)[]): number | null {
  const v = present(values).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const h = Math.floor(v.length / 2);
  return v.length % 2 === 1 ? v[h]! : (v[h - 1]! + v[h]!) / 2;
}

/** Sample standard deviation (n − 1 denominator); null with fewer than two values. */
export function sd(values: readonly (number | null)[]): number | null {
  const v = present(values);
  return v.length < 2 ? null : sdAbout(v, meanOfPresent(v)!);
}

/** Sample standard deviation of finite values about their mean `m` (at least two values). */
export function sdAbout(v: readonly number[], m: number): number {
  let ss = 0;
  for (const x of v) ss += (x - m) * (x - m);
  return Math.sqrt(ss / (v.length - 1));
}

/** |v[i+1] − v[i]|; null when either neighbour is missing. Length = length − 1. */
export function movingRanges(values: readonly (number | null)[]): (number | null)[] {
  const out: (number | null)[] = [];
  for (let i = 1; i < values.length; i++) {
    const a = values[i - 1];
    const b = values[i];
    out.push(a == null || b == null || !Number.isFinite(a) || !Number.isFinite(b) ? null : Math.abs(b - a));
  }
  return out;
}

/** Exact dyadic form of a finite double p: p = num / 2^exp. */
function dyadic(p: number): { num: bigint; exp: number } {
  let a = p;
  let exp = 0;
  while (!Number.isInteger(a)) {
    a *= 2; // exact for doubles
    exp++;
  }
  return { num: BigInt(a), exp };
}

const qbinomCache = new Map<string, number>();

/**
 * Lower-tail quantile of Binomial(size, ½): the smallest k with P(X ≤ k) ≥ p
 * (R's `qbinom(p, size, 0.5)`). Computed exactly in integer arithmetic:
 * P(X ≤ k) = Σ C(size, i) / 2^size, compared with the exact value of the double p.
 */
export function qbinomHalf(p: number, size: number): number {
  if (!Number.isInteger(size) || size < 0) throw new RangeError(`size must be a non-negative integer: ${size}`);
  if (!(p >= 0 && p <= 1)) throw new RangeError(`p must be in [0, 1]: ${p}`);
  if (p === 0) return 0;
  const key = `${p}:${size}`;
  const hit = qbinomCache.get(key);
  if (hit !== undefined) return hit;
  const { num, exp } = dyadic(p);
  // Compare cum / 2^size ≥ num / 2^exp  ⇔  cum · 2^exp ≥ num · 2^size
  const target = num << BigInt(size);
  const e = BigInt(exp);
  let coef = 1n; // C(size, k)
  let cum = 0n;
  let k = 0;
  for (; k <= size; k++) {
    cum += coef;
    if (cum << e >= target) break;
    coef = (coef * BigInt(size - k)) / BigInt(k + 1);
  }
  const result = Math.min(k, size);
  qbinomCache.set(key, result);
  return result;
}
