/**
 * The pipeline: build scales once, let each layer draw into its own detached <g>, then
 * replace the svg's content. Idempotent: rendering twice gives the same DOM.
 */
import { select } from 'd3';
import { idPrefix } from './frame.ts';
import type { SpcResult } from '../spc/types.ts';
import { annotations } from './layers/annotations.ts';
import { axes } from './layers/axes.ts';
import { centerLine } from './layers/centerLine.ts';
import { goal } from './layers/goal.ts';
import { legend, legendLayout } from './layers/legend.ts';
import { limits } from './layers/limits.ts';
import { lineValues } from './layers/lineValues.ts';
import { phases } from './layers/phases.ts';
import { points } from './layers/points.ts';
import { ruleLabels } from './layers/ruleLabels.ts';
import { series } from './layers/series.ts';
import { SVG_NS } from './paths.ts';
import { buildScales, frameFor } from './scales.ts';
import type { ChartOptions, Group, Layer, SparklineOptions } from './types.ts';

/** Drawing order, back to front. */
const LAYERS: [name: string, layer: Layer][] = [
  ['phases', phases],
  ['axes', axes],
  ['limits', limits],
  ['goal', goal],
  ['center-line', centerLine],
  ['series', series],
  ['annotations', annotations],
  ['points', points],
  ['rule-labels', ruleLabels],
  ['line-values', lineValues],
  ['legend', legend],
];

function detachedGroup(svg: SVGSVGElement, className: string): Group {
  const node = svg.ownerDocument.createElementNS(SVG_NS, 'g') as SVGGElement;
  return select(node).attr('class', className);
}

/**
 * Draws a control or run chart into `svg`, replacing its content.
 * The svg gets a viewBox (it scales with its container), a <title> (labels.chartTitle) and
 * an optional <desc> (labels.chartDescription). In full mode the svg is role="group" because
 * it contains focusable points (role="img" would make them presentational); compact charts,
 * which have no interactive content, are role="img".
 */
export function renderSpcChart(svg: SVGSVGElement, result: SpcResult, options: ChartOptions): void {
  const root = select(svg);
  root.selectChildren().remove();
  const id = idPrefix(svg, 'chart');
  const { labels } = options;
  const compact = options.compact ?? false;

  root
    .attr('viewBox', `0 0 ${options.width} ${options.height}`)
    .attr('preserveAspectRatio', 'xMidYMid meet')
    .classed('spc-chart', true)
    .classed('spc-chart--compact', compact)
    .attr('role', compact ? 'img' : 'group')
    .attr('font-family', 'sans-serif');

  root.append('title').attr('id', `${id}-title`).text(labels.chartTitle);
  const labelledBy = [`${id}-title`];
  if (labels.chartDescription) {
    root.append('desc').attr('id', `${id}-desc`).text(labels.chartDescription);
    labelledBy.push(`${id}-desc`);
  }
  root.attr('aria-labelledby', labelledBy.join(' '));

  const legendRows = legendLayout(result, options, frameFor(options).left).rows;
  const scales = buildScales(result, options, legendRows);
  const plot = detachedGroup(svg, 'spc-plot');
  for (const [name, layer] of LAYERS) {
    const g = detachedGroup(svg, `spc-layer spc-layer--${name}`);
    layer(g, result, scales, options);
    // Only the points speak to assistive technology; everything else repeats them visually.
    if (name !== 'points') g.attr('aria-hidden', 'true');
    if (g.node()!.hasChildNodes()) plot.append(() => g.node()!);
  }
  if (compact) plot.attr('aria-hidden', 'true');
  svg.appendChild(plot.node()!);
}

export const SPARKLINE_SIZE = { width: 240, height: 64 } as const;

/** A compact chart for small multiples: no axes, labels, annotations or legend; not interactive. */
export function renderSparkline(svg: SVGSVGElement, result: SpcResult, options: SparklineOptions): void {
  const { onPointClick: _click, onPointFocus: _focus, annotations: _annotations, ...rest } = options;
  renderSpcChart(svg, result, {
    ...rest,
    width: options.width ?? SPARKLINE_SIZE.width,
    height: options.height ?? SPARKLINE_SIZE.height,
    compact: true,
  });
}
