/**
 * Short rule names next to flagged points, placed so that they never overlap: one label per run
 * of consecutive flagged points (a shift of nine points gets one label), above the run when it
 * lies on or above the centre line and below otherwise, moved further out when that place is
 * taken (by another label or a point). Runs that find no free place are counted instead, in a note at the top of the plot
 * ("7 points: outside the limits").
 */
import type { PointRule, SpcPoint } from '../../spc/types.ts';
import { COLORS } from '../colors.ts';
import { isDrawnPoint } from '../marks.ts';
import { estimateTextWidth } from '../paths.ts';
import type { ChartScales, Frame } from '../scales.ts';
import type { ChartOptions, Layer } from '../types.ts';

const FONT_SIZE = 10;
const LINE = 12;
/** Space kept between two labels. */
const GAP = 2;

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface PlacedLabel {
  /** Centre x and text baseline y. */
  x: number;
  y: number;
  text: string;
  box: Box;
  /** The first point of the run (its colour and position). */
  point: SpcPoint;
}

export interface RuleLabelPlan {
  labels: PlacedLabel[];
  /** One line per rule of the runs that found no place: the rule and its number of points. */
  counts: { rule: PointRule; n: number }[];
  /** Where the count lines go (top left of the plot). */
  countBoxes: Box[];
}

/** Runs of consecutive flagged points within a phase (missing values are skipped, not breaks). */
export function flaggedRuns(points: SpcPoint[]): SpcPoint[][] {
  const runs: SpcPoint[][] = [];
  let run: SpcPoint[] = [];
  for (const p of points.filter(isDrawnPoint)) {
    const continues = run.length > 0 && run[0]!.phase === p.phase;
    if (p.rules.length > 0 && continues) run.push(p);
    else {
      if (run.length) runs.push(run);
      run = p.rules.length > 0 ? [p] : [];
    }
  }
  if (run.length) runs.push(run);
  return runs;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 + GAP && b.x0 < a.x1 + GAP && a.y0 < b.y1 + GAP && b.y0 < a.y1 + GAP;

function boxAt(x: number, y: number, width: number, frame: Frame): { x: number; box: Box } {
  // Kept inside the plot horizontally: a label at the first or last point does not leave the chart.
  const cx = Math.min(frame.right - width / 2, Math.max(frame.left + width / 2, x));
  return { x: cx, box: { x0: cx - width / 2, y0: y - FONT_SIZE + 1, x1: cx + width / 2, y1: y + 2 } };
}

/** Where each run's label goes, or which runs are counted because no free place was left. */
export function planRuleLabels(points: SpcPoint[], scales: Pick<ChartScales, 'frame' | 'px' | 'y'>, options: Pick<ChartOptions, 'locale' | 'labels'>): RuleLabelPlan {
  const list = new Intl.ListFormat(options.locale, { type: 'unit', style: 'short' });
  const runs = flaggedRuns(points).map((run) => {
    const rules = [...new Set(run.flatMap((p) => p.rules))];
    const ys = run.map((p) => scales.y(p.y!));
    const above = run.filter((p) => p.cl === null || p.y! >= p.cl).length * 2 >= run.length;
    const text = list.format(rules.map((r) => options.labels.rule(r)));
    return { run, rules, text, above, top: Math.min(...ys), bottom: Math.max(...ys), x: (scales.px(run[0]!) + scales.px(run.at(-1)!)) / 2 };
  });

  // A label never covers a point: each drawn point is an obstacle.
  const POINT_CLEARANCE = 4;
  const obstacles: Box[] = points.filter(isDrawnPoint).map((p) => {
    const x = scales.px(p);
    const y = scales.y(p.y!);
    return { x0: x - POINT_CLEARANCE, y0: y - POINT_CLEARANCE, x1: x + POINT_CLEARANCE, y1: y + POINT_CLEARANCE };
  });
  const place = (frame: Frame) => {
    const labels: PlacedLabel[] = [];
    const unplaced: typeof runs = [];
    for (const r of runs) {
      const width = estimateTextWidth(r.text, FONT_SIZE);
      const up = (k: number) => r.top - 8 - k * LINE;
      const down = (k: number) => r.bottom + 16 + k * LINE;
      const tries = [0, 1, 2].flatMap((k) => (r.above ? [up(k), down(k)] : [down(k), up(k)]));
      const spot = tries
        .map((y) => ({ y, ...boxAt(r.x, y, width, frame) }))
        .find(
          (c) =>
            c.box.y0 >= frame.top &&
            c.box.y1 <= frame.bottom &&
            !labels.some((l) => overlaps(l.box, c.box)) &&
            !obstacles.some((o) => overlaps(o, c.box)),
        );
      if (spot) labels.push({ x: spot.x, y: spot.y, text: r.text, box: spot.box, point: r.run[0]! });
      else unplaced.push(r);
    }
    return { labels, unplaced };
  };

  let { labels, unplaced } = place(scales.frame);
  if (unplaced.length === 0) return { labels, counts: [], countBoxes: [] };
  // Some runs found no place: keep a strip at the top for the count lines and place the rest below it.
  const rulesLeft = (left: typeof runs) => [...new Set(left.flatMap((r) => r.rules))];
  const strip = rulesLeft(runs).length * LINE;
  const frame = { ...scales.frame, top: scales.frame.top + strip };
  ({ labels, unplaced } = place(frame));
  const counts = rulesLeft(unplaced).map((rule) => ({
    rule,
    n: unplaced.reduce((n, r) => n + r.run.filter((p) => p.rules.includes(rule)).length, 0),
  }));
  const countBoxes = counts.map((c, i) => {
    const y = scales.frame.top + LINE * (i + 1) - 2;
    const width = estimateTextWidth(options.labels.ruleCount(c.rule, c.n), FONT_SIZE);
    return { x0: scales.frame.left + 4, y0: y - FONT_SIZE + 1, x1: scales.frame.left + 4 + width, y1: y + 2 };
  });
  return { labels, counts, countBoxes };
}

export const ruleLabels: Layer = (g, result, scales, options) => {
  if (options.compact) return;
  const plan = planRuleLabels(result.points, scales, options);
  for (const l of plan.labels) {
    g.append('text')
      .attr('class', l.point.special ? `spc-rule-label spc-rule-label--${l.point.special}` : 'spc-rule-label')
      .attr('data-position', l.point.position)
      .attr('x', l.x)
      .attr('y', l.y)
      .attr('text-anchor', 'middle')
      .attr('font-size', FONT_SIZE)
      .attr('fill', l.point.special ? COLORS[l.point.special] : COLORS.mutedText)
      .text(l.text);
  }
  plan.counts.forEach((c, i) => {
    g.append('text')
      .attr('class', 'spc-rule-count')
      .attr('x', plan.countBoxes[i]!.x0)
      .attr('y', plan.countBoxes[i]!.y1 - 2)
      .attr('font-size', FONT_SIZE)
      .attr('fill', COLORS.mutedText)
      .text(options.labels.ruleCount(c.rule, c.n));
  });
};
