import { describe, expect, it } from 'vitest';
import { funnelInput } from '../../src/lib/workspace/funnel.ts';

const obs = (rows: [string, number | null, number | null][]) => rows.map(([x, y, n]) => ({ x, y, n }));

describe('funnelInput(members, span)', () => {
  const a = { unit: 'A', kind: 'proportion', observations: obs([['2025-11-01', 3, 40], ['2025-12-01', 5, 50]]) };
  const b = { unit: 'B', kind: 'proportion', observations: obs([['2025-11-01', 1, 10], ['2025-12-01', null, null]]) };

  it('sums numerators and denominators over the span, naming units without data there', () => {
    expect(funnelInput([a, b], '2025-12')).toEqual({ kind: 'proportion', units: [{ unit: 'A', numerator: 5, denominator: 50 }], skipped: ['B'] });
    expect(funnelInput([a, b], '2025')!.units).toEqual([{ unit: 'A', numerator: 8, denominator: 90 }, { unit: 'B', numerator: 1, denominator: 10 }]);
    expect(funnelInput([a, b], 'all')!.units).toHaveLength(2);
  });

  it('a rate unit makes a rate funnel; value measures and empty spans have none', () => {
    expect(funnelInput([a, { ...b, kind: 'rate' }], 'all')!.kind).toBe('rate');
    expect(funnelInput([{ ...a, kind: 'value' }], 'all')).toBeNull();
    expect(funnelInput([a, b], '2024')).toBeNull();
    expect(funnelInput([], 'all')).toBeNull();
  });
});
