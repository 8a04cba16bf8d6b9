/** The data line through the final points, broken at missing values; dashed on to a provisional point. */
import { COLORS } from '../colors.ts';
import { PROVISIONAL_LINE_DASH } from '../marks.ts';
import { drawValueLine } from '../paths.ts';
import type { Layer } from '../types.ts';

export const series: Layer = (g, result, scales, options) => {
  const strokeWidth = options.compact ? 1.25 : 1.5;
  drawValueLine(g, result.points, (p) => (p.provisional ? null : p.y), scales, {
    className: 'spc-series',
    mark: 'value',
    stroke: COLORS.series,
    strokeWidth,
  });
  // Each provisional point hangs from the point before it by a dashed segment.
  result.points.forEach((p, i) => {
    const before = result.points[i - 1];
    if (!p.provisional || !before || before.y === null) return;
    drawValueLine(g, [before, p], (q) => q.y, scales, {
      className: 'spc-series spc-series--provisional',
      mark: 'provisional',
      stroke: COLORS.series,
      strokeWidth,
      dash: PROVISIONAL_LINE_DASH,
    });
  });
};
