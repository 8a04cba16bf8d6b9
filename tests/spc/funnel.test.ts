import { describe, expect, it } from 'vitest';
import { funnelCurve, funnelLimits, funnelPlot, overdispersion } from '../../src/lib/spc/funnel.ts';

describe('funnel limits without overdispersion: exact, interpolated (Spiegelhalter 2005, A.1.1)', () => {
  it('binomial n = 10, θ0 = 0.5 by hand', () => {
    // F(2) = 56/1024 ≥ 0.025, f(2) = 45/1024 → α = (56 − 25.6)/45, limit = (2 − α)/10 = 59.6/450.
    // F(8) = 1013/1024 ≥ 0.975, f(8) = 45/1024 → α = (1013 − 998.4)/45, limit = (8 − α)/10 = 345.4/450.
    const l = funnelLimits('proportion', 0.5, 10);
    expect(l.lower95).toBeCloseTo(59.6 / 450, 12);
    expect(l.upper95).toBeCloseTo(345.4 / 450, 12);
    // F(9) = 1023/1024 ≥ 0.999, f(9) = 10/1024 → limit = (9 − (1023 − 1022.976)/10)/10.
    expect(l.upper998).toBeCloseTo((9 - 0.024 / 10) / 10, 12);
  });

  it('Poisson mean 2 by hand; a lower limit interpolated below 0 is 0', () => {
    // F(5) = e^-2 (1 + 2 + 2 + 4/3 + 2/3 + 4/15), f(5) = e^-2 4/15; upper 95 % = 5 − (F(5) − 0.975)/f(5), per unit exposure ÷ 4.
    const e2 = Math.exp(-2);
    const f5 = e2 * (4 / 15);
    const F5 = e2 * (1 + 2 + 2 + 4 / 3 + 2 / 3) + f5;
    const l = funnelLimits('rate', 0.5, 4);
    expect(l.upper95).toBeCloseTo((5 - (F5 - 0.975) / f5) / 4, 12);
    expect(l.lower95).toBe(0);
  });

  it('narrows as the denominator grows, around the target', () => {
    const small = funnelLimits('proportion', 0.2, 50);
    const large = funnelLimits('proportion', 0.2, 5000);
    expect(large.upper998 - large.lower998).toBeLessThan(small.upper998 - small.lower998);
    expect(large.lower998).toBeLessThan(0.2);
    expect(large.upper998).toBeGreaterThan(0.2);
    expect(large.lower998).toBeLessThan(large.lower95);
  });
});

describe('overdispersion (Spiegelhalter 2005, section 6)', () => {
  it('winsorises at the 10th/90th percentiles, φ = mean z², τ² from the weights', () => {
    // z = −3, −1, 0, 1, 5 (type-7: 10th pct = −3 + 0.4·2 = −2.2, 90th = 1 + 0.6·4 = 3.4);
    // winsorised −2.2, −1, 0, 1, 3.4 → φ = (4.84 + 1 + 0 + 1 + 11.56)/5 = 3.68.
    // w = 1, 2, 3, 4, 5: Σw = 15, Σw² = 55 → τ² = (5·3.68 − 4)/(15 − 55/15).
    const { phi, tau2 } = overdispersion([-3, -1, 0, 1, 5], [1, 2, 3, 4, 5]);
    expect(phi).toBeCloseTo(3.68, 12);
    expect(tau2).toBeCloseTo((5 * 3.68 - 4) / (15 - 55 / 15), 12);
  });

  it('τ² = 0 when φ ≤ (N − 1)/N', () => {
    expect(overdispersion([-0.5, 0, 0.5], [1, 1, 1]).tau2).toBe(0);
  });

  const units = [[30, 100], [12, 80], [45, 150], [5, 60], [60, 200], [20, 90], [8, 120], [70, 180], [15, 50], [25, 110]].map(([y, n], i) => ({ unit: `U${i + 1}`, numerator: y!, denominator: n! }));

  it('widens the limits by τ² (normal approximation), names the units outside, and can be switched off', () => {
    const r = funnelPlot(units, { kind: 'proportion' });
    const target = 290 / 1140;
    expect(r.target).toBeCloseTo(target, 14);
    // Hand computation of the formulas above over these ten units (z: U7 −4.72 … U8 4.14).
    expect(r.phi).toBeCloseTo(3.361250542842955, 10);
    expect(r.tau2).toBeCloseTo(0.0046374298980235516, 10);
    expect(r.adjusted).toBe(true);
    const sd = Math.sqrt((target * (1 - target)) / 100 + r.tau2!);
    expect(r.points[0]!.limits.upper95).toBeCloseTo(target + 1.959963984540054 * sd, 12);
    expect(r.points[0]!.limits.lower998).toBeCloseTo(target - 3.090232306167813 * sd, 12);
    const outside = r.points.filter((p) => p.outside).map((p) => [p.unit, p.outside!.level, p.outside!.side]);
    expect(outside).toEqual([['U7', '95', 'below']]);

    const plain = funnelPlot(units, { kind: 'proportion', overdispersion: false });
    expect(plain.adjusted).toBe(false);
    expect(plain.phi).toBe(r.phi);
    expect(plain.points[0]!.limits).toEqual(funnelLimits('proportion', target, 100));
    const named = plain.points.filter((p) => p.outside?.level === '99.8').map((p) => p.unit);
    expect(named).toEqual(['U4', 'U7', 'U8']);
  });

  it('refuses a unit without a denominator', () => {
    expect(() => funnelPlot([{ unit: 'A', numerator: 1, denominator: 0 }], { kind: 'rate' })).toThrow(RangeError);
  });
});

describe('overdispersion figures recomputed from the paper’s formulas (Spiegelhalter 2005, section 6)', () => {
  // Written out here step by step, independently of funnel.ts: z_i = (y_i − θ0)/√(θ0(1 − θ0)/n_i),
  // winsorised at the type-7 10th/90th percentiles, φ = Σz²/N, τ² = (Nφ − (N − 1))/(Σw − Σw²/Σw), w = 1/s².
  const data: [number, number][] = [[30, 100], [12, 80], [45, 150], [5, 60], [60, 200], [20, 90], [8, 120], [70, 180], [15, 50], [25, 110]];
  const theta = 290 / 1140;
  const s2 = data.map(([, n]) => (theta * (1 - theta)) / n);
  const z = data.map(([y, n], i) => (y / n - theta) / Math.sqrt(s2[i]!));
  const sorted = [...z].sort((a, b) => a - b);
  // N = 10: the 10th percentile sits at h = 0.9 (between the 1st and 2nd smallest), the 90th at h = 8.1.
  const lo = sorted[0]! + 0.9 * (sorted[1]! - sorted[0]!);
  const hi = sorted[8]! + 0.1 * (sorted[9]! - sorted[8]!);
  const phi = z.map((v) => Math.min(hi, Math.max(lo, v)) ** 2).reduce((a, b) => a + b) / 10;
  const w = s2.map((v) => 1 / v);
  const sw = w.reduce((a, b) => a + b);
  const tau2 = (10 * phi - 9) / (sw - w.reduce((a, b) => a + b * b, 0) / sw);

  it('φ and τ² of ten proportions', () => {
    const r = funnelPlot(data.map(([y, n], i) => ({ unit: `U${i + 1}`, numerator: y, denominator: n })), { kind: 'proportion' });
    expect(r.phi).toBeCloseTo(phi, 12);
    expect(r.tau2).toBeCloseTo(tau2, 12);
    expect(phi).toBeGreaterThan(9 / 10);
  });

  it('rates: s² = θ0/n and the widened limits θ0 ± z √(θ0/n + τ²)', () => {
    // Falls per bed day in four wards, one clearly higher: overdispersed.
    const rates: [number, number][] = [[10, 5000], [12, 6000], [40, 5500], [8, 4000]];
    const t0 = 70 / 20500;
    const zr = rates.map(([y, n]) => (y / n - t0) / Math.sqrt(t0 / n));
    const sr = [...zr].sort((a, b) => a - b);
    // N = 4: h = 0.3 and 2.7.
    const l = sr[0]! + 0.3 * (sr[1]! - sr[0]!);
    const h = sr[2]! + 0.7 * (sr[3]! - sr[2]!);
    const ph = zr.map((v) => Math.min(h, Math.max(l, v)) ** 2).reduce((a, b) => a + b) / 4;
    const wr = rates.map(([, n]) => n / t0);
    const swr = wr.reduce((a, b) => a + b);
    const t2 = (4 * ph - 3) / (swr - wr.reduce((a, b) => a + b * b, 0) / swr);
    const r = funnelPlot(rates.map(([y, n], i) => ({ unit: `W${i}`, numerator: y, denominator: n })), { kind: 'rate' });
    expect(r.phi).toBeCloseTo(ph, 12);
    expect(r.tau2).toBeCloseTo(t2, 15);
    expect(r.adjusted).toBe(true);
    const sd = Math.sqrt(t0 / 6000 + t2);
    expect(r.points[1]!.limits.upper998).toBeCloseTo(t0 + 3.090232306167813 * sd, 14);
    expect(r.points[1]!.limits.lower95).toBeCloseTo(Math.max(0, t0 - 1.959963984540054 * sd), 14);
  });

  it('binomial 99.8 % lower limit by hand: n = 20, θ0 = 0.5', () => {
    // F(3) = (1 + 20 + 190 + 1140)/2^20 = 1351/1048576 ≥ 0.001 > F(2) = 211/1048576; f(3) = 1140/1048576.
    const F3 = 1351 / 1048576;
    const f3 = 1140 / 1048576;
    expect(funnelLimits('proportion', 0.5, 20).lower998).toBeCloseTo((3 - (F3 - 0.001) / f3) / 20, 12);
  });
});

describe('funnelCurve', () => {
  it('is funnelLimits along the axis, with τ² only when the result was adjusted', () => {
    const base = { kind: 'proportion' as const, target: 0.2, tau2: 0.001 };
    const plain = funnelCurve({ ...base, adjusted: false }, 10, 1000, 2);
    expect(plain.map((c) => c.denominator)).toEqual([10, expect.closeTo(100, 10), expect.closeTo(1000, 10)]);
    expect(plain[0]).toEqual({ denominator: 10, ...funnelLimits('proportion', 0.2, 10) });
    const wide = funnelCurve({ ...base, adjusted: true }, 10, 1000, 2);
    expect(wide[2]).toEqual({ denominator: wide[2]!.denominator, ...funnelLimits('proportion', 0.2, wide[2]!.denominator, 0.001) });
  });
});
