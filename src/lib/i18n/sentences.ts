/**
 * The plain-language sentences of a chart (summary, runs analysis, verdict), worded from the
 * engine's analysis and the workspace's facts. One place, so the detail view and the report say
 * the same thing.
 */
import type { PhaseSummary, SpcResult } from '../spc/types';
import { phaseTestOf } from '../workspace/summary';
import type { SpreadSummary } from '../workspace/spread';
import type { Verdict } from '../workspace/verdict';
import { formatPeriod, type Locale, type Messages, type PeriodLevel } from './index';

export { summaryText, signalLine } from './signalWords';

/** The chosen profile's phase-level test of a phase in one sentence; null when the profile has none. */
export function runsSentence(t: Messages, result: Pick<SpcResult, 'rules'>, phase: PhaseSummary): string | null {
  const test = phaseTestOf(result);
  if (test === 'anhoej' && phase.longestRun !== null && phase.longestRunMax !== null && phase.nCrossings !== null && phase.nCrossingsMin !== null)
    return (phase.runsSignal ? t.runsSignalYes : t.runsSignalNo)({
      longest: phase.longestRun,
      longestMax: phase.longestRunMax,
      crossings: phase.nCrossings,
      crossingsMin: phase.nCrossingsMin,
    });
  if (test === 'ihi-runs' && phase.nRuns !== undefined)
    return (phase.runsSignal ? t.ihiRunsYes : t.ihiRunsNo)({ runs: phase.nRuns, min: phase.nRunsMin ?? 0, max: phase.nRunsMax ?? 0 });
  return null;
}

/** The before/after verdict in one sentence, naming the signals the chosen rules found after the change. */
export function verdictSentence(t: Messages, locale: Locale, verdict: Verdict, level: PeriodLevel): string {
  if (!verdict.moved) return t.verdictNoChange({ after: verdict.after });
  const signals = [
    ...verdict.signals.map((s) =>
      t.verdictSignal({ rule: t.ruleName({ rule: s.rule }), count: s.count, from: formatPeriod(locale, s.from, level), to: formatPeriod(locale, s.to, level) }),
    ),
    ...(verdict.runsSignal ? [t.runsSignalName] : []),
  ].join(', ');
  const moved =
    verdict.judgement === 'improvement' ? t.verdictImproved({ signals }) : verdict.judgement === 'concern' ? t.verdictWorse({ signals }) : t.verdictMoved({ signals });
  return `${moved} ${t.verdictLevel({ level: verdict.level })}`;
}

/** A change's spread in plain words: "Improved in 5 of 8 units; 2 not yet clear; 1 too few points since the change". */
export function spreadSentence(t: Messages, summary: SpreadSummary): string {
  const c = summary.counts;
  return t.spreadSummary({ introduced: summary.introduced, improved: c.improved, worse: c.worse, moved: c.moved, notClear: c['not-clear'], tooFew: c['too-few'] }) + '.';
}
