import { describe, expect, it } from 'vitest';
import { pareto } from '../../src/lib/spc/pareto.ts';

describe('pareto', () => {
  it('counts by category, descending (ties by name), with cumulative percentages', () => {
    const rows = ['Halka', 'Yrsel', 'Halka', 'Natt', 'Halka', 'Yrsel', 'Natt'].map((category) => ({ category }));
    expect(pareto([...rows, { category: 'Säng', count: 3 }]).map((b) => [b.category, b.count, b.percent, b.cumulativePercent])).toEqual([
      ['Halka', 3, 30, 30],
      ['Säng', 3, 30, 60],
      ['Natt', 2, 20, 80],
      ['Yrsel', 2, 20, 100],
    ]);
  });

  it('is empty without rows and refuses negative counts', () => {
    expect(pareto([])).toEqual([]);
    expect(() => pareto([{ category: 'a', count: -1 }])).toThrow(RangeError);
  });
});
