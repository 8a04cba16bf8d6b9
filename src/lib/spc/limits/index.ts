/** The shared contract of the limit functions; the registry of chart types is `../charts.ts`. */
export type { LimitsFn, LimitsInput, PhaseLimits } from './common.ts';
