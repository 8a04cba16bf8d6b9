/** x and y axes with the locale formats computed by the scales; optional axis titles. */
import { axisBottom, axisLeft, scaleIdentity } from 'd3';
import { COLORS } from '../colors.ts';
import type { Layer } from '../types.ts';

export const axes: Layer = (g, _result, scales, options) => {
  if (options.compact) return;
  const { frame, xTicks, yTicks } = scales;

  const x = axisBottom(scaleIdentity().domain([frame.left, frame.right]))
    .tickValues(xTicks.map((t) => t.px))
    .tickFormat((_, i) => xTicks[i]?.label ?? '')
    .tickSizeOuter(0);
  g.append('g').attr('class', 'spc-axis spc-axis--x').attr('transform', `translate(0,${frame.bottom})`).call(x);

  const y = axisLeft(scaleIdentity().domain([frame.bottom, frame.top]))
    .tickValues(yTicks.map((t) => t.px))
    .tickFormat((_, i) => yTicks[i]?.label ?? '')
    .tickSizeOuter(0);
  g.append('g').attr('class', 'spc-axis spc-axis--y').attr('transform', `translate(${frame.left},0)`).call(y);

  g.selectAll('.spc-axis').attr('color', COLORS.axis);
  g.selectAll('.spc-axis text').attr('fill', COLORS.text);

  if (options.labels.xAxis) {
    g.append('text')
      .attr('class', 'spc-axis-title spc-axis-title--x')
      .attr('x', (frame.left + frame.right) / 2)
      .attr('y', frame.bottom + 30)
      .attr('text-anchor', 'middle')
      .attr('font-size', 11)
      .attr('fill', COLORS.text)
      .text(options.labels.xAxis);
  }
  if (options.labels.yAxis) {
    g.append('text')
      .attr('class', 'spc-axis-title spc-axis-title--y')
      .attr('transform', `translate(12,${(frame.top + frame.bottom) / 2}) rotate(-90)`)
      .attr('text-anchor', 'middle')
      .attr('font-size', 11)
      .attr('fill', COLORS.text)
      .text(options.labels.yAxis);
  }
};
