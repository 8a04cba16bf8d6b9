/**
 * A funnel plot (Spiegelhalter 2005): each unit's value against its denominator, the overall
 * value, and the 95 % (dashed) and 99.8 % (solid) limit lines. Pure rendering of the engine's
 * `FunnelResult` and the limit curve computed beside it; every word comes from `labels`.
 * The svg is one role="img" with a title and description: the view's table carries the numbers.
 * Classes follow the control chart's (spc-axis, spc-cl, spc-limit…), so the page's palettes apply.
 */
import { axisBottom, axisLeft, line, scaleLinear, select, symbol, symbolCircle, symbolDiamond2, symbolTriangle } from 'd3';
import type { FunnelCurvePoint, FunnelLevel, FunnelPoint, FunnelResult } from '../spc/funnel.ts';
import { COLORS } from './colors.ts';
import { idPrefix, imageFrame } from './frame.ts';
import { decimalsForStep, numberFormatter } from './format.ts';
import type { ChartLocale } from './types.ts';

export interface FunnelChartLabels {
  chartTitle: string;
  chartDescription?: string;
  /** The overall value (centre line). */
  target: string;
  limits95: string;
  limits998: string;
  /** A unit inside the limits, and outside the 95 % or the 99.8 % limits (legend). */
  unit: string;
  outside: (level: FunnelLevel) => string;
  xAxis: string;
  yAxis: string;
  /** A point's tooltip. */
  pointDescription: (point: FunnelPoint) => string;
}

export interface FunnelChartOptions {
  width: number;
  height: number;
  locale: ChartLocale;
  /** Display multiplier of the values (100: percent, 1000: per 1 000). */
  multiply: number;
  /** The multiplied values are percentages: ticks with a % sign. */
  percent: boolean;
  labels: FunnelChartLabels;
}

/** Above this many units only the ones outside the limits are named on the chart (the table names all). */
const NAMED_MAX = 12;
const LIMIT_KEYS = ['lower95', 'upper95', 'lower998', 'upper998'] as const;
const SYMBOLS = { inside: symbolCircle, '95': symbolTriangle, '99.8': symbolDiamond2 } as const;


export function renderFunnelChart(svg: SVGSVGElement, data: { result: FunnelResult; curve: readonly FunnelCurvePoint[] }, options: FunnelChartOptions): void {
  const { result, curve } = data;
  const { width, height, labels, multiply } = options;
  const root = imageFrame(svg, { kind: 'funnel', width, height, title: labels.chartTitle, description: labels.chartDescription });

  const legendHeight = legend(root.append('g').attr('class', 'spc-legend'), options);
  const frame = { left: 56, right: width - 16, top: legendHeight + 12, bottom: height - 44 };
  const shown = (v: number) => v * multiply;
  const points = result.points;
  // The y axis covers the units and the limits at the smallest unit (the mouth above it is clipped).
  const smallest = Math.min(...points.map((p) => p.denominator));
  const atSmallest = curve.find((c) => c.denominator >= smallest) ?? curve.at(-1);
  const top = Math.max(result.target, ...points.map((p) => p.value), atSmallest?.upper998 ?? 0) * 1.08;
  const y = scaleLinear().domain([0, shown(result.kind === 'proportion' ? Math.min(1, top) : top)]).range([frame.bottom, frame.top]).nice();
  const x = scaleLinear().domain([0, curve.at(-1)?.denominator ?? Math.max(...points.map((p) => p.denominator))]).range([frame.left, frame.right]);

  const plot = root.append('g').attr('class', 'spc-plot').attr('aria-hidden', 'true');
  const yTicks = y.ticks(height < 360 ? 5 : 7);
  // Percent ticks are already × 100: the formatter's percent style wants the fraction back.
  const yDigits = numberFormatter(options.locale, decimalsForStep((yTicks[1] ?? 1) - (yTicks[0] ?? 0)), options.percent);
  const yFormat = (v: number) => yDigits(options.percent ? v / 100 : v);
  const xFormat = numberFormatter(options.locale, 0);
  const axes = plot.append('g').attr('class', 'spc-layer spc-layer--axes');
  axes.append('g').attr('class', 'spc-axis spc-axis--x').attr('transform', `translate(0,${frame.bottom})`)
    .call(axisBottom(x).ticks(width < 500 ? 4 : 8).tickFormat((v) => xFormat(Number(v))).tickSizeOuter(0));
  axes.append('g').attr('class', 'spc-axis spc-axis--y').attr('transform', `translate(${frame.left},0)`)
    .call(axisLeft(y).tickValues(yTicks).tickFormat((v) => yFormat(Number(v))).tickSizeOuter(0));
  axes.selectAll('.spc-axis').attr('color', COLORS.axis);
  axes.selectAll('.spc-axis text').attr('fill', COLORS.text);
  axes.append('text').attr('class', 'spc-axis-title').attr('x', (frame.left + frame.right) / 2).attr('y', frame.bottom + 34)
    .attr('text-anchor', 'middle').attr('font-size', 11).attr('fill', COLORS.text).text(labels.xAxis);
  axes.append('text').attr('class', 'spc-axis-title').attr('transform', `translate(12,${(frame.top + frame.bottom) / 2}) rotate(-90)`)
    .attr('text-anchor', 'middle').attr('font-size', 11).attr('fill', COLORS.text).text(labels.yAxis);

  // The funnel's mouth runs off the top: clip the lines to the plot.
  const clip = `${idPrefix(svg, 'funnel')}-clip`;
  root.append('defs').append('clipPath').attr('id', clip).append('rect')
    .attr('x', frame.left).attr('y', frame.top).attr('width', frame.right - frame.left).attr('height', frame.bottom - frame.top);
  const lines = plot.append('g').attr('class', 'spc-layer spc-layer--limits').attr('clip-path', `url(#${clip})`);
  for (const key of LIMIT_KEYS) {
    const wide = key.endsWith('998');
    const path = line<FunnelCurvePoint>().x((c) => x(c.denominator)).y((c) => y(shown(c[key])))(curve) ?? '';
    lines.append('path').attr('class', wide ? 'spc-limit' : 'spc-limit2').attr('data-limit', key).attr('d', path).attr('fill', 'none')
      .attr('stroke', wide ? COLORS.limit : COLORS.sigma2).attr('stroke-width', 1.5).attr('stroke-dasharray', wide ? null : '5 4');
  }
  lines.append('line').attr('class', 'spc-cl').attr('x1', frame.left).attr('x2', frame.right)
    .attr('y1', y(shown(result.target))).attr('y2', y(shown(result.target))).attr('stroke', COLORS.centerLine).attr('stroke-width', 1.5);

  const dots = plot.append('g').attr('class', 'spc-layer spc-layer--points').selectAll('g').data(points).join('g')
    .attr('class', (p) => `spc-point spc-funnel-unit${p.outside ? ' spc-point--neutral' : ''}`)
    .attr('data-unit', (p) => p.unit)
    .attr('data-value', (p) => p.value)
    .attr('data-denominator', (p) => p.denominator)
    .attr('data-outside', (p) => p.outside?.level ?? null)
    .attr('transform', (p) => `translate(${x(p.denominator)},${y(shown(p.value))})`);
  dots.append('path').attr('class', 'spc-point-symbol').attr('d', (p) => symbol(SYMBOLS[p.outside?.level ?? 'inside'], p.outside ? 64 : 40)() ?? '')
    .attr('fill', (p) => (p.outside ? COLORS.neutral : COLORS.point)).attr('stroke', (p) => (p.outside ? COLORS.neutral : COLORS.point));
  dots.append('title').text((p) => labels.pointDescription(p));
  // Names beside the points, toward the middle so they stay inside the frame.
  const middle = (frame.left + frame.right) / 2;
  dots.filter((p) => points.length <= NAMED_MAX || p.outside !== null).append('text').attr('class', 'spc-value')
    .attr('x', (p) => (x(p.denominator) > middle ? -8 : 8)).attr('dy', '0.32em').attr('text-anchor', (p) => (x(p.denominator) > middle ? 'end' : 'start'))
    .attr('font-size', 11).attr('fill', COLORS.mutedText).text((p) => p.unit);
}

/** The legend in rows above the plot (wrapped to the width); returns its height. */
function legend(g: ReturnType<typeof select<SVGGElement, unknown>>, options: FunnelChartOptions): number {
  const { labels, width } = options;
  const entries: { cls: string; text: string; draw: (e: ReturnType<typeof select<SVGGElement, unknown>>) => void }[] = [
    { cls: 'spc-legend--cl', text: labels.target, draw: (e) => e.append('line').attr('x2', 18).attr('stroke', COLORS.centerLine).attr('stroke-width', 1.5) },
    { cls: 'spc-legend--sigma2', text: labels.limits95, draw: (e) => e.append('line').attr('x2', 18).attr('stroke', COLORS.sigma2).attr('stroke-width', 1.5).attr('stroke-dasharray', '5 4') },
    { cls: 'spc-legend--limits', text: labels.limits998, draw: (e) => e.append('line').attr('x2', 18).attr('stroke', COLORS.limit).attr('stroke-width', 1.5) },
    { cls: 'spc-legend--value', text: labels.unit, draw: (e) => e.append('path').attr('transform', 'translate(9,0)').attr('d', symbol(SYMBOLS.inside, 40)() ?? '').attr('fill', COLORS.point).attr('stroke', COLORS.point) },
    ...(['95', '99.8'] as const).map((level) => ({
      cls: 'spc-legend--neutral',
      text: labels.outside(level),
      draw: (e: ReturnType<typeof select<SVGGElement, unknown>>) => e.append('path').attr('transform', 'translate(9,0)').attr('d', symbol(SYMBOLS[level], 64)() ?? '').attr('fill', COLORS.neutral).attr('stroke', COLORS.neutral),
    })),
  ];
  const ROW = 18;
  let px = 8;
  let row = 0;
  for (const entry of entries) {
    // Text width estimated from its length (a detached svg cannot be measured).
    const w = 26 + entry.text.length * 6.2 + 14;
    if (px + w > width - 8 && px > 8) {
      px = 8;
      row++;
    }
    const e = g.append('g').attr('class', `spc-legend-item ${entry.cls}`).attr('transform', `translate(${px},${12 + row * ROW})`);
    entry.draw(e);
    e.append('text').attr('x', 24).attr('dy', '0.32em').attr('font-size', 11).attr('fill', COLORS.text).text(entry.text);
    px += w;
  }
  g.attr('aria-hidden', 'true');
  return 12 + (row + 1) * ROW;
}
