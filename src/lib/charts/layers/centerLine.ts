/**
 * Centre line per phase (the median on run charts). A phase with a runs signal gets a red,
 * dashed centre line, as in qicharts2, and the class `spc-cl--signal`.
 */
import { curveStep } from 'd3';
import { COLORS } from '../colors.ts';
import { phaseRunsSignal } from '../marks.ts';
import { byPhase, drawValueLine } from '../paths.ts';
import type { Layer } from '../types.ts';

export const centerLine: Layer = (g, result, scales, options) => {
  for (const [phase, points] of byPhase(result.points)) {
    const signal = phaseRunsSignal(result, phase, points);
    drawValueLine(g, points, (p) => p.cl, scales, {
      className: signal ? 'spc-cl spc-cl--signal' : 'spc-cl',
      stroke: signal ? COLORS.centerLineSignal : COLORS.centerLine,
      strokeWidth: options.compact ? 1 : 1.5,
      curve: curveStep,
      phase,
      mark: signal ? 'center-line-signal' : 'center-line',
      ...(signal ? { dash: '6 4' } : {}),
    });
  }
};
