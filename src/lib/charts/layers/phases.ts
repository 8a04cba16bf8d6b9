/**
 * Phase separators (midway between the last point of a phase and the first of the next),
 * phase names when there are several phases, and the baseline period shaded and named.
 */
import { COLORS } from '../colors.ts';
import { byPhase } from '../paths.ts';
import type { ChartScales } from '../scales.ts';
import type { SpcPoint } from '../../spc/types.ts';
import type { Layer } from '../types.ts';

/** Contiguous runs of baseline points, only within phases that also have non-baseline points. */
export function baselineRuns(points: SpcPoint[]): SpcPoint[][] {
  const runs: SpcPoint[][] = [];
  for (const phasePoints of byPhase(points).values()) {
    if (phasePoints.every((p) => p.baseline)) continue;
    let run: SpcPoint[] = [];
    for (const p of phasePoints) {
      if (p.baseline) {
        run.push(p);
      } else if (run.length) {
        runs.push(run);
        run = [];
      }
    }
    if (run.length) runs.push(run);
  }
  return runs;
}

/** Pixel span of a run of points, extended halfway to the neighbouring points. */
function span(run: SpcPoint[], all: SpcPoint[], scales: ChartScales): [number, number] {
  const first = run[0]!;
  const last = run[run.length - 1]!;
  const i = all.indexOf(first);
  const j = all.indexOf(last);
  const prev = all[i - 1];
  const next = all[j + 1];
  const x0 = prev ? (scales.px(prev) + scales.px(first)) / 2 : scales.frame.left;
  const x1 = next ? (scales.px(last) + scales.px(next)) / 2 : scales.frame.right;
  return [x0, x1];
}

export const phases: Layer = (g, result, scales, options) => {
  const { frame } = scales;
  const all = result.points;
  for (const run of baselineRuns(all)) {
    const [x0, x1] = span(run, all, scales);
    g.append('rect')
      .attr('class', 'spc-baseline')
      .attr('data-mark', 'baseline')
      .attr('x', x0)
      .attr('y', frame.top)
      .attr('width', Math.max(0, x1 - x0))
      .attr('height', frame.bottom - frame.top)
      .attr('fill', COLORS.baselineFill);
    if (!options.compact) {
      g.append('text')
        .attr('class', 'spc-baseline-label')
        .attr('x', x0 + 4)
        .attr('y', frame.top + 12)
        .attr('font-size', 10)
        .attr('fill', COLORS.mutedText)
        .text(options.labels.baseline);
    }
  }

  const groups = [...byPhase(all).entries()];
  groups.forEach(([phase, points], index) => {
    const [x0, x1] = span(points, all, scales);
    if (index > 0) {
      g.append('line')
        .attr('class', 'spc-phase-separator')
        .attr('x1', x0)
        .attr('x2', x0)
        .attr('y1', frame.top)
        .attr('y2', frame.bottom)
        .attr('stroke', COLORS.phaseSeparator)
        .attr('stroke-width', 1);
    }
    if (groups.length > 1 && !options.compact) {
      g.append('text')
        .attr('class', 'spc-phase-label')
        .attr('x', (x0 + x1) / 2)
        .attr('y', frame.top - 8)
        .attr('text-anchor', 'middle')
        .attr('font-size', 11)
        .attr('fill', COLORS.text)
        .text(options.labels.phase(phase));
    }
  });
};
