/**
 * One-row legend under the x axis, listing only what the chart shows, so that line styles,
 * symbol shapes and hollow points are explained in words (WCAG 1.4.1); wraps into rows.
 * Hidden from screen readers: the points and the app's data table carry the same information.
 */
import type { SpcResult } from '../../spc/types.ts';
import { COLORS } from '../colors.ts';
import { estimateTextWidth } from '../paths.ts';
import { AXIS_TITLE_SIZE, LEGEND_ROW_HEIGHT } from '../scales.ts';
import type { ChartOptions, Group, Layer } from '../types.ts';
import { baselineRuns } from './phases.ts';
import { symbolPath } from './points.ts';

type Key =
  | { kind: 'line'; className: string; stroke: string; dash?: string; text: string }
  | { kind: 'symbol'; className: string; path: string; fill: string; stroke: string; text: string }
  | { kind: 'area'; className: string; text: string };

const FONT_SIZE = 10;

export function legendKeys(result: SpcResult, options: ChartOptions): Key[] {
  const { points } = result;
  const labels = options.labels;
  const has = (f: (p: (typeof points)[number]) => boolean) => points.some(f);
  const keys: Key[] = [];
  if (has((p) => p.cl !== null))
    keys.push({ kind: 'line', className: 'spc-legend--cl', stroke: COLORS.centerLine, text: labels.centerLine });
  const limitNames = [has((p) => p.ucl !== null) && labels.upperLimit, has((p) => p.lcl !== null) && labels.lowerLimit];
  const limitText = limitNames.filter((t): t is string => typeof t === 'string');
  if (limitText.length) {
    const list = new Intl.ListFormat(options.locale, { type: 'unit', style: 'short' });
    keys.push({ kind: 'line', className: 'spc-legend--limits', stroke: COLORS.limit, text: list.format(limitText) });
  }
  if (has((p) => p.goal !== null))
    keys.push({ kind: 'line', className: 'spc-legend--goal', stroke: COLORS.goal, dash: '8 3 2 3', text: labels.goal });
  if (has((p) => p.target !== null))
    keys.push({ kind: 'line', className: 'spc-legend--target', stroke: COLORS.target, dash: '2 3', text: labels.target });
  for (const special of ['improvement', 'concern', 'neutral'] as const) {
    if (!has((p) => p.special === special && p.y !== null)) continue;
    const color = COLORS[special];
    const path = symbolPath(special, false);
    keys.push({ kind: 'symbol', className: `spc-legend--${special}`, path, fill: color, stroke: color, text: labels.special(special) });
  }
  if (has((p) => p.excluded && p.y !== null)) {
    const path = symbolPath(null, false);
    keys.push({ kind: 'symbol', className: 'spc-legend--excluded', path, fill: COLORS.background, stroke: COLORS.point, text: labels.excluded });
  }
  if (baselineRuns(points).length) keys.push({ kind: 'area', className: 'spc-legend--baseline', text: labels.baseline });
  return keys;
}

function drawKey(item: Group, key: Key): void {
  if (key.kind === 'line') {
    const line = item.append('line').attr('x1', 0).attr('x2', 16).attr('stroke', key.stroke).attr('stroke-width', 1.5);
    if (key.dash) line.attr('stroke-dasharray', key.dash);
  } else if (key.kind === 'symbol') {
    item.append('path').attr('transform', 'translate(8,0)').attr('d', key.path).attr('fill', key.fill).attr('stroke', key.stroke);
  } else {
    item.append('rect').attr('x', 0).attr('y', -5).attr('width', 16).attr('height', 10).attr('fill', COLORS.baselineFill);
  }
}

export interface PlacedKey {
  key: Key;
  x: number;
  row: number;
}

/** Keys placed left to right, wrapping into rows within the chart width. */
export function legendLayout(result: SpcResult, options: ChartOptions, left: number): { keys: PlacedKey[]; rows: number } {
  if (options.compact) return { keys: [], rows: 0 };
  const keys: PlacedKey[] = [];
  let x = left;
  let row = 0;
  for (const key of legendKeys(result, options)) {
    const width = 20 + estimateTextWidth(key.text, FONT_SIZE);
    if (x > left && x + width > options.width - 4) {
      row += 1;
      x = left;
    }
    keys.push({ key, x, row });
    x += width + 14;
  }
  return { keys, rows: keys.length ? row + 1 : 0 };
}

export const legend: Layer = (g, result, scales, options) => {
  if (options.compact) return;
  const top = scales.frame.bottom + 30 + (options.labels.xAxis ? AXIS_TITLE_SIZE : 0) + 6;
  for (const { key, x, row } of legendLayout(result, options, scales.frame.left).keys) {
    const y = top + row * LEGEND_ROW_HEIGHT;
    const item = g.append('g').attr('class', `spc-legend ${key.className}`).attr('transform', `translate(${x},${y})`);
    drawKey(item, key);
    item
      .append('text')
      .attr('x', 20)
      .attr('dy', '0.32em')
      .attr('font-size', FONT_SIZE)
      .attr('fill', COLORS.text)
      .text(key.text);
  }
};
