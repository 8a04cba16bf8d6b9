/** 3-sigma limits per phase as step lines (they vary with n on p/u charts); optional 2-sigma, dashed. */
import { curveStep } from 'd3';
import { COLORS } from '../colors.ts';
import { byPhase, drawValueLine } from '../paths.ts';
import type { Layer } from '../types.ts';

export const limits: Layer = (g, result, scales, options) => {
  const width = options.compact ? 1 : 1.5;
  for (const [phase, points] of byPhase(result.points)) {
    const base = { curve: curveStep, phase, strokeWidth: width, mark: 'limits' };
    drawValueLine(g, points, (p) => p.ucl, scales, { ...base, className: 'spc-limit spc-ucl', stroke: COLORS.limit });
    drawValueLine(g, points, (p) => p.lcl, scales, { ...base, className: 'spc-limit spc-lcl', stroke: COLORS.limit });
    if (options.showSigma2) {
      const dashed = { ...base, stroke: COLORS.sigma2, dash: '4 3', strokeWidth: 1, mark: 'sigma2' };
      drawValueLine(g, points, (p) => p.ucl95, scales, { ...dashed, className: 'spc-limit2 spc-ucl95' });
      drawValueLine(g, points, (p) => p.lcl95, scales, { ...dashed, className: 'spc-limit2 spc-lcl95' });
    }
  }
};
