/** Chart labels from the i18n layer: every word a chart shows or announces (the app, exports and the CLI). */
import type { ChartLabels } from '../charts/types';
import type { SpcPoint, SpcResult } from '../spc/types';
import { formatNumber, formatPeriod, periodLevel, type Locale, type Messages, type PeriodLevel } from './index';

export function describePoint(t: Messages, locale: Locale, p: SpcPoint, result: SpcResult, level: PeriodLevel): string {
  const num = (v: number | null) => formatNumber(locale, v);
  let detail = '';
  if (p.n !== null && p.ySum !== null && ['p', 'pp', 'u', 'up', 'run'].includes(result.chart)) {
    detail += t.pointRatio({ num: num(p.ySum), den: num(p.n) });
  }
  if (p.lcl !== null && p.ucl !== null) detail += t.pointLimits({ lcl: num(p.lcl), ucl: num(p.ucl) });
  const why = [...p.rules.map((rule) => t.ruleName({ rule }))];
  if (why.length > 0) detail += t.pointFlagged({ why: why.join(', ') });
  if (p.excluded) detail += t.pointExcluded;
  return t.pointDescription({
    period: formatPeriod(locale, p.x, level),
    value: p.y === null ? t.missingValue : num(p.y),
    detail,
  });
}

export function chartLabels(t: Messages, locale: Locale, result: SpcResult, title: string): ChartLabels {
  const level = periodLevel(result.points.map((p) => p.x));
  return {
    chartTitle: title,
    chartDescription: t.chartName({ chart: result.chart }),
    centerLine: result.chart === 'run' ? t.centerLine : t.colCenterLine,
    upperLimit: t.upperLimit,
    lowerLimit: t.lowerLimit,
    goal: t.goal,
    target: t.target,
    baseline: t.baseline,
    excluded: t.excluded,
    phase: (n) => t.phase({ n }),
    rule: (rule) => t.ruleName({ rule }),
    special: (special) => t.specialName({ special }),
    pointDescription: (p) => describePoint(t, locale, p, result, level),
  };
}
