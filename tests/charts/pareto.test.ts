// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderParetoChart, type ParetoChartOptions } from '../../src/lib/charts/pareto';
import { pareto } from '../../src/lib/spc/pareto';

const bars = pareto([['Yrsel', 3], ['Vid förflyttning', 9], ['', 1], ['Halkade eller snubblade', 5]].map(([category, count]) => ({ category: category as string, count: count as number })));
const options = (width: number): ParetoChartOptions => ({
  width, height: 400, locale: 'en',
  labels: {
    chartTitle: 'Pareto', chartDescription: 'All units', bars: 'Events', cumulative: 'Cumulative', reference: '80%',
    yAxis: 'Events', yAxisRight: 'Cumulative share', barDescription: (b) => `${b.category}: ${b.count}`, emptyCategory: '(none)',
  },
});

describe('renderParetoChart(svg, bars, options)', () => {
  it('draws the bars in descending order with their counts, the cumulative line rising to 100 %', () => {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    renderParetoChart(svg, bars, options(800));
    const drawn = [...svg.querySelectorAll('.spc-pareto-bar')];
    expect(drawn.map((g) => g.getAttribute('data-category'))).toEqual(['Vid förflyttning', 'Halkade eller snubblade', 'Yrsel', '']);
    expect(drawn.map((g) => Number(g.getAttribute('data-count')))).toEqual([9, 5, 3, 1]);
    const heights = drawn.map((g) => Number(g.querySelector('rect')!.getAttribute('height')));
    expect([...heights].sort((a, b) => b - a)).toEqual(heights);
    const dots = [...svg.querySelectorAll('.spc-pareto-dot')].map((d) => Number(d.getAttribute('cy')));
    expect([...dots].sort((a, b) => b - a)).toEqual(dots);
    expect(Number(svg.querySelector('.spc-pareto-dot:last-of-type')!.getAttribute('data-cumulative'))).toBe(100);
    expect(svg.querySelector('.spc-pareto-labels')!.textContent).toContain('(none)');
    expect(svg.querySelector('.spc-axis--y2')!.textContent).toContain('100%');
    expect(svg.querySelectorAll('.spc-pareto-reference')).toHaveLength(1);
  });

  it('is one accessible image with title and description; idempotent; slants labels on a narrow chart', () => {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    renderParetoChart(svg, bars, options(320));
    const first = svg.innerHTML;
    renderParetoChart(svg, bars, options(320));
    expect(svg.innerHTML).toBe(first);
    expect(svg.getAttribute('role')).toBe('img');
    const ids = svg.getAttribute('aria-labelledby')!.split(' ');
    expect(ids.map((id) => svg.querySelector(`#${id}`)?.textContent)).toEqual(['Pareto', 'All units']);
    expect(svg.querySelector('.spc-pareto-labels text')!.getAttribute('transform')).toMatch(/rotate/);
  });
});
