/** The data line through the points, broken at missing values. */
import { COLORS } from '../colors.ts';
import { drawValueLine } from '../paths.ts';
import type { Layer } from '../types.ts';

export const series: Layer = (g, result, scales, options) => {
  drawValueLine(g, result.points, (p) => p.y, scales, {
    className: 'spc-series',
    mark: 'value',
    stroke: COLORS.series,
    strokeWidth: options.compact ? 1.25 : 1.5,
  });
};
