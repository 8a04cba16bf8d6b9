/**
 * Public types of the SPC engine. Pure data: no DOM, no DuckDB, no Svelte.
 * Everything the charts and the UI know about a computed chart comes from `SpcResult`.
 */

export const CHART_TYPES = ['run', 'i', 'mr', 'xbar', 's', 't', 'p', 'pp', 'c', 'u', 'up', 'g'] as const;
export type ChartType = (typeof CHART_TYPES)[number];

export const RULE_PROFILES = ['anhoej', 'mdc', 'western-electric', 'ihi'] as const;
export type RuleProfile = (typeof RULE_PROFILES)[number];

export const DIRECTIONS = ['up', 'down', 'neutral'] as const;
/** Improvement direction: `up` means higher values are better. */
export type Direction = (typeof DIRECTIONS)[number];

/** How a point that is both an improvement and a concern under rules of equal rank is counted. */
export const CONFLICT_RULES = ['improvement', 'concern'] as const;
export type ConflictRule = (typeof CONFLICT_RULES)[number];

export const AGGREGATIONS = ['mean', 'median', 'sum'] as const;
export type Aggregation = (typeof AGGREGATIONS)[number];

/** Names of point-level rules that can flag a point. */
export type PointRule = 'beyond-limits' | 'two-of-three' | 'four-of-five' | 'shift' | 'trend' | 'astronomical';

export type Variation = 'common-cause' | 'special-cause-improvement' | 'special-cause-concern' | 'special-cause-neutral';
export type Assurance = 'pass' | 'fail' | 'hit-and-miss';
export type Special = 'improvement' | 'concern' | 'neutral';

/** One raw input row. Several rows may share an x (they form one subgroup). */
export interface Observation {
  /** A number or an ISO date string `YYYY-MM-DD`; echoed back as given. */
  x: number | string;
  /** null = missing value. */
  y: number | null;
  /** Denominator (p, pp, u, up); null/undefined otherwise. */
  n?: number | null;
}

/** A goal that applies from subgroup x `from` (inclusive) on; the first one may omit `from`. */
export interface GoalStep {
  from?: number | string;
  value: number;
}

export interface SpcOptions {
  chart: ChartType;
  /** 1-based subgroup positions; a new phase starts after each. */
  part?: number[];
  /** Last subgroup position of the baseline (limits computed from positions 1..freeze). */
  freeze?: number;
  /** 1-based subgroup positions left out of the calculations (still drawn and tested). */
  exclude?: number[];
  /** Target line in plotted units (multiply is not applied). */
  target?: number;
  /** Plotted y, centre line and limits are multiplied by this. Default 1. */
  multiply?: number;
  /** User-fixed centre line, in plotted units. */
  cl?: number;
  /** Aggregation of several rows per x for run/i charts. Default mean. */
  agg?: Aggregation;
  /** Screen moving ranges (qicharts2 default true). */
  screenMovingRanges?: boolean;
  /** Rule profile. Default anhoej. */
  rules?: RuleProfile;
  /** Shift length for mdc / ihi profiles (defaults 6 / 6). */
  shift?: number;
  /** Trend length for mdc / ihi profiles (defaults 6 / 5). */
  trend?: number;
  /** Improvement direction. Default neutral. */
  direction?: Direction;
  /** Tie-break for a point that is both an improvement and a concern. Default concern. */
  conflictRule?: ConflictRule;
  /** Goal, in plotted units; a number or steps that change over time. */
  goal?: number | GoalStep[];
}

export interface SpcPoint {
  x: number | string;
  /** 1-based subgroup position. */
  position: number;
  /** Plotted value (after multiply); null when missing. */
  y: number | null;
  /** Sum of raw y values in the subgroup (numerator for p/u). */
  ySum: number | null;
  /** Number of non-missing raw values in the subgroup. */
  yLength: number;
  /** Sum of denominators, or null. */
  n: number | null;
  cl: number | null;
  lcl: number | null;
  ucl: number | null;
  lcl95: number | null;
  ucl95: number | null;
  target: number | null;
  goal: number | null;
  /** 1-based phase number. */
  phase: number;
  baseline: boolean;
  excluded: boolean;
  /** Strictly outside the 3-sigma limits. */
  sigmaSignal: boolean;
  /** The phase this point belongs to has a runs signal (Anhøj / IHI). */
  runsSignal: boolean;
  /** Point rules that fired at this point under the chosen profile. */
  rules: PointRule[];
  /** null when not special cause. */
  special: Special | null;
}

export interface PhaseSummary {
  phase: number;
  /** First and last subgroup positions of the phase (1-based, inclusive). */
  from: number;
  to: number;
  nObs: number;
  nUseful: number;
  longestRun: number;
  longestRunMax: number;
  nCrossings: number;
  nCrossingsMin: number;
  runsSignal: boolean;
  sigmaSignals: number;
  /** IHI profile only: number of runs and its allowed range. */
  nRuns?: number;
  nRunsMin?: number;
  nRunsMax?: number;
  cl: number | null;
  lcl: number | null;
  ucl: number | null;
}

export type WarningCode =
  | 'too-few-points'
  | 'overdispersion'
  | 'negative-values-on-count-chart'
  | 'mdc-run-chart-fallback'
  | 'zero-denominator';

/** A warning as data; the UI translates the code. */
export interface SpcWarning {
  code: WarningCode;
  params?: Record<string, number | string>;
}

export interface SpcResult {
  chart: ChartType;
  rules: RuleProfile;
  direction: Direction;
  variation: Variation;
  assurance: Assurance | null;
  points: SpcPoint[];
  phases: PhaseSummary[];
  warnings: SpcWarning[];
}
