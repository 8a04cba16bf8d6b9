import type { Assurance, Direction, PhaseSummary, RuleProfile, Special, SpcPoint, Variation } from './types.ts';

/**
 * Special-cause, variation and assurance classification (NHS England Making Data Count
 * semantics; see RULES.md).
 *
 * - A point with at least one rule is special cause. Its first rule decides: a trend by its
 *   own direction (rising is an improvement when up is better), any other rule by the side of
 *   the centre line the point lies on. Neutral direction: `neutral`. No rule: null.
 * - Variation is that of the last non-missing point. Under `anhoej`, whose runs tests are
 *   phase-level, a runs signal in the last point's phase also makes the series special cause,
 *   classified by the side of the last useful point (not on the centre line) of that phase.
 * - Assurance compares the goal of the last point with its limits (the latest phase's).
 */
export function classify(
  points: SpcPoint[],
  phases: PhaseSummary[],
  direction: Direction,
  rules: RuleProfile,
): { points: SpcPoint[]; variation: Variation; assurance: Assurance | null } {
  const out = points.map((p, i) => ({ ...p, rules: [...p.rules], special: pointSpecial(points, i, direction, rules) }));
  return { points: out, variation: variation(out, phases, direction, rules), assurance: assurance(out, direction) };
}

/** Better / worse for a signed move (1 up, -1 down) under a direction. */
function judge(sign: number, direction: Direction): Special {
  if (direction === 'neutral' || sign === 0) return 'neutral';
  return (sign > 0) === (direction === 'up') ? 'improvement' : 'concern';
}

function pointSpecial(points: SpcPoint[], i: number, direction: Direction, rules: RuleProfile): Special | null {
  const p = points[i]!;
  const first = p.rules[0];
  if (first === undefined || p.y === null) return null;
  if (first === 'trend') return judge(trendSign(points, i, rules === 'ihi'), direction);
  return judge(p.cl === null ? 0 : Math.sign(p.y - p.cl), direction);
}

/**
 * Direction of the trend through point i: the move from the nearest earlier distinct value
 * that is part of the same trend (same phase, flagged trend), else the move to the nearest
 * later one. Missing values are skipped. Equal values are looked past only when ties are
 * skipped (ihi); otherwise a tie ended the trend there, so that side says nothing.
 */
function trendSign(points: SpcPoint[], i: number, skipTies: boolean): number {
  const p = points[i]!;
  const inTrend = (q: SpcPoint | undefined) => q !== undefined && q.phase === p.phase && (q.y === null || q.rules.includes('trend'));
  for (const step of [-1, 1]) {
    for (let k = i + step; inTrend(points[k]); k += step) {
      const y = points[k]!.y;
      if (y === null) continue;
      if (y !== p.y) return -step * Math.sign((p.y as number) - y);
      if (!skipTies) break;
    }
  }
  return 0;
}

function variation(points: SpcPoint[], phases: PhaseSummary[], direction: Direction, rules: RuleProfile): Variation {
  const last = lastWhere(points, (p) => p.y !== null);
  if (!last) return 'common-cause';
  if (last.special) return `special-cause-${last.special}`;
  const phase = phases.find((ph) => ph.phase === last.phase);
  if (rules === 'anhoej' && (phase?.runsSignal ?? last.runsSignal)) {
    const useful = lastWhere(points, (p) => p.phase === last.phase && p.y !== null && p.cl !== null && p.y !== p.cl);
    const sign = useful ? Math.sign((useful.y as number) - (useful.cl as number)) : 0;
    return `special-cause-${direction === 'neutral' ? 'neutral' : judge(sign, direction)}`;
  }
  return 'common-cause';
}

function assurance(points: SpcPoint[], direction: Direction): Assurance | null {
  const last = points[points.length - 1];
  if (!last || last.goal === null || direction === 'neutral') return null;
  if (last.lcl === null && last.ucl === null) return null;
  const { goal, lcl, ucl } = last;
  const [pass, fail] =
    direction === 'up'
      ? [lcl !== null && goal <= lcl, ucl !== null && goal >= ucl]
      : [ucl !== null && goal >= ucl, lcl !== null && goal <= lcl];
  return pass ? 'pass' : fail ? 'fail' : 'hit-and-miss';
}

function lastWhere(points: SpcPoint[], ok: (p: SpcPoint) => boolean): SpcPoint | undefined {
  for (let i = points.length - 1; i >= 0; i--) if (ok(points[i]!)) return points[i];
  return undefined;
}
