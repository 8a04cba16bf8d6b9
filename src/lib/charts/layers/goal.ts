/** Goal line (a step line: a goal may change from a date on) and target line, across phases. */
import { curveStepAfter } from 'd3';
import { COLORS } from '../colors.ts';
import { drawValueLine } from '../paths.ts';
import type { Layer } from '../types.ts';

export const goal: Layer = (g, result, scales, options) => {
  const strokeWidth = options.compact ? 1 : 1.5;
  drawValueLine(g, result.points, (p) => p.goal, scales, {
    className: 'spc-goal',
    mark: 'goal',
    stroke: COLORS.goal,
    strokeWidth,
    dash: '8 3 2 3',
    curve: curveStepAfter,
  });
  drawValueLine(g, result.points, (p) => p.target, scales, {
    className: 'spc-target',
    mark: 'target',
    stroke: COLORS.target,
    strokeWidth,
    dash: '2 3',
    curve: curveStepAfter,
  });
};
