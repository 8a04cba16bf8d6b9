import type { RuleProfile, PointRule } from './profiles.ts';
import { astronomical } from './astronomical.ts';
import { beyondLimits } from './beyondLimits.ts';
import { fourOfFive } from './fourOfFive.ts';
import { countRuns, runsLimits } from './ihiRuns.ts';
import { POINT_RULES, profileRules, type RuleSpec } from './profiles.ts';
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

/** Signs per point of one rule over the given (non-missing, in-order) points; empty = no hit. */
function run(spec: RuleSpec, pts: ZonePoint[], tolerance: number): (-1 | 0 | 1)[][] {
  if (spec.rule === 'trend') {
    const signs: (-1 | 1)[][] = pts.map(() => []);
    for (const r of trendRuns(pts, spec.length, spec.ties)) for (let k = r.from; k <= r.to; k++) signs[k]!.push(r.sign);
    return signs;
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
  return flags.map((hit, j) => (hit ? [sideOf(pts[j]!, tolerance)] : []));
}

/** Runs of consecutive indices with the same phase (or the whole series when `across`). */
function segments(points: RulePoint[], across: boolean): number[][] {
  const out: number[][] = [];
  points.forEach((p, i) => {
    if (out.length === 0 || (!across && points[i - 1]!.phase !== p.phase)) out.push([]);
    out.at(-1)!.push(i);
  });
  return out;
}

/**
 * Rule hits at each point under a profile (index-aligned with points), ordered by rank.
 * Rules run within each phase (a phase change ends every run and window), except a trend whose
 * profile lets it cross a rebase. A missing y is skipped: it gets no rule and the points either
 * side of it are treated as consecutive. Excluded points are tested like any other.
 */
export function ruleHits(profile: RuleProfile, points: RulePoint[], opts: ProfileOptions = {}): RuleHit[][] {
  const out: RuleHit[][] = points.map(() => []);
  for (const spec of profileRules(profile, opts)) {
    const across = spec.rule === 'trend' && spec.acrossPhases;
    for (const seg of segments(points, across)) {
      const idx = seg.filter((i) => points[i]!.y !== null);
      const pts = idx.map((i) => ({ ...points[i]!, y: points[i]!.y as number }));
      run(spec, pts, opts.tolerance ?? 0).forEach((signs, j) => {
        for (const sign of signs) out[idx[j]!]!.push({ rule: spec.rule, sign });
      });
    }
  }
  return out.map((hits) => POINT_RULES.flatMap((r) => hits.filter((h) => h.rule === r)));
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
