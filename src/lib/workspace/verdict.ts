/**
 * Before/after verdict for an improvement team: did the latest phase move the process?
 * The new phase is judged against the limits of the phase before it, carried forward
 * (qicharts2's freeze), so a change shows as signals against the old process.
 */
import { computeSpc, longestRunMax as anhoejLongestRunMax } from '../spc';
import type { Observation, Special, SpcOptions } from '../spc/types';
import { positionsOf } from './settings';

export interface Verdict {
  moved: boolean;
  judgement: Special | null;
  /** Points after the change, and how many of them are signals against the old limits. */
  after: number;
  signals: number;
  longestRun: number;
  longestRunMax: number;
  /** Whether the points after the change lie above the old centre line on average (the rate rose) or below (it fell). */
  higher: boolean;
}

export function beforeAfter(observations: Observation[], options: SpcOptions): Verdict | null {
  const splits = options.part ?? [];
  const split = splits.at(-1);
  if (split === undefined) return null;
  const start = splits.length > 1 ? splits.at(-2)! : 0;
  const pos = positionsOf(observations);
  const window = observations.filter((o) => {
    const p = pos.get(o.x)!;
    return p > start;
  });
  const baselineLength = split - start;
  const shifted = (list: number[] | undefined) => list?.map((p) => p - start).filter((p) => p >= 1);
  const result = computeSpc(window, {
    ...options,
    part: undefined,
    freeze: baselineLength,
    exclude: shifted(options.exclude),
    rules: options.rules ?? 'anhoej',
  });
  const after = result.points.slice(baselineLength).filter((p) => p.y !== null && !p.excluded);
  if (after.length === 0) return null;
  const cl = result.points[0]?.cl ?? null;
  let longest = 0;
  let run = 0;
  let side = 0;
  for (const p of after) {
    const s = cl === null ? 0 : Math.sign(p.y! - cl);
    if (s === 0) continue;
    run = s === side ? run + 1 : 1;
    side = s;
    longest = Math.max(longest, run);
  }
  // Anhøj's longest-run limit for the points after the change, against the old centre line.
  const longestRunMax = anhoejLongestRunMax(after.length);
  const signals = after.filter((p) => p.sigmaSignal).length;
  const moved = signals > 0 || longest >= longestRunMax;
  const mean = after.reduce((a, p) => a + p.y!, 0) / after.length;
  const up = cl !== null && mean > cl;
  const direction = options.direction ?? 'neutral';
  const judgement: Special | null = !moved ? null : direction === 'neutral' ? 'neutral' : up === (direction === 'up') ? 'improvement' : 'concern';
  return { moved, judgement, after: after.length, signals, longestRun: longest, longestRunMax, higher: up };
}
