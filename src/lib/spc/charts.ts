/**
 * The chart registry: every fact about a chart type in one entry. The type union, the
 * suggestion, the labels, the command line's list, the settings panel and the pipeline's
 * branches all read it. Adding a chart type = one limits file + one entry here + its name in
 * each locale's `chartName` (the compiler asks for it).
 */
import type { LimitsFn } from './limits/common.ts';
import { runLimits } from './limits/run.ts';
import { iLimits } from './limits/i.ts';
import { iMedianLimits, iMedianMrLimits } from './limits/iMedian.ts';
import { mrLimits } from './limits/mr.ts';
import { xbarLimits } from './limits/xbar.ts';
import { sLimits } from './limits/s.ts';
import { tLimits } from './limits/t.ts';
import { pLimits } from './limits/p.ts';
import { ppLimits } from './limits/pp.ts';
import { cLimits } from './limits/c.ts';
import { uLimits } from './limits/u.ts';
import { upLimits } from './limits/up.ts';
import { gLimits } from './limits/g.ts';

export interface ChartSpec<Chart extends string = string> {
  /** Centre line and limits of one phase. */
  limits: LimitsFn;
  /** Refused without a denominator column (y = Σ events / Σ n). */
  needsDenominator: boolean;
  /** Plots numerator / denominator when the rows have denominators (qicharts2), so a display scale applies. */
  plotsRatio: boolean;
  /** The phase-level runs tests apply (qicharts2 gives the MR chart none). */
  runsAnalysis: boolean;
  /** Laney's prime variant, for large denominators (Laney 2002). */
  prime: Chart | null;
  /** Takes a rule profile's XmR factor (Making Data Count's 2.66 × mean MR). */
  xmr: boolean;
  /** Plots counts or proportions, where a negative value is a data error. */
  counts: boolean;
  /** Where the formula comes from. */
  source: string;
}

const base = { needsDenominator: false, plotsRatio: false, runsAnalysis: true, prime: null, xmr: false, counts: false } as const;

const ENTRIES = {
  run: { ...base, limits: runLimits, plotsRatio: true, source: 'Anhøj & Olesen (2014) PLoS ONE 9:e113825; qicharts2 0.8.1' },
  i: { ...base, limits: iLimits, plotsRatio: true, xmr: true, source: 'Montgomery, Introduction to SQC, 6th ed., 6.33; Nelson (1982) JQT 14:172-173' },
  i_m: {
    ...base,
    limits: iMedianLimits,
    plotsRatio: true,
    xmr: true,
    source: 'PowerBI-SPC i_m (median centre line, sigma = mean MR / 1.128)',
  },
  i_mm: {
    ...base,
    limits: iMedianMrLimits,
    plotsRatio: true,
    source: 'Wheeler & Chambers (1992) Understanding SPC, 2nd ed.: median ± 3.145 × median MR',
  },
  mr: { ...base, limits: mrLimits, plotsRatio: true, runsAnalysis: false, source: 'Montgomery 6.4; Provost & Murray (2011) ch. 7' },
  xbar: { ...base, limits: xbarLimits, source: 'Montgomery 6.30-6.31' },
  s: { ...base, limits: sLimits, source: 'Montgomery 6.32' },
  t: { ...base, limits: tLimits, source: 'Nelson (1994) JQT 26:239-240; Provost & Murray (2011) p. 237' },
  p: { ...base, limits: pLimits, needsDenominator: true, plotsRatio: true, prime: 'pp', counts: true, source: 'Montgomery 7.8' },
  pp: { ...base, limits: ppLimits, needsDenominator: true, plotsRatio: true, counts: true, source: 'Laney (2002) Quality Engineering 14:531-537' },
  c: { ...base, limits: cLimits, counts: true, source: 'Montgomery 7.17' },
  u: { ...base, limits: uLimits, needsDenominator: true, plotsRatio: true, prime: 'up', counts: true, source: 'Montgomery 7.19' },
  up: { ...base, limits: upLimits, needsDenominator: true, plotsRatio: true, counts: true, source: 'Laney (2002) Quality Engineering 14:531-537' },
  g: { ...base, limits: gLimits, counts: true, source: 'Montgomery p. 319; Provost & Murray (2011) p. 228' },
} as const;

export type ChartType = keyof typeof ENTRIES;

export const CHARTS: Readonly<Record<ChartType, ChartSpec<ChartType>>> = ENTRIES;

/** Chart types in the order the settings and the command line list them. */
export const CHART_TYPES = Object.keys(CHARTS) as readonly ChartType[];

/** Charts whose y is a ratio and that need a denominator column. */
export const NEEDS_DENOMINATOR: ReadonlySet<ChartType> = new Set(CHART_TYPES.filter((c) => CHARTS[c].needsDenominator));

export function isChartType(value: unknown): value is ChartType {
  return typeof value === 'string' && Object.hasOwn(CHARTS, value);
}
