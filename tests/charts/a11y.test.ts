// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { renderSpcChart, renderSparkline } from '../../src/lib/charts/index.ts';
import type { ChartLabels } from '../../src/lib/charts/index.ts';
import { buildResult, newSvg, options, TEST_LABELS } from './fixtures.ts';

const Y12 = [5, 6, 4, 5, 7, 5, 6, 4, 5, 6, 5, 7];

function fullResult() {
  return buildResult({
    y: [...Y12.slice(0, 3), null, ...Y12.slice(4)],
    x: (i) => i + 1,
    part: [6],
    point: (i) => ({
      baseline: i < 3,
      excluded: i === 1,
      goal: 6,
      target: 5,
      special: i === 4 ? 'concern' : i === 9 ? 'improvement' : i === 11 ? 'neutral' : null,
      rules: i === 4 ? ['beyond-limits'] : i >= 8 ? ['shift'] : [],
    }),
    phase: (s) => ({ runsSignal: s.phase === 2 }),
  });
}

/** All text a user can see or hear: text nodes and accessible-name attributes. */
function perceivableText(svg: SVGSVGElement): string {
  const texts = [...svg.querySelectorAll('*')].flatMap((el) => [
    [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent ?? '').join(''),
    el.getAttribute('aria-label') ?? '',
    el.getAttribute('aria-roledescription') ?? '',
  ]);
  return texts.join(' ');
}

describe('accessibility and i18n', () => {
  it('contains no hard-coded words: every word comes from the labels', () => {
    const svg = newSvg();
    renderSpcChart(
      svg,
      fullResult(),
      options({ xKind: 'number', showSigma2: true, annotations: [{ position: 2, text: 'X-NOTE' }] }),
    );
    const words = perceivableText(svg).match(/[\p{L}][\p{L}\w-]*/gu) ?? [];
    expect(words.length).toBeGreaterThan(10);
    expect(words.filter((w) => !w.startsWith('X-'))).toEqual([]);
    // Each label kind actually shows up.
    for (const w of ['X-TITLE', 'X-DESC', 'X-CL', 'X-LIMITS', 'X-VALUES', 'X-SIGMA2', 'X-GOAL', 'X-TARGET', 'X-BASE', 'X-EXCL', 'X-PHASE-2', 'X-RULE-shift', 'X-SPECIAL-concern', 'X-POINT-1']) {
      expect(words).toContain(w);
    }
  });

  it('names the svg by its <title> and <desc>', () => {
    const svg = newSvg();
    renderSpcChart(svg, fullResult(), options());
    const ids = svg.getAttribute('aria-labelledby')!.split(' ');
    expect(ids.map((id) => svg.querySelector(`#${id}`)!.textContent)).toEqual(['X-TITLE', 'X-DESC']);
    expect(svg.getAttribute('role')).toBe('group');
    // Ids are unique per chart on the page.
    const other = newSvg();
    renderSpcChart(other, fullResult(), options());
    expect(other.getAttribute('aria-labelledby')).not.toBe(svg.getAttribute('aria-labelledby'));
  });

  it('gives each point role="img", an aria-label and a <title>, and hides decoration', () => {
    const svg = newSvg();
    renderSpcChart(svg, fullResult(), options());
    for (const point of svg.querySelectorAll('.spc-point')) {
      const label = point.getAttribute('aria-label');
      expect(point.getAttribute('role')).toBe('img');
      expect(label).toMatch(/^X-POINT-\d+$/);
      expect(point.querySelector('title')!.textContent).toBe(label);
    }
    const layers = [...svg.querySelectorAll('.spc-layer')];
    expect(layers.filter((l) => l.getAttribute('aria-hidden') !== 'true').map((l) => l.getAttribute('class'))).toEqual([
      'spc-layer spc-layer--points',
    ]);
  });

  it('makes points keyboard-focusable with one roving tab stop', () => {
    const svg = newSvg();
    const onPointFocus = vi.fn();
    renderSpcChart(svg, fullResult(), options({ onPointFocus }));
    const points = [...svg.querySelectorAll<SVGGElement>('.spc-point')];
    expect(points.every((p) => p.hasAttribute('tabindex'))).toBe(true);
    expect(points.filter((p) => p.getAttribute('tabindex') === '0')).toEqual([points[0]]);

    points[0]!.focus();
    expect(document.activeElement).toBe(points[0]);
    expect(onPointFocus).toHaveBeenLastCalledWith(1);
    points[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    expect(document.activeElement).toBe(points[1]);
    expect(points[1]!.getAttribute('tabindex')).toBe('0');
    expect(points[0]!.getAttribute('tabindex')).toBe('-1');
    expect(onPointFocus).toHaveBeenLastCalledWith(2);
    points[1]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    expect(document.activeElement).toBe(points[points.length - 1]);
    points[points.length - 1]!.blur();
    expect(onPointFocus).toHaveBeenLastCalledWith(null);
  });

  it('calls onPointClick with the position on click, Enter and Space', () => {
    const svg = newSvg();
    const onPointClick = vi.fn();
    renderSpcChart(svg, fullResult(), options({ onPointClick }));
    const point = svg.querySelector<SVGGElement>('.spc-point[data-position="5"]')!;
    point.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    point.dispatchEvent(enter);
    const space = new KeyboardEvent('keydown', { key: ' ', bubbles: true, cancelable: true });
    point.dispatchEvent(space);
    expect(onPointClick.mock.calls).toEqual([[5], [5], [5]]);
    expect(space.defaultPrevented).toBe(true);
    point.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    expect(onPointClick).toHaveBeenCalledTimes(3);
  });

  it('writes no inline style, no <style>, no inline event handlers (strict CSP)', () => {
    for (const render of [renderSpcChart, renderSparkline]) {
      const svg = newSvg();
      render(svg, fullResult(), options({ onPointClick: () => {}, annotations: [{ position: 3, text: 'onclick="x"' }] }));
      expect(svg.querySelector('style, script, foreignObject')).toBeNull();
      const attrs = [...svg.querySelectorAll('*'), svg].flatMap((el) => [...el.attributes].map((a) => a.name));
      expect(attrs.filter((a) => a === 'style' || a.startsWith('on'))).toEqual([]);
    }
  });

  it('uses only caller-supplied text when labels change (no caching between renders)', () => {
    const svg = newSvg();
    renderSpcChart(svg, fullResult(), options());
    const labels: ChartLabels = { ...TEST_LABELS, centerLine: 'Y-CL', chartTitle: 'Y-TITLE' };
    renderSpcChart(svg, fullResult(), options({ labels }));
    expect(svg.querySelector('title')!.textContent).toBe('Y-TITLE');
    expect(svg.querySelector('.spc-legend--cl text')!.textContent).toBe('Y-CL');
  });
});
