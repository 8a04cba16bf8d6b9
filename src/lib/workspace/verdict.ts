/**
 * Before/after verdict for an improvement team: did the latest phase move the process?
 * The phase before the change and the new phase are computed as one, with the limits frozen
 * at the phase before (qicharts2's freeze), so the new points are judged against the old
 * process. The verdict is what the chosen profile's rules find there: the point signals of the
 * new points and the phase-level test; nothing is recounted here.
 */
import { computeSpc, judge } from '../spc';
import type { Observation, Special, SpcOptions } from '../spc/types';
import { positionsOf } from './settings';
import { phaseSignal, signalsOf, variationJudgement, type Signal } from './summary';

export type LevelShift = 'above' | 'below' | 'even';

export interface Verdict {
  moved: boolean;
  /** The latest signal's judgement (else the engine's, for a phase-level signal); null when nothing moved. */
  judgement: Special | null;
  /** Non-missing, included points after the change. */
  after: number;
  /** The signals among the points after the change, against the old limits. */
  signals: Signal[];
  /** The chosen profile's phase-level test (Anhøj runs, IHI number of runs) signals. */
  runsSignal: boolean;
  /**
   * Where the points after the change lie against the old centre line, on balance of the
   * engine's per-point sides: more above, more below, or as many on each side. Not the new
   * centre line: one far point can lift a mean while most points sit lower.
   */
  level: LevelShift;
}

export function beforeAfter(observations: Observation[], options: SpcOptions): Verdict | null {
  const splits = options.part ?? [];
  const split = splits.at(-1);
  if (split === undefined) return null;
  const start = splits.length > 1 ? splits.at(-2)! : 0;
  const pos = positionsOf(observations);
  const window = observations.filter((o) => pos.get(o.x)! > start);
  const baselineLength = split - start;
  const shifted = (list: number[] | undefined) => list?.map((p) => p - start).filter((p) => p >= 1);
  const result = computeSpc(window, { ...options, part: undefined, freeze: baselineLength, exclude: shifted(options.exclude) });
  const afterPoints = result.points.slice(baselineLength);
  const after = afterPoints.filter((p) => p.y !== null && !p.excluded).length;
  if (after === 0) return null;
  const signals = signalsOf(afterPoints);
  const runsSignal = phaseSignal(result, result.phases[0]);
  const moved = signals.length > 0 || runsSignal;
  // Which side of the old centre line the new points sit on, by the engine's per-point side:
  // it judges a phase-level signal (not the last point alone) and says where most new points lie.
  const net = afterPoints.reduce((sum, p) => sum + (p.excluded ? 0 : p.side), 0);
  const judgement = !moved ? null : (signals.at(-1)?.judgement ?? (net !== 0 ? judge(net, result.direction) : variationJudgement(result)));
  return { moved, judgement, after, signals, runsSignal, level: net > 0 ? 'above' : net < 0 ? 'below' : 'even' };
}
