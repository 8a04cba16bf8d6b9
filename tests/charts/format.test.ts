// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderSpcChart } from '../../src/lib/charts/index.ts';
import { dateGrain, xToNumber } from '../../src/lib/charts/format.ts';
import { buildResult, monthly, newSvg, options } from './fixtures.ts';

const tickLabels = (svg: SVGSVGElement, axis: 'x' | 'y') =>
  [...svg.querySelectorAll(`.spc-axis--${axis} .tick text`)].map((t) => t.textContent);

const Y12 = [5, 6, 4, 5, 7, 5, 6, 4, 5, 6, 5, 7];

describe('locale formats', () => {
  it('labels a monthly date axis with Swedish month names for locale sv', () => {
    const svg = newSvg();
    renderSpcChart(svg, buildResult({ y: Y12 }), options({ locale: 'sv', width: 900 }));
    const labels = tickLabels(svg, 'x');
    expect(labels).toContain('mars 2024');
    expect(labels).toContain('maj 2024');
    expect(labels.join(' ')).not.toMatch(/Mar|May/);
  });

  it('thins monthly ticks on narrow charts but keeps them on month starts', () => {
    const svg = newSvg();
    renderSpcChart(svg, buildResult({ y: [...Y12, ...Y12, ...Y12] }), options({ locale: 'en', width: 400 }));
    const labels = tickLabels(svg, 'x');
    expect(labels.length).toBeGreaterThan(1);
    expect(labels.length).toBeLessThanOrEqual(6);
    expect(labels[0]).toBe('Jan 2024');
  });

  it('uses day and month for daily data, and the year alone for yearly data', () => {
    const svg = newSvg();
    const daily = buildResult({ y: Y12, x: (i) => `2024-03-${String(i + 1).padStart(2, '0')}` });
    renderSpcChart(svg, daily, options({ locale: 'nb', width: 900 }));
    expect(tickLabels(svg, 'x')[0]).toBe('1. mars');
    const yearly = buildResult({ y: Y12.slice(0, 6), x: (i) => `${2018 + i}-01-01` });
    renderSpcChart(svg, yearly, options({ locale: 'da' }));
    expect(tickLabels(svg, 'x')).toEqual(['2018', '2019', '2020', '2021', '2022', '2023']);
  });

  it('formats numbers with a decimal comma in sv, nb and da', () => {
    for (const locale of ['sv', 'nb', 'da']) {
      const svg = newSvg();
      renderSpcChart(svg, buildResult({ y: [0.31, 0.42, 0.38, 0.5], sigma: 0.05 }), options({ locale }));
      const labels = tickLabels(svg, 'y');
      expect(labels.some((l) => /^0,\d+$/.test(l!))).toBe(true);
      expect(labels.join(' ')).not.toMatch(/\d\.\d/);
    }
  });

  it('formats y as a percentage when percent is set', () => {
    const svg = newSvg();
    renderSpcChart(svg, buildResult({ y: [0.31, 0.42, 0.38, 0.5], sigma: 0.05 }), options({ locale: 'sv', percent: true }));
    const labels = tickLabels(svg, 'y');
    expect(labels.every((l) => /^\d+\s%$/.test(l!))).toBe(true);
    expect(svg.querySelector('.spc-value--cl')!.textContent).toMatch(/^40,[23]\s%$/);
  });

  it('keeps a non-negative measure on a non-negative axis', () => {
    const svg = newSvg();
    renderSpcChart(svg, buildResult({ y: [0, 1, 0, 2, 1], sigma: 0.2 }), options());
    expect(tickLabels(svg, 'y')[0]).toBe('0.0');
  });

  it('parses ISO dates as UTC and detects the grain', () => {
    expect(xToNumber('2024-03-01', 'date')).toBe(Date.UTC(2024, 2, 1));
    expect(xToNumber(7, 'number')).toBe(7);
    expect(dateGrain([0, 1, 2].map((i) => xToNumber(monthly(i), 'date')))).toBe('month');
    expect(dateGrain([0, 7, 14].map((d) => d * 86_400_000))).toBe('week');
  });
});
