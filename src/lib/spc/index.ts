/** Public API of the SPC engine. */
export * from './types.ts';
export { computeSpc } from './pipeline.ts';
export { SpcInputError, type SpcInputErrorCode } from './errors.ts';
export { LIMITS, NEEDS_DENOMINATOR } from './limits/index.ts';
export type { LimitsFn, LimitsInput, PhaseLimits } from './limits/index.ts';
export { runsAnalysis, longestRunMax, crossingsMin } from './runs.ts';
export type { RunsResult } from './runs.ts';
export { buildSubgroups } from './subgroups.ts';
export type { Subgroup } from './subgroups.ts';
export { qbinomHalf, c4, a3, b3, b4, lgamma } from './math.ts';
