/**
 * The engine's signals in words (summary, overview signal line, verdict, chart description).
 * The facts come from `lib/workspace/summary.ts`; this only words them in the user's language.
 */
import { formatNumber, formatPeriod, periodLevel, type Locale, type Messages, type PeriodLevel } from './index';
import type { SpcResult } from '../spc/types';
import { latestSignal, summarize, type Signal, type SummaryFact } from '../workspace/summary';

export function signalSentence(t: Messages, locale: Locale, s: Signal, level: PeriodLevel): string {
  return t.summarySignal({
    rule: t.ruleName({ rule: s.rule }),
    count: s.count,
    from: formatPeriod(locale, s.from, level),
    to: formatPeriod(locale, s.to, level),
    movement: s.movement ?? '',
    judgement: s.judgement,
  });
}

function sentence(t: Messages, locale: Locale, f: SummaryFact, level: PeriodLevel): string {
  switch (f.kind) {
    case 'no-data':
      return t.summaryNoData;
    case 'no-signal':
      return t.summaryNoSignal({ profile: t.profileName({ profile: f.profile }) });
    case 'signal':
      return signalSentence(t, locale, f.signal, level);
    case 'earlier-signals':
      return t.summaryEarlierSignals({ n: f.n });
    case 'runs-signal':
      return t.summaryRunsSignal({ judgement: f.judgement });
    case 'assurance':
      return t.summaryAssurance({ assurance: f.assurance, goal: formatNumber(locale, f.goal) });
    case 'too-few-points':
      return t.summaryTooFew({ n: f.n });
  }
}

/** "What the chart says": one sentence per fact, then the scale the values are shown at (`scaleWords`), if any. */
export function summaryText(t: Messages, locale: Locale, result: SpcResult, scale: string | null = null): string {
  const level = periodLevel(result.points.map((p) => p.x));
  const sentences = summarize(result).map((f) => sentence(t, locale, f, level));
  if (scale !== null) sentences.push(t.scaleSentence({ scale }));
  return sentences.join(' ');
}

/** The overview's signal line: the latest signal's rule, period and judgement. */
export function signalLine(t: Messages, locale: Locale, result: SpcResult): string {
  const latest = latestSignal(result);
  if (latest === null) return t.noSignal;
  if ('runs' in latest) return t.signalLine({ what: t.runsSignalName, period: '', judgement: latest.judgement });
  const level = periodLevel(result.points.map((p) => p.x));
  const s = latest.signal;
  return t.signalLine({ what: t.ruleName({ rule: s.rule }), period: formatPeriod(locale, s.to, level), judgement: s.judgement });
}
