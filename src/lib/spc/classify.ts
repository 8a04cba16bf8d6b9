import type { Assurance, ConflictRule, Direction, PhaseSummary, Special, SpcPoint, Variation } from './types.ts';
import type { RuleHit } from './rules/index.ts';
import { ruleRank } from './rules/index.ts';
import { judge, lastWhere, latestPoint, type Side } from './series.ts';

/**
 * Special-cause, variation and assurance classification (NHS England Making Data Count,
 * SPC SQL v2.6a; see RULES.md).
 *
 * - A point with a rule hit is special cause. Each hit points one way (a trend by its direction,
 *   any other rule by the side of the centre line). The highest-ranked rule decides; when it
 *   points both ways (a peak in a rising and a falling trend) the measure's conflict rule decides,
 *   or, with a neutral direction, high wins. No hit: null.
 * - Variation is that of the last non-missing point. When the profile's phase-level test sets
 *   the variation (Anhøj), a runs signal in the last point's phase makes the series special
 *   cause, judged by the side of the last useful point (not on the centre line) of that phase.
 * - Assurance compares the goal of the last point with its limits (the latest phase's).
 */
export interface ClassifyOptions {
  direction: Direction;
  conflictRule: ConflictRule;
  /** The profile's phase-level signal sets the variation (Anhøj). */
  phaseSignalSetsVariation: boolean;
}

export interface Classified {
  points: SpcPoint[];
  variation: Variation;
  variationSide: 'high' | 'low' | null;
  assurance: Assurance | null;
}

const NO_SIGNAL: { special: Special | null; sign: Side } = Object.freeze({ special: null, sign: 0 });

/** The judgement and direction of one point's hits after conflicts are resolved. */
export function resolveHits(hits: readonly RuleHit[], direction: Direction, conflictRule: ConflictRule): { special: Special | null; sign: Side } {
  if (hits.length === 0) return NO_SIGNAL;
  const top = Math.min(...hits.map((h) => ruleRank(h.rule)));
  const signs = new Set(hits.filter((h) => ruleRank(h.rule) === top).map((h) => h.sign));
  let sign: Side;
  if (signs.size === 1) sign = [...signs][0]!;
  else if (direction === 'neutral') sign = signs.has(1) ? 1 : -1; // high before low
  else sign = [1, -1].find((s) => signs.has(s as Side) && judge(s, direction) === conflictRule) as Side;
  return { special: judge(sign, direction), sign };
}

/** Classifies copies of the points; the given points are left as they are. */
export function classify(points: readonly SpcPoint[], hits: readonly RuleHit[][], phases: PhaseSummary[], opts: ClassifyOptions): Classified {
  return classifyOwn(
    points.map((p) => ({ ...p, rules: [...p.rules] })),
    hits,
    phases,
    opts,
  );
}

/**
 * As `classify`, but sets `special` and `signalSide` on the points themselves: for the pipeline,
 * whose points are its own, so that each point is not copied a second time.
 */
export function classifyOwn(points: SpcPoint[], hits: readonly RuleHit[][], phases: PhaseSummary[], opts: ClassifyOptions): Classified {
  points.forEach((p, i) => {
    const r = p.y === null ? NO_SIGNAL : resolveHits(hits[i] ?? [], opts.direction, opts.conflictRule);
    p.special = r.special;
    p.signalSide = r.sign;
  });
  const { variation, side } = variationOf(points, phases, opts);
  return { points, variation, variationSide: side === 1 ? 'high' : side === -1 ? 'low' : null, assurance: assurance(points, opts.direction) };
}

function variationOf(points: SpcPoint[], phases: PhaseSummary[], opts: ClassifyOptions): { variation: Variation; side: Side } {
  const last = latestPoint(points);
  if (!last) return { variation: 'common-cause', side: 0 };
  if (last.special) return { variation: `special-cause-${last.special}`, side: last.signalSide };
  const phase = phases.find((ph) => ph.phase === last.phase);
  if (opts.phaseSignalSetsVariation && (phase?.runsSignal ?? last.runsSignal)) {
    const useful = lastWhere(points, (p) => p.phase === last.phase && p.side !== 0);
    const side = useful?.side ?? 0;
    return { variation: `special-cause-${judge(side, opts.direction)}`, side };
  }
  return { variation: 'common-cause', side: 0 };
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
