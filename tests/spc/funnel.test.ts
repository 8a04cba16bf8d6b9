import { describe, expect, it } from 'vitest';
import { funnelLimits, funnelPlot, overdispersion } from '../../src/lib/spc/funnel.ts';

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
