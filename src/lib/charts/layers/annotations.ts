/**
 * Vertical markers with user text at subgroup positions, text at the foot of the plot (rule
 * labels and the baseline name use the top). Text is always set as text, never markup.
 */
import { COLORS } from '../colors.ts';
import type { Layer } from '../types.ts';

export const annotations: Layer = (g, _result, scales, options) => {
  if (options.compact || !options.annotations?.length) return;
  const { frame } = scales;
  const mid = (frame.left + frame.right) / 2;
  options.annotations.forEach((annotation, i) => {
    const x = scales.atPosition(annotation.position);
    if (x === null) return;
    const marker = g.append('g').attr('class', 'spc-annotation');
    marker
      .append('line')
      .attr('x1', x)
      .attr('x2', x)
      .attr('y1', frame.top)
      .attr('y2', frame.bottom)
      .attr('stroke', COLORS.annotation)
      .attr('stroke-width', 1)
      .attr('stroke-dasharray', '1 3');
    const right = x <= mid;
    marker
      .append('text')
      .attr('x', right ? x + 3 : x - 3)
      .attr('y', frame.bottom - 6 - (i % 3) * 12)
      .attr('text-anchor', right ? 'start' : 'end')
      .attr('font-size', 10)
      .attr('fill', COLORS.annotation)
      .text(annotation.text);
  });
};
