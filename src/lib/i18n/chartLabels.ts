/** Chart labels from the i18n layer: every word a chart shows or announces. */
import type { ChartLabels } from '../charts/types';
import { formatNumber, formatPeriod, periodLevel, type Locale, type Messages, type PeriodLevel } from './index';
import type { SpcPoint, SpcResult } from '../spc/types';
import { CHARTS } from '../spc/charts';
import { summaryText } from './signalWords';

/** What a provisional point is: the days (T and other charts of days) or cases (G) since the last event. */
export const provisionalName = (t: Messages, result: Pick<SpcResult, 'chart'>): string => (result.chart === 'g' ? t.provisionalCases : t.provisionalDays);

export function describePoint(t: Messages, locale: Locale, p: SpcPoint, result: SpcResult, level: PeriodLevel): string {
  const num = (v: number | null) => formatNumber(locale, v);
  let detail = '';
  if (p.n !== null && p.ySum !== null && CHARTS[result.chart].plotsRatio) {
    detail += t.pointRatio({ num: num(p.ySum), den: num(p.n) });
  }
  if (p.lcl !== null && p.ucl !== null) detail += t.pointLimits({ lcl: num(p.lcl), ucl: num(p.ucl) });
  const why = p.rules.map((rule) => t.ruleName({ rule }));
  if (why.length > 0) detail += t.pointFlagged({ why: why.join(', ') + (p.special && p.special !== 'neutral' ? ` (${t.specialName({ special: p.special })})` : '') });
  if (p.provisional) detail += t.pointProvisional({ what: provisionalName(t, result) });
  else if (p.excluded) detail += t.pointExcluded;
  return t.pointDescription({
    period: formatPeriod(locale, p.x, level),
    value: p.y === null ? t.missingValue : num(p.y),
    detail,
  });
}

/** `scale`: what the values are per (`scaleWords`), shown as the y axis title and in the description. */
export function chartLabels(t: Messages, locale: Locale, result: SpcResult, title: string, scale: string | null = null): ChartLabels {
  const level = periodLevel(result.points.map((p) => p.x));
  // A Making Data Count run chart (too few points) keeps the mean as its centre line.
  const medianLine = result.chart === 'run' && !result.warnings.some((w) => w.code === 'mdc-run-chart-fallback');
  const centre = medianLine ? t.centerLine : t.colCenterLine;
  return {
    chartTitle: title,
    // The description names what the chosen rules found, as the summary does.
    chartDescription: `${t.chartName({ chart: result.chart })}. ${summaryText(t, locale, result, scale)}`,
    centerLine: centre,
    centerLineSignal: t.legendCenterLineSignal({ line: centre }),
    values: t.legendValues,
    sigma2: t.legendSigma2,
    limits: t.legendLimits,
    upperLimit: t.upperLimit,
    lowerLimit: t.lowerLimit,
    goal: t.goal,
    target: t.target,
    baseline: t.baseline,
    excluded: t.excluded,
    provisional: provisionalName(t, result),
    phase: (n) => t.phase({ n }),
    rule: (rule) => t.ruleName({ rule }),
    ruleCount: (rule, n) => t.ruleCount({ n, rule: t.ruleName({ rule }) }),
    special: (special) => t.specialName({ special }),
    pointDescription: (p) => describePoint(t, locale, p, result, level),
    ...(scale === null ? {} : { yAxis: scale }),
  };
}
