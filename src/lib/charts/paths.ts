/** Small shared helpers for layers: grouping by phase and drawing value lines. */
import { curveLinear, line, type CurveFactory } from 'd3';
import type { SpcPoint } from '../spc/types.ts';
import type { ChartScales } from './scales.ts';
import type { Group } from './types.ts';

export const SVG_NS = 'http://www.w3.org/2000/svg';

/** Points grouped by phase, in phase order. */
export function byPhase(points: SpcPoint[]): Map<number, SpcPoint[]> {
  const groups = new Map<number, SpcPoint[]>();
  for (const p of points) {
    const list = groups.get(p.phase);
    if (list) list.push(p);
    else groups.set(p.phase, [p]);
  }
  return new Map([...groups].sort(([a], [b]) => a - b));
}

export interface LineStyle {
  className: string;
  stroke: string;
  strokeWidth?: number;
  dash?: string;
  curve?: CurveFactory;
  phase?: number;
  /** The legend entry this line is explained by (see marks.ts). */
  mark?: string;
}

/** Path through `value(point)`, broken where the value is null; nothing when no value exists. */
export function drawValueLine(
  g: Group,
  points: SpcPoint[],
  value: (p: SpcPoint) => number | null,
  scales: ChartScales,
  style: LineStyle,
): void {
  if (!points.some((p) => value(p) !== null)) return;
  const path = line<SpcPoint>()
    .defined((p) => value(p) !== null && Number.isFinite(value(p)))
    .x((p) => scales.px(p))
    .y((p) => scales.y(value(p)!))
    .curve(style.curve ?? curveLinear)(points);
  if (!path) return;
  const el = g
    .append('path')
    .attr('class', style.className)
    .attr('d', path)
    .attr('fill', 'none')
    .attr('stroke', style.stroke)
    .attr('stroke-width', style.strokeWidth ?? 1.5);
  if (style.dash) el.attr('stroke-dasharray', style.dash);
  if (style.phase !== undefined) el.attr('data-phase', style.phase);
  if (style.mark !== undefined) el.attr('data-mark', style.mark);
}

/** Last point of `points` with a non-null `value`. */
export function lastWith(points: SpcPoint[], value: (p: SpcPoint) => number | null): SpcPoint | undefined {
  for (let i = points.length - 1; i >= 0; i--) if (value(points[i]!) !== null) return points[i];
  return undefined;
}

/** Rough text width (jsdom cannot measure), used for legend layout only. */
export function estimateTextWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.58;
}
