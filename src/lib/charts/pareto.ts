/**
 * A Pareto chart (Provost & Murray 2011, ch. 2): events by category as bars in descending order,
 * the cumulative percentage as a line on a right axis from 0 to 100 %, and an 80 % reference
 * line. Pure rendering of the engine's `ParetoBar`s (`spc/pareto.ts`); every word comes from
 * `labels`. The svg is one role="img" with a title and description: the view's table carries
 * the numbers. Classes follow the control chart's, so the page's palettes apply.
 */
import { axisBottom, axisLeft, axisRight, line, scaleBand, scaleLinear, type Selection } from 'd3';
import type { ParetoBar } from '../spc/pareto.ts';
import { COLORS } from './colors.ts';
import { imageFrame } from './frame.ts';
import { numberFormatter } from './format.ts';
import type { ChartLocale } from './types.ts';

export interface ParetoChartLabels {
  chartTitle: string;
  chartDescription?: string;
  /** The bars (legend), the cumulative line and the reference line. */
  bars: string;
  cumulative: string;
  reference: string;
  /** Left axis (events) and right axis (cumulative share). */
  yAxis: string;
  yAxisRight: string;
  /** A bar's tooltip. */
  barDescription: (bar: ParetoBar) => string;
  /** Shown for a category whose cell is empty. */
  emptyCategory: string;
}

export interface ParetoChartOptions {
  width: number;
  height: number;
  locale: ChartLocale;
  labels: ParetoChartLabels;
}

/** The share the reference line marks: the "vital few" causing most events (Juran's 80/20). */
export const PARETO_REFERENCE = 80;
/** Estimated width of a character of the 11 px labels (a detached svg cannot be measured). */
const CHAR = 6.2;
/** Longest category label drawn slanted; the table gives the whole text. */
const SLANT_MAX = 22;
/** Slanted labels rise steeply (60°), so the first one stays inside the chart's left edge. */
const SLANT_ANGLE = 60;
const SLANT_SIN = Math.sin((SLANT_ANGLE * Math.PI) / 180);

type G = Selection<SVGGElement, unknown, null, undefined>;

export function renderParetoChart(svg: SVGSVGElement, bars: readonly ParetoBar[], options: ParetoChartOptions): void {
  const { width, height, labels } = options;
  const root = imageFrame(svg, { kind: 'pareto', width, height, title: labels.chartTitle, description: labels.chartDescription });

  const legendHeight = legend(root.append('g'), options);
  const names = bars.map((b) => (b.category === '' ? labels.emptyCategory : b.category));
  const left = 56;
  const right = width - 52;
  const band = (right - left) / Math.max(1, bars.length);
  const words = wrapAll(names, band);
  // Labels that do not fit their band as words are slanted; the bottom margin follows the labels.
  const slanted = words === null;
  const labelDepth = slanted ? Math.min(SLANT_MAX, Math.max(0, ...names.map((n) => n.length))) * CHAR * SLANT_SIN + 12 : 14 * Math.max(1, ...words.map((w) => w.length)) + 6;
  const frame = { left, right, top: legendHeight + 14, bottom: height - labelDepth - 28 };

  const x = scaleBand<number>().domain(bars.map((_, i) => i)).range([frame.left, frame.right]).padding(0.2);
  const y = scaleLinear().domain([0, Math.max(1, ...bars.map((b) => b.count))]).range([frame.bottom, frame.top]).nice();
  const share = scaleLinear().domain([0, 100]).range([frame.bottom, frame.top]);
  const count = numberFormatter(options.locale, 0);
  const percent = numberFormatter(options.locale, 0, true);

  const plot = root.append('g').attr('class', 'spc-plot').attr('aria-hidden', 'true');
  const axes = plot.append('g').attr('class', 'spc-layer spc-layer--axes');
  const xAxis = axes.append('g').attr('class', 'spc-axis spc-axis--x').attr('transform', `translate(0,${frame.bottom})`)
    .call(axisBottom(x).tickFormat(() => '').tickSizeOuter(0));
  axes.append('g').attr('class', 'spc-axis spc-axis--y').attr('transform', `translate(${frame.left},0)`)
    .call(axisLeft(y).ticks(Math.min(6, y.domain()[1]!)).tickFormat((v) => count(Number(v))).tickSizeOuter(0));
  axes.append('g').attr('class', 'spc-axis spc-axis--y2').attr('transform', `translate(${frame.right},0)`)
    .call(axisRight(share).tickValues([0, 20, 40, 60, 80, 100]).tickFormat((v) => percent(Number(v) / 100)).tickSizeOuter(0));
  axes.selectAll('.spc-axis').attr('color', COLORS.axis);
  axes.selectAll('.spc-axis text').attr('fill', COLORS.text);
  categoryLabels(xAxis, names, words, x);
  axes.append('text').attr('class', 'spc-axis-title').attr('transform', `translate(12,${(frame.top + frame.bottom) / 2}) rotate(-90)`)
    .attr('text-anchor', 'middle').attr('font-size', 11).attr('fill', COLORS.text).text(labels.yAxis);
  axes.append('text').attr('class', 'spc-axis-title').attr('transform', `translate(${width - 8},${(frame.top + frame.bottom) / 2}) rotate(90)`)
    .attr('text-anchor', 'middle').attr('font-size', 11).attr('fill', COLORS.text).text(labels.yAxisRight);

  const columns = plot.append('g').attr('class', 'spc-layer spc-layer--bars').selectAll('g').data(bars).join('g')
    .attr('class', 'spc-pareto-bar').attr('data-category', (b) => b.category).attr('data-count', (b) => b.count);
  columns.append('rect').attr('x', (_, i) => x(i)!).attr('width', x.bandwidth()).attr('y', (b) => y(b.count))
    .attr('height', (b) => frame.bottom - y(b.count)).attr('fill', COLORS.series);
  columns.append('title').text((b) => labels.barDescription(b));
  columns.append('text').attr('class', 'spc-value').attr('x', (_, i) => x(i)! + x.bandwidth() / 2).attr('y', (b) => y(b.count) - 4)
    .attr('text-anchor', 'middle').attr('font-size', 11).attr('fill', COLORS.mutedText).text((b) => count(b.count));

  const lines = plot.append('g').attr('class', 'spc-layer spc-layer--cumulative');
  lines.append('line').attr('class', 'spc-limit2 spc-pareto-reference').attr('x1', frame.left).attr('x2', frame.right)
    .attr('y1', share(PARETO_REFERENCE)).attr('y2', share(PARETO_REFERENCE)).attr('stroke', COLORS.sigma2).attr('stroke-width', 1.5).attr('stroke-dasharray', '5 4');
  const mid = (i: number) => x(i)! + x.bandwidth() / 2;
  const path = line<ParetoBar>().x((_, i) => mid(i)).y((b) => share(b.cumulativePercent))(bars as ParetoBar[]) ?? '';
  lines.append('path').attr('class', 'spc-cl spc-pareto-cumulative').attr('d', path).attr('fill', 'none').attr('stroke', COLORS.centerLine).attr('stroke-width', 2);
  lines.selectAll('circle').data(bars).join('circle').attr('class', 'spc-pareto-dot').attr('cx', (_, i) => mid(i)).attr('cy', (b) => share(b.cumulativePercent))
    .attr('r', 3.5).attr('fill', COLORS.centerLine).attr('data-cumulative', (b) => b.cumulativePercent);
}

/** Each name as lines of words that fit `band`, or null when a word is wider than the band. */
function wrapAll(names: readonly string[], band: number): string[][] | null {
  const room = Math.floor((band * 0.95) / CHAR);
  const out: string[][] = [];
  for (const name of names) {
    const lines: string[] = [];
    for (const word of name.split(/\s+/).filter(Boolean)) {
      if (word.length > room) return null;
      const last = lines.at(-1);
      if (last !== undefined && last.length + 1 + word.length <= room) lines[lines.length - 1] = `${last} ${word}`;
      else lines.push(word);
    }
    if (lines.length > 3) return null;
    out.push(lines);
  }
  return out;
}

function categoryLabels(axis: G, names: readonly string[], words: string[][] | null, x: ReturnType<typeof scaleBand<number>>): void {
  const g = axis.append('g').attr('class', 'spc-pareto-labels');
  names.forEach((name, i) => {
    const cx = x(i)! + x.bandwidth() / 2;
    const text = g.append('text').attr('font-size', 11).attr('fill', COLORS.text);
    if (words) {
      text.attr('text-anchor', 'middle').attr('transform', `translate(${cx},16)`);
      words[i]!.forEach((w, k) => text.append('tspan').attr('x', 0).attr('dy', k === 0 ? 0 : 14).text(w));
    } else {
      const short = name.length > SLANT_MAX ? `${name.slice(0, SLANT_MAX - 1)}…` : name;
      text.attr('text-anchor', 'end').attr('transform', `translate(${cx + 4},12) rotate(-${SLANT_ANGLE})`).text(short);
    }
  });
}

/** The legend in one or more rows above the plot; returns its height. */
function legend(g: G, options: ParetoChartOptions): number {
  const { labels, width } = options;
  const entries: { cls: string; text: string; draw: (e: G) => void }[] = [
    { cls: 'spc-legend--bars', text: labels.bars, draw: (e) => e.append('rect').attr('y', -6).attr('width', 18).attr('height', 12).attr('fill', COLORS.series) },
    { cls: 'spc-legend--cl', text: labels.cumulative, draw: (e) => e.append('line').attr('x2', 18).attr('stroke', COLORS.centerLine).attr('stroke-width', 2) },
    { cls: 'spc-legend--sigma2', text: labels.reference, draw: (e) => e.append('line').attr('x2', 18).attr('stroke', COLORS.sigma2).attr('stroke-width', 1.5).attr('stroke-dasharray', '5 4') },
  ];
  const ROW = 18;
  let px = 8;
  let row = 0;
  for (const entry of entries) {
    const w = 26 + entry.text.length * CHAR + 14;
    if (px + w > width - 8 && px > 8) {
      px = 8;
      row++;
    }
    const e = g.append('g').attr('class', `spc-legend-item ${entry.cls}`).attr('transform', `translate(${px},${12 + row * ROW})`);
    entry.draw(e);
    e.append('text').attr('x', 24).attr('dy', '0.32em').attr('font-size', 11).attr('fill', COLORS.text).text(entry.text);
    px += w;
  }
  g.attr('class', 'spc-legend').attr('aria-hidden', 'true');
  return 12 + (row + 1) * ROW;
}
