import type { RuleProfile, PointRule } from './profiles.ts';
import { astronomical } from './astronomical.ts';
import { beyondLimits } from './beyondLimits.ts';
import { fourOfFive } from './fourOfFive.ts';
import { countRuns, runsLimits } from './ihiRuns.ts';
import { profileRules, ruleRank, type RuleSpec } from './profiles.ts';
import { shift } from './shift.ts';
import { trendRuns } from './trend.ts';
import { twoOfThree } from './twoOfThree.ts';
import { sideOf, type ZonePoint } from './zone.ts';

export { PROFILES, POINT_RULES, RULE_PROFILES, profileRules, ruleRank } from './profiles.ts';
export type { PhaseTest, PointRule, ProfileSpec, RuleProfile, RuleSpec, TieHandling } from './profiles.ts';
export { RUNS_TABLE, runsLimits } from './ihiRuns.ts';

export interface RulePoint {
  y: number | null;
  cl: number | null;
  lcl: number | null;
  ucl: number | null;
  lcl95: number | null;
  ucl95: number | null;
  phase: number;
  excluded: boolean;
}

export interface ProfileOptions {
  shift?: number;
  trend?: number;
  /** Largest distance from the centre line still "on" it (the profile's tie handling). */
  tolerance?: number;
}

/**
 * A rule that fired at a point, with the direction it points: for a trend, rising (1) or
 * falling (-1); for every other rule, the side of the centre line (0 on it).
 */
export interface RuleHit {
  rule: PointRule;
  sign: -1 | 0 | 1;
}

/** Called once per hit: index `j` in the rule's points, and the hit's sign. */
type Emit = (j: number, sign: -1 | 0 | 1) => void;

/** Runs one rule over the given (non-missing, in-order) points and emits each hit. */
function run(spec: RuleSpec, pts: ZonePoint[], tolerance: number, emit: Emit): void {
  if (spec.rule === 'trend') {
    for (const r of trendRuns(pts, spec.length, spec.ties)) for (let k = r.from; k <= r.to; k++) emit(k, r.sign);
    return;
  }
  const flags = (() => {
    switch (spec.rule) {
      case 'beyond-limits':
        return beyondLimits(pts);
      case 'shift':
        return shift(pts, spec.length, spec.onCentre, tolerance);
      case 'two-of-three':
        return twoOfThree(pts, spec.windowOnSide, tolerance);
      case 'four-of-five':
        return fourOfFive(pts);
      case 'astronomical':
        return astronomical(pts);
    }
  })();
  for (let j = 0; j < flags.length; j++) if (flags[j]) emit(j, sideOf(pts[j]!, tolerance));
}

/** A run of points the rules see together: their indices in the series and the points themselves. */
interface Segment {
  idx: number[];
  pts: ZonePoint[];
}

/**
 * Runs of consecutive indices with the same phase (or the whole series when `across`), each
 * without its missing y. The points are the caller's own objects, not copies: a point with a y
 * is a ZonePoint, and the rules only read it.
 */
function segments(points: readonly RulePoint[], across: boolean): Segment[] {
  const out: Segment[] = [];
  for (let i = 0; i < points.length; i++) {
    const p = points[i]!;
    if (out.length === 0 || (!across && points[i - 1]!.phase !== p.phase)) out.push({ idx: [], pts: [] });
    if (p.y === null) continue;
    const seg = out[out.length - 1]!;
    seg.idx.push(i);
    seg.pts.push(p as ZonePoint);
  }
  return out;
}

const byRank = (a: RuleHit, b: RuleHit) => ruleRank(a.rule) - ruleRank(b.rule);

/**
 * Rule hits at each point under a profile (index-aligned with points), ordered by rank.
 * Rules run within each phase (a phase change ends every run and window), except a trend whose
 * profile lets it cross a rebase. A missing y is skipped: it gets no rule and the points either
 * side of it are treated as consecutive. Excluded points are tested like any other.
 */
export function ruleHits(profile: RuleProfile, points: readonly RulePoint[], opts: ProfileOptions = {}): RuleHit[][] {
  const out: RuleHit[][] = points.map(() => []);
  const tolerance = opts.tolerance ?? 0;
  // The segments depend only on `across`: built once for each value used.
  const cache = new Map<boolean, Segment[]>();
  for (const spec of profileRules(profile, opts)) {
    const across = spec.rule === 'trend' && spec.acrossPhases;
    let segs = cache.get(across);
    if (segs === undefined) cache.set(across, (segs = segments(points, across)));
    for (const { idx, pts } of segs) run(spec, pts, tolerance, (j, sign) => out[idx[j]!]!.push({ rule: spec.rule, sign }));
  }
  // A stable sort keeps the order of the hits of one rule (a peak's rising trend before its falling one).
  for (const hits of out) if (hits.length > 1) hits.sort(byRank);
  return out;
}

/** The rules that fire at each point (each once, highest rank first). */
export function pointRules(profile: RuleProfile, points: RulePoint[], opts: ProfileOptions = {}): PointRule[][] {
  return ruleHits(profile, points, opts).map((hits) => [...new Set(hits.map((h) => h.rule))]);
}

/** IHI phase-level number-of-runs test for one phase's values and centre line. */
export function ihiRunsTest(
  values: (number | null)[],
  cl: (number | null)[],
): { nRuns: number; nRunsMin: number; nRunsMax: number; signal: boolean } {
  const { nRuns, nUseful } = countRuns(values, cl);
  const { min, max } = runsLimits(nUseful);
  return { nRuns, nRunsMin: min, nRunsMax: max, signal: nRuns < min || nRuns > max };
}
