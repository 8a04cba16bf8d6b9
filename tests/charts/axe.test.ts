// @vitest-environment jsdom
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { renderSpcChart, renderSparkline } from '../../src/lib/charts/index.ts';
import { buildResult, newSvg, options } from './fixtures.ts';

const result = () =>
  buildResult({
    y: [5, 6, 4, null, 7, 5, 6, 9, 5, 6],
    part: [5],
    point: (i) => ({ excluded: i === 1, special: i === 7 ? 'concern' : null, rules: i === 7 ? ['beyond-limits'] : [] }),
  });

describe('axe-core', () => {
  it('finds no violations in a full chart and a sparkline', async () => {
    document.body.innerHTML = '';
    document.documentElement.lang = 'en';
    renderSpcChart(newSvg(), result(), options({ annotations: [{ position: 3, text: 'note' }] }));
    renderSparkline(newSvg(), result(), options());
    const report = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
    expect(report.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
