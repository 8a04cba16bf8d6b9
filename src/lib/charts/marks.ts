/**
 * The kinds of mark a chart draws, decided in one place: the layers tag what they draw with
 * `data-mark`, and the legend lists exactly the kinds present, so every mark drawn has a legend
 * entry and no entry is without its mark.
 */
import type { SpcPoint, SpcResult } from '../spc/types.ts';
import { byPhase } from './paths.ts';
import { baselineRuns } from './layers/phases.ts';
import type { ChartOptions } from './types.ts';

export type MarkKind =
  | 'value'
  | 'center-line'
  | 'center-line-signal'
  | 'limits'
  | 'sigma2'
  | 'goal'
  | 'target'
  | 'improvement'
  | 'concern'
  | 'neutral'
  | 'excluded'
  | 'provisional'
  | 'baseline';

/** Legend order: the data first, then lines, then what marks single points, then areas. */
export const MARK_ORDER: readonly MarkKind[] = [
  'value', 'center-line', 'center-line-signal', 'limits', 'sigma2', 'goal', 'target',
  'improvement', 'concern', 'neutral', 'excluded', 'provisional', 'baseline',
];

export const isDrawnPoint = (p: SpcPoint): boolean => p.y !== null && Number.isFinite(p.y);

/** The mark of one point: provisional or excluded (both hollow), else shaped and coloured by its special cause. */
export function pointMark(p: SpcPoint): MarkKind {
  if (p.provisional) return 'provisional';
  return p.excluded ? 'excluded' : (p.special ?? 'value');
}

/** How a point mark is drawn beyond its shape and colour: hollow, and dashed when not yet final. */
export const POINT_STYLE: Partial<Record<MarkKind, { hollow: boolean; dash?: string }>> = {
  excluded: { hollow: true },
  provisional: { hollow: true, dash: '2 1.5' },
};

/** The value line stops at the last final point; a dashed segment leads on to a provisional one. */
export const PROVISIONAL_LINE_DASH = '4 3';

/** Whether a phase's centre line is drawn as a runs signal (red, dashed, as in qicharts2). */
export function phaseRunsSignal(result: SpcResult, phase: number, points: SpcPoint[]): boolean {
  return result.phases.find((s) => s.phase === phase)?.runsSignal ?? points.some((p) => p.runsSignal);
}

/** The set of marks a full chart of `result` draws. */
export function drawnMarks(result: SpcResult, options: Pick<ChartOptions, 'showSigma2'>): Set<MarkKind> {
  const marks = new Set<MarkKind>();
  const { points } = result;
  const has = (value: (p: SpcPoint) => number | null) => points.some((p) => value(p) !== null && Number.isFinite(value(p)));
  for (const p of points) if (isDrawnPoint(p)) marks.add(pointMark(p));
  // The data line is drawn through all final values, so it is a 'value' mark even when every point is special.
  if (points.some((p) => isDrawnPoint(p) && !p.provisional)) marks.add('value');
  for (const [phase, list] of byPhase(points)) {
    if (!list.some((p) => p.cl !== null)) continue;
    marks.add(phaseRunsSignal(result, phase, list) ? 'center-line-signal' : 'center-line');
  }
  if (has((p) => p.ucl) || has((p) => p.lcl)) marks.add('limits');
  if (options.showSigma2 && (has((p) => p.ucl95) || has((p) => p.lcl95))) marks.add('sigma2');
  if (has((p) => p.goal)) marks.add('goal');
  if (has((p) => p.target)) marks.add('target');
  if (baselineRuns(points).length) marks.add('baseline');
  return marks;
}
