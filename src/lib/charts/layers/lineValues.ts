/**
 * Values of the limits, centre line, goal and target of the last phase at the right edge
 * (as qicharts2 does), pushed apart so they never overlap.
 */
import type { SpcPoint } from '../../spc/types.ts';
import { COLORS } from '../colors.ts';
import { phaseRunsSignal } from '../marks.ts';
import { byPhase, lastWith } from '../paths.ts';
import type { Layer } from '../types.ts';

interface EdgeValue {
  className: string;
  value: number;
  color: string;
  y: number;
}

const LINE_HEIGHT = 11;

/** Spread label positions so that consecutive ones are at least `gap` apart. */
export function spread(ys: number[], gap: number): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  for (let k = 1; k < order.length; k++) {
    order[k]!.y = Math.max(order[k]!.y, order[k - 1]!.y + gap);
  }
  const out = new Array<number>(ys.length);
  for (const { y, i } of order) out[i] = y;
  return out;
}

export const lineValues: Layer = (g, result, scales, options) => {
  if (options.compact) return;
  const phases = [...byPhase(result.points).values()];
  const last = phases[phases.length - 1] ?? [];
  const items: EdgeValue[] = [];
  const add = (className: string, points: SpcPoint[], get: (p: SpcPoint) => number | null, color: string) => {
    const p = lastWith(points, get);
    if (p) items.push({ className, value: get(p)!, color, y: scales.y(get(p)!) });
  };
  add('spc-value spc-value--ucl', last, (p) => p.ucl, COLORS.limit);
  const lastPhase = last[0]?.phase;
  const signal = lastPhase !== undefined && phaseRunsSignal(result, lastPhase, last);
  add(signal ? 'spc-value spc-value--cl spc-value--signal' : 'spc-value spc-value--cl', last, (p) => p.cl, signal ? COLORS.centerLineSignal : COLORS.centerLine);
  add('spc-value spc-value--lcl', last, (p) => p.lcl, COLORS.limit);
  add('spc-value spc-value--goal', result.points, (p) => p.goal, COLORS.goal);
  add('spc-value spc-value--target', result.points, (p) => p.target, COLORS.target);
  const ys = spread(
    items.map((d) => d.y),
    LINE_HEIGHT,
  );
  items.forEach((d, i) => {
    g.append('text')
      .attr('class', d.className)
      .attr('x', scales.frame.right + 4)
      .attr('y', ys[i]!)
      .attr('dy', '0.32em')
      .attr('font-size', 10)
      .attr('fill', d.color === COLORS.limit ? COLORS.mutedText : d.color)
      .text(scales.formatY(d.value));
  });
};
