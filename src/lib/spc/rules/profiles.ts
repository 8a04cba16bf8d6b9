/**
 * The rule registry (point rules with their rank) and the rule profiles as complete objects:
 * which rules, their parameters, the phase-level test, the moving-range screening default, the
 * XmR factor, the fewest points for limits and the tie handling. The engine reads these fields
 * and never branches on a profile's name.
 */
import { MDC_MIN_CONTROL_POINTS, MDC_XMR_FACTOR } from '../constants.ts';
import type { OnCentre } from './shift.ts';
import type { Ties } from './trend.ts';

/**
 * Point rules by rank (1 = highest). A point's `rules` are listed in this order, and a point
 * that is both an improvement and a concern takes the side of its highest-ranked rule
 * (Making Data Count SPC SQL v2.6a: trend > shift > two-of-three > beyond limits).
 */
const RULE_RANKS = {
  trend: 1,
  shift: 2,
  'two-of-three': 3,
  'four-of-five': 4,
  'beyond-limits': 5,
  astronomical: 6,
} as const;

export type PointRule = keyof typeof RULE_RANKS;
/** Every point rule, highest rank first: the order of a point's `rules`. */
export const POINT_RULES: readonly PointRule[] = (Object.keys(RULE_RANKS) as PointRule[]).sort((a, b) => RULE_RANKS[a] - RULE_RANKS[b]);

export function ruleRank(rule: PointRule): number {
  return RULE_RANKS[rule];
}

/** One rule with its parameters, as a profile runs it. */
export type RuleSpec =
  | { rule: 'beyond-limits' }
  | { rule: 'shift'; length: number; onCentre: OnCentre }
  /** `acrossPhases`: the trend continues over a rebase (Making Data Count v2.6a). */
  | { rule: 'trend'; length: number; ties: Ties; acrossPhases: boolean }
  /** `windowOnSide`: all three points of the window on the flagged side of the mean (Making Data Count). */
  | { rule: 'two-of-three'; windowOnSide: boolean }
  | { rule: 'four-of-five' }
  | { rule: 'astronomical' };

/** Phase-level test of a profile: Anhøj longest run + crossings, IHI number of runs, or none. */
export type PhaseTest = 'anhoej' | 'ihi-runs' | 'none';

/**
 * How a value near the centre line is judged:
 * `exact` – floating-point comparison (qicharts2); `decimal` – against the exact decimal mean,
 * so one-decimal data equal to their mean lie on it (see `tieTolerance` in series.ts).
 */
export type TieHandling = 'exact' | 'decimal';

export interface ProfileSpec {
  source: string;
  /** Point rules with their defaults. */
  rules: readonly RuleSpec[];
  phaseTest: PhaseTest;
  /** A phase-level signal in the latest phase makes the series special cause (Anhøj). */
  phaseSignalSetsVariation: boolean;
  /** Default for `screenMovingRanges` (qicharts2 screens; Making Data Count does not). */
  screenMovingRanges: boolean;
  /** Limits = centre ± factor × mean MR on charts that take it; null = 3 sigma (mean MR / d2). */
  xmrFactor: number | null;
  /** Fewer non-missing points than this: a run chart with the centre line only, no limits, no icons. */
  minControlPoints: number | null;
  ties: TieHandling;
}

const PROFILE_ENTRIES = {
  anhoej: {
    source: 'Anhøj & Olesen (2014) PLoS ONE 9(11):e113825; Anhøj (2015) PLoS ONE 10(3):e0121349; qicharts2',
    rules: [{ rule: 'beyond-limits' }],
    phaseTest: 'anhoej',
    phaseSignalSetsVariation: true,
    screenMovingRanges: true,
    xmrFactor: null,
    minControlPoints: null,
    ties: 'exact',
  },
  mdc: {
    source: 'NHS England, Making Data Count (2019) and its SPC SQL v2.6a; NHSRplotthedots',
    rules: [
      { rule: 'trend', length: 6, ties: 'break', acrossPhases: true },
      { rule: 'shift', length: 6, onCentre: 'break' },
      { rule: 'two-of-three', windowOnSide: true },
      { rule: 'beyond-limits' },
    ],
    phaseTest: 'none',
    phaseSignalSetsVariation: false,
    screenMovingRanges: false,
    xmrFactor: MDC_XMR_FACTOR,
    minControlPoints: MDC_MIN_CONTROL_POINTS,
    ties: 'decimal',
  },
  'western-electric': {
    source: 'Western Electric Co. (1956), Statistical Quality Control Handbook, zone tests 1-4',
    rules: [
      { rule: 'shift', length: 8, onCentre: 'break' },
      { rule: 'two-of-three', windowOnSide: false },
      { rule: 'four-of-five' },
      { rule: 'beyond-limits' },
    ],
    phaseTest: 'none',
    phaseSignalSetsVariation: false,
    screenMovingRanges: true,
    xmrFactor: null,
    minControlPoints: null,
    ties: 'exact',
  },
  ihi: {
    source: 'Provost & Murray (2011), The Health Care Data Guide; Perla, Provost & Murray (2011) BMJ Qual Saf 20:46-51',
    rules: [
      { rule: 'trend', length: 5, ties: 'skip', acrossPhases: false },
      { rule: 'shift', length: 6, onCentre: 'skip' },
      { rule: 'beyond-limits' },
      { rule: 'astronomical' },
    ],
    phaseTest: 'ihi-runs',
    phaseSignalSetsVariation: false,
    screenMovingRanges: true,
    xmrFactor: null,
    minControlPoints: null,
    ties: 'exact',
  },
} satisfies Record<string, ProfileSpec>;

export type RuleProfile = keyof typeof PROFILE_ENTRIES;
export const PROFILES: Readonly<Record<RuleProfile, ProfileSpec>> = PROFILE_ENTRIES;
export const RULE_PROFILES = Object.keys(PROFILES) as readonly RuleProfile[];

/** A usable run length: an integer of at least 2. Anything else falls back to the default. */
function lengthOr(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isInteger(value) && value >= 2 ? value : fallback;
}

/** The rules of a profile, with `shift` / `trend` lengths overridden where the profile has them. */
export function profileRules(profile: RuleProfile, opts: { shift?: number; trend?: number } = {}): RuleSpec[] {
  return PROFILES[profile].rules.map((r) => {
    if (r.rule === 'shift') return { ...r, length: lengthOr(opts.shift, r.length) };
    if (r.rule === 'trend') return { ...r, length: lengthOr(opts.trend, r.length) };
    return r;
  });
}
