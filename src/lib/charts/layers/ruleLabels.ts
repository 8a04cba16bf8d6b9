/**
 * Short rule names next to flagged points: only at the first point of each run of points
 * flagged by the same rule (a shift of nine points gets one label), above points on or above
 * the centre line and below the others.
 */
import type { PointRule, SpcPoint } from '../../spc/types.ts';
import { COLORS } from '../colors.ts';
import type { Layer } from '../types.ts';

/** Rules that start a run at each point (not flagged at the previous non-missing point). */
export function ruleRunStarts(points: SpcPoint[]): Map<SpcPoint, PointRule[]> {
  const starts = new Map<SpcPoint, PointRule[]>();
  let previous: readonly PointRule[] = [];
  for (const p of points) {
    if (p.y === null) continue;
    const fresh = p.rules.filter((r) => !previous.includes(r));
    if (fresh.length) starts.set(p, fresh);
    previous = p.rules;
  }
  return starts;
}

export const ruleLabels: Layer = (g, result, scales, options) => {
  if (options.compact) return;
  const list = new Intl.ListFormat(options.locale, { type: 'unit', style: 'short' });
  const { frame } = scales;
  for (const [p, rules] of ruleRunStarts(result.points)) {
    const py = scales.y(p.y!);
    const above = p.cl === null || p.y! >= p.cl;
    const y = above ? Math.max(frame.top + 9, py - 9) : Math.min(frame.bottom - 3, py + 17);
    g.append('text')
      .attr('class', 'spc-rule-label')
      .attr('data-position', p.position)
      .attr('x', scales.px(p))
      .attr('y', y)
      .attr('text-anchor', 'middle')
      .attr('font-size', 10)
      .attr('fill', p.special ? COLORS[p.special] : COLORS.mutedText)
      .attr('aria-hidden', 'true')
      .text(list.format(rules.map((r) => options.labels.rule(r))));
  }
};
