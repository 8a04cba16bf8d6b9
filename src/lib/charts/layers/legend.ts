/**
 * One-row legend under the x axis, listing only what the chart shows, so that line styles,
 * symbol shapes and hollow points are explained in words (WCAG 1.4.1); wraps into rows.
 * Hidden from screen readers: the points and the app's data table carry the same information.
 */
import type { Special, SpcResult } from '../../spc/types.ts';
import { COLORS } from '../colors.ts';
import { drawnMarks, MARK_ORDER, POINT_STYLE, type MarkKind } from '../marks.ts';
import { estimateTextWidth } from '../paths.ts';
import { AXIS_TITLE_SIZE, LEGEND_ROW_HEIGHT } from '../scales.ts';
import type { ChartOptions, Group, Layer } from '../types.ts';
import { pointColor, symbolPath } from './points.ts';

type Key = { mark: MarkKind; className: string; text: string } & (
  | { kind: 'line'; stroke: string; dash?: string }
  | { kind: 'symbol'; path: string; fill: string; stroke: string; dash?: string }
  | { kind: 'area' }
);

const FONT_SIZE = 10;

/** One key per kind of mark the chart draws (marks.ts), in a fixed order. */
export function legendKeys(result: SpcResult, options: ChartOptions): Key[] {
  const labels = options.labels;
  const drawn = drawnMarks(result, options);
  const upper = result.points.some((p) => p.ucl !== null);
  const lower = result.points.some((p) => p.lcl !== null);
  // Both limits: one name for the pair ("Control limits"), not two capitalised names run together.
  const limitText = upper && lower ? labels.limits : upper ? labels.upperLimit : labels.lowerLimit;
  const symbolKey = (mark: MarkKind, special: Special | null, text: string): Key => ({
    mark, kind: 'symbol', className: `spc-legend--${mark}`, path: symbolPath(special, false),
    fill: POINT_STYLE[mark]?.hollow ? COLORS.background : pointColor(special), stroke: pointColor(special), text,
    ...(POINT_STYLE[mark]?.dash ? { dash: POINT_STYLE[mark].dash } : {}),
  });
  const key = (mark: MarkKind): Key => {
    const className = `spc-legend--${mark}`;
    switch (mark) {
      case 'value':
        return symbolKey(mark, null, labels.values);
      case 'center-line':
        return { mark, kind: 'line', className: 'spc-legend--cl', stroke: COLORS.centerLine, text: labels.centerLine };
      case 'center-line-signal':
        return { mark, kind: 'line', className, stroke: COLORS.centerLineSignal, dash: '6 4', text: labels.centerLineSignal };
      case 'limits':
        return { mark, kind: 'line', className: 'spc-legend--limits', stroke: COLORS.limit, text: limitText };
      case 'sigma2':
        return { mark, kind: 'line', className, stroke: COLORS.sigma2, dash: '4 3', text: labels.sigma2 };
      case 'goal':
        return { mark, kind: 'line', className, stroke: COLORS.goal, dash: '8 3 2 3', text: labels.goal };
      case 'target':
        return { mark, kind: 'line', className, stroke: COLORS.target, dash: '2 3', text: labels.target };
      case 'improvement':
      case 'concern':
      case 'neutral':
        return symbolKey(mark, mark, labels.special(mark));
      case 'excluded':
        return symbolKey(mark, null, labels.excluded);
      case 'provisional':
        return symbolKey(mark, null, labels.provisional);
      case 'baseline':
        return { mark, kind: 'area', className, text: labels.baseline };
    }
  };
  return MARK_ORDER.filter((m) => drawn.has(m)).map(key);
}

function drawKey(item: Group, key: Key): void {
  if (key.kind === 'line') {
    const line = item.append('line').attr('x1', 0).attr('x2', 16).attr('stroke', key.stroke).attr('stroke-width', 1.5);
    if (key.dash) line.attr('stroke-dasharray', key.dash);
  } else if (key.kind === 'symbol') {
    const path = item.append('path').attr('transform', 'translate(8,0)').attr('d', key.path).attr('fill', key.fill).attr('stroke', key.stroke);
    if (key.dash) path.attr('stroke-width', 1.5).attr('stroke-dasharray', key.dash);
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
    const item = g
      .append('g')
      .attr('class', `spc-legend ${key.className}`)
      .attr('data-legend', key.mark)
      .attr('transform', `translate(${x},${y})`);
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
