// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderSpcChart, renderSparkline } from '../../src/lib/charts/index.ts';
import { buildResult, newSvg, options, serialize } from './fixtures.ts';

/** A two-phase i chart with a baseline, an excluded point, a missing month, special causes,
 * a shift, a changing goal, a target, 2-sigma limits and an annotation. */
function sample() {
  const y = [52, 48, 55, 50, 47, 53, null, 49, 61, 51, 42, 44, 41, 43, 40, 39, 42, 38];
  return buildResult({
    y,
    part: [10],
    sigma: 2.5,
    point: (i) => ({
      baseline: i < 6,
      excluded: i === 3,
      goal: i < 12 ? 50 : 45,
      target: 40,
      special: i === 8 ? 'concern' : i >= 12 && i <= 17 ? 'improvement' : null,
      sigmaSignal: i === 8,
      rules: i === 8 ? ['beyond-limits'] : i >= 12 ? ['shift'] : [],
    }),
    phase: (s) => ({ runsSignal: s.phase === 2 }),
  });
}

describe('snapshot', () => {
  it('renders a full chart to stable SVG', async () => {
    const svg = newSvg();
    renderSpcChart(
      svg,
      sample(),
      options({ locale: 'sv', showSigma2: true, annotations: [{ position: 10.5, text: 'Ny rutin <b>v. 12</b>' }] }),
    );
    await expect(serialize(svg)).toMatchFileSnapshot('__snapshots__/full-chart.svg');
  });

  it('renders a sparkline to stable SVG', async () => {
    const svg = newSvg();
    renderSparkline(svg, sample(), { ...options({ locale: 'sv' }), width: 240, height: 80 });
    await expect(serialize(svg)).toMatchFileSnapshot('__snapshots__/sparkline.svg');
  });
});
