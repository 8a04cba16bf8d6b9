/**
 * The plain-language sentences of a chart (summary, runs analysis, verdict), worded from the
 * workspace's facts. One place, so the detail view and the report say the same thing.
 */
import type { PhaseSummary } from '../spc/types';
import type { SummaryFact } from '../workspace/summary';
import type { Verdict } from '../workspace/verdict';
import { formatNumber, formatPeriod, type Locale, type Messages, type PeriodLevel } from './index';

export function summarySentence(t: Messages, locale: Locale, f: SummaryFact, level: PeriodLevel): string {
  switch (f.kind) {
    case 'no-data':
      return t.summaryNoData;
    case 'common-cause':
      return t.summaryCommonCause;
    case 'run':
      return t.summaryRun({ length: f.length, since: formatPeriod(locale, f.since, level), side: f.side, judgement: f.judgement });
    case 'runs-signal':
      return t.summaryRunsSignal({ judgement: f.judgement });
    case 'outside-limits':
      return t.summaryOutside({ period: formatPeriod(locale, f.x, level), side: f.side, judgement: f.judgement });
    case 'assurance':
      return t.summaryAssurance({ assurance: f.assurance, goal: formatNumber(locale, f.goal) });
    case 'too-few-points':
      return t.summaryTooFew({ n: f.n });
  }
}

/** The runs analysis of a phase in one sentence. */
export function runsSentence(t: Messages, phase: PhaseSummary): string {
  return (phase.runsSignal ? t.runsSignalYes : t.runsSignalNo)({
    longest: phase.longestRun,
    longestMax: phase.longestRunMax,
    crossings: phase.nCrossings,
    crossingsMin: phase.nCrossingsMin,
  });
}

/** The before/after verdict in one sentence. */
export function verdictSentence(t: Messages, verdict: Verdict): string {
  if (!verdict.moved) return t.verdictNoChange({ after: verdict.after });
  const p = { signals: verdict.signals, run: verdict.longestRun };
  if (verdict.judgement === 'improvement') return t.verdictImproved(p);
  if (verdict.judgement === 'concern') return t.verdictWorse(p);
  return t.verdictMoved(p);
}
