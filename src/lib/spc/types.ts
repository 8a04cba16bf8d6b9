/**
 * Public types of the SPC engine. Pure data: no DOM, no DuckDB, no Svelte.
 * Everything the charts and the UI know about a computed chart comes from `SpcResult`.
 */

import type { ChartType } from './charts.ts';
import type { PointRule, RuleProfile } from './rules/profiles.ts';
import type { Side } from './series.ts';

// Chart types and rule profiles are defined by their registries (charts.ts, rules/profiles.ts).
export { CHART_TYPES, type ChartType } from './charts.ts';
export { RULE_PROFILES, type RuleProfile, type PointRule } from './rules/profiles.ts';
export type { Side } from './series.ts';

export const DIRECTIONS = ['up', 'down', 'neutral'] as const;
/** Improvement direction: `up` means higher values are better. */
export type Direction = (typeof DIRECTIONS)[number];

export const AGGREGATIONS = ['mean', 'median', 'sum'] as const;
export type Aggregation = (typeof AGGREGATIONS)[number];

/**
 * Which side wins when a point's highest-ranked rule says both improvement and concern
 * (a peak in a rising and a falling trend). Making Data Count SPC SQL v2.6a; per measure.
 */
export const CONFLICT_RULES = ['improvement', 'concern'] as const;
export type ConflictRule = (typeof CONFLICT_RULES)[number];

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
  /**
   * 1-based positions of provisional points: values not yet final (the open interval since the
   * last event). Left out of the calculations like `exclude`, and flagged so charts draw them apart.
   */
  provisional?: number[];
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
  /** Not yet final (SpcOptions.provisional): excluded too, drawn hollow and labelled as such. */
  provisional: boolean;
  /** Strictly outside the 3-sigma limits. */
  sigmaSignal: boolean;
  /** The phase this point belongs to has a runs signal (Anhøj / IHI). */
  runsSignal: boolean;
  /**
   * Side of this point's centre line (1 above, -1 below, 0 on it or missing), judged with the
   * profile's tie handling. Views read this instead of comparing y and cl themselves.
   */
  side: Side;
  /** Point rules that fired at this point under the chosen profile, highest rank first. */
  rules: PointRule[];
  /** null when not special cause; otherwise the judgement after conflicts are resolved. */
  special: Special | null;
  /** Direction of the winning signal: 1 high (above the mean, or a rising trend), -1 low; 0 none. */
  signalSide: Side;
}

export interface PhaseSummary {
  phase: number;
  /** First and last subgroup positions of the phase (1-based, inclusive). */
  from: number;
  to: number;
  nObs: number;
  nUseful: number;
  /** Anhøj runs analysis; null with fewer than two useful observations (no runs analysis). */
  longestRun: number | null;
  longestRunMax: number | null;
  nCrossings: number | null;
  nCrossingsMin: number | null;
  /** The chosen profile's phase-level test (Anhøj or IHI number of runs); false when it has none. */
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
  /** null: no variation icon (Making Data Count with fewer than 13 points). */
  variation: Variation | null;
  /** H or L of the variation icon: the direction of the latest point's signal; null when none. */
  variationSide: 'high' | 'low' | null;
  assurance: Assurance | null;
  points: SpcPoint[];
  phases: PhaseSummary[];
  warnings: SpcWarning[];
}
