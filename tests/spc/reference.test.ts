import { describe, expect, it } from 'vitest';
import { computeSpc } from '../../src/lib/spc/index.ts';
import { caseOptions, caseRows, loadCases, mismatches } from './reference-cases.ts';

const cases = loadCases();

describe('computeSpc matches qicharts2 0.8.1 reference cases', () => {
  it('finds the reference cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
  });
  for (const c of cases) {
    it(`${c.name}: ${c.args.chart} chart, every point and phase summary`, () => {
      const r = computeSpc(caseRows(c), caseOptions(c));
      expect(mismatches(c, r.points as never, r.phases as never)).toEqual([]);
    });
  }
});
