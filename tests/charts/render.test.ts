// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderSpcChart, renderSparkline, SPARKLINE_SIZE } from '../../src/lib/charts/index.ts';
import { buildResult, newSvg, options } from './fixtures.ts';

const Y12 = [5, 6, 4, 5, 7, 5, 6, 4, 5, 6, 5, 7];

describe('renderSpcChart(svg, result, options)', () => {
  it('draws one point element per non-missing point', () => {
    const svg = newSvg();
    const result = buildResult({ y: [5, null, 6, 4, null, 5] });
    renderSpcChart(svg, result, options());
    const points = svg.querySelectorAll('.spc-point');
    expect(points).toHaveLength(4);
    expect([...points].map((p) => p.getAttribute('data-position'))).toEqual(['1', '3', '4', '6']);
  });

  it('breaks the series line at missing values', () => {
    const svg = newSvg();
    renderSpcChart(svg, buildResult({ y: [5, 6, null, 4, 5] }), options());
    const d = svg.querySelector('.spc-series')!.getAttribute('d')!;
    expect(d.match(/M/g)).toHaveLength(2);
  });

  it('draws excluded points hollow', () => {
    const svg = newSvg();
    const result = buildResult({ y: Y12, point: (i) => ({ excluded: i === 3 }) });
    renderSpcChart(svg, result, options());
    const excluded = svg.querySelectorAll('.spc-point--excluded');
    expect(excluded).toHaveLength(1);
    const symbol = excluded[0]!.querySelector('.spc-point-symbol')!;
    expect(symbol.getAttribute('fill')).toBe('#ffffff');
    expect(symbol.getAttribute('stroke')).not.toBe('#ffffff');
    const filled = svg.querySelector('.spc-point:not(.spc-point--excluded) .spc-point-symbol')!;
    expect(filled.getAttribute('fill')).toBe(filled.getAttribute('stroke'));
  });

  it('draws limits and centre line once per phase, tagged with the phase', () => {
    const svg = newSvg();
    renderSpcChart(svg, buildResult({ y: Y12, part: [6] }), options());
    for (const cls of ['spc-ucl', 'spc-lcl', 'spc-cl']) {
      const paths = [...svg.querySelectorAll(`path.${cls}`)];
      expect(paths.map((p) => p.getAttribute('data-phase'))).toEqual(['1', '2']);
    }
    expect(svg.querySelectorAll('.spc-ucl95')).toHaveLength(0);
    expect(svg.querySelectorAll('.spc-phase-separator')).toHaveLength(1);
    expect([...svg.querySelectorAll('.spc-phase-label')].map((t) => t.textContent)).toEqual(['X-PHASE-1', 'X-PHASE-2']);
  });

  it('draws varying limits as a step line (p/u charts)', () => {
    const svg = newSvg();
    const result = buildResult({ y: [5, 6, 4, 5], point: (i, p) => ({ ucl: p.cl! + 3 + i }) });
    renderSpcChart(svg, result, options());
    const d = svg.querySelector('path.spc-ucl')!.getAttribute('d')!;
    // curveStep: each change is a vertical segment halfway between points (3 changes → 3 vertical moves).
    const coords = [...d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    const verticals = coords.filter((c, i) => i > 0 && c[0] === coords[i - 1]![0] && c[1] !== coords[i - 1]![1]);
    expect(verticals).toHaveLength(3);
  });

  it('draws dashed 2-sigma limits only when showSigma2 is set', () => {
    const svg = newSvg();
    renderSpcChart(svg, buildResult({ y: Y12, part: [6] }), options({ showSigma2: true }));
    expect(svg.querySelectorAll('path.spc-ucl95')).toHaveLength(2);
    expect(svg.querySelectorAll('path.spc-lcl95')).toHaveLength(2);
    expect(svg.querySelector('path.spc-ucl95')!.getAttribute('stroke-dasharray')).toBeTruthy();
  });

  it('draws a goal that changes from a date as one step line, and a target line', () => {
    const svg = newSvg();
    const result = buildResult({ y: Y12, point: (i) => ({ goal: i < 6 ? 8 : 4, target: 6 }) });
    renderSpcChart(svg, result, options());
    const goals = svg.querySelectorAll('path.spc-goal');
    expect(goals).toHaveLength(1);
    const ys = new Set([...goals[0]!.getAttribute('d')!.matchAll(/,(-?[\d.]+)/g)].map((m) => m[1]));
    expect(ys.size).toBe(2);
    expect(svg.querySelectorAll('path.spc-target')).toHaveLength(1);
  });

  it('draws the centre line red and dashed in a phase with a runs signal', () => {
    const svg = newSvg();
    const result = buildResult({ y: Y12, part: [6], phase: (s) => ({ runsSignal: s.phase === 2 }) });
    renderSpcChart(svg, result, options());
    const [first, second] = [...svg.querySelectorAll('path.spc-cl')];
    expect(first!.classList.contains('spc-cl--signal')).toBe(false);
    expect(first!.hasAttribute('stroke-dasharray')).toBe(false);
    expect(second!.classList.contains('spc-cl--signal')).toBe(true);
    expect(second!.getAttribute('stroke-dasharray')).toBeTruthy();
  });

  it('marks special causes by colour class and by shape', () => {
    const svg = newSvg();
    const special = ['improvement', 'concern', 'neutral'] as const;
    const result = buildResult({ y: Y12, point: (i) => ({ special: special[i] ?? null }) });
    renderSpcChart(svg, result, options());
    const shapes = ['improvement', 'concern', 'neutral'].map(
      (s) => svg.querySelector(`.spc-point--${s} .spc-point-symbol`)!.getAttribute('d'),
    );
    const common = svg.querySelector('.spc-point:not(.spc-point--improvement):not(.spc-point--concern):not(.spc-point--neutral) path')!;
    expect(new Set([...shapes, common.getAttribute('d')]).size).toBe(4);
    const colors = special.map((s) => svg.querySelector(`.spc-point--${s} path`)!.getAttribute('fill'));
    expect(new Set(colors).size).toBe(3);
  });

  it('labels only the first point of each run of flagged points', () => {
    const svg = newSvg();
    const result = buildResult({
      y: Y12,
      point: (i) => ({ rules: i >= 2 && i <= 8 ? ['shift'] : i === 10 ? ['beyond-limits'] : [] }),
    });
    renderSpcChart(svg, result, options());
    const labels = [...svg.querySelectorAll('.spc-rule-label')];
    expect(labels.map((l) => [l.getAttribute('data-position'), l.textContent])).toEqual([
      ['3', 'X-RULE-shift'],
      ['11', 'X-RULE-beyond-limits'],
    ]);
  });

  it('shades the baseline period and names it', () => {
    const svg = newSvg();
    renderSpcChart(svg, buildResult({ y: Y12, point: (i) => ({ baseline: i < 6 }) }), options());
    expect(svg.querySelectorAll('rect.spc-baseline')).toHaveLength(1);
    expect(svg.querySelector('.spc-baseline-label')!.textContent).toBe('X-BASE');
  });

  it('does not shade a phase that is all baseline', () => {
    const svg = newSvg();
    renderSpcChart(svg, buildResult({ y: Y12, point: () => ({ baseline: true }) }), options());
    expect(svg.querySelectorAll('rect.spc-baseline')).toHaveLength(0);
  });

  it('sets annotation text as text, never as markup', () => {
    const svg = newSvg();
    const text = '<b>New routine</b> & "triage"';
    renderSpcChart(svg, buildResult({ y: Y12 }), options({ annotations: [{ position: 6.5, text }, { position: 99, text: 'out' }] }));
    const annotations = svg.querySelectorAll('.spc-annotation');
    expect(annotations).toHaveLength(1);
    expect(annotations[0]!.querySelector('text')!.textContent).toBe(text);
    expect(svg.querySelector('b')).toBeNull();
  });

  it('writes the values of the last phase at the right edge, without overlap', () => {
    const svg = newSvg();
    renderSpcChart(svg, buildResult({ y: Y12, point: () => ({ goal: 5.9 }) }), options());
    const values = [...svg.querySelectorAll('.spc-value')];
    expect(values.map((v) => v.getAttribute('class'))).toEqual([
      'spc-value spc-value--ucl',
      'spc-value spc-value--cl',
      'spc-value spc-value--lcl',
      'spc-value spc-value--goal',
    ]);
    const ys = values.map((v) => Number(v.getAttribute('y'))).sort((a, b) => a - b);
    ys.slice(1).forEach((y, i) => expect(y - ys[i]!).toBeGreaterThanOrEqual(11));
  });

  it('is idempotent: re-rendering gives the same DOM', () => {
    const svg = newSvg();
    const result = buildResult({ y: Y12, part: [6], point: (i) => ({ special: i === 2 ? 'concern' : null }) });
    const opts = options({ annotations: [{ position: 3, text: 'a' }], showSigma2: true });
    renderSpcChart(svg, result, opts);
    const first = svg.outerHTML;
    const count = svg.querySelectorAll('*').length;
    renderSpcChart(svg, result, opts);
    expect(svg.querySelectorAll('*').length).toBe(count);
    expect(svg.outerHTML).toBe(first);
  });

  it('keeps the svg responsive with a viewBox and keeps the caller’s classes', () => {
    const svg = newSvg();
    svg.setAttribute('class', 'app-chart');
    renderSpcChart(svg, buildResult({ y: Y12 }), options({ width: 500, height: 250 }));
    expect(svg.getAttribute('viewBox')).toBe('0 0 500 250');
    expect(svg.classList.contains('app-chart')).toBe(true);
    expect(svg.classList.contains('spc-chart')).toBe(true);
  });

  it('handles numeric x, a single point and an empty result', () => {
    const svg = newSvg();
    renderSpcChart(svg, buildResult({ y: Y12, x: (i) => i + 1 }), options({ xKind: 'number' }));
    expect(svg.querySelectorAll('.spc-axis--x .tick')).not.toHaveLength(0);
    renderSpcChart(svg, buildResult({ y: [3] }), options());
    expect(svg.querySelectorAll('.spc-point')).toHaveLength(1);
    renderSpcChart(svg, { ...buildResult({ y: [1] }), points: [], phases: [] }, options());
    expect(svg.querySelectorAll('.spc-point')).toHaveLength(0);
    expect(svg.innerHTML).not.toMatch(/NaN|undefined|Infinity/);
  });
});

describe('renderSparkline(svg, result, options)', () => {
  it('draws a small, non-interactive chart without text', () => {
    const svg = newSvg();
    const result = buildResult({ y: Y12, part: [6], point: (i) => ({ rules: i === 2 ? ['beyond-limits'] : [], goal: 6 }) });
    let clicked = 0;
    const { width: _w, height: _h, ...full } = options({ annotations: [{ position: 2, text: 'note' }] });
    renderSparkline(svg, result, { ...full, onPointClick: () => clicked++ });
    expect(svg.getAttribute('viewBox')).toBe(`0 0 ${SPARKLINE_SIZE.width} ${SPARKLINE_SIZE.height}`);
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.querySelectorAll('.spc-point')).toHaveLength(12);
    expect(svg.querySelectorAll('[tabindex]')).toHaveLength(0);
    expect([...svg.querySelectorAll('text')]).toHaveLength(0);
    expect(svg.querySelectorAll('.spc-axis, .spc-annotation, .spc-legend')).toHaveLength(0);
    expect(svg.querySelector('.spc-plot')!.getAttribute('aria-hidden')).toBe('true');
    svg.querySelector<SVGGElement>('.spc-point')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(clicked).toBe(0);
  });

  it('marks only special-cause and excluded points on a long series (the line shows the rest)', () => {
    const svg = newSvg();
    const y = Array.from({ length: 500 }, (_, i) => (i % 7) + 1);
    const result = buildResult({
      y,
      point: (i) => (i === 40 ? { special: 'concern', rules: ['beyond-limits'] } : i === 90 ? { excluded: true } : {}),
    });
    renderSparkline(svg, result, options());
    expect([...svg.querySelectorAll('.spc-point')].map((p) => p.getAttribute('data-position'))).toEqual(['41', '91']);
    expect(svg.querySelectorAll('.spc-series path, path.spc-series').length).toBeGreaterThan(0);
  });

  it('accepts an explicit size', () => {
    const svg = newSvg();
    renderSparkline(svg, buildResult({ y: [1, 2, 3] }), { ...options(), width: 200, height: 60 });
    expect(svg.getAttribute('viewBox')).toBe('0 0 200 60');
  });
});
