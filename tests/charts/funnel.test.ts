// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderFunnelChart, type FunnelChartOptions } from '../../src/lib/charts/funnel';
import { funnelCurve, funnelPlot } from '../../src/lib/spc/funnel';

const units = [[30, 100], [12, 80], [45, 150], [5, 60], [60, 200], [20, 90], [8, 120], [70, 180]].map(([y, n], i) => ({ unit: `U${i + 1}`, numerator: y!, denominator: n! }));
const result = funnelPlot(units, { kind: 'proportion', overdispersion: false });
const curve = funnelCurve(result, 30, 210, 20);
const options: FunnelChartOptions = {
  width: 600, height: 400, locale: 'en', multiply: 100, percent: true,
  labels: {
    chartTitle: 'Funnel', chartDescription: 'All units', target: 'Overall', limits95: '95%', limits998: '99.8%', unit: 'Unit',
    outside: (l) => `Outside ${l}`, xAxis: 'Patients', yAxis: 'percent', pointDescription: (p) => `${p.unit}: ${p.value}`,
  },
};

describe('renderFunnelChart(svg, {result, curve}, options)', () => {
  it('draws one named point per unit, marked by the level it lies outside', () => {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    renderFunnelChart(svg, { result, curve }, options);
    const dots = [...svg.querySelectorAll('.spc-funnel-unit')];
    expect(dots.map((d) => d.getAttribute('data-unit'))).toEqual(units.map((u) => u.unit));
    expect(dots.map((d) => d.getAttribute('data-outside'))).toEqual(result.points.map((p) => p.outside?.level ?? null));
    expect(dots.map((d) => d.querySelector('text')?.textContent)).toEqual(units.map((u) => u.unit));
    expect(dots.map((d) => d.querySelector('title')?.textContent)).toEqual(result.points.map((p) => `${p.unit}: ${p.value}`));
  });

  it('draws four limit lines and the overall value; one accessible image with title and description; idempotent', () => {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    renderFunnelChart(svg, { result, curve }, options);
    const first = svg.innerHTML;
    renderFunnelChart(svg, { result, curve }, options);
    expect(svg.innerHTML).toBe(first);
    expect([...svg.querySelectorAll('path[data-limit]')].map((p) => p.getAttribute('data-limit'))).toEqual(['lower95', 'upper95', 'lower998', 'upper998']);
    expect(svg.querySelectorAll('.spc-cl')).toHaveLength(1);
    expect(svg.getAttribute('role')).toBe('img');
    const ids = svg.getAttribute('aria-labelledby')!.split(' ');
    expect(ids.map((id) => svg.querySelector(`#${id}`)?.textContent)).toEqual(['Funnel', 'All units']);
    expect(svg.querySelector('.spc-axis--y')!.textContent).toMatch(/%/);
  });
});
