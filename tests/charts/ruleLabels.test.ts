// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderSpcChart } from '../../src/lib/charts';
import { flaggedRuns, planRuleLabels, type Box } from '../../src/lib/charts/layers/ruleLabels';
import { buildScales } from '../../src/lib/charts/scales';
import type { PointRule } from '../../src/lib/spc/types';
import { buildResult, newSvg, options } from './fixtures.ts';

const overlap = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** 60 months, every third point outside the limits, plus a shift: labels fight for room. */
function crowded() {
  return buildResult({
    y: Array.from({ length: 60 }, (_, i) => (i % 3 === 0 ? (i % 2 ? -4 : 4) : i >= 40 && i < 50 ? 1.2 : 0.1 * (i % 5))),
    point: (i) => {
      const rules: PointRule[] = [];
      if (i % 3 === 0) rules.push('beyond-limits');
      if (i >= 40 && i < 50) rules.push('shift');
      return { rules, special: rules.length ? 'concern' : null };
    },
  });
}

describe('rule labels', () => {
  it('one label per run of consecutive flagged points, not one per point', () => {
    const result = buildResult({
      y: [0, 0, 2, 2, 2, 0, 5, 0, null, 0],
      point: (i, p) => ({ rules: [2, 3, 4].includes(i) ? ['shift'] : i === 6 ? ['beyond-limits'] : [], y: p.y }),
    });
    expect(flaggedRuns(result.points).map((r) => r.map((p) => p.position))).toEqual([[3, 4, 5], [7]]);
    const svg = newSvg();
    renderSpcChart(svg, result, options({ width: 860, height: 380 }));
    expect([...svg.querySelectorAll('.spc-rule-label')].map((t) => t.textContent)).toEqual(['X-RULE-shift', 'X-RULE-beyond-limits']);
  });

  for (const width of [320, 390, 860, 1400]) {
    it(`never overlap, and what does not fit is counted, at ${width} px`, () => {
      const result = crowded();
      const opts = options({ width, height: width < 600 ? 320 : 380 });
      const scales = buildScales(result, opts);
      const plan = planRuleLabels(result.points, scales, opts);
      const boxes = [...plan.labels.map((l) => l.box), ...plan.countBoxes];
      for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i]!, boxes[j]!)).toBe(false);
      for (const b of boxes) {
        expect(b.x0).toBeGreaterThanOrEqual(scales.frame.left - 0.01);
        expect(b.x1).toBeLessThanOrEqual(scales.frame.right + 0.01);
      }
      // Every flagged point is either under a label's run or in a count.
      const labelled = plan.labels.map((l) => flaggedRuns(result.points).find((r) => r[0] === l.point)!.length);
      const counted = plan.counts.reduce((n, c) => n + c.n, 0);
      const flagged = result.points.filter((p) => p.rules.length > 0).length;
      expect(labelled.reduce((a, b) => a + b, 0) + counted).toBeGreaterThanOrEqual(flagged);
      if (width <= 390) expect(plan.counts.length).toBeGreaterThan(0);
    });
  }

  it('draws the count lines with the words of the labels', () => {
    const svg = newSvg();
    renderSpcChart(svg, crowded(), options({ width: 320, height: 320 }));
    const counts = [...svg.querySelectorAll('.spc-rule-count')].map((t) => t.textContent);
    expect(counts.length).toBeGreaterThan(0);
    for (const c of counts) expect(c).toMatch(/^X-COUNT-\d+-(beyond-limits|shift)$/);
  });
});

describe('y axis of a percentage', () => {
  it('stays within [0, 100] % and writes the % sign', () => {
    const result = buildResult({ y: [92, 95, 99, 97, 100, 96, 94, 98, 99, 100, 97, 95], sigma: 3 });
    const opts = options({ width: 860, height: 380, valueUnit: 'percent', locale: 'sv' });
    const scales = buildScales(result, opts);
    const [lo, hi] = scales.y.domain();
    expect(hi).toBeLessThanOrEqual(100);
    expect(lo).toBeGreaterThanOrEqual(0);
    expect(scales.yTicks.at(-1)!.label).toMatch(/%$/);
  });

  it('a rate never goes below 0', () => {
    const result = buildResult({ y: [0.5, 0.2, 0.1, 0.4, 0.3, 0.2], sigma: 1 });
    const scales = buildScales(result, options({ width: 860, height: 380, valueUnit: 'non-negative' }));
    expect(scales.y.domain()[0]).toBeGreaterThanOrEqual(0);
  });
});

describe('x axis on a phone', () => {
  it('has at least three ticks for three years of months at 320 px', () => {
    const result = buildResult({ y: Array.from({ length: 36 }, (_, i) => i % 7) });
    const scales = buildScales(result, options({ width: 320, height: 320 }));
    expect(scales.xTicks.length).toBeGreaterThanOrEqual(3);
  });
});

describe('labels and points', () => {
  it('no label covers a point', () => {
    const result = crowded();
    const opts = options({ width: 860, height: 380 });
    const scales = buildScales(result, opts);
    const plan = planRuleLabels(result.points, scales, opts);
    for (const l of plan.labels)
      for (const p of result.points.filter((q) => q.y !== null)) {
        const dot = { x0: scales.px(p) - 3, y0: scales.y(p.y!) - 3, x1: scales.px(p) + 3, y1: scales.y(p.y!) + 3 };
        expect(overlap(l.box, dot)).toBe(false);
      }
  });
});
