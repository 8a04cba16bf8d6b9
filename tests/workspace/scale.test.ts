// Display scale of rates and proportions: the export's own, else a power of ten per measure.
import { describe, expect, it } from 'vitest';
import { scaleFromHeader } from '../../src/lib/data/ingest/index.ts';
import { evaluate } from '../../src/lib/workspace/evaluate';
import { defaultScales, rateScale } from '../../src/lib/workspace/scale';
import { DEFAULT_SETTINGS, parseSettings } from '../../src/lib/workspace/settings';

const months = ['2024-01-01', '2024-02-01', '2024-03-01'];
const rate = (measure: string, y: number, n: number, scale: number | null = null) =>
  ({ measure, kind: 'rate' as const, scale, observations: months.map((x) => ({ x, y, n })) });

describe('rate scale', () => {
  it('is the smallest power of ten from 100 up that puts the rate at 1 or more', () => {
    expect(rateScale(0.0012)).toBe(1000);
    expect(rateScale(0.012)).toBe(100);
    expect(rateScale(0.00025)).toBe(10_000);
    expect(rateScale(2.5)).toBe(1);
    expect(rateScale(0)).toBe(1);
  });
  it('is one per measure, from all its units, and the export\'s own scale wins', () => {
    const scales = defaultScales([rate('BAC', 1, 16_000), rate('BAC', 3, 15_000), rate('Fall', 4, 2_900), rate('Fall', 5, 3_000), rate('Egen', 1, 900, 1000)]);
    expect(scales.get('BAC')).toBe(10_000);
    expect(scales.get('Fall')).toBe(1000);
    expect(scales.get('Egen')).toBe(1000);
  });
  it('reads the scale a column header states', () => {
    expect(scaleFromHeader('Per 1 000 vårddygn')).toBe(1000);
    expect(scaleFromHeader('Rate per 100.000')).toBe(100_000);
    expect(scaleFromHeader('Andel (%)')).toBe(100);
    expect(scaleFromHeader('Vårddygn')).toBeNull();
    expect(scaleFromHeader('per 7 dagar')).toBeNull();
  });
  it('the user\'s scale wins, and survives a settings round trip', () => {
    const input = { id: 'x', measure: 'BAC', unit: 'A', kind: 'rate' as const, scale: 10_000, observations: months.map((x) => ({ x, y: 2, n: 16_000 })) };
    expect(evaluate(input, DEFAULT_SETTINGS).options.multiply).toBe(10_000);
    const chosen = parseSettings(JSON.parse(JSON.stringify({ ...DEFAULT_SETTINGS, scale: 1000 })));
    expect(chosen.scale).toBe(1000);
    expect(evaluate(input, chosen).result!.points[0]!.y).toBeCloseTo(0.125, 12);
    expect(parseSettings({ scale: 7 }).scale).toBeNull();
  });
});
