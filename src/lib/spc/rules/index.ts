import type { PointRule, RuleProfile } from '../types.ts';
import { astronomical } from './astronomical.ts';
import { beyondLimits } from './beyondLimits.ts';
import { fourOfFive } from './fourOfFive.ts';
import { countRuns, runsLimits } from './ihiRuns.ts';
import { profileRules, RULE_PRECEDENCE, type RuleSpec } from './profiles.ts';
import { shift } from './shift.ts';
import { trend } from './trend.ts';
import { twoOfThree } from './twoOfThree.ts';
import type { ZonePoint } from './zone.ts';

export { PROFILES, RULE_PRECEDENCE, profileRules } from './profiles.ts';
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
}

function run(spec: RuleSpec, pts: ZonePoint[]): boolean[] {
  switch (spec.rule) {
    case 'beyond-limits':
      return beyondLimits(pts);
    case 'shift':
      return shift(pts, spec.length, spec.onCentre);
    case 'trend':
      return trend(pts, spec.length, spec.ties);
    case 'two-of-three':
      return twoOfThree(pts);
    case 'four-of-five':
      return fourOfFive(pts);
    case 'astronomical':
      return astronomical(pts);
  }
}

/**
 * Point rules that fire at each point under a profile (index-aligned with points).
 * Rules run within each phase (a change of `phase` ends every run, trend and window).
 * A missing y is skipped: it gets no rule and the points either side of it are treated as
 * consecutive. Excluded points are tested like any other (they are drawn and judged).
 * Each array is ordered by `RULE_PRECEDENCE`.
 */
export function pointRules(profile: RuleProfile, points: RulePoint[], opts: ProfileOptions = {}): PointRule[][] {
  const out: PointRule[][] = points.map(() => []);
  const specs = profileRules(profile, opts);
  let start = 0;
  while (start < points.length) {
    let end = start;
    while (end < points.length && points[end]!.phase === points[start]!.phase) end++;
    const idx: number[] = [];
    for (let i = start; i < end; i++) if (points[i]!.y !== null) idx.push(i);
    const pts = idx.map((i) => ({ ...points[i]!, y: points[i]!.y as number }));
    for (const spec of specs) {
      run(spec, pts).forEach((hit, j) => {
        if (hit) out[idx[j]!]!.push(spec.rule);
      });
    }
    start = end;
  }
  return out.map((rules) => RULE_PRECEDENCE.filter((r) => rules.includes(r)));
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
