/** Public API of the SPC engine. */
export * from './types.ts';
export { computeSpc } from './pipeline.ts';
export { SpcInputError, type SpcInputErrorCode } from './errors.ts';
export { CHARTS, NEEDS_DENOMINATOR, isChartType, type ChartSpec } from './charts.ts';
export { PROFILES, POINT_RULES, ruleRank, type ProfileSpec, type PhaseTest, type TieHandling } from './rules/index.ts';
export { sideOfCentre, sideName, judge, compareX, lastWhere, latestPoint, tieTolerance } from './series.ts';
export type { LimitsFn, LimitsInput, PhaseLimits } from './limits/index.ts';
export { runsAnalysis, longestRunMax, crossingsMin } from './runs.ts';
export type { RunsResult } from './runs.ts';
export { buildSubgroups } from './subgroups.ts';
export type { Subgroup } from './subgroups.ts';
export { qbinomHalf, c4, a3, b3, b4, lgamma } from './math.ts';
