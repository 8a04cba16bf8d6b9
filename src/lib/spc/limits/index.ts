/**
 * Registry of limit functions by chart type. Adding a chart type = one file in this
 * folder + one entry here (and its name in `CHART_TYPES`).
 */
import type { ChartType } from '../types.ts';
import type { LimitsFn } from './common.ts';
import { runLimits } from './run.ts';
import { iLimits } from './i.ts';
import { mrLimits } from './mr.ts';
import { xbarLimits } from './xbar.ts';
import { sLimits } from './s.ts';
import { tLimits } from './t.ts';
import { pLimits } from './p.ts';
import { ppLimits } from './pp.ts';
import { cLimits } from './c.ts';
import { uLimits } from './u.ts';
import { upLimits } from './up.ts';
import { gLimits } from './g.ts';

export type { LimitsFn, LimitsInput, PhaseLimits } from './common.ts';

export const LIMITS: Record<ChartType, LimitsFn> = {
  run: runLimits,
  i: iLimits,
  mr: mrLimits,
  xbar: xbarLimits,
  s: sLimits,
  t: tLimits,
  p: pLimits,
  pp: ppLimits,
  c: cLimits,
  u: uLimits,
  up: upLimits,
  g: gLimits,
};

/** Charts whose y is a ratio and that need a denominator column. */
export const NEEDS_DENOMINATOR: ReadonlySet<ChartType> = new Set<ChartType>(['p', 'pp', 'u', 'up']);
